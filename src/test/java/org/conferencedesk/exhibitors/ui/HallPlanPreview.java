package org.conferencedesk.exhibitors.ui;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorFixture;
import org.conferencedesk.exhibitors.HallPlanSamples;
import org.conferencedesk.exhibitors.io.HallPlanPdf;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;

/**
 * Shows the hall plan over an in-memory database holding the sample hall 5 (63 booths, half of
 * them booked), with the AtlantaFX theme, for looking at it and taking screenshots under Xvfb at
 * 1366 × 768. Not a test; run by hand:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * xvfb-run -a -s "-screen 0 1366x768x24" java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.conferencedesk.exhibitors.ui.HallPlanPreview [zh|en] [seconds-before-exit] [booth to open] [typed text]
 * </pre>
 */
public final class HallPlanPreview {

    private HallPlanPreview() {
    }

    /** Starts the preview window; a launcher class, since the main class must not extend Application. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The preview window. */
    public static final class Window extends Application {

        private ExhibitorFixture fixture;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            boolean chinese = args.isEmpty() || !args.get(0).equals("en");
            Locale locale = chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            javafx.scene.text.Font.getFamilies(); // as the window's font check does at start-up
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            fixture = new ExhibitorFixture();
            List<Exhibitor> exhibitors = HallPlanSamples.exhibitors(fixture);
            HallPlanSamples.hall5(fixture, exhibitors);
            FxTestTaskExecutor executor = new FxTestTaskExecutor();
            RecordingDialogs dialogs = new RecordingDialogs();
            HallPlanViewModel model = new HallPlanViewModel(fixture.booths, fixture.service, executor, dialogs, locale);
            PlanPdfViewModel pdf = new PlanPdfViewModel(new HallPlanPdf(fixture.events, fixture.booths, Clock.systemUTC()),
                    executor, dialogs, locale);
            Event event = fixture.events.find(fixture.eventId).orElseThrow();
            model.eventProperty().set(event);
            model.attach();
            Parent view = HallPlanView.load(model, pdf, () -> stage);
            if (chinese) {
                view.setStyle("-fx-font-family: 'Noto Sans CJK SC';");
            }
            stage.setScene(new Scene(view, 1366, 768));
            stage.setTitle("ConferenceDesk");
            stage.setX(0);
            stage.setY(0);
            stage.show();
            HallPlanView.focusPlan(view);
            if (args.size() > 2 && !args.get(2).isBlank()) {
                String code = args.get(2);
                model.placed().stream().filter(b -> b.code().equals(code)).findFirst().ifPresent(b -> model.open(b.id()));
            }
            if (args.size() > 3) {
                model.booking().queryProperty().set(args.get(3));
            }
            if (args.size() > 1) {
                double seconds = Double.parseDouble(args.get(1));
                new Thread(() -> {
                    try {
                        Thread.sleep((long) (seconds * 1000));
                    } catch (InterruptedException e) {
                        return;
                    }
                    Platform.runLater(Platform::exit);
                }).start();
            }
        }

        @Override
        public void stop() {
            fixture.close();
        }
    }
}
