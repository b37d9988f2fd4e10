package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The guests' part of the summary report: one sentence under the headline, categories and
 * attendance with no guest left out, as the press release counts them ("嘉宾 326 位：院士 24 位、
 * 专家 102 位、企业代表 200 位；线下 200 位、线上 126 位；已签到 127 位。"). Nothing for an event
 * with no guests. The figures are those of {@link GuestService#totals}. Words from the
 * {@code guests} bundle ({@code report.*}).
 */
public final class GuestReportSection implements ReportSection {

    private final GuestService guests;

    /** The section over the guest list it reports on. */
    public GuestReportSection(GuestService guests) {
        this.guests = guests;
    }

    @Override
    public Part read(long eventId, Locale locale) {
        GuestTotals totals = guests.totals(eventId);
        if (totals.total() == 0) {
            return Part.EMPTY;
        }
        Messages m = Messages.of("guests", locale);
        String separator = m.get("report.join");
        List<String> categories = new ArrayList<>();
        totals.byCategory().forEach((category, count) -> {
            if (count > 0) {
                categories.add(category.isDefault() ? m.get("report.category." + category.name(), count)
                        : m.get("report.category.own", count, category.name()));
            }
        });
        List<String> attendance = new ArrayList<>();
        totals.byAttendance().forEach((way, count) -> {
            if (count > 0) {
                attendance.add(m.get("report.attendance." + way.name(), count));
            }
        });
        String line = m.get("report.line", totals.total(), String.join(separator, categories),
                String.join(separator, attendance), totals.checkedIn());
        return new Part(List.of(new ReportBlock.Text(line)), List.of(), List.of());
    }
}
