package org.conferencedesk.exhibitors.ui;

import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.io.HallPlanPdf;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The hall plan tab ({@link HallPlanView}): the current event's halls drawn to scale, booths by
 * state, booking and releasing a booth from the plan, and the plan PDF (issue 12). Registered with
 * the exhibitors' files, so File › Import brings exhibitor and booth lists in from the window.
 */
public final class HallPlanScreen implements Screen {

    private final CurrentEvent currentEvent;
    private final HallPlanPdf pdf;
    private final BoothService booths;
    private final ExhibitorService exhibitors;

    /**
     * @param currentEvent the event shown; the plan follows it
     * @param pdf writes the plan PDF
     * @param booths halls, booths and bookings
     * @param exhibitors the exhibitors a booth can be booked for
     */
    public HallPlanScreen(CurrentEvent currentEvent, HallPlanPdf pdf, BoothService booths, ExhibitorService exhibitors) {
        this.currentEvent = currentEvent;
        this.pdf = pdf;
        this.booths = booths;
        this.exhibitors = exhibitors;
    }

    @Override
    public String name() {
        return "hallPlan";
    }

    @Override
    public String title(Locale locale) {
        return Messages.of("hallplan", locale).get("screen.title");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignF.FLOOR_PLAN;
    }

    @Override
    public ScreenView build(ScreenWindow window) {
        HallPlanViewModel model = new HallPlanViewModel(booths, exhibitors, window.executor(), window.dialogs(), window.locale());
        PlanPdfViewModel pdfModel = new PlanPdfViewModel(pdf, window.executor(), window.dialogs(), window.locale());
        model.eventProperty().bind(currentEvent.eventProperty());
        Parent view = HallPlanView.load(model, pdfModel, window.owner());
        return new ScreenView() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void shown() {
                model.attach();
                Platform.runLater(() -> HallPlanView.focusPlan(view));
            }

            @Override
            public void hidden() {
                model.detach();
            }

            @Override
            public void close() {
                model.detach();
                model.eventProperty().unbind();
            }
        };
    }
}
