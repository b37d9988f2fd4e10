package org.conferencedesk.guests;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An event's guest figures: how many, by category, by attendance, by invitation status, and how
 * many are checked in. Guests merged into another are not counted. Every map holds every constant
 * of its enum (zero if none), in the enum's order; {@code byCategory} holds the six default categories
 * (zero if none) and then every category of the event's own that has guests, so its counts add up to
 * {@code total}.
 *
 * @param total number of guests
 * @param byCategory guests per category
 * @param byAttendance guests per attendance (on site / online)
 * @param byInvitationStatus guests per invitation status
 * @param checkedIn guests checked in at the desk (each counted once)
 */
public record GuestTotals(int total, Map<GuestCategory, Integer> byCategory, Map<Attendance, Integer> byAttendance,
                          Map<InvitationStatus, Integer> byInvitationStatus, int checkedIn) {

    /** No guests. */
    public static final GuestTotals NONE = of(java.util.List.of());

    /** Makes the maps unmodifiable and complete (missing constants count 0). */
    public GuestTotals {
        byCategory = categories(byCategory);
        byAttendance = complete(byAttendance, Attendance.class);
        byInvitationStatus = complete(byInvitationStatus, InvitationStatus.class);
    }

    /** The figures of these guests, counted in memory (the same figures the database gives). */
    public static GuestTotals of(Collection<Guest> guests) {
        Map<GuestCategory, Integer> category = new java.util.HashMap<>();
        Map<Attendance, Integer> attendance = new EnumMap<>(Attendance.class);
        Map<InvitationStatus, Integer> status = new EnumMap<>(InvitationStatus.class);
        int checkedIn = 0;
        for (Guest g : guests) {
            category.merge(g.category(), 1, Integer::sum);
            attendance.merge(g.attendance(), 1, Integer::sum);
            status.merge(g.invitationStatus(), 1, Integer::sum);
            if (g.isCheckedIn()) {
                checkedIn++;
            }
        }
        return new GuestTotals(guests.size(), category, attendance, status, checkedIn);
    }

    /** The defaults (zero if none), then the event's own categories with guests, in {@link GuestCategory} order. */
    static Map<GuestCategory, Integer> categories(Map<GuestCategory, Integer> counts) {
        Map<GuestCategory, Integer> all = new java.util.TreeMap<>();
        for (GuestCategory c : GuestCategory.DEFAULTS) {
            all.put(c, 0);
        }
        if (counts != null) {
            counts.forEach((c, n) -> {
                if (c.isDefault() || n != 0) {
                    all.put(c, n);
                }
            });
        }
        return Collections.unmodifiableMap(all);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(Map<E, Integer> counts, Class<E> type) {
        Map<E, Integer> all = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            all.put(constant, counts == null ? 0 : counts.getOrDefault(constant, 0));
        }
        return Collections.unmodifiableMap(all);
    }
}
