package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * The rules a guest must meet before it is saved, shared by the form, the importers and the
 * service, so a value refused in one place is refused everywhere with the same words. A value over
 * a field's length is refused, never cut (lengths in UTF-16 units, as H2 counts them: 𠮷 counts 2).
 */
public final class GuestRules {

    /** An e-mail address: a name, @, a domain with a dot; no spaces (compiled once: imports check 100,000 rows). */
    /** Name, one @, a domain of dot-separated labels (no empty label: "example.com." and "a..cn" are not addresses). */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private GuestRules() {
    }

    /** The text fields, in declaration order (one array, not {@code values()} copied per guest). */
    private static final GuestField[] TEXT_FIELDS = java.util.Arrays.stream(GuestField.values())
            .filter(GuestField::isText).toArray(GuestField[]::new);

    /**
     * Checks {@code guest} and returns every problem (empty if it may be saved), each a key {@code rule.*}
     * of the {@code guests} bundle. Cheap enough to run
     * twice per imported row (the importer and {@code GuestService} both check): no allocation for a
     * guest without problems.
     */
    public static List<FieldProblem<GuestField>> check(Guest guest) {
        List<FieldProblem<GuestField>> problems = null;
        if (guest.fullName().isBlank()) {
            problems = add(problems, new FieldProblem<>(GuestField.FULL_NAME, "rule.nameEmpty"));
        }
        for (GuestField field : TEXT_FIELDS) {
            String text = guest.text(field);
            if (text != null && text.length() > field.maxLength()) {
                int length = strippedLength(text);
                if (length > field.maxLength()) {
                    problems = add(problems, new FieldProblem<>(field, "rule.tooLong", length, field.maxLength()));
                }
            }
        }
        String email = guest.text(GuestField.EMAIL);
        if (email != null && !isEmail(email.strip())) {
            problems = add(problems, new FieldProblem<>(GuestField.EMAIL, "rule.email", email.strip()));
        }
        String phone = guest.text(GuestField.PHONE);
        if (phone != null && !hasDigit(phone)) {
            problems = add(problems, new FieldProblem<>(GuestField.PHONE, "rule.phone", phone.strip()));
        }
        return problems == null ? List.of() : problems;
    }

    private static List<FieldProblem<GuestField>> add(List<FieldProblem<GuestField>> problems, FieldProblem<GuestField> problem) {
        List<FieldProblem<GuestField>> list = problems == null ? new ArrayList<>() : problems;
        list.add(problem);
        return list;
    }

    /** {@code text.strip().length()}; called only for a value longer than its limit (rare), so the copy does not matter. */
    private static int strippedLength(String text) {
        return text.strip().length();
    }

    /**
     * True if {@code text} is an e-mail address: a name, @, a domain of two or more dot-separated
     * parts, none empty (so {@code zhao@example.com.} and {@code li@mail..cn} are refused); no spaces.
     * Exactly what the pattern {@code [^@\s]+@[^@\s.]+(\.[^@\s.]+)+} matches (proved by
     * {@code GuestRulesPropertiesTest}), without running a regular expression per row: one @ that is
     * not the first character, no {@code \s} character (space, tab, line feed, VT, form feed,
     * carriage return), and after the @ at least one dot, none first, last or next to another.
     */
    static boolean isEmail(String text) {
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
    static boolean isEmailByPattern(String text) {
        return EMAIL.matcher(text).matches();
    }

    /** True if a code point of {@code text} is a digit ({@link Character#isDigit(int)}). */
    private static boolean hasDigit(String text) {
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
