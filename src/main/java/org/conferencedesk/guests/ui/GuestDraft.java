package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestRules;
import org.conferencedesk.guests.InvitationStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * A guest as typed into the form: the texts read into a {@link Guest}, or a localised message for
 * each field that breaks {@link GuestRules} (the same rules, and the same words, as the importers
 * and the service). Text is kept as typed apart from surrounding blanks; empty optional text
 * becomes null. Pure: no JavaFX, no database.
 *
 * @param guest the guest to save, or null if any field has a message
 * @param messages field → sentence saying what is wrong and what to do (empty if fine)
 */
public record GuestDraft(Guest guest, Map<GuestField, String> messages) {

    /** The text fields of the form, in form order. */
    public static final GuestField[] TEXT_FIELDS = {GuestField.FULL_NAME, GuestField.OTHER_NAME, GuestField.TITLE,
        GuestField.ORGANISATION, GuestField.COUNTRY, GuestField.VIP_LEVEL, GuestField.EMAIL, GuestField.PHONE,
        GuestField.HOST, GuestField.NOTES};

    /**
     * Reads the form.
     *
     * @param texts field → text as typed (missing or null means empty); only {@link #TEXT_FIELDS} are read
     * @param category the category chosen
     * @param attendance the attendance chosen
     * @param status the invitation status chosen
     * @param base the guest being edited (its id, event and check-in time are kept), or a blank new one
     * @param locale the language of the messages
     */
    public static GuestDraft read(Map<GuestField, String> texts, GuestCategory category, Attendance attendance,
                                  InvitationStatus status, Guest base, Locale locale) {
        String name = text(texts, GuestField.FULL_NAME).strip();
        Guest built = new Guest(base.id(), base.eventId(), name, optional(texts, GuestField.OTHER_NAME),
                optional(texts, GuestField.TITLE), optional(texts, GuestField.ORGANISATION),
                optional(texts, GuestField.COUNTRY), category, optional(texts, GuestField.VIP_LEVEL), attendance,
                status, base.checkedInAt(), optional(texts, GuestField.EMAIL), optional(texts, GuestField.PHONE),
                optional(texts, GuestField.HOST), optional(texts, GuestField.NOTES), base.version());
        Map<GuestField, String> problems = new EnumMap<>(GuestField.class);
        for (FieldProblem<GuestField> p : GuestRules.check(built)) {
            problems.putIfAbsent(p.field(), p.sentence(locale));
        }
        return new GuestDraft(problems.isEmpty() ? built : null, Collections.unmodifiableMap(problems));
    }

    /** The form's text for a field of a stored guest ("" for none). */
    public static String textOf(Guest guest, GuestField field) {
        String s = guest.text(field);
        return s == null ? "" : s;
    }

    private static String text(Map<GuestField, String> texts, GuestField field) {
        String s = texts.get(field);
        return s == null ? "" : s;
    }

    private static String optional(Map<GuestField, String> texts, GuestField field) {
        String s = text(texts, field).strip();
        return s.isEmpty() ? null : s;
    }
}
