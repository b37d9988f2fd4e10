package org.conferencedesk.awards;

import java.time.Instant;
import java.util.Objects;

/**
 * A nominee of a category: a forum or contest entry by name, an organisation (by name, or an exhibitor
 * of the event), or a person (by name, or a guest of the event).
 *
 * <p>A linked nominee IS the guest or exhibitor: its name and affiliation are not stored with the
 * nomination but read from the linked record whenever the nominee is read (so a guest's corrected
 * name shows on the awards screen and the certificate at once, and the two can never disagree). When
 * saving, the name and affiliation of a linked nominee are ignored.
 *
 * @param id database id, or null before it is saved
 * @param categoryId the category
 * @param kind entry, organisation or person
 * @param name the name as written (1–300 characters); for a linked nominee the guest's or exhibitor's
 *             name as read, or null if the linked record cannot be read
 * @param affiliation the person's organisation or the entry's organiser as written (optional, up to 300
 *                    characters); for a linked guest, the guest's organisation
 * @param guestId the guest this person is, or null
 * @param exhibitorId the exhibitor this organisation is, or null
 * @param nominatedAt when the nomination was recorded (an instant), or null before it is saved
 */
public record Nominee(Long id, long categoryId, NomineeKind kind, String name, String affiliation, Long guestId,
                      Long exhibitorId, Instant nominatedAt) {

    /** Checks the kind is present. */
    public Nominee {
        Objects.requireNonNull(kind, "kind");
    }

    /** A forum or contest entry by name (affiliation: its organiser, optional). */
    public static Nominee entry(long categoryId, String name, String affiliation) {
        return new Nominee(null, categoryId, NomineeKind.ENTRY, name, affiliation, null, null, null);
    }

    /** An organisation by name. */
    public static Nominee organisation(long categoryId, String name) {
        return new Nominee(null, categoryId, NomineeKind.ORGANISATION, name, null, null, null, null);
    }

    /** An organisation that is an exhibitor of the event (its name is the exhibitor's). */
    public static Nominee exhibitor(long categoryId, long exhibitorId) {
        return new Nominee(null, categoryId, NomineeKind.ORGANISATION, null, null, null, exhibitorId, null);
    }

    /** A person by name, with their organisation (optional). */
    public static Nominee person(long categoryId, String name, String affiliation) {
        return new Nominee(null, categoryId, NomineeKind.PERSON, name, affiliation, null, null, null);
    }

    /** A person who is a guest of the event (name and organisation are the guest's). */
    public static Nominee guest(long categoryId, long guestId) {
        return new Nominee(null, categoryId, NomineeKind.PERSON, null, null, guestId, null, null);
    }

    /** True if the nominee is a guest or an exhibitor (its name is read from there). */
    public boolean isLinked() {
        return guestId != null || exhibitorId != null;
    }

    /** A copy showing the linked record's name and affiliation. */
    public Nominee showing(String linkedName, String linkedAffiliation) {
        return new Nominee(id, categoryId, kind, linkedName, linkedAffiliation, guestId, exhibitorId, nominatedAt);
    }
}
