package org.conferencedesk.exhibitors.ui;

import java.util.Locale;
import javafx.application.Platform;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.exhibitors.ExhibitorAudit;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.shared.record.RelatedRecords;
import org.conferencedesk.shared.ui.RelatedLinesViewModel;
import org.conferencedesk.exhibitors.LiveExhibitors;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.ui.RecordScreenView;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.conferencedesk.shared.ui.StatusFigure;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The exhibitor list ({@link ExhibitorsView}): search (pinyin too), filters by mode, hall, sector and
 * payment status, bulk "mark paid", delete, and the exhibitor form; the exhibitors' figures in the
 * status bar ({@link ExhibitorFigures}). Owns the window's {@link LiveExhibitors}, which follows the
 * current event for as long as the database is open (so the status bar counts before the tab is
 * first shown, and across language switches).
 */
public final class ExhibitorsScreen implements Screen {

    private final CurrentEvent currentEvent;
    private final ExhibitorService service;
    private final LiveExhibitors live;
    private final RelatedRecords related;

    /**
     * @param currentEvent the event shown; the list and the form follow it
     * @param service reads, saves, marks paid and deletes exhibitors
     * @param executor the window's background executor (the live list loads through it)
     */
    public ExhibitorsScreen(CurrentEvent currentEvent, ExhibitorService service, TaskExecutor executor) {
        this(currentEvent, service, executor, RelatedRecords.NONE);
    }

    /**
     * As {@link #ExhibitorsScreen(CurrentEvent, ExhibitorService, TaskExecutor)}, the form showing
     * what is linked to the exhibitor edited.
     *
     * @param related its contact guest, its award nominations (registered by the features)
     */
    public ExhibitorsScreen(CurrentEvent currentEvent, ExhibitorService service, TaskExecutor executor,
                            RelatedRecords related) {
        this.related = related;
        this.currentEvent = currentEvent;
        this.service = service;
        this.live = new LiveExhibitors(service, executor);
        currentEvent.idProperty().addListener((o, was, event) -> {
            if (event != null) {
                live.show(event);
            }
        });
        if (currentEvent.id() != null) {
            live.show(currentEvent.id());
        }
    }

    /** The live exhibitors (tests). */
    public LiveExhibitors live() {
        return live;
    }

    @Override
    public String recordType() {
        return ExhibitorAudit.EXHIBITOR;
    }

    @Override
    public String name() {
        return "exhibitors";
    }

    @Override
    public String title(Locale locale) {
        return new ExhibitorWords(locale).get("screen.title");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignS.STOREFRONT_OUTLINE;
    }

    @Override
    public StatusFigure statusFigure(ScreenWindow window) {
        return new ExhibitorFigures(live, window.locale());
    }

    @Override
    public ScreenView build(ScreenWindow window) {
        ExhibitorWords words = new ExhibitorWords(window.locale());
        ExhibitorsViewModel model = new ExhibitorsViewModel(live, service, window.executor(), window.dialogs(), words);
        ExhibitorFormViewModel form = new ExhibitorFormViewModel(service, window.executor(), window.dialogs(), words,
                model::knownSectors);
        ExhibitorsView view = ExhibitorsView.open(model, form, window.memory());
        RelatedLinesViewModel linked = new RelatedLinesViewModel(related, ExhibitorAudit.EXHIBITOR, window.executor(),
                window.locale(), window.opener());
        form.editedIdProperty().addListener((o, was, id) -> linked.show(currentEvent.id(), id));
        form.lastSavedProperty().addListener((o, was, saved) -> linked.refresh());
        view.showRelated(linked);
        ContactGuestViewModel contact = new ContactGuestViewModel(service, window.executor(), window.locale(), form);
        view.showContactGuests(contact);
        javafx.beans.value.ChangeListener<Long> eventChanged = (o, was, id) -> contact.load(id);
        currentEvent.idProperty().addListener(eventChanged);
        return new RecordScreenView(view.node(), currentEvent.idProperty(), form, model::attach, model::detach)
                .onShown(() -> {
                    linked.refresh();
                    contact.load(currentEvent.id());
                    Platform.runLater(view::focusSearch);
                }).onClose(() -> currentEvent.idProperty().removeListener(eventChanged)).newRecordWith(view::newExhibitor)
                .findWith(view::focusFilter).openWith(view::openExhibitor);
    }
}
