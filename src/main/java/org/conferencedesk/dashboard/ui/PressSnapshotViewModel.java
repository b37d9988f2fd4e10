package org.conferencedesk.dashboard.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.conferencedesk.dashboard.DashboardService;
import org.conferencedesk.dashboard.DashboardText;
import org.conferencedesk.dashboard.EventFigures;
import org.conferencedesk.dashboard.FigureChange;
import org.conferencedesk.dashboard.FigureSnapshot;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;

/**
 * "Freeze for the press" on the dashboard: {@link #freeze()} saves the figures now as a snapshot (with
 * the note typed, its time and hash); afterwards {@link #changesProperty()} lists what changed since the
 * latest snapshot, figure by figure, with the records that changed each. The diff is read again in the
 * background after every change of the figures; reads that overlap are folded into one more read (a
 * burst of 100 check-ins is not 100 reads of the audit trail). Imports nothing from {@code javafx.scene}.
 */
public final class PressSnapshotViewModel {

    private final DashboardService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Locale locale;
    private final Messages m;
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyObjectWrapper<FigureSnapshot> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<List<SnapshotChangeRow>> changes = new ReadOnlyObjectWrapper<>(this, "changes", List.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private EventFigures figures;
    private Long eventId;
    private long generation;
    private boolean reading;
    private boolean readAgain;

    /**
     * @param service snapshots are taken and read through it (in the background)
     * @param executor background work and the hand-over to the UI thread
     * @param dialogs refusals and failures are shown through it
     * @param locale the language of the rows
     */
    public PressSnapshotViewModel(DashboardService service, TaskExecutor executor, DialogService dialogs, Locale locale) {
        this.service = Objects.requireNonNull(service);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.locale = Objects.requireNonNull(locale);
        this.m = Messages.of("dashboard", locale);
    }

    /** Shows event {@code event}: reads its latest snapshot in the background, then what changed since. */
    void show(long event, ZoneId eventZone, EventFigures now) {
        boolean switched = eventId == null || eventId != event;
        eventId = event;
        zone = Objects.requireNonNull(eventZone);
        figures = now;
        if (switched) {
            latest.set(null);
            changes.set(List.of());
            status.set("");
        }
        long mine = ++generation;
        executor.execute(() -> service.snapshots(event).stream().findFirst().orElse(null), s -> {
            if (mine == generation) {
                setLatest(s);
            }
        }, this::failed);
    }

    /** The figures changed (UI thread): reads the diff again if there is a snapshot. */
    void figuresChanged(EventFigures now) {
        figures = now;
        readChanges();
    }

    /** Why the figures are frozen ("闭幕新闻稿"), optional. */
    public StringProperty noteProperty() {
        return note;
    }

    /** The latest snapshot of the event, or null if none was taken. */
    public ReadOnlyObjectProperty<FigureSnapshot> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    /** One line on the latest snapshot: when, by whom, its hash's first digits, how many figures changed since. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The figures changed since the latest snapshot, in the order of the figures now. */
    public ReadOnlyObjectProperty<List<SnapshotChangeRow>> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** True while a freeze is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Freezes the figures now for the press, with the note typed. */
    public void freeze() {
        if (eventId == null || busy.get()) {
            return;
        }
        long event = eventId;
        String why = note.get() == null ? null : note.get().strip();
        busy.set(true);
        executor.execute(() -> service.freeze(event, why), s -> {
            busy.set(false);
            note.set("");
            if (eventId != null && eventId == event) {
                setLatest(s);
            }
        }, e -> {
            busy.set(false);
            failed(e);
        });
    }

    private void setLatest(FigureSnapshot s) {
        latest.set(s);
        changes.set(List.of());
        updateStatus();
        readChanges();
    }

    private void readChanges() {
        FigureSnapshot s = latest.get();
        if (s == null || figures == null) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        EventFigures now = figures;
        long mine = generation;
        executor.execute(() -> service.changesSince(s, now), diff -> {
            reading = false;
            if (mine == generation && latest.get() == s) {
                List<SnapshotChangeRow> rows = new ArrayList<>(diff.changes().size());
                for (FigureChange c : diff.changes()) {
                    rows.add(SnapshotChangeRow.of(c, locale, zone));
                }
                changes.set(List.copyOf(rows));
                updateStatus();
            }
            if (readAgain) {
                readAgain = false;
                readChanges();
            }
        }, e -> {
            reading = false;
            readAgain = false;
            failed(e);
        });
    }

    private void updateStatus() {
        FigureSnapshot s = latest.get();
        if (s == null) {
            status.set(m.get("snapshot.none"));
            return;
        }
        String when = DashboardText.time(s.takenAt(), zone, locale);
        String hash = s.hash().substring(0, Math.min(12, s.hash().length()));
        int n = changes.get().size();
        status.set(n == 0 ? m.get("snapshot.unchanged", when, s.takenBy(), hash)
                : m.get("snapshot.changed", when, s.takenBy(), hash, n));
    }

    private void failed(Throwable e) {
        String sentence = e instanceof UserFacingException u ? u.sentence(locale) : m.get("snapshot.failed", String.valueOf(e.getMessage()));
        dialogs.showError(m.get("snapshot.failedTitle"), sentence);
    }
}
