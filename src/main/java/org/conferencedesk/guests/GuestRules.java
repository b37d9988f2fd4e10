package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.shared.TextRules;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The rules a guest must meet before it is saved, shared by the form, the importers and the
 * service, so a value refused in one place is refused everywhere with the same words. A value over
 * a field's length is refused, never cut; e-mail and phone shapes are those of {@link TextRules},
 * shared with the other record types.
 */
public final class GuestRules {

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

    /** The text fields, in declaration order (one array, not {@code values()} copied per guest). */
    private static final GuestField[] TEXT_FIELDS = java.util.Arrays.stream(GuestField.values())
            .filter(GuestField::isText).toArray(GuestField[]::new);

    /**
     * Checks {@code guest} and returns every problem (empty if it may be saved). Cheap enough to run
     * twice per imported row (the importer and {@code GuestService} both check): no allocation for a
     * guest without problems.
     */
    public static List<Problem> check(Guest guest) {
        List<Problem> problems = null;
        if (guest.fullName().isBlank()) {
            problems = add(problems, new Problem(GuestField.FULL_NAME, "rule.nameEmpty"));
        }
        for (GuestField field : TEXT_FIELDS) {
            String text = guest.text(field);
            if (TextRules.isTooLong(text, field.maxLength())) {
                problems = add(problems, new Problem(field, "rule.tooLong", TextRules.storedLength(text), field.maxLength()));
            }
        }
        String email = guest.text(GuestField.EMAIL);
        if (email != null && !TextRules.isEmail(email.strip())) {
            problems = add(problems, new Problem(GuestField.EMAIL, "rule.email", email.strip()));
        }
        String phone = guest.text(GuestField.PHONE);
        if (phone != null && !TextRules.isPhone(phone)) {
            problems = add(problems, new Problem(GuestField.PHONE, "rule.phone", phone.strip()));
        }
        return problems == null ? List.of() : problems;
    }

    private static List<Problem> add(List<Problem> problems, Problem problem) {
        List<Problem> list = problems == null ? new ArrayList<>() : problems;
        list.add(problem);
        return list;
    }

    /** {@link TextRules#isEmail}, for {@code GuestRulesPropertiesTest}. */
    static boolean isEmail(String text) {
        return TextRules.isEmail(text);
    }

    /** {@link TextRules#isEmailByPattern}, for {@code GuestRulesPropertiesTest}. */
    static boolean isEmailByPattern(String text) {
        return TextRules.isEmailByPattern(text);
    }
}
