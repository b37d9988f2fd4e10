package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.TextRules;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * The rules a guest must meet before it is saved, shared by the form, the importers and the
 * service, so a value refused in one place is refused everywhere with the same words. A value over
 * a field's length is refused, never cut; e-mail and phone shapes are those of {@link TextRules},
 * shared with the other record types.
 */
public final class GuestRules {

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
            if (TextRules.isTooLong(text, field.maxLength())) {
                problems = add(problems, new FieldProblem<>(field, "rule.tooLong", TextRules.storedLength(text), field.maxLength()));
            }
        }
        String category = guest.category().name();
        if (TextRules.isTooLong(category, GuestCategory.MAX_LENGTH)) {
            problems = add(problems, new FieldProblem<>(GuestField.CATEGORY, "rule.tooLong", TextRules.storedLength(category),
                    GuestCategory.MAX_LENGTH));
        }
        String email = guest.text(GuestField.EMAIL);
        if (email != null && !TextRules.isEmail(email.strip())) {
            problems = add(problems, new FieldProblem<>(GuestField.EMAIL, "rule.email", email.strip()));
        }
        String phone = guest.text(GuestField.PHONE);
        if (phone != null && !TextRules.isPhone(phone)) {
            problems = add(problems, new FieldProblem<>(GuestField.PHONE, "rule.phone", phone.strip()));
        }
        return problems == null ? List.of() : problems;
    }

    private static List<FieldProblem<GuestField>> add(List<FieldProblem<GuestField>> problems, FieldProblem<GuestField> problem) {
        List<FieldProblem<GuestField>> list = problems == null ? new ArrayList<>() : problems;
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
