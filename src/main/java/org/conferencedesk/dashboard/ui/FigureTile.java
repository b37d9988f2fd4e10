package org.conferencedesk.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.contracts.InvestorOrigin;
import org.conferencedesk.dashboard.DashboardText;
import org.conferencedesk.dashboard.EventFigures;
import org.conferencedesk.dashboard.FigureKey;
import org.conferencedesk.dashboard.FigureName;
import org.conferencedesk.dashboard.FigureSection;

/**
 * One figure as a dashboard tile: which figure, its section, its name and its value as a reader sees them.
 *
 * @param key the figure ({@code guests.checkedIn}); its text is the tile's node id in the view
 * @param section the part of the dashboard it belongs to
 * @param label its name in the language ("已签到嘉宾", "Guests checked in")
 * @param value its value for a reader ("127", "536.3 亿元", "RMB 53.63 billion", "1,234.5 m²")
 */
public record FigureTile(FigureKey key, FigureSection section, String label, String value) {

    /** The figures the dashboard shows as tiles, in this order (issue 14, "Dashboard"). */
    static final List<FigureKey> SHOWN = List.of(
            FigureKey.of(FigureName.GUESTS_TOTAL),
            FigureKey.of(FigureName.GUESTS_ACADEMICIANS),
            FigureKey.of(FigureName.GUESTS_EXPERTS),
            FigureKey.of(FigureName.GUESTS_ENTERPRISE_REPRESENTATIVES),
            FigureKey.of(FigureName.GUESTS_ON_SITE),
            FigureKey.of(FigureName.GUESTS_ONLINE),
            FigureKey.of(FigureName.GUESTS_CHECKED_IN),
            FigureKey.of(FigureName.EXHIBITORS_TOTAL),
            FigureKey.of(FigureName.EXHIBITORS_ON_SITE),
            FigureKey.of(FigureName.EXHIBITORS_CLOUD),
            FigureKey.of(FigureName.EXHIBITORS_BOOTHS_BOOKED),
            FigureKey.of(FigureName.EXHIBITORS_BOOKED_AREA),
            FigureKey.of(FigureName.AWARDS_CATEGORIES),
            FigureKey.of(FigureName.AWARDS_WINNERS),
            FigureKey.of(FigureName.AWARDS_SIGNED_OFF),
            FigureKey.of(FigureName.AWARDS_OPEN),
            FigureKey.of(FigureName.CONTRACTS_SIGNED_COUNT),
            FigureKey.of(FigureName.CONTRACTS_SIGNED_AMOUNT),
            FigureKey.of(FigureName.CONTRACTS_CLOSING_COUNT),
            FigureKey.of(FigureName.CONTRACTS_CLOSING_AMOUNT),
            FigureKey.of(FigureName.CONTRACTS_MAJOR_COUNT),
            FigureKey.of(FigureName.CONTRACTS_MAJOR_AMOUNT),
            FigureKey.of(FigureName.CONTRACTS_ORIGIN_COUNT, InvestorOrigin.DOMESTIC.name()),
            FigureKey.of(FigureName.CONTRACTS_ORIGIN_COUNT, InvestorOrigin.HONG_KONG_MACAO_TAIWAN.name()),
            FigureKey.of(FigureName.CONTRACTS_ORIGIN_COUNT, InvestorOrigin.FOREIGN.name()));

    /** Checks the parts. */
    public FigureTile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /** The tiles of {@code figures} ({@link #SHOWN}), in {@code locale}'s language; a figure the data lack shows 0. */
    public static List<FigureTile> of(EventFigures figures, Locale locale) {
        return of(figures, locale, null);
    }

    /**
     * The same, taking the labels from {@code previous} (the tiles of the same language before a change:
     * the names do not change, only the values), so that a check-in formats values only.
     */
    static List<FigureTile> of(EventFigures figures, Locale locale, List<FigureTile> previous) {
        boolean reuse = previous != null && previous.size() == SHOWN.size();
        List<FigureTile> tiles = new ArrayList<>(SHOWN.size());
        for (int i = 0; i < SHOWN.size(); i++) {
            FigureKey k = SHOWN.get(i);
            String label = reuse ? previous.get(i).label() : k.name().label(locale, DashboardText.argument(k, locale));
            tiles.add(new FigureTile(k, k.name().section(), label, DashboardText.value(k.name().unit(), figures.value(k), locale)));
        }
        return List.copyOf(tiles);
    }
}
