package org.conferencedesk.shared;

import java.util.regex.Pattern;

/**
 * The rules every record type applies to its text, so that a value refused for a guest is refused
 * for an exhibitor too: a value over its field's length is refused, never cut; an e-mail address and
 * a phone number have a shape. Pure functions; cheap enough to run on every row of a 100,000-row
 * import (no regular expression, no allocation for a value that passes).
 */
public final class TextRules {

    /** Name, one @, a domain of dot-separated labels (no empty label: "example.com." and "a..cn" are not addresses). */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private TextRules() {
    }

    /**
     * True if {@code text}, without its surrounding blanks (which are never stored), is longer than
     * {@code maxLength} UTF-16 units, as H2 counts a VARCHAR's length (𠮷 counts 2).
     */
    public static boolean isTooLong(String text, int maxLength) {
        return text != null && text.length() > maxLength && text.strip().length() > maxLength;
    }

    /** The length of {@code text} as stored (surrounding blanks dropped), in UTF-16 units; 0 for null. */
    public static int storedLength(String text) {
        return text == null ? 0 : text.strip().length();
    }

    /**
     * True if {@code text} is an e-mail address: a name, @, a domain of two or more dot-separated
     * parts, none empty (so {@code zhao@example.com.} and {@code li@mail..cn} are refused); no spaces.
     * Exactly what the pattern {@code [^@\s]+@[^@\s.]+(\.[^@\s.]+)+} matches (proved by
     * {@code GuestRulesPropertiesTest}), without running a regular expression per row: one @ that is
     * not the first character, no {@code \s} character (space, tab, line feed, VT, form feed,
     * carriage return), and after the @ at least one dot, none first, last or next to another.
     */
    public static boolean isEmail(String text) {
        int at = -1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
        }
        if (at <= 0) {
            return false;
        }
        // The domain: parts separated by dots, at least two, none empty.
        int dots = 0;
        int partLength = 0;
        for (int i = at + 1; i < n; i++) {
            if (text.charAt(i) == '.') {
                if (partLength == 0) {
                    return false;
                }
                dots++;
                partLength = 0;
            } else {
                partLength++;
            }
        }
        return dots > 0 && partLength > 0;
    }

    /** The pattern {@link #isEmail} implements, kept for its property test. */
    public static boolean isEmailByPattern(String text) {
        return EMAIL.matcher(text).matches();
    }

    /**
     * True if {@code text} can be a phone number as people write it: it has a digit of any script
     * ({@link Character#isDigit(int)}); "+86 138-0000-0000", "025 8888 6666 转 123" and "１３８…" pass,
     * "none" and "—" do not.
     */
    public static boolean isPhone(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
