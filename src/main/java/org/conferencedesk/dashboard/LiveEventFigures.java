package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardTotals;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractLedger;
import org.conferencedesk.contracts.ContractSigning;
import org.conferencedesk.contracts.SigningSession;
import org.conferencedesk.exhibitors.Booking;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.LiveRecords;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.shared.record.Tally;

/**
 * The shown event's figures, live: kept current from the features' change feeds, recomputing only the
 * section a change touches and, inside it, only what the changed records contribute (a check-in among
 * 100,000 guests adjusts two counters of the guest list's tally and rebuilds the guest section's ten
 * figures; the other sections are shared with the previous {@link EventFigures}). For the dashboard,
 * the ceremony screen and the status bar; imports nothing from {@code javafx.scene}.
 *
 * <ul>
 *   <li>guests: the window's {@link LiveGuests} (one list per window; shown for the event if it is not);</li>
 *   <li>contracts: a live list of the event's contracts over a {@link ContractLedger} and the sessions and
 *       origins ({@code SigningSessionService.changes()}, read again when a session changes);</li>
 *   <li>exhibitors: a live list of exhibitors (modes), and each booth's holders read again when the booth
 *       feed names it (its bookings changed) or its holder was deleted;</li>
 *   <li>awards: each category's places, winners and sign-off read again when the award feed names it.</li>
 * </ul>
 * Every section gives the same figures as {@link FigureSources} reads from the services (tested side by
 * side). Lifecycle: {@link #show(long, Consumer)} when the screen is shown, {@link #close()} when it is
 * hidden. Every method is called on the UI thread.
 */
public final class LiveEventFigures implements AutoCloseable {

    private final LiveGuests guests;
    private final FigureSources sources;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<EventFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private Consumer<Throwable> onFailure = e -> { };
    private Long eventId;
    private boolean listening;

    private final ChangeListener<GuestTotals> guestTotals = (obs, was, now) -> guestsChanged();

    private final ContractsTally contractsTally = new ContractsTally();
    private final LiveRecords<Contract, Contract, ContractFigures> contracts;
    private final ChangeListener<ContractFigures> contractTotals = (obs, was, now) -> publish(f -> f.withContracts(now));
    private final Consumer<RecordChange<ContractSigning>> signingListener = this::signingChanged;
    private final Consumer<RecordChange<SigningSession>> sessionListener = this::sessionChanged;
    private long signingGeneration;

    private final LiveRecords<Exhibitor, Exhibitor, Map<ExhibitionMode, Integer>> exhibitors;
    private final ChangeListener<Map<ExhibitionMode, Integer>> exhibitorModes = (obs, was, now) -> publishExhibitors();
    private final Consumer<RecordChange<Exhibitor>> exhibitorListener = this::exhibitorChanged;
    private final Consumer<RecordChange<Booth>> boothListener = this::boothChanged;
    private final RefreshedRows<BoothState> booths;
    private final Map<Long, HallTally> hallTallies = new HashMap<>();
    private List<Hall> halls = List.of();

    private final Consumer<RecordChange<AwardCategory>> awardListener = this::awardChanged;
    private final RefreshedRows<CategoryState> awards;
    private final AwardTally awardTally = new AwardTally();

    /**
     * Creates the model; nothing is read until {@link #show}.
     *
     * @param guests the window's live guest list (shared with the guest screens and the status bar)
     * @param sources the features' services
     * @param executor background work and the hand-over to the UI thread
     */
    public LiveEventFigures(LiveGuests guests, FigureSources sources, TaskExecutor executor) {
        this.guests = Objects.requireNonNull(guests);
        this.sources = Objects.requireNonNull(sources);
        this.executor = Objects.requireNonNull(executor);
        this.contracts = new LiveRecords<>(sources.contracts().changes(), sources.contracts()::list, c -> c, Contract::id,
                contractsTally, executor);
        this.exhibitors = new LiveRecords<>(sources.exhibitors().changes(), sources.exhibitors()::list, e -> e, Exhibitor::id,
                new ModeTally(), executor);
        this.booths = new RefreshedRows<>(executor, new BoothListener(), e -> onFailure.accept(e));
        this.awards = new RefreshedRows<>(executor, new AwardListener(), e -> onFailure.accept(e));
    }

