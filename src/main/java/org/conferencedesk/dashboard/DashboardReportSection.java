package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.contracts.ContractReportSection;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.ExhibitorTotals;
import org.conferencedesk.guests.GuestCounts;
import org.conferencedesk.guests.GuestReportSection;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportBlock.Cell;
import org.conferencedesk.reports.ReportBlock.ChartKind;
import org.conferencedesk.reports.ReportBlock.ChartValue;
import org.conferencedesk.reports.ReportBlock.Column;
import org.conferencedesk.reports.ReportBlock.Row;
import org.conferencedesk.reports.ReportBlock.RowStyle;
import org.conferencedesk.reports.ReportReading;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The dashboard's part of the summary report (issue 14), from one reading of the event's figures
 * ({@link EventFigures}, the same as the dashboard's tiles and charts):
 *
 * <ul>
 *   <li>under the summary, the headline paragraph in the style of the press release ({@link PressHeadline});</li>
 *   <li>the dashboard's charts, the same series as on screen ({@link DashboardCharts}, {@link CheckInHours}):
 *       the running total over the signing order, contracts by sector and by district (亿元 / RMB billion),
 *       guests by category, exhibitors by mode and by hall, check-ins per hour — drawn as vectors;</li>
 *   <li>the signing sessions: each session's own signed contracts and those of at least 1 亿元, to the fen,
 *       the closing ceremony counting only its own (each session's contracts with its own running total are
 *       the contracts' section's, {@link ContractReportSection});</li>
 *   <li>the announced figures beside the data ({@link ComparisonRow}), or a sentence that none were announced.</li>
 * </ul>
 *
 * Words from the {@code dashboard} bundle ({@code report.*}, {@code chart.*}). Reads through the features'
 * services only ({@link FigureSources}).
 */
public final class DashboardReportSection implements ReportSection {

    private final DashboardService dashboard;
    private final EventService events;

    /**
     * @param dashboard the figures and announced figures
     * @param events the events (their time zone labels the check-in hours)
     */
    public DashboardReportSection(DashboardService dashboard, EventService events) {
        this.dashboard = Objects.requireNonNull(dashboard, "dashboard");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public Part read(long eventId, Locale locale) {
        return read(eventId, locale, new ReportReading());
    }

    /**
     * The section, with the guest and exhibitor figures read once per report ({@link GuestCounts},
     * {@link ExhibitorTotals} in {@code reading}, shared with the guests' and exhibitors' sections): the same
     * figures as {@link DashboardService#figures}.
     */
    @Override
    public Part read(long eventId, Locale locale, ReportReading reading) {
        Messages m = Messages.of("dashboard", locale);
        FigureSources sources = dashboard.sources();
        GuestCounts guests = reading.once(GuestCounts.class, () -> sources.guests().counts(eventId));
        EventFigures figures = new EventFigures(eventId, new GuestFigures(guests.totals()),
                ExhibitorFigures.of(reading.once(ExhibitorTotals.class, () -> sources.exhibitors().totals(eventId))),
                sources.awards(eventId), sources.contracts(eventId));
        List<AnnouncedFigure> announced = dashboard.announced(eventId);
        DashboardReport report = DashboardReport.of(figures, announced, locale);
        List<ReportBlock> headline = List.of(new ReportBlock.Text(report.headline()));
        // The paragraph gives the guests by category and every session's contracts signed: the guests'
        // and contracts' sections do not say them again in the summary.
        if (figures.guests().totals().total() > 0) {
            reading.state(GuestReportSection.STATED);
        }
        if (figures.contracts().sessions().stream().anyMatch(s -> s.ceremony().signed().count() > 0)) {
            reading.state(ContractReportSection.STATED);
        }
        List<ReportBlock> body = new ArrayList<>();
        charts(body, m, figures, guests.checkInsPerHour(), eventId, locale);
        sessions(body, m, report, locale);
        announced(body, m, figures, announced, locale);
        List<String> notes = new ArrayList<>();
        notes.add(m.get("report.note.charts"));
        notes.add(m.get("report.note.major"));
        return new Part(headline, body, notes);
    }

    // ------------------------------------------------------------------ charts

    private void charts(List<ReportBlock> body, Messages m, EventFigures figures, java.util.NavigableMap<Long, Integer> perHour,
                        long eventId, Locale locale) {
        DashboardCharts c = DashboardCharts.of(figures, locale);
        String count = m.get("chart.count");
        body.add(new ReportBlock.Heading(m.get("report.section.charts")));
        body.add(chart(m.get("chart.runningTotal"), c.amountUnit(), ChartKind.LINE, c.runningTotal(), locale));
        body.add(chart(m.get("chart.bySector"), c.amountUnit(), ChartKind.BARS, c.bySector(), locale));
        body.add(chart(m.get("chart.byDistrict"), c.amountUnit(), ChartKind.BARS, c.byDistrict(), locale));
        body.add(chart(m.get("chart.guestsByCategory"), count, ChartKind.BARS, c.guestsByCategory(), locale));
        body.add(chart(m.get("chart.exhibitorsByMode"), count, ChartKind.BARS, c.exhibitorsByMode(), locale));
        body.add(chart(m.get("chart.exhibitorsByHall"), count, ChartKind.BARS, c.exhibitorsByHall(), locale));
        // perHour: counted by the database with the totals (the buckets of CheckInHours.hourOf), not from the guest list.
        var zone = events.find(eventId).map(e -> e.timeZone()).orElse(java.time.ZoneId.of("Asia/Shanghai"));
        body.add(chart(m.get("chart.checkIns"), count, ChartKind.COLUMNS, CheckInHours.series(perHour, zone), locale));
    }

    /** A chart of {@code points}; no points when every value is zero (the report then says there is no data). */
    private static ReportBlock.Chart chart(String title, String unit, ChartKind kind, List<ChartPoint> points, Locale locale) {
        boolean any = points.stream().anyMatch(p -> p.value().signum() != 0);
        List<ChartValue> values = any ? points.stream().map(p -> new ChartValue(p.label(), p.value(), chartText(p.value()))).toList()
                : List.of();
        return new ReportBlock.Chart(title, unit, kind, values);
    }

    /**
     * A chart's value as printed beside its bar: grouped, at most four decimals, no trailing zeros ("536.3",
     * "0.35", "1,024"). 亿元 to four decimals is 10,000 yuan: the tables give every amount to the fen.
     */
    static String chartText(BigDecimal value) {
        BigDecimal v = value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(v);
    }

    // ------------------------------------------------------------------ signing sessions

    private void sessions(List<ReportBlock> body, Messages m, DashboardReport report, Locale locale) {
        body.add(new ReportBlock.Heading(m.get("report.section.sessions")));
        List<Column> columns = List.of(new Column(m.get("report.column.session"), 34f, false),
                new Column(m.get("report.column.signedCount"), 14f, true),
                new Column(m.get("report.column.signedAmount"), 26f, true),
                new Column(m.get("report.column.majorCount"), 14f, true),
                new Column(m.get("report.column.majorAmount"), 26f, true));
        List<Row> rows = new ArrayList<>();
        for (DashboardReport.SessionLine s : report.sessions()) {
            rows.add(sessionRow(s, RowStyle.NORMAL, locale));
        }
        rows.add(sessionRow(report.allSessions(), RowStyle.TOTAL, locale));
        body.add(new ReportBlock.Table(null, columns, rows, 100f));
        // Each session's contracts with the session's own running total are in the contracts' section
        // (ContractReportSection), not repeated here.
    }

    private static Row sessionRow(DashboardReport.SessionLine s, RowStyle style, Locale locale) {
        return new Row(List.of(new Cell(s.session()), new Cell(Long.toString(s.signed().count())),
                new Cell(MoneyFormat.full(s.signed().amount(), locale)), new Cell(Long.toString(s.major().count())),
                new Cell(MoneyFormat.full(s.major().amount(), locale))), style);
    }

    // ------------------------------------------------------------------ announced figures

    private static void announced(List<ReportBlock> body, Messages m, EventFigures figures, List<AnnouncedFigure> announced,
                                  Locale locale) {
        body.add(new ReportBlock.Heading(m.get("report.section.announced")));
        if (announced.isEmpty()) {
            body.add(new ReportBlock.Text(m.get("report.announced.none"), true));
            return;
        }
        List<Row> rows = new ArrayList<>();
        int differ = 0;
        for (FigureComparison c : FigureComparison.of(announced, figures)) {
            ComparisonRow r = ComparisonRow.of(c, locale);
            if (!r.agrees()) {
                differ++;
            }
            rows.add(new Row(List.of(new Cell(r.figure()), new Cell(r.statement()), new Cell(r.data()), new Cell(r.difference()),
                    new Cell(r.verdict())), r.agrees() ? RowStyle.NORMAL : RowStyle.TOTAL));
        }
        body.add(new ReportBlock.Text(differ == 0 ? m.get("report.announced.allAgree", announced.size())
                : m.get("report.announced.someDiffer", announced.size(), differ)));
        body.add(new ReportBlock.Table(null, List.of(new Column(m.get("announced.column.figure"), 34f, false),
                new Column(m.get("announced.column.statement"), 20f, false), new Column(m.get("announced.column.data"), 20f, true),
                new Column(m.get("announced.column.difference"), 16f, true), new Column(m.get("announced.column.verdict"), 12f, false)),
                rows, 100f));
    }
}
