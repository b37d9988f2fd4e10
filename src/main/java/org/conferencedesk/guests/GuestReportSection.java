package org.conferencedesk.guests;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.i18n.ZoneNames;

/**
 * The guests' part of the summary report: one sentence under the headline, categories and
 * attendance with no guest left out, as the press release counts them ("嘉宾 326 位：院士 24 位、
 * 专家 102 位、企业代表 200 位；线下 200 位、线上 126 位；已签到 127 位。"). Nothing for an event
 * with no guests. The figures are those of {@link GuestService#totals}. Words from the
 * {@code guests} bundle ({@code report.*}).
 */
public final class GuestReportSection implements ReportSection {

    /**
     * What a section whose summary states the number of guests and their categories marks in the report's
     * {@link org.conferencedesk.reports.ReportReading}, so that this section's line gives only attendance and check-ins.
     */
    public static final String STATED = "guests.byCategory";

    private final GuestService guests;

    /** The section over the guest list it reports on. */
    public GuestReportSection(GuestService guests) {
        this.guests = guests;
    }

    @Override
    public Part read(long eventId, Locale locale) {
        return read(eventId, locale, new org.conferencedesk.reports.ReportReading());
    }

    /** The section, with the guest figures read once per report ({@link GuestCounts} in {@code reading}). */
    @Override
    public Part read(long eventId, Locale locale, org.conferencedesk.reports.ReportReading reading) {
        GuestTotals totals = reading.once(GuestCounts.class, () -> guests.counts(eventId)).totals();
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
        // When an earlier section's summary already gave the guests by category (the press-style
        // paragraph), this line adds only what it did not say: attendance and check-ins.
        String line = reading.stated(STATED)
                ? m.get("report.lineAttendance", String.join(separator, attendance), totals.checkedIn())
                : m.get("report.line", totals.total(), String.join(separator, categories), String.join(separator, attendance),
                        totals.checkedIn());
        return new Part(List.of(new ReportBlock.Text(line)), byCategory(m, totals), List.of(m.get("report.note.noPersonalData")));
    }

    /** Guests by category, on site and online: counts only, no names (those are in the appendix, when asked for). */
    private static List<ReportBlock> byCategory(Messages m, GuestTotals totals) {
        List<ReportBlock.Row> rows = new ArrayList<>();
        totals.byCategory().forEach((category, count) -> rows.add(new ReportBlock.Row(List.of(
                new ReportBlock.Cell(category.label(m.locale())), new ReportBlock.Cell(Integer.toString(count)),
                new ReportBlock.Cell(share(count, totals.total()))), ReportBlock.RowStyle.NORMAL)));
        rows.add(new ReportBlock.Row(List.of(new ReportBlock.Cell(m.get("report.total")),
                new ReportBlock.Cell(Integer.toString(totals.total())), new ReportBlock.Cell("100.0%")), ReportBlock.RowStyle.TOTAL));
        List<ReportBlock.Row> ways = new ArrayList<>();
        totals.byAttendance().forEach((way, count) -> ways.add(new ReportBlock.Row(List.of(
                new ReportBlock.Cell(m.get("attendance." + way.name())), new ReportBlock.Cell(Integer.toString(count)),
                new ReportBlock.Cell(share(count, totals.total()))), ReportBlock.RowStyle.NORMAL)));
        ways.add(new ReportBlock.Row(List.of(new ReportBlock.Cell(m.get("report.checkedIn")),
                new ReportBlock.Cell(Integer.toString(totals.checkedIn())), new ReportBlock.Cell(share(totals.checkedIn(), totals.total()))),
                ReportBlock.RowStyle.TOTAL));
        List<ReportBlock.Column> columns = List.of(new ReportBlock.Column(m.get("field.category"), 30f, false),
                new ReportBlock.Column(m.get("report.column.guests"), 16f, true), new ReportBlock.Column(m.get("report.column.share"), 12f, true));
        List<ReportBlock.Column> attendanceColumns = List.of(new ReportBlock.Column(m.get("field.attendance"), 30f, false),
                columns.get(1), columns.get(2));
        return List.of(new ReportBlock.Heading(m.get("report.section")),
                new ReportBlock.Table(m.get("report.byCategory"), columns, rows, 58f),
                new ReportBlock.Table(m.get("report.byAttendance"), attendanceColumns, ways, 58f));
    }

    /** {@code part} of {@code whole} in percent, one decimal, half up ("7.4%"); "–" of none. */
    private static String share(int part, int whole) {
        return whole == 0 ? "–" : java.math.BigDecimal.valueOf(part * 100L)
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The guest list with check-in times in the default time zone of events (Asia/Shanghai); see {@link #appendices(Event, Locale)}. */
    @Override
    public List<org.conferencedesk.reports.ReportAppendix> appendices(long eventId, Locale locale) {
        return appendices(eventId, Event.DEFAULT_TIME_ZONE, locale);
    }

    /**
     * The guest list, for the appendices only: name, the other writing, title, organisation, category,
     * attendance and check-in time (no e-mail, phone or notes), in the list's order. Check-in times are in
     * the event's time zone ({@link Event#timeZone()}), named in the column's header ("签到时间（北京时间）",
     * "Checked in (Central European Time)").
     */
    @Override
    public List<org.conferencedesk.reports.ReportAppendix> appendices(Event event, Locale locale) {
        return appendices(event.id(), event.timeZone(), locale);
    }

    private List<org.conferencedesk.reports.ReportAppendix> appendices(long eventId, ZoneId zone, Locale locale) {
        List<Guest> list = guests.list(eventId);
        if (list.isEmpty()) {
            return List.of();
        }
        Messages m = Messages.of("guests", locale);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
                .withZone(zone);
        List<ReportBlock.Column> columns = List.of(new ReportBlock.Column(m.get("report.column.no"), 8f, true),
                new ReportBlock.Column(m.get("field.fullName"), 20f, false), new ReportBlock.Column(m.get("field.otherName"), 20f, false),
                new ReportBlock.Column(m.get("field.title"), 18f, false), new ReportBlock.Column(m.get("field.organisation"), 28f, false),
                new ReportBlock.Column(m.get("field.category"), 13f, false), new ReportBlock.Column(m.get("field.attendance"), 9f, false),
                new ReportBlock.Column(m.get("report.column.checkedInAt", ZoneNames.name(zone, locale)), 13f, false));
        // Rows are made as the report lays them out, a few hundred at a time.
        Iterable<ReportBlock.Row> rows = () -> java.util.stream.IntStream.range(0, list.size()).mapToObj(i -> {
            Guest g = list.get(i);
            return new ReportBlock.Row(List.of(new ReportBlock.Cell(Integer.toString(i + 1)), new ReportBlock.Cell(g.fullName()),
                    new ReportBlock.Cell(g.otherName()), new ReportBlock.Cell(g.title()), new ReportBlock.Cell(g.organisation()),
                    new ReportBlock.Cell(g.category().label(m.locale())),
                    new ReportBlock.Cell(m.get("attendance." + g.attendance().name())),
                    new ReportBlock.Cell(g.checkedInAt() == null ? "" : time.format(g.checkedInAt()))), ReportBlock.RowStyle.NORMAL);
        }).iterator();
        return List.of(new org.conferencedesk.reports.ReportAppendix(m.get("report.appendix"), columns, list.size(), rows));
    }
}
