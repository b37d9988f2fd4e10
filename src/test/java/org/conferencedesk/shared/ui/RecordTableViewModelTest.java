package org.conferencedesk.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.shared.record.LiveRecords;
import org.conferencedesk.shared.record.Tally;
import org.conferencedesk.shared.ui.RecordTableViewModel.Choice;
import org.conferencedesk.shared.ui.RecordTableViewModel.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one table model every record screen uses, over a record type of the test's own. */
class RecordTableViewModelTest {

    record Item(long id, long eventId, String name, String colour) {
    }

    private static final Tally<Item, Integer> COUNT = new Tally<>() {
        private int rows;

        @Override
        public void reset(List<Item> items) {
            rows = items.size();
        }

        @Override
        public void add(Item row) {
            rows++;
        }

        @Override
        public void remove(Item row) {
            rows--;
        }

        @Override
        public Integer totals() {
            return rows;
        }
    };

    private final ChangeFeed<Item> feed = new ChangeFeed<>();
    private final Map<Long, List<Item>> stored = new HashMap<>();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<List<Long>> deleted = new ArrayList<>();
    private LiveRecords<Item, Item, Integer> live;
    private RecordTableViewModel<Item> table;
    private Filter<Item, String> colours;

    @BeforeEach
    void open() {
        stored.put(1L, new ArrayList<>(List.of(new Item(1, 1, "Robot arm", "red"), new Item(2, 1, "Chip", "blue"),
                new Item(3, 1, "Battery", "red"))));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        live = new LiveRecords<>(feed, event -> new ArrayList<>(stored.getOrDefault(event, List.of())), i -> i, Item::id,
                COUNT, executor);
        table = new RecordTableViewModel<>(live, live.rows(), Item::id, Item::name, executor, dialogs,
                Messages.of("tablekit", Locale.ENGLISH));
        table.searchWith(text -> i -> i.name().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                .deleteWith((event, ids) -> {
                    deleted.add(ids);
                    feed.removed(event, ids);
                });
        colours = table.addFilter(Item::colour, "All colours", List.of(new Choice<>("red", "Red"), new Choice<>("blue", "Blue")));
        table.attach();
    }

    private List<String> shown() {
        return table.rows().stream().map(Item::name).toList();
    }

    @Test
    void theEmptyTableSaysWhetherThereIsNoEventNoRecordYetOrNoMatch() {
        assertThat(table.placeholderTextProperty().get()).isEqualTo("No event yet.");

        live.show(2);
        assertThat(table.placeholderTextProperty().get()).isEqualTo("No items yet.");
        assertThat(table.shownTextProperty().get()).isEqualTo("Showing 0 of 0 items");

        live.show(1);
        table.filterTextProperty().set("zeppelin");
        assertThat(shown()).isEmpty();
        assertThat(table.placeholderTextProperty().get()).isEqualTo("No item matches.");
        assertThat(table.shownTextProperty().get()).isEqualTo("Showing 0 of 3 items");

        feed.saved(1, List.of(new Item(4, 1, "Drone", "blue")));
        assertThat(table.shownTextProperty().get()).isEqualTo("Showing 0 of 4 items");
    }

    @Test
    void searchAndTypedFiltersCombineAndTheOrderIsAppliedUnderTheFilter() {
        live.show(1);
        colours.chosenProperty().set(colours.choices().get(1));
        assertThat(shown()).containsExactly("Robot arm", "Battery");

        table.orderProperty().set(Comparator.comparing(Item::name));
        assertThat(shown()).containsExactly("Battery", "Robot arm");

        table.filterTextProperty().set("ro");
        assertThat(shown()).containsExactly("Robot arm");
        assertThat(table.shownTextProperty().get()).isEqualTo("Showing 1 of 3 items");

        colours.chosenProperty().set(colours.choices().get(0));
        table.filterTextProperty().set("");
        assertThat(shown()).containsExactly("Battery", "Chip", "Robot arm");
    }

    @Test
    void aChosenFilterValueStaysListedWhenNoRowHasItAnyMore() {
        colours.chosenProperty().set(colours.choices().get(2));

        colours.setValues(List.of(new Choice<>("red", "Red")));

        assertThat(colours.choices()).extracting(Choice::label).containsExactly("All colours", "Red", "Blue");
        assertThat(colours.chosenProperty().get().label()).isEqualTo("Blue");
    }

    @Test
    void theSelectionFollowsTheStoredRowsAndLeavesDeletedOnes() {
        live.show(1);
        table.selection().setAll(table.rows().get(0), table.rows().get(1));
        assertThat(table.selectedProperty().get()).isNull();

        feed.saved(1, List.of(new Item(1, 1, "Robot arm (6 axes)", "red")));
        assertThat(table.selection()).extracting(Item::name).containsExactly("Robot arm (6 axes)", "Chip");

        feed.removed(1, List.of(2L));
        assertThat(table.selection()).extracting(Item::name).containsExactly("Robot arm (6 axes)");
        assertThat(table.selectedProperty().get().name()).isEqualTo("Robot arm (6 axes)");
    }

    @Test
    void deletingAsksADestructiveQuestionNamingTheRowOrHowManyAndCancelKeepsEverything() {
        live.show(1);
        table.selectedProperty().set(table.rows().get(1));
        dialogs.answer = false;

        assertThat(table.deleteSelection()).isFalse();
        assertThat(deleted).isEmpty();

        table.selection().setAll(table.rows().get(0), table.rows().get(2));
        dialogs.answer = true;
        assertThat(table.deleteSelection()).isTrue();

        assertThat(dialogs.destructiveQuestions).containsExactly("Delete the item “Chip”?", "Delete the 2 selected items?");
        assertThat(dialogs.destructiveActions).containsExactly("Delete", "Delete");
        assertThat(deleted).containsExactly(List.of(1L, 3L));
        assertThat(shown()).containsExactly("Chip");
        assertThat(table.selection()).isEmpty();
    }

    @Test
    void aFailedDeletionSaysWhyInTheUsersLanguage() {
        live.show(1);
        table.deleteWith((event, ids) -> {
            throw new IllegalStateException("disk full");
        });
        table.selectedProperty().set(table.rows().get(0));

        table.deleteSelection();

        assertThat(dialogs.errorTitles).containsExactly("Not deleted");
        assertThat(dialogs.errors).singleElement().asString().startsWith("Nothing was deleted: ");
        assertThat(shown()).hasSize(3);
    }
}