    /**
     * Shows event {@code event}: reads its figures in the background and keeps them live from then on.
     * Another event than the one shown starts from {@link EventFigures#none} at once.
     *
     * @param failure called on the UI thread if a read fails (the figures stay as they were)
     */
    public void show(long event, Consumer<Throwable> failure) {
        this.onFailure = Objects.requireNonNull(failure);
        if (!listening) {
            guests.totalsProperty().addListener(guestTotals);
            contracts.totalsProperty().addListener(contractTotals);
            exhibitors.totalsProperty().addListener(exhibitorModes);
            sources.sessions().changes().addListener(signingListener);
            sources.sessions().sessionChanges().addListener(sessionListener);
            sources.exhibitors().changes().addListener(exhibitorListener);
            sources.booths().changes().addListener(boothListener);
            sources.awards().changes().addListener(awardListener);
            listening = true;
        }
        boolean switched = eventId == null || eventId != event;
        if (switched) {
            eventId = event;
            halls = List.of();
            figures.set(EventFigures.none(event));
        }
        Long guestsShown = guests.eventIdProperty().get();
        if (guestsShown == null || guestsShown != event) {
            guests.show(event, failure);
        }
        guestsChanged();
        contracts.show(event, failure);
        loadSignings(event);
        exhibitors.show(event, failure);
        booths.show(event);
        if (switched) {
            // The previous event's booths have just left; its halls' tallies are of no further use.
            hallTallies.clear();
        }
        reloadBooths();
        awards.show(event);
        reloadAwards();
        // The figures as they stand now (a list whose figures did not change sends no change); the tally,
        // not the list's last published totals, which predate the sessions read since.
        publish(f -> f.withContracts(contractsTally.totals()));
        publishExhibitors();
    }

    /** Same as {@link #show(long, Consumer)}, ignoring failures (tests). */
    public void show(long event) {
        show(event, e -> { });
    }

    /** The window's live guest list the guest figures follow (its rows: the check-in timeline). */
    public LiveGuests guests() {
        return guests;
    }

