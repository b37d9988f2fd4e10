package org.conferencedesk.awards.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.ui.AwardRows.CategoryRow;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.RecordChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The awards screen: the current event's award categories in running order, each with where it stands
 * (open, signed off, reopened) and its winners against its places, at a glance; the chosen one in
 * detail ({@link CategoryViewModel}). While attached it follows every committed change of the awards
 * (this window's, an import's) by reading the list, and the category shown, again in the background; a
 * read that a newer one overtook is dropped. No {@code javafx.scene}; UI thread only.
 */
public final class AwardsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AwardsViewModel.class);

    private final AwardService awards;
    private final TaskExecutor executor;
    private final CategoryTexts texts;
    private final CategoryViewModel detail;
    private final NomineeLinkViewModel links;
    private Long wanted;
    private final Locale locale;
    private final ObjectProperty<Long> eventId = new SimpleObjectProperty<>(this, "eventId");
    private final ObservableList<CategoryRow> categories = FXCollections.observableArrayList();
    private final ObjectProperty<CategoryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final Consumer<RecordChange<AwardCategory>> listener = this::changed;
    private boolean attached;
    private long generation;

    /**
     * @param awards the awards
     * @param executor background work
     * @param locale the window's language
     * @param detail the chosen category's model
     */
    public AwardsViewModel(AwardService awards, TaskExecutor executor, Locale locale, CategoryViewModel detail) {
        this.awards = Objects.requireNonNull(awards);
        this.executor = Objects.requireNonNull(executor);
        this.locale = Objects.requireNonNull(locale);
        this.detail = Objects.requireNonNull(detail);
        this.texts = new CategoryTexts(locale);
        this.links = new NomineeLinkViewModel(awards, executor, locale, detail.contentProperty());
        selected.addListener((o, was, now) -> {
            Long before = was == null ? null : was.id();
            Long after = now == null ? null : now.id();
            if (!Objects.equals(before, after)) {
                detail.show(after);
            }
        });
        eventId.addListener((o, was, now) -> {
            if (attached && !Objects.equals(was, now)) {
                categories.clear();
                reload();
            }
        });
    }

    /** Starts following the awards and reads the event's categories (the screen is shown). */
    public void attach() {
        if (!attached) {
            attached = true;
            awards.changes().addListener(listener);
        }
        reload();
    }

    /** Stops following them (the screen is hidden or closed). */
    public void detach() {
        if (attached) {
            attached = false;
            awards.changes().removeListener(listener);
            generation++;
        }
    }

    private void changed(RecordChange<AwardCategory> change) {
        executor.runOnUiThread(() -> {
            if (attached && Objects.equals(eventId.get(), change.eventId())) {
                reload();
                detail.reload();
            }
        });
    }

    /** Reads the event's categories again, keeping the one chosen (or choosing the first). */
    public void reload() {
        Long event = eventId.get();
        long mine = ++generation;
        if (event == null) {
            categories.clear();
            selected.set(null);
            summary.set("");
            placeholder.set(texts.ui().get("categories.noEvent"));
            return;
        }
        executor.execute(() -> read(event), rows -> {
            if (mine == generation) {
                apply(rows);
            }
        }, failure -> {
            if (mine == generation) {
                LOG.warn("Award categories of event {} not read", event, failure);
                placeholder.set(texts.ui().get("failure.load", UserFacingException.sentenceOf(failure, locale)));
            }
        });
    }

    private List<AwardCategoryContent> read(long event) {
        List<AwardCategoryContent> all = new ArrayList<>();
        for (AwardCategory c : awards.categories(event)) {
            try {
                all.add(awards.content(c.id()));
            } catch (UserFacingException gone) {
                // deleted between the two reads: the next change reads the list again
            }
        }
        return all;
    }

    private void apply(List<AwardCategoryContent> contents) {
        Long chosen = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        List<CategoryRow> rows = contents.stream().map(texts::row).toList();
        categories.setAll(rows);
        selected.set(rows.stream().filter(r -> r.id() == (chosen == null ? -1 : chosen)).findFirst()
                .orElse(rows.isEmpty() ? null : rows.get(0)));
        int places = contents.stream().mapToInt(AwardCategoryContent::places).sum();
        int winners = contents.stream().mapToInt(c -> c.winners().size()).sum();
        int signed = (int) rows.stream().filter(CategoryRow::signedOff).count();
        summary.set(rows.isEmpty() ? "" : texts.ui().get("categories.summary", rows.size(), signed, rows.size() - signed, winners, places));
        placeholder.set(texts.ui().get("categories.empty"));
    }

    /**
     * Chooses the category with this id (another screen's nomination line): at once if it is listed,
     * else once the categories are read.
     */
    public void open(long categoryId) {
        CategoryRow row = categories.stream().filter(r -> r.id() == categoryId).findFirst().orElse(null);
        if (row != null) {
            selected.set(row);
        } else {
            wanted = categoryId;
        }
    }

    /** Linking the chosen nominee to the guest or exhibitor it is. */
    public NomineeLinkViewModel links() {
        return links;
    }

    /** The event whose awards are shown (bound to the window's current event). */
    public ObjectProperty<Long> eventIdProperty() {
        return eventId;
    }

    /** The categories in running order. */
    public ObservableList<CategoryRow> categories() {
        return categories;
    }

    /** The category chosen (its detail is shown), or null. */
    public ObjectProperty<CategoryRow> selectedProperty() {
        return selected;
    }

    /** "6 categories · 2 signed off · 4 open · 9 of 22 places awarded". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the empty list says: no event, no categories yet, or why they could not be read. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** The chosen category. */
    public CategoryViewModel detail() {
        return detail;
    }
}
