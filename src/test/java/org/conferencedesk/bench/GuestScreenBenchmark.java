package org.conferencedesk.bench;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.GuestSearch;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.ui.GuestWords;
import org.conferencedesk.guests.ui.GuestsViewModel;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.storage.Database;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A keystroke in the guests screen's search field, over 100,000 guests: from setting the text
 * (what the field's binding does) to the filtered and sorted list the table shows being up to date
 * ({@link GuestsViewModel#guests()}), at view-model level (no FX thread, no rendering: the table
 * then lays out only its ~20 visible rows).
 *
 * <p>Each invocation types the next step of "z", "zh", "zha", "zhan", "zhang", "zhang w", then
 * "zs", "张", "南京甲", "guest1", and "" (the list back in full), cycling; with {@code sort=none} the
 * table is unsorted (list order), with {@code sort=name} it is sorted by the name column (pinyin,
 * collation keys). Floor: {@code matcherOnly} tests the same queries' {@link GuestSearch#matcher}
 * against the 100,000 precomputed keys in a plain loop (no FilteredList, no SortedList).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class GuestScreenBenchmark {

    private static final String[] TYPED = {"z", "zh", "zha", "zhan", "zhang", "zhang w", "zs", "张", "南京甲", "guest1", ""};

    @Param({"100000"})
    public int guests;

    @Param({"none", "name"})
    public String sort;

    private Database database;
    private LiveGuests live;
    private GuestsViewModel model;
    private GuestSearch.SearchKey[] keys;
    private org.conferencedesk.guests.ui.CheckInDeskViewModel desk;
    private int step;

    @Setup(Level.Trial)
    public void fill() {
        database = Database.openInMemory("bench-" + UUID.randomUUID());
        long eventId = new EventRepository(database.dsl()).insert(Event.named("Bench")).id();
        GuestService service = new GuestService(database);
        service.addAll(eventId, BenchGuests.generate(eventId, guests), "bench");
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        live = new LiveGuests(service, executor);
        live.show(eventId);
        model = new GuestsViewModel(live, service, executor, new DialogService() {
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
        if ("name".equals(sort)) {
            model.orderProperty().set((a, b) -> GuestRow.compareNames(a, b));
        }
        desk = new org.conferencedesk.guests.ui.CheckInDeskViewModel(live, service, executor,
                new GuestWords(Locale.SIMPLIFIED_CHINESE), Clock.systemUTC());
        desk.attach();
        keys = live.rows().stream().map(GuestRow::searchKey).toArray(GuestSearch.SearchKey[]::new);
        if (live.rows().size() != guests) {
            throw new IllegalStateException("loaded " + live.rows().size());
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        model.detach();
        desk.detach();
        live.close();
        database.close();
    }

    @Benchmark
    public int keystrokeToFilteredSortedList() {
        model.filterTextProperty().set(TYPED[step++ % TYPED.length]);
        // What the table reads: the size and the first rows.
        int shown = model.guests().size();
        return shown == 0 ? 0 : shown + model.guests().get(0).guest().fullName().length();
    }

    /**
     * The worst keystrokes: a search that leaves ~1,900 guests, then clearing it, which brings back
     * (and, sorted by name, re-sorts) all 100,000 rows. Two keystrokes per operation.
     */
    @Benchmark
    public int searchThenClear() {
        model.filterTextProperty().set("zhang");
        int found = model.guests().size();
        model.filterTextProperty().set("");
        return found + model.guests().size();
    }

    /**
     * A click on the name header and back: the 100,000 rows sorted by their kept collation keys,
     * then back to list order (one operation = both; measured with {@code sort=none}).
     */
    @Benchmark
    public int sortByNameAndBack() {
        model.orderProperty().set((a, b) -> GuestRow.compareNames(a, b));
        int first = model.guests().get(0).guest().fullName().length();
        model.orderProperty().set(null);
        return first + model.guests().size();
    }

    /** A keystroke at the check-in desk: the same typing, until its (at most 8) matches are listed and ranked. */
    @Benchmark
    public int deskKeystroke() {
        desk.queryProperty().set(TYPED[step++ % TYPED.length]);
        return desk.matches().size();
    }

    @Benchmark
    public int matcherOnly() {
        var matcher = GuestSearch.matcher(TYPED[step++ % TYPED.length]);
        int n = 0;
        for (GuestSearch.SearchKey k : keys) {
            if (matcher.test(k)) {
                n++;
            }
        }
        return n;
    }
}
