package org.conferencedesk.guests;

import java.time.Instant;
import java.util.Objects;

/**
 * A guest of an event. Text is kept exactly as written (Chinese names surname first without a
 * space, a transliterated foreign name with its middle dot ·, any script, emoji or right-to-left
 * text byte for byte); only surrounding blanks are dropped when stored, and blank text is stored
 * as empty (null).
 *
 * @param id database id, or null for a guest not yet saved
 * @param eventId the event the guest belongs to
 * @param fullName the name as written, 1–200 characters
 * @param otherName the name in the other script (pinyin or English for a Chinese name, Chinese for a foreign one), optional
 * @param title title or position, optional
 * @param organisation organisation, optional
 * @param country country or region, optional
 * @param category academician, expert, …; {@link GuestCategory#OTHER} when not known
 * @param vipLevel the committee's VIP level as written (e.g. "A", "VVIP", "1"), optional
 * @param attendance on site or online
 * @param invitationStatus not invited, invited, confirmed, declined
 * @param checkedInAt when the guest was checked in at the desk (an instant; shown in the event's time zone), or null
 * @param email e-mail address, optional
 * @param phone phone number as written, optional
 * @param host the committee member who looks after the guest, optional
 * @param notes free text, optional
 * @param version the stored version (optimistic locking, decision 0028): 0 when added, one more at
 *                every save; a save based on another version than the stored one is refused
 */
public record Guest(Long id, long eventId, String fullName, String otherName, String title, String organisation,
                    String country, GuestCategory category, String vipLevel, Attendance attendance,
                    InvitationStatus invitationStatus, Instant checkedInAt, String email, String phone,
                    String host, String notes, long version)
        implements org.conferencedesk.shared.record.Versioned {

    /** A record not read from the database (new, or built by code): version 0. */
    public Guest(Long id, long eventId, String fullName, String otherName, String title, String organisation,
                    String country, GuestCategory category, String vipLevel, Attendance attendance,
                    InvitationStatus invitationStatus, Instant checkedInAt, String email, String phone,
                    String host, String notes) {
        this(id, eventId, fullName, otherName, title, organisation, country, category, vipLevel, attendance, invitationStatus, checkedInAt, email, phone, host, notes, 0L);
    }

    /** Checks that the name and the three choices are present (NullPointerException otherwise). */
    public Guest {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(invitationStatus, "invitationStatus");
    }

    /** A new guest of the event with only a name: other, on site, not invited. */
    public static Guest named(long eventId, String fullName) {
        return new Guest(null, eventId, fullName, null, null, null, null, GuestCategory.OTHER, null,
                Attendance.ON_SITE, InvitationStatus.NOT_INVITED, null, null, null, null, null);
    }

    /** True once the guest has been checked in at the desk. */
    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    /** A copy with the given id (after insert). */
    public Guest withId(Long newId) {
        return new Guest(newId, eventId, fullName, otherName, title, organisation, country, category, vipLevel,
                attendance, invitationStatus, checkedInAt, email, phone, host, notes, version);
    }

    /** A copy belonging to another event (id kept). */
    public Guest withEventId(long newEventId) {
        return new Guest(id, newEventId, fullName, otherName, title, organisation, country, category, vipLevel,
                attendance, invitationStatus, checkedInAt, email, phone, host, notes, version);
    }

    /** A copy with the given invitation status. */
    public Guest withInvitationStatus(InvitationStatus status) {
        return new Guest(id, eventId, fullName, otherName, title, organisation, country, category, vipLevel,
                attendance, status, checkedInAt, email, phone, host, notes, version);
    }

    /** A copy with the given check-in time (null: not checked in). */
    public Guest withCheckedInAt(Instant at) {
        return new Guest(id, eventId, fullName, otherName, title, organisation, country, category, vipLevel,
                attendance, invitationStatus, at, email, phone, host, notes, version);
    }

    /** A copy read at another stored version (a copy rebuilt from text keeps the version of the guest it replaces). */
    public Guest withVersion(long storedVersion) {
        return new Guest(id, eventId, fullName, otherName, title, organisation, country, category, vipLevel,
                attendance, invitationStatus, checkedInAt, email, phone, host, notes, storedVersion);
    }

    /** A copy with the given notes. */
    public Guest withNotes(String newNotes) {
        return new Guest(id, eventId, fullName, otherName, title, organisation, country, category, vipLevel,
                attendance, invitationStatus, checkedInAt, email, phone, host, newNotes, version);
    }

    /** The value of a text field ({@link GuestField#isText()}), or null if empty. */
    public String text(GuestField field) {
        String value = switch (field) {
            case FULL_NAME -> fullName;
            case OTHER_NAME -> otherName;
            case TITLE -> title;
            case ORGANISATION -> organisation;
            case COUNTRY -> country;
            case VIP_LEVEL -> vipLevel;
            case EMAIL -> email;
            case PHONE -> phone;
            case HOST -> host;
            case NOTES -> notes;
            default -> throw new IllegalArgumentException(field + " is not a text field");
        };
        return value == null || value.isBlank() ? null : value;
    }
}
