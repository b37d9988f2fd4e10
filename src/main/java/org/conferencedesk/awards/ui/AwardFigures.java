package org.conferencedesk.awards.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.AwardTotals;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.shared.ui.StatusFigure;

/**
 * The awards' line in the status bar ("奖项 6 个 · 已签字确认 1 · 获奖 9 / 22"): the current event's
 * {@link AwardTotals}, counted by the database in the background when the event changes and after every
 * committed change of its awards (a handful of categories: one small query). Nothing while the event
 * has no award category. No {@code javafx.scene}; UI thread only.
 */
public final class AwardFigures implements StatusFigure {

    private final AwardService awards;
    private final TaskExecutor executor;
    private final ObservableValue<Long> eventId;
    private final Messages ui;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final Consumer<RecordChange<AwardCategory>> listener;
    private final ChangeListener<Long> eventListener = (o, was, now) -> count();
    private long generation;

    /**
     * @param awards the awards, followed until {@link #close()}
     * @param executor background work
     * @param eventId the window's current event
     * @param locale the window's language
     */
    public AwardFigures(AwardService awards, TaskExecutor executor, ObservableValue<Long> eventId, Locale locale) {
        this.awards = Objects.requireNonNull(awards);
        this.executor = Objects.requireNonNull(executor);
        this.eventId = Objects.requireNonNull(eventId);
        this.ui = Messages.of("awardsui", locale);
        this.listener = change -> executor.runOnUiThread(() -> {
            if (Objects.equals(eventId.getValue(), change.eventId())) {
                count();
            }
        });
        awards.changes().addListener(listener);
        eventId.addListener(eventListener);
        count();
    }

    private void count() {
        Long event = eventId.getValue();
        long mine = ++generation;
        if (event == null) {
            text.set("");
            return;
        }
        executor.execute(() -> awards.totals(event), totals -> {
            if (mine == generation) {
                text.set(totals.categories() == 0 ? "" : ui.get("status.figure", totals.categories(), totals.signedOff(),
                        totals.winnersRecorded(), totals.places()));
            }
        }, failure -> { });
    }

    @Override
    public ObservableStringValue text() {
        return text.getReadOnlyProperty();
    }

    @Override
    public void close() {
        generation++;
        awards.changes().removeListener(listener);
        eventId.removeListener(eventListener);
    }
}
