package org.conferencedesk.shared.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where OpenPDF may end a line in every PDF ({@link TextRun}): Chinese line-breaking rules (禁则, kinsoku) for
 * {@link com.lowagie.text.Chunk#setSplitCharacter}. OpenPDF asks, for each character of a chunk,
 * whether the line may end <em>after</em> it.
 *
 * <ul>
 *   <li>A line may end after a space or a hyphen, as in OpenPDF's default, and between two CJK
 *       characters, or between a CJK character and a Latin one.</li>
 *   <li>Never before closing punctuation (）］〕」』】》〉、，。：；！？…·% and their ASCII forms), so
 *       no line starts with it; never after opening punctuation (（［〔「『【《〈 and ASCII
 *       openers), so no line ends with it. Lists after W3C "Requirements for Chinese Text Layout"
 *       (clreq), section 3.1.7, and GB/T 15834-2011.</li>
 *   <li>Never inside a run of Latin letters and digits ("12", "5G", "USD"), nor between a digit and
 *       the CJK character after it ("30个", "12英寸"), so numbers stay with their units.</li>
 *   <li>Never before the last character of the text, so a cell never ends with one character
 *       alone on its last line ("…管委" / "会" becomes "…管" / "委会").</li>
 * </ul>
 *
 * <p>A surrogate pair (𠮷, U+20BB7) is one CJK character and never split. Stateless and
 * thread-safe.
 */
public final class ChineseLineBreaks implements SplitCharacter {

    /** The one instance; set on every chunk of a {@link TextRun}. */
    public static final ChineseLineBreaks INSTANCE = new ChineseLineBreaks();

    /** May not start a line. */
    private static final String CLOSING = "）］｝〕〗〙〛」』】》〉、，。．：；！？…‥·・‧％"
            + "’”)]},.:;!?%";

    /** May not end a line. */
    private static final String OPENING = "（［｛〔〖〘〚「『【《〈‘“([{";

    private ChineseLineBreaks() {
    }

    /**
     * True if a line may end after {@code cc[current]}.
     *
     * <p>OpenPDF calls this in two ways. Cells ({@code ColumnText}, {@code BidiLine}) pass the
     * whole text of the cell in {@code cc} with {@code end} its length, {@code ck} the chunk of
     * each char, and {@code current} at the first char of a surrogate pair. Paragraphs
     * ({@code PdfChunk.split}) pass the text of one chunk, {@code ck} null, and {@code current} at
     * the second char of a pair. Either way {@code cc} holds the characters themselves: the
     * bundled fonts are TrueType with Identity-H encoding.
     */
    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char here = cc[current];
        int before = here;
        int next = current + 1;
        if (Character.isHighSurrogate(here)) {
            if (next >= end || !Character.isLowSurrogate(cc[next])) {
                return false;
            }
            before = Character.toCodePoint(here, cc[next]);
            next++;
        } else if (Character.isLowSurrogate(here) && current > 0 && Character.isHighSurrogate(cc[current - 1])) {
            before = Character.toCodePoint(cc[current - 1], here);
        }
        if (next >= end) {
            return true; // the end of the text: nothing follows on this line
        }
        int after = Character.codePointAt(cc, next, end);
        return mayBreakBetween(before, after, next + Character.charCount(after) >= end);
    }

    /**
     * True if a line may end between {@code before} and {@code after}.
     *
     * @param afterIsLast true if {@code after} is the last character of the text
     */
    static boolean mayBreakBetween(int before, int after, boolean afterIsLast) {
        if (isClosing(after) || isOpening(before)) {
            return false;
        }
        if (afterIsLast && !Character.isWhitespace(after)) {
            return false;
        }
        if (Character.isWhitespace(before) || before == '-' || before == '\u2010') {
            return true;
        }
        if (Character.isWhitespace(after)) {
            return false; // break after the space, not before it
        }
        boolean cjkBefore = isCjk(before);
        boolean cjkAfter = isCjk(after);
        if (!cjkBefore && !cjkAfter) {
            return false; // inside a Latin word or number
        }
        if (!cjkBefore && Character.isDigit(before)) {
            return false; // a number stays with its unit: 30个, 5,000万美元, 12英寸
        }
        return true;
    }

    static boolean isClosing(int codePoint) {
        return codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT && CLOSING.indexOf(codePoint) >= 0;
    }

    static boolean isOpening(int codePoint) {
        return codePoint < Character.MIN_SUPPLEMENTARY_CODE_POINT && OPENING.indexOf(codePoint) >= 0;
    }

    /** Chinese, Japanese or Korean characters and CJK punctuation: each stands on its own. */
    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.VERTICAL_FORMS;
    }
}
