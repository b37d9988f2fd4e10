package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

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

    /**
     * A field that breaks a rule.
     *
     * @param field the field
     * @param key the message key in the {@code guests} bundle ({@code rule.*})
     * @param arguments the message's arguments
     */
    public record Problem(GuestField field, String key, Object... arguments) {

        /** The sentence in {@code locale}: what is wrong and what to do. */
        public String message(Locale locale) {
            Messages messages = Messages.of("guests", locale);
            Object[] args = new Object[arguments.length + 1];
            args[0] = messages.get("field." + field.jsonName());
            System.arraycopy(arguments, 0, args, 1, arguments.length);
            return messages.get(key, args);
        }
    }

    /** Checks {@code guest} and returns every problem (empty if it may be saved). */
    public static List<Problem> check(Guest guest) {
        List<Problem> problems = new ArrayList<>();
        if (guest.fullName().isBlank()) {
            problems.add(new Problem(GuestField.FULL_NAME, "rule.nameEmpty"));
        }
        for (GuestField field : GuestField.values()) {
            if (field.isText()) {
                String text = guest.text(field);
                if (text != null && text.strip().length() > field.maxLength()) {
                    problems.add(new Problem(field, "rule.tooLong", text.strip().length(), field.maxLength()));
                }
            }
        }
        String email = guest.text(GuestField.EMAIL);
        if (email != null && !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new Problem(GuestField.EMAIL, "rule.email", email.strip()));
        }
        String phone = guest.text(GuestField.PHONE);
        if (phone != null && phone.codePoints().noneMatch(Character::isDigit)) {
            problems.add(new Problem(GuestField.PHONE, "rule.phone", phone.strip()));
        }
        return problems;
    }
}
