package org.conferencedesk.guests.ui;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The check-in desk (F9): one big search field where Enter checks the guest in
 * ({@link CheckInDeskView}). Over the window's one {@link LiveGuests}, shared with the guests screen.
 */
public final class CheckInDeskScreen implements Screen {

    private final CurrentEvent currentEvent;
    private final LiveGuests live;
    private final GuestService service;
    private final Clock clock;

    /**
     * @param currentEvent the event shown (its time zone for check-in times)
     * @param live the current event's guests
     * @param service checks in and undoes (through the window's executor)
     * @param clock the time of a check-in
     */
    public CheckInDeskScreen(CurrentEvent currentEvent, LiveGuests live, GuestService service, Clock clock) {
        this.currentEvent = currentEvent;
        this.live = live;
        this.service = service;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "checkInDesk";
    }

    @Override
    public String title(Locale locale) {
        return Messages.of("guestsui", locale).get("desk.screen.title");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignA.ACCOUNT_CHECK;
    }

    @Override
    public String accelerator() {
        return "F9";
    }

    @Override
    public ScreenView build(ScreenWindow window) {
        GuestWords words = new GuestWords(window.locale());
        CheckInDeskViewModel desk = new CheckInDeskViewModel(live, service, window.executor(), words, clock);
        desk.zoneProperty().bind(currentEvent.zoneProperty());
        Parent view = CheckInDeskView.load(desk, words);
        return new ScreenView() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void shown() {
                desk.attach();
                Platform.runLater(() -> CheckInDeskView.focusSearch(view));
            }

            @Override
            public void hidden() {
                desk.detach();
            }

            @Override
            public void close() {
                desk.detach();
                desk.zoneProperty().unbind();
            }

            @Override
            public void find() {
                CheckInDeskView.focusSearch(view);
            }
        };
    }
}
