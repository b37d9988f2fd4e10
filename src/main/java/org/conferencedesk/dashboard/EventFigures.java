package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One immutable snapshot of every headline figure of an event, in four sections read from the
 * features' services ({@link GuestFigures}, {@link ExhibitorFigures}, {@link AwardFigures},
 * {@link ContractFigures}), and as named figures ({@link #figures()}, {@link #value(FigureKey)}) that
 * announced figures, snapshots and the report refer to by {@link FigureKey}.
 *
 * <p>A change replaces one section ({@link #withGuests} …) and shares the others; the named figures are
 * listed once, when first asked for. Thread-safe (immutable).
 */
public final class EventFigures {

    private final long eventId;
    private final GuestFigures guests;
    private final ExhibitorFigures exhibitors;
    private final AwardFigures awards;
    private final ContractFigures contracts;
    private volatile Map<FigureKey, Figure> byKey;

    /**
     * @param eventId the event
     * @param guests its guest figures
     * @param exhibitors its exhibitor figures
     * @param awards its award figures
     * @param contracts its signing ceremony's figures
     */
    public EventFigures(long eventId, GuestFigures guests, ExhibitorFigures exhibitors, AwardFigures awards,
                        ContractFigures contracts) {
        this.eventId = eventId;
        this.guests = Objects.requireNonNull(guests, "guests");
        this.exhibitors = Objects.requireNonNull(exhibitors, "exhibitors");
        this.awards = Objects.requireNonNull(awards, "awards");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
    }

    /** The figures of an event with no records yet. */
    public static EventFigures none(long eventId) {
        return new EventFigures(eventId, GuestFigures.NONE, ExhibitorFigures.NONE, AwardFigures.NONE, ContractFigures.NONE);
    }

    /** The event. */
    public long eventId() {
        return eventId;
    }

    /** Guests. */
    public GuestFigures guests() {
        return guests;
    }

    /** Exhibitors. */
    public ExhibitorFigures exhibitors() {
        return exhibitors;
    }

    /** Awards. */
    public AwardFigures awards() {
        return awards;
    }

    /** The signing ceremony. */
    public ContractFigures contracts() {
        return contracts;
    }

    /** The same figures with other guest figures. */
    public EventFigures withGuests(GuestFigures section) {
        return new EventFigures(eventId, section, exhibitors, awards, contracts);
    }

    /** The same figures with other exhibitor figures. */
    public EventFigures withExhibitors(ExhibitorFigures section) {
        return new EventFigures(eventId, guests, section, awards, contracts);
    }

    /** The same figures with other award figures. */
    public EventFigures withAwards(AwardFigures section) {
        return new EventFigures(eventId, guests, exhibitors, section, contracts);
    }

    /** The same figures with other contract figures. */
    public EventFigures withContracts(ContractFigures section) {
        return new EventFigures(eventId, guests, exhibitors, awards, section);
    }

    /** Every named figure: guests, exhibitors, awards, contracts, each in {@link FigureName} order. */
    public List<Figure> figures() {
        return List.copyOf(map().values());
    }

    /** Every named figure by key, in {@link #figures()} order (unmodifiable). */
    public Map<FigureKey, Figure> map() {
        Map<FigureKey, Figure> m = byKey;
        if (m == null) {
            List<Figure> all = new ArrayList<>();
            all.addAll(guests.figures());
            all.addAll(exhibitors.figures());
            all.addAll(awards.figures());
            all.addAll(contracts.figures());
            Map<FigureKey, Figure> built = new LinkedHashMap<>(all.size() * 2);
            for (Figure f : all) {
                built.put(f.key(), f);
            }
            m = Collections.unmodifiableMap(built);
            byKey = m;
        }
        return m;
    }

    /** The figure with this key, if the data have it (a sector with no signed contract has none). */
    public Optional<Figure> figure(FigureKey key) {
        return Optional.ofNullable(map().get(key));
    }

    /**
     * The value of a figure: the figure's own, or zero (at its unit's scale) for a figure kept per sector,
     * district, hall … that the data do not have (no contract signed in that sector: 0.00 yuan).
     */
    public BigDecimal value(FigureKey key) {
        Figure f = map().get(key);
        return f != null ? f.value() : key.name().unit().normalise(BigDecimal.ZERO);
    }
}
