package org.conferencedesk.app.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.shared.i18n.ZoneNames;
import org.conferencedesk.storage.AuditText;
import org.conferencedesk.storage.AuditVocabulary;
import org.conferencedesk.storage.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Help → Audit trail…: the current event's changes, newest first, as a table (time in the event's
 * time zone, who, action, record, changes) with a text filter over everything shown. Reads the trail
 * in the background each time it is shown ({@link #show(Event)}) or refreshed. Imports nothing from
 * {@code javafx.scene}; call on the UI thread.
 */
public final class AuditTrailViewModel {

    /** How many entries are read at most (newest first). */
    public static final int LIMIT = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailViewModel.class);

    /** One line of the table, every cell as the reader sees it. */
    public record Row(AuditEntry entry, String time, String actor, String action, String record, String changes) {

        boolean contains(String lowerText) {
            for (String cell : new String[] {time, actor, action, record, changes}) {
                if (cell != null && cell.toLowerCase(Locale.ROOT).contains(lowerText)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final AuditTrail audit;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Locale locale;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> rows = new FilteredList<>(all);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper timeColumnTitle = new ReadOnlyStringWrapper(this, "timeColumnTitle");
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
    private final List<AuditVocabulary> words;
    private AuditText text;
    private Event event;
    private long generation;

    /**
     * @param audit the trail to read
     * @param executor background work (the database is never read on the UI thread)
     * @param dialogs where a failure to read is told
     * @param locale the window's language
     * @param words how each record type reads (registered by the features)
     */
    public AuditTrailViewModel(AuditTrail audit, TaskExecutor executor, DialogService dialogs, Locale locale,
                               List<AuditVocabulary> words) {
        this.audit = audit;
        this.executor = executor;
        this.dialogs = dialogs;
        this.locale = locale;
        this.words = List.copyOf(words);
        this.text = new AuditText(locale, Event.DEFAULT_TIME_ZONE, this.words, audit.withholding());
        title.set(text.messages().get("title"));
        timeColumnTitle.set(text.messages().get("column.time", ZoneNames.name(Event.DEFAULT_TIME_ZONE, locale)));
        filterText.addListener((o, was, now) -> applyFilter());
    }

    /** Shows the trail of {@code event} (times in its time zone), reading it afresh. */
    public void show(Event event) {
        this.event = event;
        this.text = new AuditText(locale, event == null ? Event.DEFAULT_TIME_ZONE : event.timeZone(), words,
                audit.withholding());
        title.set(event == null ? text.messages().get("title") : text.messages().get("title.event", event.displayName()));
        timeColumnTitle.set(text.messages().get("column.time", ZoneNames.name(text.zone(), locale)));
        refresh();
    }

    /** Reads the trail again (of the event shown, or of every event if none). */
    public void refresh() {
        long mine = ++generation;
        Long eventId = event == null ? null : event.id();
        AuditText reading = text;
        loading.set(true);
        statusText.set(reading.messages().get("loading"));
        executor.execute(() -> toRows(reading, audit.list(eventId, AuditFilter.ALL, LIMIT)), read -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            all.setAll(read);
            applyFilter();
        }, failure -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            statusText.set("");
            LOG.error("Audit trail not read", failure);
            dialogs.showError(reading.messages().get("error.title"), reading.messages().get("error.text"));
        });
    }

    private static List<Row> toRows(AuditText text, List<AuditEntry> entries) {
        return entries.stream()
                .map(e -> new Row(e, text.time(e), text.actor(e), text.action(e), text.record(e), text.changes(e)))
                .toList();
    }

    private void applyFilter() {
        String typed = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        Predicate<Row> shown = typed.isEmpty() ? row -> true : row -> row.contains(typed);
        rows.setPredicate(shown);
        if (loading.get()) {
            return;
        }
        if (all.isEmpty()) {
            statusText.set(text.messages().get("empty"));
        } else if (rows.isEmpty()) {
            statusText.set(text.messages().get("empty.filtered", filterText.get().strip()));
        } else {
            statusText.set(text.messages().get("count", rows.size(), LIMIT));
        }
    }

    /** The lines shown, newest first, after the filter. */
    public ObservableList<Row> rows() {
        return rows;
    }

    /** The text typed in the filter box; every cell of a line is searched, case-insensitive. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** True while the trail is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The window title: "Audit trail — WIMC 2020". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The time column's title, naming the time zone: "Time (Beijing time)". */
    public ReadOnlyStringProperty timeColumnTitleProperty() {
        return timeColumnTitle.getReadOnlyProperty();
    }

    /** Below the table: how many lines are shown, "no changes yet", or "nothing matches". */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    /** The sentences of the dialog in the window's language. */
    public org.conferencedesk.shared.i18n.Messages messages() {
        return text.messages();
    }
}
