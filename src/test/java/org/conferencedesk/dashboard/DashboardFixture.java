package org.conferencedesk.dashboard;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.conferencedesk.awards.AwardLinks;
import org.conferencedesk.awards.AwardRepository;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.SigningSessionRepository;
import org.conferencedesk.contracts.SigningSessionService;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.BoothRepository;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.ExhibitorRepository;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.guests.GuestRepository;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.contracts.io.ContractImportSpec;
import org.conferencedesk.guests.io.GuestImportSpec;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.MovingClock;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;

/**
 * A fresh in-memory database with WIMC 2020 (26–28 November 2020, Nanjing), every feature's service over
 * it, and one clock for all of them (the audit trail, check-ins, snapshots) that the test moves on: it
 * stands at 2020-11-28 08:00 in Nanjing (00:00 UTC) and advances a minute each time it is read, so
 * every change has its own time.
 */
public final class DashboardFixture implements AutoCloseable {

    public static final Path SAMPLES = Path.of("docs", "samples");
    public static final ZoneId NANJING = ZoneId.of("Asia/Shanghai");

    public final MovingClock clock = MovingClock.ticking(Instant.parse("2020-11-28T00:00:00Z"), Duration.ofMinutes(1));
    public final Database database;
    public final long eventId;
    public final EventService events;
    public final AuditTrail audit;
    public final GuestService guests;
    public final ContractService contracts;
    public final SigningSessionService sessions;
    public final ExhibitorService exhibitors;
    public final BoothService booths;
    public final AwardService awards;
    public final FigureSources sources;
    public final DashboardService dashboard;

    public DashboardFixture() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        EventRepository eventRepository = new EventRepository(database.dsl());
        events = new EventService(eventRepository);
        eventId = events.create(new Event(null, "2020 World Intelligent Manufacturing Conference", "WIMC 2020", "Nanjing",
                "南京国际博览中心", LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE)).id();
        audit = new AuditTrail(new AuditRepository(database.dsl()), () -> "秘书处", clock);
        guests = new GuestService(database, new GuestRepository(database.dsl()), audit, clock);
        contracts = new ContractService(database, new ContractRepository(database.dsl()), audit);
        sessions = new SigningSessionService(database, new SigningSessionRepository(database.dsl()), audit);
        ExhibitorRepository exhibitorRepository = new ExhibitorRepository(database.dsl());
        BoothRepository boothRepository = new BoothRepository(database.dsl());
        exhibitors = new ExhibitorService(database, exhibitorRepository, boothRepository, guests, audit);
        booths = new BoothService(database, boothRepository, exhibitorRepository, events, audit, clock, exhibitors);
        awards = new AwardService(database, new AwardRepository(database.dsl()), audit, AwardLinks.of(guests), clock, () -> 42L);
        sources = new FigureSources(guests, exhibitors, booths, awards, contracts, sessions);
        dashboard = new DashboardService(database, new DashboardRepository(database.dsl()), events, sources, audit, clock);
    }

    /** Imports docs/samples/wimc-2020-signing-ceremony.csv (30 projects, 53,630,000,000.00 yuan) as the window does. */
    public void importSampleContracts() {
        new ImportService<>(new ContractImportSpec(contracts)).importFile(eventId,
                SAMPLES.resolve("wimc-2020-signing-ceremony.csv"), ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);
    }

    /** Imports docs/samples/wimc-2020-guests.csv (326 guests, 24 academicians, 102 experts, 200 enterprise representatives). */
    public void importSampleGuests() {
        new ImportService<>(new GuestImportSpec(guests, events)).importFile(eventId, SAMPLES.resolve("wimc-2020-guests.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);
    }

    /**
     * The press release's figures as docs/samples/wimc-2020-announced-figures.csv states them (a UTF-8
     * file with a header: figure key, statement, source), announced for the event in file order.
     */
    public List<AnnouncedFigure> announceSampleFigures() throws IOException {
        List<AnnouncedFigure> announced = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(SAMPLES.resolve("wimc-2020-announced-figures.csv"), StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                FigureKey key = FigureKey.parse(row.get(0)).orElseThrow();
                announced.add(dashboard.announce(AnnouncedFigure.of(eventId, key, row.get(1), row.get(2))));
            }
        }
        return announced;
    }

    @Override
    public void close() {
        database.close();
    }
}
