package org.conferencedesk.dashboard;

import java.util.List;
import java.util.Objects;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestTotals;

/**
 * The guest figures of an event ({@link FigureSection#GUESTS}), from the guest feature's totals
 * (merged guests are not counted).
 *
 * @param totals the figures as the guest feature counts them
 */
public record GuestFigures(GuestTotals totals) {

    /** No guests. */
    public static final GuestFigures NONE = new GuestFigures(GuestTotals.NONE);

    /** Checks that the totals are given. */
    public GuestFigures {
        Objects.requireNonNull(totals, "totals");
    }

    /** The named figures, in {@link FigureName} order. */
    public List<Figure> figures() {
        return List.of(
                count(FigureName.GUESTS_TOTAL, totals.total()),
                count(FigureName.GUESTS_ACADEMICIANS, totals.byCategory().get(GuestCategory.ACADEMICIAN)),
                count(FigureName.GUESTS_EXPERTS, totals.byCategory().get(GuestCategory.EXPERT)),
                count(FigureName.GUESTS_ENTERPRISE_REPRESENTATIVES, totals.byCategory().get(GuestCategory.ENTERPRISE_REPRESENTATIVE)),
                count(FigureName.GUESTS_GOVERNMENT_OFFICIALS, totals.byCategory().get(GuestCategory.GOVERNMENT_OFFICIAL)),
                count(FigureName.GUESTS_MEDIA, totals.byCategory().get(GuestCategory.MEDIA)),
                count(FigureName.GUESTS_OTHER, totals.byCategory().get(GuestCategory.OTHER)),
                count(FigureName.GUESTS_ON_SITE, totals.byAttendance().get(Attendance.ON_SITE)),
                count(FigureName.GUESTS_ONLINE, totals.byAttendance().get(Attendance.ONLINE)),
                count(FigureName.GUESTS_CHECKED_IN, totals.checkedIn()));
    }

    private static Figure count(FigureName name, int value) {
        return Figure.count(FigureKey.of(name), value);
    }
}
