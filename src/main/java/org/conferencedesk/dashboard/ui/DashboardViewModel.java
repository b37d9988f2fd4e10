package org.conferencedesk.dashboard.ui;

import org.conferencedesk.dashboard.DashboardCharts;
import org.conferencedesk.dashboard.ChartPoint;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.conferencedesk.dashboard.DashboardService;
import org.conferencedesk.dashboard.EventFigures;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.dashboard.PressHeadline;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The dashboard screen's state (issue 14): the event's live figures as tiles ({@link #tilesProperty()}),
 * the headline paragraph ({@link #headlineProperty()}), the charts ({@link #chartsProperty()},
 * {@link #checkInsProperty()}), the announced figures beside the data ({@link #announced()}) and the
 * press snapshot with what changed since ({@link #snapshot()}).
 *
 * <p>Everything follows {@link LiveEventFigures}: a change of any figure rebuilds the tiles, headline and
 * chart series from the new {@link EventFigures} in memory (no database read), on the UI thread, in the
 * same pulse; a check-in also moves one hour of the check-in timeline. It listens only between
 * {@link #show} and {@link #hide} (the screen shown / hidden). Imports nothing from {@code javafx.scene}.
 */
public final class DashboardViewModel {

    private final LiveEventFigures live;
    private final Locale locale;
    private final DialogService dialogs;
    private final AnnouncedFiguresViewModel announced;
    private final PressSnapshotViewModel snapshot;
    private final CheckInTimeline timeline;
    private final ReadOnlyObjectWrapper<List<FigureTile>> tiles = new ReadOnlyObjectWrapper<>(this, "tiles", List.of());
    private final ReadOnlyObjectWrapper<DashboardCharts> charts = new ReadOnlyObjectWrapper<>(this, "charts");
    private final ReadOnlyObjectWrapper<List<ChartPoint>> checkIns = new ReadOnlyObjectWrapper<>(this, "checkIns", List.of());
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ChangeListener<EventFigures> figuresListener = (o, was, now) -> figuresChanged(now);
    private EventFigures drawn;
    private boolean shown;

    /**
     * @param live the dashboard's own live figures (over the window's shared guest list); closed when the screen is hidden
     * @param service announced figures and snapshots are read and written through it
     * @param executor background work and the hand-over to the UI thread
     * @param dialogs refusals and failures are shown through it
     * @param locale the language of labels and sentences
     */
    public DashboardViewModel(LiveEventFigures live, DashboardService service, TaskExecutor executor, DialogService dialogs,
                              Locale locale) {
        this.live = Objects.requireNonNull(live);
        this.locale = Objects.requireNonNull(locale);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.announced = new AnnouncedFiguresViewModel(service, executor, dialogs, locale);
        this.snapshot = new PressSnapshotViewModel(service, executor, dialogs, locale);
        this.timeline = new CheckInTimeline(live.guests().rows(), checkIns::set);
        charts.set(DashboardCharts.of(EventFigures.none(0), locale));
    }

    /**
     * The screen is shown for event {@code eventId}: starts listening to the live figures (reading them in
     * the background), reads the announced figures and the latest snapshot.
     *
     * @param zone the event's time zone (check-in hours, snapshot times)
     */
    public void show(long eventId, ZoneId zone) {
        if (!shown) {
            live.figuresProperty().addListener(figuresListener);
            shown = true;
        }
        Messages m = Messages.of("dashboard", locale);
        live.show(eventId, e -> dialogs.showError(m.get("figures.failedTitle"), m.get("figures.failed", String.valueOf(e.getMessage()))));
        EventFigures now = live.figures();
        timeline.attach(zone);
        announced.show(eventId, now);
        snapshot.show(eventId, zone, now);
        figuresChanged(now);
    }

    /** The screen is hidden: stops listening (the shared live lists stay as they are). */
    public void hide() {
        if (shown) {
            live.figuresProperty().removeListener(figuresListener);
            live.close();
            timeline.detach();
            announced.hide();
            shown = false;
        }
    }

    /** The tiles of the figures, in {@link FigureTile#SHOWN} order. */
    public ReadOnlyObjectProperty<List<FigureTile>> tilesProperty() {
        return tiles.getReadOnlyProperty();
    }

    /** The tile of a figure, by its key's text ({@code "guests.checkedIn"}), or null. */
    public FigureTile tile(String key) {
        return tiles.get().stream().filter(t -> t.key().toString().equals(key)).findFirst().orElse(null);
    }

    /** The chart series (contracts by sector and district, running total, guests by category, exhibitors). */
    public ReadOnlyObjectProperty<DashboardCharts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** Check-ins per hour of the event's time zone. */
    public ReadOnlyObjectProperty<List<ChartPoint>> checkInsProperty() {
        return checkIns.getReadOnlyProperty();
    }

    /** The headline paragraph in the style of the press release ({@link PressHeadline}). */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The announced figures beside the data, and their editing. */
    public AnnouncedFiguresViewModel announced() {
        return announced;
    }

    /** Freeze for the press, and what changed since. */
    public PressSnapshotViewModel snapshot() {
        return snapshot;
    }

    private void figuresChanged(EventFigures now) {
        if (now == null) {
            return;
        }
        tiles.set(FigureTile.of(now, locale, tiles.get()));
        // A section is shared with the previous figures when a change did not touch it (a check-in replaces
        // only the guest section, and leaves its categories as they were): its charts stay as drawn.
        boolean sameCharts = drawn != null && drawn.eventId() == now.eventId() && drawn.contracts() == now.contracts()
                && drawn.exhibitors() == now.exhibitors()
                && drawn.guests().totals().byCategory().equals(now.guests().totals().byCategory());
        if (!sameCharts) {
            charts.set(DashboardCharts.of(now, locale));
        }
        drawn = now;
        headline.set(PressHeadline.of(now, locale));
        announced.figuresChanged(now);
        snapshot.figuresChanged(now);
    }
}
