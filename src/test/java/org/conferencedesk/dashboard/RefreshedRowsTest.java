package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conferencedesk.shared.DeferredTaskExecutor;
import org.junit.jupiter.api.Test;

/** A read that finishes after a newer one (of the row, or of every row) is dropped; so is one for another event. */
class RefreshedRowsTest {

    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private final List<String> changes = new ArrayList<>();
    private final RefreshedRows<String> rows = new RefreshedRows<>(executor, new RefreshedRows.Listener<>() {
        @Override
        public void changed(long id, String before, String after) {
            changes.add(id + ":" + before + "→" + after);
        }

        @Override
        public void settled() {
        }
    }, e -> { throw new AssertionError(e); });

    @Test
    void anOlderReadOfARowFinishingLastIsDropped() {
        rows.show(1);
        rows.refresh(7, () -> "held by 甲");
        rows.refresh(7, () -> "held by 甲 and 乙");
        executor.finishNewest();
        executor.finishNewest();
        assertThat(rows.rows()).containsExactly(Map.entry(7L, "held by 甲 and 乙"));
        assertThat(changes).containsExactly("7:null→held by 甲 and 乙");
    }

    @Test
    void aRowReadBeforeAReloadThatNoLongerHasItDoesNotComeBack() {
        rows.show(1);
        rows.refresh(7, () -> "booth 7");
        rows.reload(() -> Map.of(8L, "booth 8"), m -> m, m -> { });
        executor.finishNewest();
        executor.finishNewest();
        assertThat(rows.rows()).containsOnlyKeys(8L);
    }

    @Test
    void aReloadOlderThanARowsReadKeepsTheRowsNewerValue() {
        rows.show(1);
        rows.reload(() -> Map.of(7L, "old", 8L, "booth 8"), m -> m, m -> { });
        rows.refresh(7, () -> "new");
        executor.finishNewest();
        executor.finishNewest();
        assertThat(rows.rows()).containsEntry(7L, "new").containsEntry(8L, "booth 8");
    }

    @Test
    void aReadForTheEventShownBeforeIsDropped() {
        rows.show(1);
        rows.refresh(7, () -> "of event 1");
        rows.show(2);
        executor.finishAll();
        assertThat(rows.rows()).isEmpty();
        rows.refresh(9, () -> null);
        rows.remove(3);
        executor.finishAll();
        assertThat(changes).isEmpty();
    }
}
