package org.conferencedesk.dashboard.ui;

import org.conferencedesk.dashboard.ComparisonRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conferencedesk.dashboard.AnnouncedFigure;
import org.conferencedesk.dashboard.AnnouncedStatement;
import org.conferencedesk.dashboard.DashboardService;
import org.conferencedesk.dashboard.DashboardText;
import org.conferencedesk.dashboard.EventFigures;
import org.conferencedesk.dashboard.FigureComparison;
import org.conferencedesk.dashboard.FigureKey;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.RecordChange;

/**
 * The announced figures of the shown event beside the live data ({@link #rows()}), and their editing:
 * pick a figure, type the statement as it was announced ("320+", "536.3 亿元") and where
 * ({@link #statementProperty()}, {@link #sourceProperty()}); {@link #add()} or {@link #saveSelected()}
 * (the form shows what it understood first: {@link #readingProperty()}), {@link #withdrawSelected()}.
 * The rows are compared again on every change of the figures (in memory: a few rows) and read again
 * when an announced figure changes (from this window or another). A refusal of the service is shown
 * through the dialog service and changes nothing; the typing is kept. Imports nothing from {@code javafx.scene}.
 */
public final class AnnouncedFiguresViewModel {

    private final DashboardService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Locale locale;
    private final Messages m;
    private final ReadOnlyObjectWrapper<List<ComparisonRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ObjectProperty<FigureKey> figure = new SimpleObjectProperty<>(this, "figure");
    private final StringProperty statement = new SimpleStringProperty(this, "statement", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<ComparisonRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper reading = new ReadOnlyStringWrapper(this, "reading", "");
    private final Consumer<RecordChange<AnnouncedFigure>> listener = c -> executorReload(c.eventId());
    private final BooleanBinding canAdd;
    private final BooleanBinding canEdit;
    private List<AnnouncedFigure> announced = List.of();
    private EventFigures figures;
    private Long eventId;
    private long generation;
    private boolean listening;

    /**
     * @param service announced figures are read, saved and withdrawn through it (in the background)
     * @param executor background work and the hand-over to the UI thread
     * @param dialogs refusals and failures are shown through it
     * @param locale the language of the rows and messages
     */
    public AnnouncedFiguresViewModel(DashboardService service, TaskExecutor executor, DialogService dialogs, Locale locale) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.locale = Objects.requireNonNull(locale);
        this.m = Messages.of("dashboard", locale);
        figure.addListener((o, was, now) -> read());
        statement.addListener((o, was, now) -> read());
        selected.addListener((o, was, now) -> {
            if (now != null) {
                figure.set(now.comparison().announced().key());
                statement.set(now.comparison().announced().statement());
                source.set(Objects.requireNonNullElse(now.comparison().announced().source(), ""));
            }
        });
        canAdd = Bindings.createBooleanBinding(() -> figure.get() != null && !statement.get().isBlank(), figure, statement);
        canEdit = Bindings.createBooleanBinding(() -> selected.get() != null, selected);
    }

    /** Starts listening and reads event {@code event}'s announced figures in the background. */
    void show(long event, EventFigures now) {
        if (!listening) {
            service.announcedChanges().addListener(listener);
            listening = true;
        }
        eventId = event;
        figures = now;
        reload();
    }

    /** Stops listening. */
    void hide() {
        if (listening) {
            service.announcedChanges().removeListener(listener);
            listening = false;
        }
    }

    /** Compares the announced figures with new figures (UI thread). */
    void figuresChanged(EventFigures now) {
        figures = now;
        compare();
    }

    /** The announced figures beside the data, in their order. */
    public ReadOnlyObjectProperty<List<ComparisonRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** The rows now. */
    public List<ComparisonRow> rows() {
        return rows.get();
    }

    /** The figure the form states. */
    public ObjectProperty<FigureKey> figureProperty() {
        return figure;
    }

