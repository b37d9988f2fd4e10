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
import org.conferencedesk.guests.io.GuestImportSpec;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportService;
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
    private static final com.sun.management.ThreadMXBean ALLOCATION = (com.sun.management.ThreadMXBean) THREADS;

    /** One measurement: this thread's CPU time, wall time, collector time (all threads) in ms; MiB this thread allocated. */
    private record Sample(long cpu, long wall, long gc, long mib) {
        @Override
        public String toString() {
            return cpu + "/" + wall + " (gc " + gc + ", " + mib + " MiB)";
        }
    }

    private GuestImportPhases() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        GuestImportBenchmark bench = new GuestImportBenchmark();
        bench.writeFiles();
        Path folder = Files.createTempDirectory("guest-phases");
        Path file = folder.resolve("guests.csv");
        GuestImportBenchmark.writeFiles(file, folder.resolve("plain.csv"), GuestImportBenchmark.ROWS, new Random(2020));
        ImportOptions options = ImportOptions.DETECT.withDuplicates(DuplicateAction.ADD);
        java.util.List<double[]> ratios = new java.util.ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Sample check;
            try (Database database = Database.openInMemory("phases-" + UUID.randomUUID())) {
                EventRepository events = new EventRepository(database.dsl());
                long eventId = events.insert(Event.named("Bench")).id();
                ImportService<?, ?> service = new ImportService<>(new GuestImportSpec(new GuestService(database), new EventService(events)));
                check = time(() -> service.preview(eventId, file, options, Locale.ENGLISH));
            }
            bench.freshDatabase();
            Sample imported = time(bench::importGuests);
            bench.closeDatabase();
            bench.freshDatabase();
            Sample floor = time(bench::plainJdbcBatchInsert);
            bench.closeDatabase();
            System.out.printf("round %2d (cpu/wall ms): read+check %s, import %s, jdbc floor %s%n", r, check, imported, floor);
            if (r >= rounds / 3) {
                ratios.add(new double[] {(double) imported.cpu() / floor.cpu(), (double) imported.wall() / floor.wall()});
            }
        }
        // The ratio of each round (import and floor ran back to back, under the same load), the median of the last 2/3.
        double[] cpu = ratios.stream().mapToDouble(x -> x[0]).sorted().toArray();
        double[] wall = ratios.stream().mapToDouble(x -> x[1]).sorted().toArray();
        if (cpu.length > 0) {
            System.out.printf("import / floor, median of rounds %d-%d: cpu %.2f (%.2f-%.2f), wall %.2f (%.2f-%.2f)%n",
                    rounds / 3, rounds - 1, cpu[cpu.length / 2], cpu[0], cpu[cpu.length - 1],
                    wall[wall.length / 2], wall[0], wall[wall.length - 1]);
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static Sample time(Callable<?> work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        long gc = gcMillis();
        long allocated = ALLOCATION.getCurrentThreadAllocatedBytes();
        work.call();
        return new Sample((THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000,
                gcMillis() - gc, (ALLOCATION.getCurrentThreadAllocatedBytes() - allocated) >> 20);
    }
}
