package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.ExhibitorTotals;
import org.conferencedesk.exhibitors.HallOccupancy;

/**
 * The exhibitor figures of an event ({@link FigureSection#EXHIBITORS}): exhibitors by mode, on site and
 * in the cloud, booths booked, the booked area, and per hall.
 *
 * @param total exhibitors
 * @param byMode exhibitors per exhibition mode (every mode)
 * @param booths booths in all halls
 * @param bookedBooths booths held on at least one day
 * @param bookedAreaM2 the area of the booked booths, m² (scale 2)
 * @param halls per hall, in hall code order
 */
public record ExhibitorFigures(int total, Map<ExhibitionMode, Integer> byMode, int booths, int bookedBooths,
                               BigDecimal bookedAreaM2, List<HallFigures> halls) {

    /** No exhibitors, no halls. */
    public static final ExhibitorFigures NONE = new ExhibitorFigures(0, Map.of(), 0, 0, BigDecimal.ZERO, List.of());

    /**
     * One hall's figures.
     *
     * @param code the hall's code as written ("5", "9.2")
     * @param name its name, or null
     * @param exhibitors exhibitors holding at least one of its booths
     * @param booths its booths
     * @param bookedBooths its booths held on at least one day
     * @param bookedAreaM2 their area, m² (scale 2)
     */
    public record HallFigures(String code, String name, int exhibitors, int booths, int bookedBooths, BigDecimal bookedAreaM2) {
        /** Brings the area to scale 2. */
        public HallFigures {
            Objects.requireNonNull(code, "code");
            bookedAreaM2 = FigureUnit.SQUARE_METRES.normalise(bookedAreaM2);
        }
    }

    /** Completes the modes (zero if none), copies the list, brings the area to scale 2. */
    public ExhibitorFigures {
        Map<ExhibitionMode, Integer> all = new EnumMap<>(ExhibitionMode.class);
        for (ExhibitionMode mode : ExhibitionMode.values()) {
            all.put(mode, byMode.getOrDefault(mode, 0));
        }
        byMode = Collections.unmodifiableMap(all);
        bookedAreaM2 = FigureUnit.SQUARE_METRES.normalise(bookedAreaM2);
        halls = List.copyOf(halls);
    }

    /** The figures of the exhibitor feature's totals (as {@code ExhibitorService.totals} counts them). */
    public static ExhibitorFigures of(ExhibitorTotals totals) {
        List<HallFigures> halls = new ArrayList<>();
        for (HallOccupancy h : totals.halls()) {
            halls.add(new HallFigures(h.code(), h.name(), totals.byHall().getOrDefault(h.code(), 0), h.booths(), h.booked(),
                    h.bookedAreaM2()));
        }
        return new ExhibitorFigures(totals.exhibitors(), totals.byMode(), totals.booths(), totals.bookedBooths(),
                totals.bookedAreaM2(), halls);
    }

    /** Exhibitors on site: mode on-site or both. */
    public int onSite() {
        return byMode.get(ExhibitionMode.ON_SITE) + byMode.get(ExhibitionMode.BOTH);
    }

    /** Exhibitors in the cloud exhibition: mode cloud or both. */
    public int cloud() {
        return byMode.get(ExhibitionMode.CLOUD) + byMode.get(ExhibitionMode.BOTH);
    }

    /** The named figures, in {@link FigureName} order (halls in code order). */
    public List<Figure> figures() {
        List<Figure> list = new ArrayList<>(6 + 2 * halls.size());
        list.add(Figure.count(FigureKey.of(FigureName.EXHIBITORS_TOTAL), total));
        list.add(Figure.count(FigureKey.of(FigureName.EXHIBITORS_ON_SITE), onSite()));
        list.add(Figure.count(FigureKey.of(FigureName.EXHIBITORS_CLOUD), cloud()));
        list.add(Figure.count(FigureKey.of(FigureName.EXHIBITORS_BOOTHS), booths));
        list.add(Figure.count(FigureKey.of(FigureName.EXHIBITORS_BOOTHS_BOOKED), bookedBooths));
        list.add(new Figure(FigureKey.of(FigureName.EXHIBITORS_BOOKED_AREA), bookedAreaM2));
        for (HallFigures h : halls) {
            list.add(Figure.count(FigureKey.of(FigureName.EXHIBITORS_IN_HALL, h.code()), h.exhibitors()));
        }
        for (HallFigures h : halls) {
            list.add(new Figure(FigureKey.of(FigureName.EXHIBITORS_HALL_BOOKED_AREA, h.code()), h.bookedAreaM2()));
        }
        return list;
    }
}
