package org.conferencedesk.guests;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import java.util.Locale;

/**
 * Keys under which the same guest written differently compares equal, for finding likely
 * duplicates and for search. Pure functions: no state, thread-safe, never throw.
 *
 * <p>The rules come from issue 4 ("Duplicates"): the same person written with different spacing,
 * case, full-width and half-width letters or digits, different middle-dot characters
 * (· ・ • ‧ ･ and none), decomposed accents and zero-width characters; issue 11 adds the full-width
 * full stop ． (约翰．史密斯 is 约翰·史密斯), and with it the full stop . it stands for (full-width
 * and half-width stay one: "Ｊ．Ｓｍｉｔｈ" is "J.Smith", which is "J Smith"). Traditional and simplified
 * characters are <em>not</em> unified (張三 and 张三 may be different people), nor are characters
 * that only share a reading (张三 and 张山).
 */
public final class PersonNames {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** NFKC, full case folding, and removal of default-ignorable code points (ZWSP, ZWJ, soft hyphen, LRM, ...). */
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private PersonNames() {
    }

    /**
     * The comparison key of a person's name: equal keys mean "written the same way, give or take
     * presentation".
     *
     * <p>Steps: Unicode NFKC with full case folding (full-width → half-width, compatibility forms,
     * "ZHANG" → "zhang", "ß" → "ss"); zero-width characters (U+200B..U+200D, U+2060, U+FEFF, the
     * soft hyphen U+00AD and the other default-ignorable code points) removed; every whitespace or
     * space separator (including NBSP and the ideographic space U+3000) removed; every middle-dot-like
     * character (U+00B7 ·, U+0387, U+2022 •, U+2027 ‧, U+2219 ∙, U+22C5 ⋅, U+2E31, U+30FB ・,
     * U+FF65 ･) and the full stop (U+FF0E ．, U+002E .) removed; accents on Latin and Greek letters removed (NFD, then the non-spacing marks
     * that follow a Latin or Greek letter dropped, so "José" = "Jose" = "Jose\u0301"). Marks on other
     * scripts are kept (Japanese が ≠ か, Devanagari vowel signs), and the result is recomposed (NFC).
     * Characters of every other script, emoji and right-to-left text are kept as they are.
     *
     * <p>So "张 三", "ＺＨＡＮＧ San", "zhang san" and "Zhangsan" give "zhangsan" (and "Li Na" equals
     * "Lina": spacing is ignored by design); "约翰·史密斯", "约翰・史密斯", "约翰•史密斯", "约翰．史密斯",
     * "约翰.史密斯" and "约翰史密斯" give "约翰史密斯". The key is idempotent: {@code comparisonKey(comparisonKey(x))} equals
     * {@code comparisonKey(x)}.
     *
     * @param fullName a name as written; may be null
     * @return the key; "" for null, blank, or a name of nothing but separators
     */
    public static String comparisonKey(String fullName) {
        if (fullName == null || fullName.isEmpty()) {
            return "";
        }
        String plain = plainKey(fullName);
        return plain != null ? plain : foldedKey(fullName);
    }