    /** The shown event's figures (live); {@code null} before {@link #show}. */
    public ReadOnlyObjectProperty<EventFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The figures now; {@code null} before {@link #show}. */
    public EventFigures figures() {
        return figures.get();
    }

    /** Stops listening (the figures stay as they are). The shared guest list is left as it is. */
    @Override
    public void close() {
        if (listening) {
            guests.totalsProperty().removeListener(guestTotals);
            contracts.totalsProperty().removeListener(contractTotals);
            exhibitors.totalsProperty().removeListener(exhibitorModes);
            sources.sessions().changes().removeListener(signingListener);
            sources.sessions().sessionChanges().removeListener(sessionListener);
            sources.exhibitors().changes().removeListener(exhibitorListener);
            sources.booths().changes().removeListener(boothListener);
            sources.awards().changes().removeListener(awardListener);
            contracts.close();
            exhibitors.close();
            listening = false;
        }
    }

    private void publish(java.util.function.UnaryOperator<EventFigures> change) {
        EventFigures now = figures.get();
        if (now != null) {
            figures.set(change.apply(now));
        }
    }

    // ------------------------------------------------------------------ guests

    private void guestsChanged() {
        Long shown = guests.eventIdProperty().get();
        if (eventId != null && shown != null && shown.longValue() == eventId) {
            publish(f -> f.withGuests(new GuestFigures(guests.totals())));
        }
    }

    // ------------------------------------------------------------------ contracts

    /** The ledger and the ceremony tally, as the live contract list's tally. */
    private static final class ContractsTally implements Tally<Contract, ContractFigures> {
        final ContractLedger ledger = new ContractLedger();
        final CeremonyTally ceremony = new CeremonyTally();

        @Override
        public void reset(List<Contract> rows) {
            ledger.reset(rows);
            ceremony.resetContracts(rows);
        }

        @Override
        public void add(Contract row) {
            ledger.put(row);
            ceremony.put(row);
        }

        @Override
        public void remove(Contract row) {
            ledger.remove(row.id());
            ceremony.remove(row.id());
        }

        @Override
        public void replace(Contract before, Contract after) {
            add(after);
        }

        @Override
        public ContractFigures totals() {
            return ContractFigures.of(ledger, ceremony);
        }
    }

    /** The sessions of the event and its contracts' sessions and origins, read together. */
    private record Signings(List<ContractSigning> signings, List<SigningSession> sessions) {
    }

    private void loadSignings(long event) {
        long generation = ++signingGeneration;
        executor.execute(() -> new Signings(sources.sessions().signings(event), sources.sessions().sessions(event)), loaded -> {
            if (generation == signingGeneration && isShown(event)) {
                contractsTally.ceremony.resetSignings(loaded.signings(), loaded.sessions());
                publish(f -> f.withContracts(contractsTally.totals()));
            }
        }, e -> onFailure.accept(e));
    }

    private void signingChanged(RecordChange<ContractSigning> change) {
        executor.runOnUiThread(() -> {
            if (!isShown(change.eventId())) {
                return;
            }
            if (change instanceof RecordChange.Saved<ContractSigning> saved) {
                contractsTally.ceremony.putSignings(saved.records());
                publish(f -> f.withContracts(contractsTally.totals()));
            } else {
                loadSignings(change.eventId());
            }
        });
    }

    private void sessionChanged(RecordChange<SigningSession> change) {
        executor.runOnUiThread(() -> {
            if (isShown(change.eventId())) {
                loadSignings(change.eventId());
            }
        });
    }

    private boolean isShown(long event) {
        return eventId != null && eventId == event;
    }

    // ------------------------------------------------------------------ exhibitors

    /** Exhibitors per mode, kept by difference. */
    private static final class ModeTally implements Tally<Exhibitor, Map<ExhibitionMode, Integer>> {
        private final int[] counts = new int[ExhibitionMode.values().length];

        @Override
        public void reset(List<Exhibitor> rows) {
            java.util.Arrays.fill(counts, 0);
            rows.forEach(this::add);
        }

        @Override
        public void add(Exhibitor row) {
            counts[row.mode().ordinal()]++;
        }

        @Override
        public void remove(Exhibitor row) {
            counts[row.mode().ordinal()]--;
        }

        @Override
        public Map<ExhibitionMode, Integer> totals() {
            Map<ExhibitionMode, Integer> m = new EnumMap<>(ExhibitionMode.class);
            for (ExhibitionMode mode : ExhibitionMode.values()) {
                m.put(mode, counts[mode.ordinal()]);
            }
            return m;
        }
    }

    /**
     * A booth as the figures count it.
     *
     * @param hallId its hall
     * @param areaM2 its area
     * @param holders the exhibitors holding it on at least one day
     */
    private record BoothState(long hallId, BigDecimal areaM2, Set<Long> holders) {
        static BoothState of(Booth booth, List<Booking> bookings) {
            return new BoothState(booth.hallId(), booth.areaM2(), holders(bookings));
        }

        /** The same booth held as {@code bookings} say. */
        BoothState heldAs(List<Booking> bookings) {
            return new BoothState(hallId, areaM2, holders(bookings));
        }

        private static Set<Long> holders(List<Booking> bookings) {
            Set<Long> holders = new HashSet<>();
            bookings.forEach(b -> holders.add(b.exhibitorId()));
            return Set.copyOf(holders);
        }
    }

    /** One hall's booths, booked booths, booked area and holders (with how many of its booths each holds). */
    private static final class HallTally {
        int booths;
        int booked;
        BigDecimal bookedArea = BigDecimal.ZERO;
        final Map<Long, Integer> holders = new HashMap<>();

        void account(BoothState b, int sign) {
            booths += sign;
            if (!b.holders().isEmpty()) {
                booked += sign;
                bookedArea = sign > 0 ? bookedArea.add(b.areaM2()) : bookedArea.subtract(b.areaM2());
            }
            for (Long holder : b.holders()) {
                int n = holders.merge(holder, sign, Integer::sum);
                if (n == 0) {
                    holders.remove(holder);
                }
            }
        }
    }

    private final class BoothListener implements RefreshedRows.Listener<BoothState> {
        @Override
        public void changed(long id, BoothState before, BoothState after) {
            if (before != null) {
                hallTallies.computeIfAbsent(before.hallId(), h -> new HallTally()).account(before, -1);
            }
            if (after != null) {
                hallTallies.computeIfAbsent(after.hallId(), h -> new HallTally()).account(after, +1);
            }
        }

        @Override
        public void settled() {
            publishExhibitors();
        }
    }

    /** Halls, booths and bookings of an event, read together. */
    private record BoothLoad(List<Hall> halls, List<Booth> booths, List<Booking> bookings) {
        Map<Long, BoothState> states() {
            Map<Long, List<Booking>> byBooth = new HashMap<>();
            bookings.forEach(b -> byBooth.computeIfAbsent(b.boothId(), id -> new ArrayList<>()).add(b));
            Map<Long, BoothState> states = new HashMap<>();
            booths.forEach(b -> states.put(b.id(), BoothState.of(b, byBooth.getOrDefault(b.id(), List.of()))));
            return states;
        }
    }

    private void reloadBooths() {
        long event = eventId;
        booths.reload(() -> new BoothLoad(sources.booths().halls(event), sources.booths().booths(event),
                sources.booths().bookings(event)), BoothLoad::states, loaded -> {
                    List<Hall> sorted = new ArrayList<>(loaded.halls());
                    sorted.sort(Hall.BY_CODE);
                    halls = List.copyOf(sorted);
                });
    }

    private void boothChanged(RecordChange<Booth> change) {
        executor.runOnUiThread(() -> {
            if (!isShown(change.eventId())) {
                return;
            }
            if (change instanceof RecordChange.Saved<Booth> saved) {
                for (Booth b : saved.records()) {
                    booths.refresh(b.id(), () -> BoothState.of(b, sources.booths().bookingsOfBooth(b.id())));
                }
            } else if (change instanceof RecordChange.Removed<Booth> removed) {
                removed.ids().forEach(booths::remove);
            } else {
                reloadBooths();
            }
        });
    }

    private void exhibitorChanged(RecordChange<Exhibitor> change) {
        if (!(change instanceof RecordChange.Removed<Exhibitor> removed)) {
            return;
        }
        // A deleted exhibitor's booths were released without a booth change: read them again.
        executor.runOnUiThread(() -> {
            if (!isShown(change.eventId())) {
                return;
            }
            for (long exhibitorId : removed.ids()) {
                for (long boothId : booths.idsWhere(b -> b.holders().contains(exhibitorId))) {
                    BoothState held = booths.rows().get(boothId);
                    booths.refresh(boothId, () -> held.heldAs(sources.booths().bookingsOfBooth(boothId)));
                }
            }
        });
    }

    private void publishExhibitors() {
        if (eventId == null) {
            return;
        }
        Map<ExhibitionMode, Integer> modes = exhibitors.totals();
        List<ExhibitorFigures.HallFigures> perHall = new ArrayList<>(halls.size());
        int allBooths = 0;
        int allBooked = 0;
        BigDecimal allArea = BigDecimal.ZERO;
        for (Hall h : halls) {
            HallTally t = hallTallies.getOrDefault(h.id(), new HallTally());
            perHall.add(new ExhibitorFigures.HallFigures(h.code(), h.name(), t.holders.size(), t.booths, t.booked, t.bookedArea));
            allBooths += t.booths;
            allBooked += t.booked;
            allArea = allArea.add(t.bookedArea);
        }
        int total = modes.values().stream().mapToInt(Integer::intValue).sum();
        ExhibitorFigures section = new ExhibitorFigures(total, modes, allBooths, allBooked, allArea, perHall);
        publish(f -> f.withExhibitors(section));
    }

    // ------------------------------------------------------------------ awards

    /**
     * An award category as the figures count it.
     *
     * @param places the places of its prizes
     * @param winners the winners recorded
     * @param signedOff true while it is signed off
     */
    private record CategoryState(int places, int winners, boolean signedOff) {
        static CategoryState of(AwardCategoryContent content) {
            return new CategoryState(content.prizes().stream().mapToInt(Prize::places).sum(), content.winners().size(),
                    content.category().isFrozen());
        }
    }

    /** The award figures, kept by difference. */
    private static final class AwardTally {
        int categories;
        int places;
        int winners;
        int signedOff;

        void account(CategoryState c, int sign) {
            categories += sign;
            places += sign * c.places();
            winners += sign * c.winners();
            signedOff += c.signedOff() ? sign : 0;
        }

        AwardTotals totals() {
            return new AwardTotals(categories, places, winners, signedOff, categories - signedOff);
        }
    }

    private final class AwardListener implements RefreshedRows.Listener<CategoryState> {
        @Override
        public void changed(long id, CategoryState before, CategoryState after) {
            if (before != null) {
                awardTally.account(before, -1);
            }
            if (after != null) {
                awardTally.account(after, +1);
            }
        }

        @Override
        public void settled() {
            publish(f -> f.withAwards(new AwardFigures(awardTally.totals())));
        }
    }

    private CategoryState readCategory(long categoryId) {
        try {
            return CategoryState.of(sources.awards().content(categoryId));
        } catch (UserFacingException gone) {
            return null;
        }
    }

    private void reloadAwards() {
        long event = eventId;
        awards.reload(() -> {
            Map<Long, CategoryState> all = new HashMap<>();
            for (AwardCategory c : sources.awards().categories(event)) {
                CategoryState state = readCategory(c.id());
                if (state != null) {
                    all.put(c.id(), state);
                }
            }
            return all;
        }, all -> all, all -> { });
    }

    private void awardChanged(RecordChange<AwardCategory> change) {
        executor.runOnUiThread(() -> {
            if (!isShown(change.eventId())) {
                return;
            }
            if (change instanceof RecordChange.Saved<AwardCategory> saved) {
                saved.records().forEach(c -> awards.refresh(c.id(), () -> readCategory(c.id())));
            } else if (change instanceof RecordChange.Removed<AwardCategory> removed) {
                removed.ids().forEach(awards::remove);
            } else {
                reloadAwards();
            }
        });
    }
}