    /** The statement as announced ("320+"). */
    public StringProperty statementProperty() {
        return statement;
    }

    /** Where it was announced ("闭幕新闻稿 2020-11-28"), optional. */
    public StringProperty sourceProperty() {
        return source;
    }

    /** The row chosen for editing; choosing one fills the form. */
    public ObjectProperty<ComparisonRow> selectedProperty() {
        return selected;
    }

    /** What the form's statement is read as ("至少 320", "exactly RMB 53.63 billion"), or why it cannot be read. */
    public ReadOnlyStringProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** True when a figure is chosen and a statement typed. */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** True when a row is chosen. */
    public BooleanBinding canEditProperty() {
        return canEdit;
    }

    /** The figures a statement can be about: every figure of the data now, in their order. */
    public List<FigureKey> figureChoices() {
        List<FigureKey> keys = new ArrayList<>(FigureTile.SHOWN);
        if (figures != null) {
            figures.map().keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);
        }
        return keys;
    }

    /** The name of a figure for a reader. */
    public String label(FigureKey key) {
        return key == null ? "" : key.name().label(locale, DashboardText.argument(key, locale));
    }

    /** Adds the form's statement as a new announced figure, last. */
    public void add() {
        if (eventId != null && canAdd.get()) {
            save(AnnouncedFigure.of(eventId, figure.get(), statement.get().strip(), blankToNull(source.get())));
        }
    }

    /** Saves the form over the chosen announced figure, keeping its place. */
    public void saveSelected() {
        ComparisonRow row = selected.get();
        if (eventId != null && row != null && canAdd.get()) {
            AnnouncedFigure was = row.comparison().announced();
            save(new AnnouncedFigure(was.id(), eventId, figure.get(), statement.get().strip(), blankToNull(source.get()), 0));
        }
    }

    /** Withdraws the chosen announced figure after asking. */
    public void withdrawSelected() {
        ComparisonRow row = selected.get();
        if (eventId == null || row == null || !dialogs.confirmDestructive(m.get("announced.withdraw.title"),
                m.get("announced.withdraw.question", row.figure(), row.statement()), m.get("announced.withdraw.action"))) {
            return;
        }
        long event = eventId;
        long id = row.comparison().announced().id();
        executor.execute(() -> service.withdraw(event, id), gone -> selected.set(null), this::failed);
    }

    private void save(AnnouncedFigure draft) {
        executor.execute(() -> service.announce(draft), stored -> {
            selected.set(null);
            statement.set("");
            source.set("");
        }, this::failed);
    }

    private void failed(Throwable e) {
        String sentence = e instanceof UserFacingException u ? u.sentence(locale) : m.get("announced.failed", String.valueOf(e.getMessage()));
        dialogs.showError(m.get("announced.failedTitle"), sentence);
    }

    private void executorReload(long event) {
        executor.runOnUiThread(() -> {
            if (eventId != null && eventId == event) {
                reload();
            }
        });
    }

    private void reload() {
        long event = eventId;
        long mine = ++generation;
        executor.execute(() -> service.announced(event), list -> {
            if (mine == generation) {
                announced = list;
                compare();
            }
        }, this::failed);
    }

    private void compare() {
        if (figures == null) {
            return;
        }
        List<ComparisonRow> list = new ArrayList<>(announced.size());
        for (FigureComparison c : FigureComparison.of(announced, figures)) {
            list.add(ComparisonRow.of(c, locale));
        }
        rows.set(List.copyOf(list));
    }

    private void read() {
        FigureKey key = figure.get();
        String text = statement.get();
        if (key == null || text == null || text.isBlank()) {
            reading.set("");
            return;
        }
        try {
            AnnouncedStatement s = AnnouncedStatement.parse(text, key.name().unit());
            reading.set(m.get("reading." + s.bound().name(), DashboardText.value(key.name().unit(), s.value(), locale)));
        } catch (UserFacingException e) {
            reading.set(e.sentence(locale));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
