package org.conferencedesk.contracts.ui;

import java.util.Locale;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.RecordScreenView;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.conferencedesk.shared.ui.StatusFigure;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The signing ceremony: the current event's contracts with the form beside them and the running
 * totals ({@link ContractsView}), and the ceremony's figures in the status bar
 * ({@link ContractFigures}). Over the window's one {@link LiveContracts}.
 */
public final class ContractsScreen implements Screen {

    private final CurrentEvent currentEvent;
    private final LiveContracts live;
    private final ContractService service;

    /**
     * @param currentEvent the event shown; the form starts a new contract of it when it changes
     * @param live the current event's contracts (shared with the status bar)
     * @param service saves and deletes (through the window's executor)
     */
    public ContractsScreen(CurrentEvent currentEvent, LiveContracts live, ContractService service) {
        this.currentEvent = currentEvent;
        this.live = live;
        this.service = service;
    }

    @Override
    public String name() {
        return "contracts";
    }

    @Override
    public String title(Locale locale) {
        return Messages.of("contracts", locale).get("screen.title");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FILE_DOCUMENT_EDIT;
    }

    @Override
    public StatusFigure statusFigure(ScreenWindow window) {
        return new ContractFigures(live, window.locale());
    }

    @Override
    public ScreenView build(ScreenWindow window) {
        Messages messages = Messages.of("contracts", window.locale());
        ContractsViewModel model = new ContractsViewModel(live, service, window.executor(), window.dialogs(), messages);
        ContractFormViewModel form = new ContractFormViewModel(service, window.executor(), window.dialogs(), messages);
        form.follow(live);
        ContractsView view = ContractsView.open(model, form, messages, window.memory());
        // The form is ready for a new contract of the event shown (it asks before dropping typing).
        return new RecordScreenView(view.node(), currentEvent.idProperty(), form, model::attach, model::detach)
                .onClose(form::stopFollowing).newRecordWith(view::newContract).findWith(view::focusFilter);
    }
}
