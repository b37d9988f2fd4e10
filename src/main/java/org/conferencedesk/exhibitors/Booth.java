package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A booth in a hall of the event.
 *
 * @param id database id, or null for a booth not yet saved
 * @param eventId the event
 * @param hallId the hall it stands in
 * @param code its code as written ("9.2B29", "A-101", "0012" keeps its zeros: text, never a number),
 *        1–30 characters, unique in its hall (compared by {@link Hall#codeKey})
 * @param kind standard shell scheme (标摊) or raw space (光地, 特装)
 * @param areaM2 its area in m² (&gt; 0, two decimals at most): what its fee is computed from; it may
 *        differ from width × depth on the plan (an irregular plot)
 * @param place where it stands on the hall plan, or null until placed
 * @param corner true if it is open on two sides (a corner booth: the corner premium applies)
 */
public record Booth(Long id, long eventId, long hallId, String code, BoothKind kind, BigDecimal areaM2,
                    BoothPlace place, boolean corner) {

    /** Longest booth code kept (column {@code booth.code}). */
    public static final int CODE_LENGTH = 30;

    /** Checks that the code, kind and area are present (NullPointerException otherwise). */
    public Booth {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(areaM2, "areaM2");
    }

    /** A new booth in a hall, not placed on the plan, not a corner. */
    public static Booth of(long eventId, long hallId, String code, BoothKind kind, BigDecimal areaM2) {
        return new Booth(null, eventId, hallId, code, kind, areaM2, null, false);
    }

    /** A copy with the given id (after insert). */
    public Booth withId(Long newId) {
        return new Booth(newId, eventId, hallId, code, kind, areaM2, place, corner);
    }

    /** A copy placed at {@code newPlace} on the plan (null: not placed). */
    public Booth withPlace(BoothPlace newPlace) {
        return new Booth(id, eventId, hallId, code, kind, areaM2, newPlace, corner);
    }

    /** A copy that is, or is not, a corner booth. */
    public Booth withCorner(boolean isCorner) {
        return new Booth(id, eventId, hallId, code, kind, areaM2, place, isCorner);
    }
}
