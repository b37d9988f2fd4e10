package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.reports.ReportAppendix;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportBlock.Cell;
import org.conferencedesk.reports.ReportBlock.Column;
import org.conferencedesk.reports.ReportBlock.Row;
import org.conferencedesk.reports.ReportBlock.RowStyle;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The exhibitors' part of the summary report: exhibitors by exhibition mode (on site, cloud, both; on
 * site and in the cloud each counting "both", as the press release counts 3,200 cloud exhibitors) and by
 * hall (exhibitors, booths, booked booths, booked area in m²), as {@link ExhibitorService#totals} counts
 * them; and in the appendices the list of exhibitors with their mode, sector, halls and booths (company
 * names and no contact person). Nothing for an event with no exhibitors and no halls. Words from the
 * {@code exhibitorreport} bundle; modes from {@code exhibitors}.
 */
public final class ExhibitorReportSection implements ReportSection {

    private final ExhibitorService exhibitors;

    /** The section over the exhibitors it reports on. */
    public ExhibitorReportSection(ExhibitorService exhibitors) {
        this.exhibitors = Objects.requireNonNull(exhibitors, "exhibitors");
    }

    @Override
    public Part read(long eventId, Locale locale) {
        ExhibitorTotals totals = exhibitors.totals(eventId);
        if (totals.exhibitors() == 0 && totals.halls().isEmpty()) {
            return Part.EMPTY;
        }
        Messages m = Messages.of("exhibitorreport", locale);
        Messages words = Messages.of("exhibitors", locale);
        List<ReportBlock> body = new ArrayList<>();
        body.add(new ReportBlock.Heading(m.get("section")));
        int onSite = totals.byMode().getOrDefault(ExhibitionMode.ON_SITE, 0) + totals.byMode().getOrDefault(ExhibitionMode.BOTH, 0);
        int cloud = totals.byMode().getOrDefault(ExhibitionMode.CLOUD, 0) + totals.byMode().getOrDefault(ExhibitionMode.BOTH, 0);
        body.add(new ReportBlock.Text(m.get("line", totals.exhibitors(), onSite, cloud)));
        List<Row> modes = new ArrayList<>();
        for (ExhibitionMode mode : ExhibitionMode.values()) {
            modes.add(new Row(List.of(new Cell(words.get("mode." + mode.name())),
                    new Cell(Integer.toString(totals.byMode().getOrDefault(mode, 0)))), RowStyle.NORMAL));
        }
        modes.add(new Row(List.of(new Cell(m.get("total")), new Cell(Integer.toString(totals.exhibitors()))), RowStyle.TOTAL));
        body.add(new ReportBlock.Table(m.get("byMode"), List.of(new Column(m.get("column.mode"), 30f, false),
                new Column(m.get("column.exhibitors"), 16f, true)), modes, 46f));
        if (!totals.halls().isEmpty()) {
            List<Row> halls = new ArrayList<>();
            for (HallOccupancy h : totals.halls()) {
                String name = h.name() == null || h.name().isBlank() ? m.get("hall", h.code()) : m.get("hallNamed", h.code(), h.name());
                halls.add(new Row(List.of(new Cell(name), new Cell(Integer.toString(totals.byHall().getOrDefault(h.code(), 0))),
                        new Cell(Integer.toString(h.booths())), new Cell(Integer.toString(h.booked())),
                        new Cell(area(h.bookedAreaM2())), new Cell(h.occupancyPercent().toPlainString() + "%")), RowStyle.NORMAL));
            }
            halls.add(new Row(List.of(new Cell(m.get("total")), new Cell(""), new Cell(Integer.toString(totals.booths())),
                    new Cell(Integer.toString(totals.bookedBooths())), new Cell(area(totals.bookedAreaM2())),
                    new Cell(totals.occupancyPercent().toPlainString() + "%")), RowStyle.TOTAL));
            body.add(new ReportBlock.Table(m.get("byHall"), List.of(new Column(m.get("column.hall"), 34f, false),
                    new Column(m.get("column.exhibitors"), 14f, true), new Column(m.get("column.booths"), 12f, true),
                    new Column(m.get("column.booked"), 14f, true), new Column(m.get("column.bookedArea"), 18f, true),
                    new Column(m.get("column.occupancy"), 12f, true)), halls, 100f));
        }
        return new Part(List.of(), body, List.of(m.get("note.byHall")));
    }

    @Override
    public List<ReportAppendix> appendices(long eventId, Locale locale) {
        List<ListedExhibitor> listed = exhibitors.listings(eventId);
        if (listed.isEmpty()) {
            return List.of();
        }
        Messages m = Messages.of("exhibitorreport", locale);
        Messages words = Messages.of("exhibitors", locale);
        List<Column> columns = List.of(new Column(m.get("column.no"), 7f, true), new Column(words.get("field.companyName"), 40f, false),
                new Column(words.get("field.mode"), 14f, false), new Column(words.get("field.sector"), 16f, false),
                new Column(words.get("field.hall"), 10f, false), new Column(words.get("field.booth"), 16f, false),
                new Column(words.get("field.areaM2"), 14f, true));
        // Rows are made as the report lays them out, a few hundred at a time.
        Iterable<Row> rows = () -> java.util.stream.IntStream.range(0, listed.size()).mapToObj(i -> {
            ListedExhibitor l = listed.get(i);
            Exhibitor e = l.exhibitor();
            return new Row(List.of(new Cell(Integer.toString(i + 1)), new Cell(e.companyName()),
                    new Cell(words.get("mode." + e.mode().name())), new Cell(e.sector()), new Cell(l.hall()),
                    new Cell(String.join(", ", l.booths())), new Cell(l.areaM2() == null || l.areaM2().signum() == 0 ? "" : area(l.areaM2()))),
                    RowStyle.NORMAL);
        }).iterator();
        return List.of(new ReportAppendix(m.get("appendix"), columns, listed.size(), rows));
    }

    /** An area in m², grouped, two decimals ("1,234.50"). */
    private static String area(BigDecimal m2) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(m2);
    }
}
