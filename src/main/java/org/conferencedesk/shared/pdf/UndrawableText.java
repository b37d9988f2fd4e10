package org.conferencedesk.shared.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * A text (a name as written) with the characters that no bundled font can draw ({@link PdfFonts}): what a
 * PDF would print as {@value PdfFonts#MISSING_GLYPH}. The check to run before printing names, so that
 * they are listed to the user instead of printed as boxes.
 *
 * @param text the text as written
 * @param codePoints the code points no bundled font has, in code point order; never empty
 */
public record UndrawableText(String text, List<Integer> codePoints) {

    /** Copies the code points; there must be at least one. */
    public UndrawableText {
        Objects.requireNonNull(text, "text");
        codePoints = List.copyOf(codePoints);
        if (codePoints.isEmpty()) {
            throw new IllegalArgumentException("An undrawable text has at least one undrawable character");
        }
    }

    /**
     * The texts among {@code texts} that hold a character no bundled font draws, each once, in the order
     * given (null and empty texts are skipped); empty when every text prints.
     */
    public static List<UndrawableText> among(Collection<String> texts) {
        List<UndrawableText> found = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            SortedSet<Integer> missing = PdfFonts.undrawable(text);
            if (!missing.isEmpty()) {
                found.add(new UndrawableText(text, List.copyOf(missing)));
            }
        }
        return found;
    }

    /** The characters by code point, as a user can look them up: "U+2A6D6 𪛖, U+30000 𰀀". */
    public String characters() {
        return codePoints.stream()
                .map(c -> String.format(Locale.ROOT, "U+%04X %s", c, new String(Character.toChars(c))))
                .collect(Collectors.joining(", "));
    }

    /** "张𪛖 (U+2A6D6 𪛖)": the text and its characters, for a list shown to the user. */
    @Override
    public String toString() {
        return text + " (" + characters() + ")";
    }
}
