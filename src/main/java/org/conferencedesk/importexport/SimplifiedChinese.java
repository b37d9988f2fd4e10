package org.conferencedesk.importexport;

import com.ibm.icu.text.Transliterator;

/**
 * Traditional Chinese characters turned into simplified ones (ICU4J's {@code Traditional-Simplified}
 * transliterator), so that headers and words written in Hong Kong, Macao or Taiwan (類別, 線上,
 * 已確認) are read as their simplified forms (类别, 线上, 已确认). Used only to recognise headers and
 * choices, never on the text that is kept. Thread-safe.
 */
final class SimplifiedChinese {

    private static Transliterator transliterator;

    private SimplifiedChinese() {
    }

    /** {@code text} with every traditional character replaced by its simplified form; other characters unchanged. */
    static synchronized String of(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (transliterator == null) {
            transliterator = Transliterator.getInstance("Traditional-Simplified");
        }
        return transliterator.transliterate(text);
    }
}
