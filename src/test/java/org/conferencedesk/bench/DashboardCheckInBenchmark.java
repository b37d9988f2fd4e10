package org.conferencedesk.bench;

import org.conferencedesk.dashboard.ChartPoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.conferencedesk.awards.AwardLinks;
import org.conferencedesk.awards.AwardRepository;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.SigningSessionRepository;
import org.conferencedesk.contracts.SigningSessionService;
import org.conferencedesk.dashboard.DashboardRepository;
import org.conferencedesk.dashboard.DashboardService;
import org.conferencedesk.dashboard.EventFigures;
import org.conferencedesk.dashboard.FigureKey;
import org.conferencedesk.dashboard.FigureName;
import org.conferencedesk.dashboard.FigureSources;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.dashboard.ChartPoint;
import org.conferencedesk.dashboard.ui.DashboardViewModel;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.BoothRepository;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.ExhibitorRepository;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestRepository;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dashboard with 100,000 guests (and the 30 sample-sized contracts, empty exhibitors and awards): a
 * check-in until every figure of the live dashboard is up to date, at the view-model level (no FX thread,
 * no rendering; the executor hands over on the calling thread).
 *
 * <ul>
 *   <li>{@code feedToFigures}: a committed check-in (or its undo) published on the guest feed, until the
 *       dashboard's figures are rebuilt and every named figure listed ({@code figures().figures()}, what a
 *       dashboard screen binds to): the guest row rebuilt on the writing thread, the live guest list and
 *       its tally, the guest section, the event's figures;</li>
 *   <li>{@code feedToDashboard}: the same change until the dashboard screen's view model is up to date:
 *       every tile's text, the headline paragraph, every chart series (contracts by sector and district,
 *       running total, guests by category, exhibitors) and the check-in timeline (one hour moved), the
 *       announced figures compared again;</li>
 *   <li>{@code checkInToFigures}: the same with the real write first ({@code GuestService.checkIn} /
 *       {@code undoCheckIn}: the guest row and its audit entry in one transaction);</li>
 *   <li>floor {@code checkInWriteOnly}: the write alone, on a service nobody listens to;</li>
 *   <li>the alternative {@code checkInThenReadFigures}: the write, then every figure read again through
 *       the services (what a dashboard without live figures would do per change).</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class DashboardCheckInBenchmark {

    private static final int GUESTS = 100_000;
    private static final Instant NINE = Instant.parse("2020-11-26T01:00:00Z");

    private Database database;
    private long eventId;
    private GuestService guests;
    private GuestService unwatched;
    private FigureSources sources;
    private LiveGuests liveGuests;
    private LiveEventFigures live;
    private LiveEventFigures dashboardFigures;
    private DashboardViewModel dashboard;
    private Guest guest;
    private boolean checkedIn;

    @Setup(Level.Trial)
    public void fill(org.openjdk.jmh.infra.BenchmarkParams params) {
        database = Database.openInMemory("bench-" + UUID.randomUUID());
        EventService events = new EventService(new EventRepository(database.dsl()));
        eventId = events.create(Event.named("Bench")).id();
        AuditTrail audit = new AuditTrail(database, Actor.named("bench"));
        guests = new GuestService(database, new GuestRepository(database.dsl()), audit, java.time.Clock.systemUTC());
        unwatched = new GuestService(database, new GuestRepository(database.dsl()), audit, java.time.Clock.systemUTC());
        guests.addAll(eventId, BenchGuests.generate(eventId, GUESTS), "bench");
        ContractService contracts = new ContractService(database, new ContractRepository(database.dsl()), audit);
        SigningSessionService sessions = new SigningSessionService(database, new SigningSessionRepository(database.dsl()), audit);
        ExhibitorRepository exhibitorRepository = new ExhibitorRepository(database.dsl());
        BoothRepository boothRepository = new BoothRepository(database.dsl());
        ExhibitorService exhibitors = new ExhibitorService(database, exhibitorRepository, boothRepository, guests, audit);
        BoothService booths = new BoothService(database, boothRepository, exhibitorRepository, events, audit,
                java.time.Clock.systemUTC(), exhibitors);
        AwardService awards = new AwardService(database, new AwardRepository(database.dsl()), audit, AwardLinks.of(guests));
        sources = new FigureSources(guests, exhibitors, booths, awards, contracts, sessions);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        liveGuests = new LiveGuests(guests, executor);
        live = new LiveEventFigures(liveGuests, sources, executor);
        live.show(eventId);
        dashboardFigures = new LiveEventFigures(liveGuests, sources, executor);
        DashboardService dashboardService = new DashboardService(database, new DashboardRepository(database.dsl()), events,
                sources, audit, java.time.Clock.systemUTC());
        dashboard = new DashboardViewModel(dashboardFigures, dashboardService, executor, new RecordingDialogs(),
                java.util.Locale.SIMPLIFIED_CHINESE);
        // Only the dashboard's own benchmarks have the screen shown: the others measure the figures alone.
        if (params.getBenchmark().endsWith("Dashboard")) {
            dashboard.show(eventId, java.time.ZoneId.of("Asia/Shanghai"));
        }
        guest = guests.list(eventId).get(GUESTS / 2);
        if (guest.isCheckedIn()) {
            guest = guests.undoCheckIn(eventId, guest.id(), guest.checkedInAt()).orElseThrow();
        }
        if (live.figures().figures().isEmpty()) {
            throw new IllegalStateException("The live figures are empty");
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        dashboard.hide();
        live.close();
        liveGuests.close();
        database.close();
    }

    @Benchmark
    public int feedToFigures() {
        checkedIn = !checkedIn;
        Guest changed = guest.withCheckedInAt(checkedIn ? NINE : null);
        guests.changes().saved(eventId, List.of(changed));
        return figuresNow();
    }

    @Benchmark
    public int feedToDashboard() {
        checkedIn = !checkedIn;
        Guest changed = guest.withCheckedInAt(checkedIn ? NINE : null);
        guests.changes().saved(eventId, List.of(changed));
        return dashboardNow();
    }

    @Benchmark
    public int checkInToDashboard() {
        toggle(guests);
        return dashboardNow();
    }

    private int dashboardNow() {
        List<ChartPoint> hours = dashboard.checkInsProperty().get();
        return dashboard.tilesProperty().get().size() + dashboard.headlineProperty().get().length()
                + dashboard.chartsProperty().get().runningTotal().size() + hours.size()
                + dashboard.tile("guests.checkedIn").value().length();
    }

    @Benchmark
    public int checkInToFigures() {
        toggle(guests);
        return figuresNow();
    }

    @Benchmark
    public Guest checkInWriteOnly() {
        return toggle(unwatched);
    }

    @Benchmark
    public int checkInThenReadFigures() {
        toggle(unwatched);
        EventFigures read = sources.read(eventId);
        return read.figures().size() + read.value(FigureKey.of(FigureName.GUESTS_CHECKED_IN)).intValue();
    }

    private int figuresNow() {
        EventFigures now = live.figures();
        return now.figures().size() + now.value(FigureKey.of(FigureName.GUESTS_CHECKED_IN)).intValue();
    }

    private Guest toggle(GuestService service) {
        checkedIn = !checkedIn;
        if (checkedIn) {
            return service.checkIn(eventId, guest.id(), NINE).guest();
        }
        return service.undoCheckIn(eventId, guest.id(), NINE).orElseThrow();
    }
}
