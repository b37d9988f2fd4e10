package org.conferencedesk.events.ui;

import org.conferencedesk.events.Event;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The form that creates an event ("Create your first event", File → New event…). It edits text
 * exactly as typed, so nothing the user typed is lost when a check fails; {@link #toEvent()} turns
 * it into an {@link Event} once every check passes. Imports nothing from {@code javafx.scene}.
 *
 * <p>Checks, shown as properties while the user types: the name is required (1–200 characters);
 * dates are read by {@link DateText} (2020-11-26, 2020/11/26, 2020年11月26日 ...); the end date is
 * not before the start date. The time zone is Asia/Shanghai (DOMAIN.md).
 */
public final class EventFormViewModel {

    private static final int MAX_NAME = 200;
    private static final int MAX_SHORT_NAME = 50;

    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty shortName = new SimpleStringProperty(this, "shortName", "");
    private final StringProperty city = new SimpleStringProperty(this, "city", "");
    private final StringProperty venue = new SimpleStringProperty(this, "venue", "");
    private final StringProperty startDateText = new SimpleStringProperty(this, "startDateText", "");
    private final StringProperty endDateText = new SimpleStringProperty(this, "endDateText", "");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper(this, "nameError", "");
    private final ReadOnlyStringWrapper startDateError = new ReadOnlyStringWrapper(this, "startDateError", "");
    private final ReadOnlyStringWrapper endDateError = new ReadOnlyStringWrapper(this, "endDateError", "");
    private final BooleanBinding canSave;

    /**
     * A form prefilled for the committee's usual case: city Nanjing (南京 in Chinese), no dates.
     *
     * @param messages the {@code ui} sentences (labels, errors) in the window's language
     */
    public EventFormViewModel(Messages messages) {
        this.messages = messages;
        city.set(messages.get("event.form.defaultCity"));
        name.addListener((o, a, b) -> check());
        shortName.addListener((o, a, b) -> check());
        startDateText.addListener((o, a, b) -> check());
        endDateText.addListener((o, a, b) -> check());
        canSave = Bindings.createBooleanBinding(
                () -> !name.get().isBlank() && nameError.get().isEmpty()
                        && startDateError.get().isEmpty() && endDateError.get().isEmpty(),
                name, nameError, startDateError, endDateError);
        check();
    }

    /** Full name, required, e.g. "2020 World Intelligent Manufacturing Conference". */
    public StringProperty nameProperty() {
        return name;
    }

    /** Optional short name, e.g. "WIMC 2020". */
    public StringProperty shortNameProperty() {
        return shortName;
    }

    /** Optional city; 南京 / Nanjing by default. */
    public StringProperty cityProperty() {
        return city;
    }

    /** Optional venue. */
    public StringProperty venueProperty() {
        return venue;
    }

    /** The start date as typed (see the class comment for the forms accepted). */
    public StringProperty startDateTextProperty() {
        return startDateText;
    }

    /** The end date as typed. */
    public StringProperty endDateTextProperty() {
        return endDateText;
    }

    /** Why the name cannot be saved, or empty. A blank name is not shown as an error until typed in. */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    /** Why the start date cannot be read, or empty. */
    public ReadOnlyStringProperty startDateErrorProperty() {
        return startDateError.getReadOnlyProperty();
    }

    /** Why the end date cannot be read or is before the start, or empty. */
    public ReadOnlyStringProperty endDateErrorProperty() {
        return endDateError.getReadOnlyProperty();
    }

    /**
     * True when the user typed something that Cancel would throw away: any field differs from the
     * blank form (name, short name, venue, dates) or the city is not the default one.
     */
    public boolean hasTyping() {
        return !blank(name.get()) || !blank(shortName.get()) || !blank(venue.get())
                || !blank(startDateText.get()) || !blank(endDateText.get())
                || !messages.get("event.form.defaultCity").equals(city.get() == null ? "" : city.get().strip());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** True when the form holds a valid event: OK is enabled. */
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The start date read from the text, or null if blank or unreadable. */
    public LocalDate startDate() {
        return tryParse(startDateText.get());
    }

    /** The end date read from the text, or null if blank or unreadable. */
    public LocalDate endDate() {
        return tryParse(endDateText.get());
    }

    /**
     * The event the form describes (not saved; no id).
     *
     * @throws IllegalStateException if {@link #canSaveProperty()} is false
     */
    public Event toEvent() {
        check();
        if (!canSave.get()) {
            throw new IllegalStateException("The event form has errors: " + firstError());
        }
        return new Event(null, name.get().strip(), shortName.get().strip(), city.get().strip(), venue.get().strip(),
                startDate(), endDate(), Event.DEFAULT_TIME_ZONE);
    }

    private String firstError() {
        for (String e : new String[] {nameError.get(), startDateError.get(), endDateError.get()}) {
            if (!e.isEmpty()) {
                return e;
            }
        }
        return name.get().isBlank() ? messages.get("event.form.nameRequired") : "";
    }

    private void check() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.length() > MAX_NAME) {
            nameError.set(messages.get("event.form.nameTooLong", MAX_NAME));
        } else if (shortName.get() != null && shortName.get().strip().length() > MAX_SHORT_NAME) {
            nameError.set(messages.get("event.form.shortNameTooLong", MAX_SHORT_NAME));
        } else {
            nameError.set("");
        }
        startDateError.set(dateError(startDateText.get()));
        String endError = dateError(endDateText.get());
        if (endError.isEmpty()) {
            LocalDate start = startDate();
            LocalDate end = endDate();
            if (start != null && end != null && end.isBefore(start)) {
                endError = messages.get("event.form.endBeforeStart", DateText.format(end), DateText.format(start));
            }
        }
        endDateError.set(endError);
    }

    private String dateError(String text) {
        try {
            DateText.parse(text);
            return "";
        } catch (DateTimeParseException e) {
            return messages.get("event.form.badDate", text == null ? "" : text.strip());
        }
    }

    private static LocalDate tryParse(String text) {
        try {
            return DateText.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
