package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The series of the dashboard's charts, from one {@link EventFigures} (the same figures as the tiles
 * and the report): signed contracts by sector and by district (亿元, largest first), the running total
 * over the signing order (亿元 after each place), guests by category, exhibitors by mode and by hall.
 * The check-ins over time come from {@link CheckInTimeline}. Immutable.
 *
 * @param bySector signed CNY amount per sector, in {@code amountUnit}, largest first ("未填写" for none)
 * @param byDistrict signed CNY amount per district, in {@code amountUnit}, largest first
 * @param runningTotal the running total after each place of the signing order, in {@code amountUnit} (label: the place)
 * @param guestsByCategory guests per category, in category order
 * @param exhibitorsByMode exhibitors per exhibition mode (on site only, cloud only, both)
 * @param exhibitorsByHall exhibitors holding a booth, per hall in code order
 * @param amountUnit the unit of the amounts' axis ("亿元", "RMB billion"; {@link ChartPoint#amount})
 */
public record DashboardCharts(List<ChartPoint> bySector, List<ChartPoint> byDistrict, List<ChartPoint> runningTotal,
                              List<ChartPoint> guestsByCategory, List<ChartPoint> exhibitorsByMode,
                              List<ChartPoint> exhibitorsByHall, String amountUnit) {

    /** Copies the lists. */
    public DashboardCharts {
        bySector = List.copyOf(bySector);
        byDistrict = List.copyOf(byDistrict);
        runningTotal = List.copyOf(runningTotal);
        guestsByCategory = List.copyOf(guestsByCategory);
        exhibitorsByMode = List.copyOf(exhibitorsByMode);
        exhibitorsByHall = List.copyOf(exhibitorsByHall);
    }

    /** The charts of {@code figures}, labelled in {@code locale}'s language. */
    public static DashboardCharts of(EventFigures figures, Locale locale) {
        Messages dashboard = Messages.of("dashboard", locale);
        ContractFigures contracts = figures.contracts();
        List<ChartPoint> running = new ArrayList<>();
        // Two contracts at one place: the point of the place is the total after both (as the named figure).
        Map<Integer, BigDecimal> atPlace = new java.util.LinkedHashMap<>();
        contracts.runningTotals().forEach(r -> atPlace.put(r.signingOrder(), r.runningTotal()));
        atPlace.forEach((place, total) -> running.add(ChartPoint.amount(Integer.toString(place), total, locale)));

        Messages guests = Messages.of("guests", locale);
        List<ChartPoint> categories = new ArrayList<>();
        figures.guests().totals().byCategory().forEach((c, n) -> categories.add(ChartPoint.count(c.label(locale), n)));
        Messages exhibitors = Messages.of("exhibitors", locale);
        ExhibitorFigures ex = figures.exhibitors();
        List<ChartPoint> modes = new ArrayList<>();
        for (ExhibitionMode m : ExhibitionMode.values()) {
            modes.add(ChartPoint.count(exhibitors.get("mode." + m.name()), ex.byMode().get(m)));
        }
        List<ChartPoint> halls = new ArrayList<>();
        for (ExhibitorFigures.HallFigures h : ex.halls()) {
            halls.add(ChartPoint.count(dashboard.get("chart.hall", h.code()), h.exhibitors()));
        }
        String unspecified = dashboard.get("figure.unspecified");
        return new DashboardCharts(largestFirst(contracts.totals().bySector(), unspecified, locale),
                largestFirst(contracts.totals().byDistrict(), unspecified, locale), running, categories, modes, halls,
                dashboard.get("chart.amountUnit"));
    }

    private static List<ChartPoint> largestFirst(Map<String, BigDecimal> yuan, String unspecified, Locale locale) {
        return yuan.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> ChartPoint.amount(e.getKey().isEmpty() ? unspecified : e.getKey(), e.getValue(), locale))
                .toList();
    }
}
