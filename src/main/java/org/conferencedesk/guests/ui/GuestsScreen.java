package org.conferencedesk.guests.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Window;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.GuestAudit;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.RelatedRecords;
import org.conferencedesk.shared.ui.FxDialogs;
import org.conferencedesk.shared.ui.RecordScreenView;
import org.conferencedesk.shared.ui.RelatedLinesViewModel;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenCommand;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.conferencedesk.shared.ui.StatusFigure;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The guest list: search, filters, bulk actions, the figures panel and the guest form
 * ({@link GuestsView}); the guests' figures in the status bar ({@link GuestFigures}); and
 * Guests › Find duplicates… (Ctrl+Shift+D, {@link DuplicatesDialog}). Over the window's one
 * {@link LiveGuests}, shared with the check-in desk.
 */
public final class GuestsScreen implements Screen {

    private final CurrentEvent currentEvent;
    private final LiveGuests live;
    private final GuestService service;
    private final Clock clock;
    private final RelatedRecords related;

    /**
     * @param currentEvent the event shown (its time zone for check-in times; the form follows it)
     * @param live the current event's guests
     * @param service saves, bulk changes, deletes and merges (through the window's executor)
     * @param clock the time of a bulk check-in
     */
    public GuestsScreen(CurrentEvent currentEvent, LiveGuests live, GuestService service, Clock clock) {
        this(currentEvent, live, service, clock, RelatedRecords.NONE);
    }

    /**
     * As {@link #GuestsScreen(CurrentEvent, LiveGuests, GuestService, Clock)}, the form showing what
     * other features hold of the guest edited.
     *
     * @param related the exhibitors a guest is the contact for, their nominations (registered by the features)
     */
    public GuestsScreen(CurrentEvent currentEvent, LiveGuests live, GuestService service, Clock clock,
                        RelatedRecords related) {
        this.currentEvent = currentEvent;
        this.live = live;
        this.service = service;
        this.clock = clock;
        this.related = related;
    }

    @Override
    public String recordType() {
        return GuestAudit.RECORD_TYPE;
    }

    @Override
    public String name() {
        return "guests";
    }

    @Override
    public String title(Locale locale) {
        return Messages.of("guestsui", locale).get("screen.title");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignA.ACCOUNT_GROUP;
    }

    @Override
    public StatusFigure statusFigure(ScreenWindow window) {
        return new GuestFigures(live, window.locale());
    }

    @Override
    public List<ScreenCommand> commands(ScreenWindow window) {
        Messages duplicates = Messages.of("duplicates", window.locale());
        return List.of(new ScreenCommand("guests", duplicates.get("menu.guests"), "menuFindDuplicates",
                duplicates.get("menu.findDuplicates"), MaterialDesignA.ACCOUNT_MULTIPLE_CHECK, "Shortcut+Shift+D",
                () -> findDuplicates(window)));
    }

    private void findDuplicates(ScreenWindow window) {
        Event event = currentEvent.get();
        if (event == null) {
            return;
        }
        // Questions and errors belong to the duplicates window (in front), not to the main one behind
        // it. (The newest focused window: headless, the main window still says it is focused too.)
        Window main = window.owner().get();
        FxDialogs inFront = new FxDialogs(() -> Window.getWindows().stream().filter(Window::isFocused)
                .reduce((older, newer) -> newer).orElse(main), Messages.of("shared", window.locale()));
        DuplicatesDialog.show(main, new DuplicatesViewModel(service, window.executor(), inFront, window.locale()), event);
    }

    @Override
    public ScreenView build(ScreenWindow window) {
        GuestWords words = new GuestWords(window.locale());
        GuestsViewModel model = new GuestsViewModel(live, service, window.executor(), window.dialogs(), words, clock);
        GuestFormViewModel form = new GuestFormViewModel(service, window.executor(), window.dialogs(), words);
        form.followCategories(model::categories);
        model.zoneProperty().bind(currentEvent.zoneProperty());
        GuestsView view = GuestsView.open(model, form, window.memory());
        RelatedLinesViewModel linked = new RelatedLinesViewModel(related, GuestAudit.RECORD_TYPE, window.executor(),
                window.locale(), window.opener());
        form.editedIdProperty().addListener((o, was, id) -> linked.show(currentEvent.id(), id));
        view.showRelated(linked);
        return new RecordScreenView(view.node(), currentEvent.idProperty(), form, model::attach, model::detach)
                .onShown(() -> {
                    linked.refresh();
                    Platform.runLater(view::focusSearch);
                }).onClose(() -> model.zoneProperty().unbind())
                .newRecordWith(view::newGuest).findWith(view::focusFilter).openWith(view::openGuest);
    }
}