    /**
     * The key of a name made only of characters that no step but case and separators can change
     * (nearly every Chinese or plain Latin name), found in one scan without ICU; null for any other
     * name. The characters: printable ASCII (A-Z lower-cased, the space removed), the CJK unified
     * ideographs U+4E00..U+9FFF and extension A U+3400..U+4DBF (no compatibility or canonical
     * decomposition, no case, not marks), and the separators U+00B7 ·, U+30FB ・, U+3000 and the
     * full stop . (removed).
     * Equal to {@link #foldedKey} for every name it answers (PersonNamesPropertiesTest).
     */
    static String plainKey(String name) {
        int n = name.length();
        char[] out = null;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            char k;
            if (c >= 0x21 && c <= 0x7E && c != '.') {
                k = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
                k = c;
            } else if (c == ' ' || c == '.' || c == 0x00B7 || c == 0x30FB || c == 0x3000) {
                k = 0;
            } else {
                return null;
            }
            if (k != c && out == null) {
                // The first change: from here on the key is written out.
                out = new char[n];
                name.getChars(0, i, out, 0);
                kept = i;
            }
            if (out != null && k != 0) {
                out[kept++] = k;
            }
        }
        return out == null ? name : new String(out, 0, kept);
    }

    /** {@link #comparisonKey} by every step (ICU normalisation, case folding, marks), for any name. */
    static String foldedKey(String fullName) {
        if (fullName == null || fullName.isEmpty()) {
            return "";
        }
        String folded = NFKC_CASEFOLD.normalize(fullName);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (!isIgnoredInNames(cp)) {
                kept.appendCodePoint(cp);
            }
        }
        if (kept.isEmpty()) {
            return "";
        }
        // Separators are gone first, so a mark that followed one now belongs to the letter before it,
        // as it will on the next pass: this keeps the key idempotent.
        String decomposed = NFD.normalize(kept);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean afterLatinOrGreek = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (UCharacter.getType(cp) == UCharacterCategory.NON_SPACING_MARK) {
                if (afterLatinOrGreek) {
                    continue;
                }
            } else {
                int script = UScript.getScript(cp);
                afterLatinOrGreek = script == UScript.LATIN || script == UScript.GREEK;
            }
            out.appendCodePoint(cp);
        }
        return NFC.normalize(out);
    }

    /**
     * The comparison key of an e-mail address: NFKC, zero-width characters removed, surrounding
     * whitespace stripped, lower case (Locale.ROOT). The whole address is lower-cased: mail systems
     * treat the local part case-insensitively in practice.
     *
     * @param email an address as written; may be null
     * @return the key; "" for null or blank
     */
    public static String emailKey(String email) {
        if (email == null) {
            return "";
        }
        if (isPrintableAscii(email)) {
            // NFKC, zero-width removal and strip change nothing in printable ASCII without spaces.
            return email.toLowerCase(Locale.ROOT);
        }
        return foldedEmailKey(email);
    }

    /** {@link #emailKey} by every step, for any text (the fast path is proved equal to it). */
    static String foldedEmailKey(String email) {
        if (email == null) {
            return "";
        }
        String normal = NFKC.normalize(email);
        StringBuilder kept = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            if (!isZeroWidth(cp)) {
                kept.appendCodePoint(cp);
            }
        }
        return kept.toString().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The comparison key of a phone number: its decimal digits (any script's digits, full-width
     * included, read as 0-9), with the Chinese country code removed where that is unambiguous.
     *
     * <ul>
     *   <li>"+86" or "0086" before the number: removed; if what remains is an 11-digit mobile number
     *       (starting with 1) or already starts with the trunk prefix 0, it is kept as it is,
     *       otherwise the trunk prefix 0 is put back ("+86 25 8888 8888" → "02588888888", as
     *       dialled inside China).</li>
     *   <li>A bare "86" before an 11-digit mobile number (13 digits in all): removed.</li>
     * </ul>
     * So "+86 138-0013-8000", "0086 13800138000", "8613800138000", "13800138000" and
     * "１３８００１３８０００" all give "13800138000". Other countries' numbers are kept as their digits.
     *
     * @param phone a number as written; may be null
     * @return the key; "" for null or fewer than 5 digits (not a usable key)
     */
    public static String phoneKey(String phone) {
        if (phone == null) {
            return "";
        }
        String normal;
        String all;
        if (isAsciiDigits(phone)) {
            // Already its own normal form and its own digits (most phones of a registration list).
            normal = phone;
            all = phone;
        } else {
            normal = NFKC.normalize(phone).strip();
            all = digitsOf(normal);
        }
        return phoneKeyOf(normal, all);
    }

    /** The key from the number in NFKC without surrounding blanks ({@code normal}) and its digits ({@code all}). */
    private static String phoneKeyOf(String normal, String all) {
        String key = all;
        boolean explicitInternational = normal.startsWith("+86") || normal.startsWith("0086");
        if (explicitInternational) {
            String rest = all.substring(normal.startsWith("+") ? 2 : 4);
            if (isChineseMobile(rest) || rest.startsWith("0") || rest.isEmpty()) {
                key = rest;
            } else {
                key = "0" + rest;
            }
        } else if (all.length() == 13 && all.startsWith("86") && isChineseMobile(all.substring(2))) {
            key = all.substring(2);
        }
        return key.length() < 5 ? "" : key;
    }

    private static String digitsOf(String normal) {
        StringBuilder digits = new StringBuilder(normal.length());
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            i += Character.charCount(cp);
            int digit = UCharacter.digit(cp, 10);
            if (digit >= 0) {
                digits.append((char) ('0' + digit));
            }
        }
        return digits.toString();
    }

    /** True if every character is printable ASCII other than the space (U+0021..U+007E); false for "". */
    private static boolean isPrintableAscii(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** True if every character is an ASCII digit; false for "". */
    private static boolean isAsciiDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@link #phoneKey} by every step (NFKC, strip, digits of any script), for the fast path's property test. */
    static String foldedPhoneKey(String phone) {
        if (phone == null) {
            return "";
        }
        String normal = NFKC.normalize(phone).strip();
        return phoneKeyOf(normal, digitsOf(normal));
    }

    private static boolean isChineseMobile(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1';
    }

    /** Whitespace, space separators, zero-width characters, middle dots and full stops: ignored in names. */
    static boolean isIgnoredInNames(int cp) {
        return isZeroWidth(cp) || isMiddleDot(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || UCharacter.isUWhiteSpace(cp);
    }

    private static boolean isZeroWidth(int cp) {
        return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
    }

    private static boolean isMiddleDot(int cp) {
        switch (cp) {
            case 0x00B7: // · middle dot (the standard separator in transliterated foreign names)
            case 0x0387: // Greek ano teleia (NFKC turns it into U+00B7)
            case 0x2022: // • bullet
            case 0x2027: // ‧ hyphenation point
            case 0x2219: // ∙ bullet operator
            case 0x22C5: // ⋅ dot operator
            case 0x2E31: // ⸱ word separator middle dot
            case 0x30FB: // ・ katakana middle dot
            case 0xFF65: // ･ half-width katakana middle dot
            // ． full-width full stop, typed for · between the parts of a transcribed name (约翰．史密斯,
            // issue 11); NFKC makes it ".", so the full stop itself must go too (J.Smith = Ｊ．Ｓｍｉｔｈ).
            case 0xFF0E:
            case 0x002E:
                return true;
            default:
                return false;
        }
    }
}
