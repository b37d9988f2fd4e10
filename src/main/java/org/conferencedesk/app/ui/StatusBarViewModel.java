package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.ui.StatusFigure;

/**
 * The status bar under every screen: the live figures each registered screen contributes
 * ({@link StatusFigure}: "已签约 30 个 · 536.3 亿元 · 计划 0 个", "嘉宾 326 人 · 已签到 127"), and
 * the progress of background work (an import, an export, the PDF). Knows no record type. Imports
 * nothing from {@code javafx.scene}.
 *
 * <p>Call on the UI thread, except the {@link ProgressMonitor} returned by {@link #beginWork}, which
 * background work may call from any thread.
 */
public final class StatusBarViewModel implements AutoCloseable {

    /** Progress value meaning "working, extent unknown" (the ControlsFX/JavaFX convention). */
    public static final double INDETERMINATE = -1;

    /**
     * One screen's figures.
     *
     * @param name the screen's name (the label's id is {@code "status" + Name})
     * @param figure its live text
     */
    public record Figure(String name, StatusFigure figure) {
        /** The figure's text, live. */
        public ObservableStringValue text() {
            return figure.text();
        }
    }

    private final TaskExecutor executor;
    private final List<Figure> figures;
    private final ReadOnlyStringWrapper workText = new ReadOnlyStringWrapper(this, "workText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyObjectWrapper<Path> writtenFile = new ReadOnlyObjectWrapper<>(this, "writtenFile");
    private volatile AtomicBoolean cancelRequested = new AtomicBoolean();
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper(this, "connectionText", "");
    private final ReadOnlyBooleanWrapper connectionLost = new ReadOnlyBooleanWrapper(this, "connectionLost", false);
    private org.conferencedesk.storage.LiveChanges followed;
    private java.util.function.Consumer<org.conferencedesk.storage.LiveChanges.Status> connectionListener;

    /**
     * @param figures the screens' figures, in the order the screens were registered (closed by {@link #close()})
     * @param executor hands progress from background threads to the UI thread
     */
    public StatusBarViewModel(List<Figure> figures, TaskExecutor executor) {
        this.figures = List.copyOf(figures);
        this.executor = executor;
    }

    /** The screens' figures, in order. */
    public List<Figure> figures() {
        return figures;
    }

    /** What the background work is doing, or what it last finished ("Exported 30 contracts"). */
    public ReadOnlyStringProperty workTextProperty() {
        return workText.getReadOnlyProperty();
    }

    /** 0 when idle, {@link #INDETERMINATE} while starting, else the fraction done (0–1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file the last work wrote (offered to open), or null. */
    public ReadOnlyObjectProperty<Path> writtenFileProperty() {
        return writtenFile.getReadOnlyProperty();
    }

    /** True while background work runs; commands that would start more work are disabled. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /**
     * Shows that background work started and returns the monitor to hand to it. Progress it reports
     * from any thread reaches the status bar on the UI thread, coalesced so that a fast import does
     * not flood the UI thread with updates.
     *
     * @param what a short sentence, e.g. "Importing contracts.csv…"
     */
    public ProgressMonitor beginWork(String what) {
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        working.set(true);
        writtenFile.set(null);
        workText.set(what);
        progress.set(INDETERMINATE);
        AtomicReference<double[]> pending = new AtomicReference<>();
        AtomicReference<String> pendingText = new AtomicReference<>();
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String step) {
                double fraction = total <= 0 ? INDETERMINATE : Math.max(0.001, Math.min(1.0, (double) done / total));
                if (step != null) {
                    pendingText.set(step);
                }
                if (pending.getAndSet(new double[] {fraction}) == null) {
                    executor.runOnUiThread(() -> {
                        double[] latest = pending.getAndSet(null);
                        String text = pendingText.getAndSet(null);
                        if (working.get() && latest != null) {
                            progress.set(latest[0]);
                            if (text != null) {
                                workText.set(text);
                            }
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    /** Asks the running work to stop (it checks its monitor). */
    public void cancelWork() {
        cancelRequested.set(true);
    }

    /**
     * Shows that background work ended.
     *
     * @param message what happened, e.g. "Exported 30 contracts to contracts.csv" (empty to clear)
     */
    public void endWork(String message) {
        endWork(message, null);
    }

    /**
     * Shows that background work ended having written {@code file}, which the status bar offers to open.
     *
     * @param message what happened, e.g. "PDF report written: wimc-2020.pdf."
     * @param file the file written, or null
     */
    public void endWork(String message, Path file) {
        working.set(false);
        progress.set(0);
        workText.set(message == null ? "" : message);
        writtenFile.set(file);
    }

    /**
     * Shows the shared database's connection from now on: "Shared database: postgresql://…" while
     * connected, a sentence saying it is lost and retried by itself while it is not (issue 16).
     * Nothing is shown for a database file (this is not called).
     *
     * @param live the database's live changes (their status arrives on their own thread)
     * @param messages the window's {@code ui} bundle
     */
    public void followConnection(org.conferencedesk.storage.LiveChanges live, org.conferencedesk.shared.i18n.Messages messages) {
        connectionListener = s -> executor.runOnUiThread(() -> showConnection(s, messages));
        followed = live;
        live.onStatus(connectionListener);
    }

    private void showConnection(org.conferencedesk.storage.LiveChanges.Status s, org.conferencedesk.shared.i18n.Messages messages) {
        switch (s.state()) {
            case CONNECTED -> {
                connectionLost.set(false);
                connectionText.set(messages.get("connection.connected", shortName(s.server())));
            }
            case LOST -> {
                connectionLost.set(true);
                connectionText.set(messages.get("connection.lost", shortName(s.server())));
            }
            case STOPPED -> {
                connectionLost.set(false);
                connectionText.set(messages.get("connection.connecting", shortName(s.server())));
            }
        }
    }

    /** {@code postgresql://USER@HOST:PORT/DB} as the status bar names it, {@code HOST/DB} (the status bar is narrow). */
    static String shortName(String server) {
        try {
            if (org.conferencedesk.storage.DatabaseLocation.parse(server) instanceof org.conferencedesk.storage.DatabaseLocation.PostgreSql pg) {
                return pg.host() + "/" + pg.database();
            }
        } catch (RuntimeException e) {
            // Not an address: shown as it is.
        }
        return server;
    }

    /** The shared database's connection in a sentence, or empty for a database file. */
    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    /** True while the connection to the shared database is lost (the status bar shows it as a warning). */
    public ReadOnlyBooleanProperty connectionLostProperty() {
        return connectionLost.getReadOnlyProperty();
    }

    /** Stops the figures following their data (when the window is rebuilt or closed). */
    @Override
    public void close() {
        if (followed != null) {
            followed.removeStatusListener(connectionListener);
            followed = null;
        }
        for (Figure f : figures) {
            f.figure().close();
        }
    }
}
