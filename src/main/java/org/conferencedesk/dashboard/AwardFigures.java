package org.conferencedesk.dashboard;

import java.util.List;
import java.util.Objects;
import org.conferencedesk.awards.AwardTotals;

/**
 * The award figures of an event ({@link FigureSection#AWARDS}), from the award feature's totals.
 *
 * @param totals categories, places, winners recorded, signed off, open
 */
public record AwardFigures(AwardTotals totals) {

    /** No awards. */
    public static final AwardFigures NONE = new AwardFigures(AwardTotals.NONE);

    /** Checks that the totals are given. */
    public AwardFigures {
        Objects.requireNonNull(totals, "totals");
    }

    /** The named figures, in {@link FigureName} order. */
    public List<Figure> figures() {
        return List.of(
                Figure.count(FigureKey.of(FigureName.AWARDS_CATEGORIES), totals.categories()),
                Figure.count(FigureKey.of(FigureName.AWARDS_PLACES), totals.places()),
                Figure.count(FigureKey.of(FigureName.AWARDS_WINNERS), totals.winnersRecorded()),
                Figure.count(FigureKey.of(FigureName.AWARDS_SIGNED_OFF), totals.signedOff()),
                Figure.count(FigureKey.of(FigureName.AWARDS_OPEN), totals.open()));
    }
}
