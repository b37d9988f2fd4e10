package org.conferencedesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.guests.ui.CheckInDeskViewModel;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.ui.GuestWords;
import org.conferencedesk.guests.ui.GuestsViewModel;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.storage.Database;

/**
 * Heap retained by the guests screen's model with N guests loaded (default 100,000):
 * {@code GuestScreenHeap [N]}. Method: the guests are written to a database file first (a temporary folder);
 * then the used heap is read after a full GC (System.gc() five times, MemoryMXBean) before and after
 * each step, and the difference is what the step keeps alive:
 * <ol>
 * <li>the records alone: {@code GuestService.list} held in a list (the floor: what any screen must hold);</li>
 * <li>the screen's model: {@link LiveGuests} (rows with precomputed search keys) + {@link GuestsViewModel}
 *     (FilteredList, SortedList, figures) + {@link CheckInDeskViewModel}, attached, searched once and
 *     sorted by name once (collation keys built), the records list of step 1 dropped.</li>
 * </ol>
 * The H2 database's own page cache is filled by the writes before both steps, so it is not counted.
 */
public final class GuestScreenHeap {

    private GuestScreenHeap() {
    }

    /** Prints the figures. */
    public static void main(String[] args) {
        int n = args.length > 0 && !args[0].isBlank() && !args[0].equals(".*") ? Integer.parseInt(args[0]) : 100_000;
        // A database file, as in the application: the values read are fresh strings. (An in-memory H2
        // database would hand back the very String objects it stores, and the records would seem small.)
        java.nio.file.Path folder;
        try {
            folder = java.nio.file.Files.createTempDirectory("guest-heap");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Database database = Database.openFile(folder.resolve("bench"));
        long eventId = new EventRepository(database.dsl()).insert(Event.named("Bench")).id();
        GuestService service = new GuestService(database);
        service.addAll(eventId, BenchGuests.generate(eventId, n), "bench");

        long base = usedAfterGc();
        List<Guest> records = service.list(eventId);
        long withRecords = usedAfterGc();
        System.out.printf("guests: %,d%n", records.size());
        System.out.printf("records alone (List<Guest> from GuestService.list): %.1f MiB%n", mib(withRecords - base));
        records = null;
        long base2 = usedAfterGc();

        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        LiveGuests live = new LiveGuests(service, executor);
        live.show(eventId);
        GuestsViewModel model = new GuestsViewModel(live, service, executor, new DialogService() {
            @Override
            public void showError(String title, String message) {
            }

            @Override
            public void showInformation(String title, String message) {
            }

            @Override
            public boolean confirm(String title, String question) {
                return false;
            }
        }, new GuestWords(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC());
        model.attach();
        CheckInDeskViewModel desk = new CheckInDeskViewModel(live, service, executor,
                new GuestWords(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC());
        desk.attach();
        long loaded = usedAfterGc();
        model.filterTextProperty().set("zhang");
        model.filterTextProperty().set("");
        model.orderProperty().set((a, b) -> GuestRow.compareNames(a, b));
        long sortedByName = usedAfterGc();
        System.out.printf("screen model loaded (rows + search keys + lists + figures): %.1f MiB%n", mib(loaded - base2));
        System.out.printf("  … after a search and a sort by name (collation keys kept): %.1f MiB%n", mib(sortedByName - base2));
        System.out.printf("  … per guest: %.0f bytes%n", (double) (sortedByName - base2) / n);
        System.out.printf("whole heap in use after GC (H2 page cache, jOOQ, the model; no JavaFX toolkit): %.1f MiB%n",
                mib(sortedByName));
        System.out.println("(still shown: " + model.guests().size() + " guests, " + desk.countTextProperty().get() + ")");
        live.close();
        database.close();
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
