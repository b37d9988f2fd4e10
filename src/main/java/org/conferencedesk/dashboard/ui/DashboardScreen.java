package org.conferencedesk.dashboard.ui;

import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.dashboard.DashboardService;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The dashboard tab ({@link DashboardView}): the current event's live figures, charts, announced
 * figures and the freeze for the press, and the button that opens the ceremony screen
 * ({@link CeremonyWindow}) on the projector. Its figures follow the window's one guest list
 * ({@link LiveGuests}); it listens to changes only while shown (issue 14).
 */
public final class DashboardScreen implements Screen {

    private final CurrentEvent currentEvent;
    private final LiveGuests guests;
    private final DashboardService dashboard;
    private final AwardService awards;

    /**
     * @param currentEvent the event shown; the dashboard follows it
     * @param guests the window's guest list, shared with the guest screens
     * @param dashboard figures, announced figures and snapshots
     * @param awards the winners the ceremony screen reveals
     */
    public DashboardScreen(CurrentEvent currentEvent, LiveGuests guests, DashboardService dashboard, AwardService awards) {
        this.currentEvent = currentEvent;
        this.guests = guests;
        this.dashboard = dashboard;
        this.awards = awards;
    }

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public String title(Locale locale) {
        return Messages.of("dashboard", locale).get("screen.title");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignV.VIEW_DASHBOARD;
    }

    @Override
    public ScreenView build(ScreenWindow window) {
        DashboardViewModel model = new DashboardViewModel(new LiveEventFigures(guests, dashboard.sources(), window.executor()),
                dashboard, window.executor(), window.dialogs(), window.locale());
        Parent view = DashboardView.load(model, window.locale(), () -> openCeremony(window));
        boolean[] shown = {false};
        ChangeListener<Long> followsEvent = (o, was, event) -> {
            if (shown[0] && event != null) {
                model.show(event, currentEvent.zoneProperty().get());
            }
        };
        currentEvent.idProperty().addListener(followsEvent);
        return new ScreenView() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void shown() {
                shown[0] = true;
                Long event = currentEvent.id();
                if (event != null) {
                    model.show(event, currentEvent.zoneProperty().get());
                }
            }

            @Override
            public void hidden() {
                shown[0] = false;
                model.hide();
            }

            @Override
            public void close() {
                hidden();
                currentEvent.idProperty().removeListener(followsEvent);
            }
        };
    }

    private void openCeremony(ScreenWindow window) {
        Long event = currentEvent.id();
        if (event == null) {
            return;
        }
        CeremonyViewModel model = new CeremonyViewModel(new LiveEventFigures(guests, dashboard.sources(), window.executor()),
                awards, window.executor(), window.locale());
        CeremonyWindow.open(model, window.locale(), window.owner().get(), event);
    }
}
