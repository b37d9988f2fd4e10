package org.conferencedesk.app.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventException;
import org.conferencedesk.events.EventService;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The main window's state: the events, the current one (its name, dates and venue in the header),
 * and the commands to create and switch events. Switching sets the window's {@link CurrentEvent},
 * which every screen, live list and export follows, and remembers it in the {@link Settings}.
 * Imports nothing from {@code javafx.scene}; call on the UI thread.
 */
public final class MainWindowViewModel {

    private final EventService eventService;
    private final CurrentEvent current;
    private final Settings settings;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<Event> events = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headerTitle = new ReadOnlyStringWrapper(this, "headerTitle", "");
    private final ReadOnlyStringWrapper headerDetails = new ReadOnlyStringWrapper(this, "headerDetails", "");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "");
    private final ReadOnlyBooleanWrapper firstEventNeeded = new ReadOnlyBooleanWrapper(this, "firstEventNeeded");

    /**
     * @param eventService creates and lists events (called through {@code executor})
     * @param current the window's current event, which this model sets
     * @param settings remembers the last event
     * @param executor runs service calls in the background
     * @param dialogs shows errors
     * @param messages the {@code ui} sentences in the window's language
     */
    public MainWindowViewModel(EventService eventService, CurrentEvent current, Settings settings,
                               TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.eventService = eventService;
        this.current = current;
        this.settings = settings;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        current.eventProperty().addListener((o, old, now) -> describe(now));
        describe(current.get());
    }

    /** Every event, most recent first (for File → Switch event). */
    public ObservableList<Event> events() {
        return FXCollections.unmodifiableObservableList(events);
    }

    /** The event shown, or null while there is none. */
    public ReadOnlyObjectProperty<Event> currentEventProperty() {
        return current.eventProperty();
    }

    /** The header's first line: the event's full name. */
    public ReadOnlyStringProperty headerTitleProperty() {
        return headerTitle.getReadOnlyProperty();
    }

    /** The header's second line: dates, city and venue, e.g. "2020年11月26日 – 2020年11月28日 · 南京 · 南京国际博览中心". */
    public ReadOnlyStringProperty headerDetailsProperty() {
        return headerDetails.getReadOnlyProperty();
    }

    /** "ConferenceDesk — WIMC 2020". */
    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** True when the database has no event: the window asks for the first one. */
    public ReadOnlyBooleanProperty firstEventNeededProperty() {
        return firstEventNeeded.getReadOnlyProperty();
    }

    /**
     * Starts on the events read at start-up: shows the one remembered in the settings (else the most
     * recent), or asks for a first event if there are none.
     */
    public void start(List<Event> known) {
        events.setAll(known);
        if (known.isEmpty()) {
            firstEventNeeded.set(true);
            return;
        }
        switchTo(chooseAtStart(known, settings));
    }

    /**
     * The event the window shows at start: the one remembered in the settings if it still exists,
     * else the most recent; null if there are none.
     */
    public static Event chooseAtStart(List<Event> known, Settings settings) {
        if (known.isEmpty()) {
            return null;
        }
        OptionalLong last = settings.lastEventId();
        return known.stream()
                .filter(e -> last.isPresent() && e.id() != null && e.id() == last.getAsLong())
                .findFirst().orElse(known.get(0));
    }

    /**
     * Creates the event in the background and switches to it.
     *
     * @param draft the event from the form (no id)
     * @param onRefused called on the UI thread with the reason if the event cannot be created (e.g. the
     *                  name is taken); the caller shows the form again with what was typed
     */
    public void createEvent(Event draft, Consumer<String> onRefused) {
        executor.execute(() -> eventService.create(draft), created -> {
            List<Event> all = new ArrayList<>(events);
            all.add(0, created);
            events.setAll(all);
            firstEventNeeded.set(false);
            switchTo(created);
        }, failure -> {
            if (failure instanceof EventException || failure instanceof IllegalArgumentException) {
                onRefused.accept(messages.get("event.create.refused", UserFacingException.sentenceOf(failure, messages.locale())));
            } else {
                dialogs.showError(messages.get("event.create.failedTitle"), messages.get("event.create.failed", failure.getMessage()));
            }
        });
    }

    /** Shows {@code event}: the header, the screens and the status bar follow it; the choice is remembered. */
    public void switchTo(Event event) {
        if (event == null || event.id() == null) {
            return;
        }
        current.set(event);
        settings.setLastEventId(event.id());
        executor.execute(() -> {
            settings.save();
            return null;
        }, ignored -> { }, failure -> { /* logged by the executor; the choice is only a convenience */ });
    }

    private void describe(Event event) {
        String app = messages.get("app.name");
        if (event == null) {
            headerTitle.set(messages.get("header.noEvent"));
            headerDetails.set("");
            windowTitle.set(app);
            return;
        }
        headerTitle.set(event.name());
        List<String> parts = new ArrayList<>();
        String dates = dates(event.startDate(), event.endDate());
        if (!dates.isEmpty()) {
            parts.add(dates);
        }
        if (event.city() != null && !event.city().isBlank()) {
            parts.add(event.city());
        }
        if (event.venue() != null && !event.venue().isBlank()) {
            parts.add(event.venue());
        }
        headerDetails.set(String.join(" · ", parts));
        windowTitle.set(messages.get("app.titleWithEvent", app, event.displayName()));
    }

    private String dates(LocalDate start, LocalDate end) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale());
        if (start == null && end == null) {
            return "";
        }
        if (start == null || end == null || start.equals(end)) {
            return f.format(start != null ? start : end);
        }
        return messages.get("header.dateRange", f.format(start), f.format(end));
    }
}
