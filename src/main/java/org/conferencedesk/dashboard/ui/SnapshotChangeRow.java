package org.conferencedesk.dashboard.ui;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.dashboard.DashboardText;
import org.conferencedesk.dashboard.FigureChange;
import org.conferencedesk.dashboard.FigureUnit;
import org.conferencedesk.storage.AuditEntry;

/**
 * One figure that changed since the press snapshot, as the dashboard shows it.
 *
 * @param change the change (key, before, after, the records that changed it)
 * @param figure the figure's name
 * @param before its value frozen ("—" if the snapshot did not have it)
 * @param after its value now ("—" if the data no longer have it)
 * @param difference now minus then ("+1", "-5.2 亿元")
 * @param causes the records that changed it, one line each: time (event's zone), who, which record
 */
public record SnapshotChangeRow(FigureChange change, String figure, String before, String after, String difference,
                                List<String> causes) {

    /** Copies the causes. */
    public SnapshotChangeRow {
        causes = List.copyOf(causes);
    }

    /** The row of {@code c} in {@code locale}'s language, times in {@code zone}. */
    public static SnapshotChangeRow of(FigureChange c, Locale locale, ZoneId zone) {
        FigureUnit unit = c.key() == null ? unitOf(c) : c.key().name().unit();
        BigDecimal d = c.difference();
        String magnitude = DashboardText.value(unit, d.abs().setScale(unit.scale()), locale);
        String difference = d.signum() > 0 ? "+" + magnitude : d.signum() < 0 ? "-" + magnitude : "0";
        List<String> causes = new ArrayList<>();
        for (AuditEntry e : c.causes()) {
            String when = e.occurredAt() == null ? "" : DashboardText.time(e.occurredAt(), zone, locale);
            String record = e.summary() == null ? e.recordType() + (e.recordId() == null ? "" : " " + e.recordId()) : e.summary();
            causes.add(when + " · " + (e.actor() == null ? "" : e.actor() + " · ") + record);
        }
        return new SnapshotChangeRow(c, c.label(locale), text(unit, c.before(), locale), text(unit, c.after(), locale),
                difference, causes);
    }

    private static FigureUnit unitOf(FigureChange c) {
        BigDecimal any = c.after() != null ? c.after() : c.before();
        return any != null && any.scale() > 0 ? FigureUnit.YUAN : FigureUnit.COUNT;
    }

    private static String text(FigureUnit unit, BigDecimal value, Locale locale) {
        return value == null ? "—" : DashboardText.value(unit, value.setScale(unit.scale()), locale);
    }
}
