package org.conferencedesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.GuestImportOptions;
import org.conferencedesk.importexport.GuestImportService;
import org.conferencedesk.storage.Database;

/**
 * Where the time of the 100,000-row guest import goes (not JMH; a profiling aid for a loaded
 * machine): the CPU time of this thread (what other processes' load disturbs least) and the wall
 * time of reading and checking (the preview), of the whole import, and of the JDBC floor, round
 * after round on the files {@link GuestImportBenchmark} writes.
 * {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.main=org.conferencedesk.bench.GuestImportPhases -Dbench=12}
 */
public final class GuestImportPhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private GuestImportPhases() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        GuestImportBenchmark bench = new GuestImportBenchmark();
        bench.writeFiles();
        Path folder = Files.createTempDirectory("guest-phases");
        Path file = folder.resolve("guests.csv");
        GuestImportBenchmark.writeFiles(file, folder.resolve("plain.csv"), GuestImportBenchmark.ROWS, new Random(2020));
        GuestImportOptions options = GuestImportOptions.DETECT.withDuplicates(DuplicateAction.ADD);
        for (int r = 0; r < rounds; r++) {
            String check;
            try (Database database = Database.openInMemory("phases-" + UUID.randomUUID())) {
                EventRepository events = new EventRepository(database.dsl());
                long eventId = events.insert(Event.named("Bench")).id();
                GuestImportService service = new GuestImportService(new GuestService(database), new EventService(events));
                check = time(() -> service.preview(eventId, file, options, Locale.ENGLISH));
            }
            bench.freshDatabase();
            String imported = time(bench::importGuests);
            bench.closeDatabase();
            bench.freshDatabase();
            String floor = time(bench::plainJdbcBatchInsert);
            bench.closeDatabase();
            System.out.printf("round %2d (cpu/wall ms): read+check %s, import %s, jdbc floor %s%n", r, check, imported, floor);
        }
    }

    private static String time(Callable<?> work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        work.call();
        return String.format("%d/%d", (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
    }
}
