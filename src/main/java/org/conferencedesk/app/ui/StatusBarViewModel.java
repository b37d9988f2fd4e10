package org.conferencedesk.app.ui;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import javafx.beans.value.ChangeListener;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The status bar under every screen: the live totals of the current event's signing ceremony
 * ("Signed 30 · RMB 53.63 billion · Planned 0", "已签约 30 个 · 536.3 亿元 · 计划 0 个"), other
 * currencies shown apart ("USD 620 million (not in RMB total)"), and the progress of background
 * work (an import, an export, the PDF). Imports nothing from {@code javafx.scene}.
 *
 * <p>The totals follow {@link LiveContracts#totalsProperty()}; nothing is re-read from the database.
 * Call on the UI thread, except the {@link ProgressMonitor} returned by {@link #beginWork}, which
 * background work may call from any thread.
 */
public final class StatusBarViewModel implements AutoCloseable {

    /** Progress value meaning "working, extent unknown" (the ControlsFX/JavaFX convention). */
    public static final double INDETERMINATE = -1;

    private final LiveContracts live;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyStringWrapper totalsText = new ReadOnlyStringWrapper(this, "totalsText", "");
    private final ReadOnlyStringWrapper workText = new ReadOnlyStringWrapper(this, "workText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working", false);
    private final ReadOnlyObjectWrapper<Path> writtenFile = new ReadOnlyObjectWrapper<>(this, "writtenFile");
    private final ChangeListener<ContractTotals> totalsListener = (o, old, now) -> totalsText.set(describe(now));
    private volatile AtomicBoolean cancelRequested = new AtomicBoolean();
    private final ReadOnlyStringWrapper guestsText = new ReadOnlyStringWrapper(this, "guestsText", "");
    private final ChangeListener<GuestTotals> guestsListener = (o, old, now) -> guestsText.set(describeGuests(now));
    private LiveGuests guests;

    /**
     * @param live the current event's contracts (shared with the contracts screen)
     * @param executor hands progress from background threads to the UI thread
     * @param messages the {@code ui} sentences in the window's language
     */
    public StatusBarViewModel(LiveContracts live, TaskExecutor executor, Messages messages) {
        this.live = live;
        this.executor = executor;
        this.messages = messages;
        live.totalsProperty().addListener(totalsListener);
        totalsText.set(describe(live.totals()));
    }

    /** The live totals, one line, in the window's language. */
    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText.getReadOnlyProperty();
    }

    /**
     * Shows the guest figures of {@code live} too ({@link #guestsTextProperty()}), live; replaces
     * any guests followed before.
     */
    public void followGuests(LiveGuests live) {
        if (guests != null) {
            guests.totalsProperty().removeListener(guestsListener);
        }
        guests = live;
        live.totalsProperty().addListener(guestsListener);
        guestsText.set(describeGuests(live.totals()));
    }

    /** The guest figures, one line: "嘉宾 326 人 · 已签到 120" / "Guests 326 · checked in 120" ("" before {@link #followGuests}). */
    public ReadOnlyStringProperty guestsTextProperty() {
        return guestsText.getReadOnlyProperty();
    }

    /** The line shown for these guest figures. */
    public String describeGuests(GuestTotals totals) {
        return messages.get("status.guests", totals.total(), totals.checkedIn());
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
     * The line shown for these totals, e.g. "Signed 30 · RMB 53.63 billion · Planned 0" or, with a
     * contract in dollars, "... · USD 620 million (not in RMB total)".
     */
    public String describe(ContractTotals totals) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("status.signed", totals.signed().count()));
        parts.add(MoneyFormat.headline(totals.signed().amount(), messages.locale()));
        if (totals.planned().amount().signum() > 0) {
            parts.add(messages.get("status.plannedWithAmount", totals.planned().count(),
                    MoneyFormat.headline(totals.planned().amount(), messages.locale())));
        } else {
            parts.add(messages.get("status.planned", totals.planned().count()));
        }
        for (Map.Entry<String, BigDecimal> other : totals.otherCurrencies().entrySet()) {
            String amount = MoneyFormat.headline(new Amount(other.getValue(), other.getKey()), messages.locale());
            parts.add(messages.get("status.otherCurrency", amount));
        }
        return String.join(" · ", parts);
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

    /** Stops following the totals (when the window is rebuilt or closed). */
    @Override
    public void close() {
        live.totalsProperty().removeListener(totalsListener);
        if (guests != null) {
            guests.totalsProperty().removeListener(guestsListener);
        }
    }
}
