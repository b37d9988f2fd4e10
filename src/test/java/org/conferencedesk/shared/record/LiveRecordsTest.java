package org.conferencedesk.shared.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.DeferredTaskExecutor;
import org.conferencedesk.shared.TaskExecutor;
import org.junit.jupiter.api.Test;

class LiveRecordsTest {

    /** A record of a test type: an id, its event and a value the tally sums. */
    record Item(long id, long eventId, int value) {
    }

    /** Sums the values and counts the rows by difference. */
    static final class Sum implements Tally<Item, String> {
        int rows;
        int total;
        int resets;

        @Override
        public void reset(List<Item> items) {
            resets++;
            rows = 0;
            total = 0;
            items.forEach(this::add);
        }

        @Override
        public void add(Item row) {
            rows++;
            total += row.value();
        }

        @Override
        public void remove(Item row) {
            rows--;
            total -= row.value();
        }

        @Override
        public String totals() {
            return rows + " rows, " + total;
        }
    }

    private final ChangeFeed<Item> feed = new ChangeFeed<>();
    private final Map<Long, List<Item>> stored = new HashMap<>();
    private final Sum sum = new Sum();

    private LiveRecords<Item, Item, String> live(TaskExecutor executor) {
        return new LiveRecords<>(feed, event -> new ArrayList<>(stored.getOrDefault(event, List.of())), i -> i, Item::id,
                sum, executor);
    }

    @Test
    void savesAndRemovalsOfTheEventShownUpdateTheRowsAndTheTallyWithoutAReload() {
        stored.put(1L, List.of(new Item(5, 1, 50), new Item(2, 1, 20)));
        LiveRecords<Item, Item, String> live = live(new CurrentThreadTaskExecutor());
        live.show(1);
        assertThat(live.rows()).extracting(Item::id).containsExactly(2L, 5L);
        assertThat(live.totals()).isEqualTo("2 rows, 70");
        int resets = sum.resets;

        feed.saved(1, List.of(new Item(3, 1, 30), new Item(5, 1, 55)));
        feed.saved(2, List.of(new Item(9, 2, 1000)));
        feed.removed(1, List.of(2L, 77L));

        assertThat(live.rows()).extracting(Item::id).containsExactly(3L, 5L);
        assertThat(live.row(5)).isEqualTo(new Item(5, 1, 55));
        assertThat(live.row(2)).isNull();
        assertThat(live.totals()).isEqualTo("2 rows, 85");
        assertThat(sum.resets).as("no reload for a save or a removal").isEqualTo(resets);
        assertThat(live.revisionProperty().get()).isEqualTo(3);
    }

    @Test
    void aReloadReadsTheEventAgainAndClosingStopsListening() {
        stored.put(1L, List.of(new Item(1, 1, 10)));
        LiveRecords<Item, Item, String> live = live(new CurrentThreadTaskExecutor());
        live.show(1);
        stored.put(1L, List.of(new Item(1, 1, 10), new Item(2, 1, 20), new Item(3, 1, 30)));

        feed.reloaded(1);
        assertThat(live.totals()).isEqualTo("3 rows, 60");

        live.close();
        feed.saved(1, List.of(new Item(4, 1, 40)));
        assertThat(live.rows()).hasSize(3);
    }

    @Test
    void aLoadThatEndsAfterANewerOneIsDropped() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        stored.put(1L, List.of(new Item(1, 1, 10)));
        stored.put(2L, List.of(new Item(7, 2, 70), new Item(8, 2, 80)));
        LiveRecords<Item, Item, String> live = live(executor);

        live.show(1);
        live.show(2);
        executor.finishNewest();
        executor.finishOldest();

        assertThat(live.eventIdProperty().get()).isEqualTo(2L);
        assertThat(live.rows()).extracting(Item::id).containsExactly(7L, 8L);
        assertThat(live.totals()).isEqualTo("2 rows, 150");
    }

    @Test
    void anOlderReloadOfTheSameEventIsDroppedToo() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        stored.put(1L, List.of(new Item(1, 1, 10)));
        LiveRecords<Item, Item, String> live = live(executor);
        live.show(1);
        executor.finishAll();

        feed.reloaded(1);                       // reads the list as it is now…
        stored.put(1L, List.of(new Item(1, 1, 10), new Item(2, 1, 20)));
        feed.reloaded(1);                       // …and again after a second import
        executor.finishNewest();
        executor.finishOldest();

        assertThat(live.rows()).extracting(Item::id).containsExactly(1L, 2L);
    }

    @Test
    void switchingEventEmptiesTheListAtOnceAndIgnoresTheOldEventsChanges() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        stored.put(1L, List.of(new Item(1, 1, 10)));
        LiveRecords<Item, Item, String> live = live(executor);
        live.show(1);
        executor.finishAll();

        live.show(2);
        feed.saved(1, List.of(new Item(3, 1, 30)));

        assertThat(live.rows()).isEmpty();
        assertThat(live.totals()).isEqualTo("0 rows, 0");
    }
}
