package org.conferencedesk.contracts.ui;

import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.shared.FxTestTaskExecutor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;

/**
 * Shows the contracts screen over an in-memory database holding 30 sample projects of the 2020
 * signing ceremony (536.3 亿元 in all, as in the press release), with the AtlantaFX theme, for
 * looking at it and taking screenshots under Xvfb. Not a test; run by hand:
 *
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * xvfb-run -a -s "-screen 0 1280x800x24" java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.conferencedesk.contracts.ui.ContractsScreenPreview [zh|en] [seconds-before-exit] [typing]
 * </pre>
 */
public final class ContractsScreenPreview {

    private ContractsScreenPreview() {
    }

    /** Starts the preview window; a launcher class, since the main class must not extend Application. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The 30 sample projects of docs/samples (fictional companies; 53,630,000,000.00 yuan in all). */
    static void importSample(ContractService service, long eventId) {
        new org.conferencedesk.importexport.ImportService<>(new org.conferencedesk.contracts.io.ContractImportSpec(service)).importFile(eventId,
                java.nio.file.Path.of("docs/samples/wimc-2020-signing-ceremony.csv"),
                org.conferencedesk.importexport.ImportOptions.DETECT, org.conferencedesk.shared.ProgressMonitor.NONE, java.util.Locale.ENGLISH);
    }

    /** The preview window. */
    public static final class Window extends Application {

        private Database database;
        private LiveContracts live;

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            Locale locale = !args.isEmpty() && args.get(0).equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            database = Database.openInMemory(UUID.randomUUID().toString());
            long eventId = new EventRepository(database.dsl()).insert(Event.named("2020 世界智能制造大会")).id();
            ContractService service = new ContractService(database, new ContractRepository(database.dsl()));
            importSample(service, eventId);
            FxTestTaskExecutor executor = new FxTestTaskExecutor();
            live = new LiveContracts(service, executor);
            live.show(eventId);
            Messages messages = Messages.of("contracts", locale);
            RecordingDialogs dialogs = new RecordingDialogs();
            ContractsViewModel model = new ContractsViewModel(live, service, executor, dialogs, messages);
            ContractFormViewModel form = new ContractFormViewModel(service, executor, dialogs, messages);
            model.attach();
            stage.setScene(new Scene(ContractsView.load(model, form, messages), 1280, 800));
            stage.setTitle("ConferenceDesk");
            stage.show();
            model.selectedProperty().set(model.contracts().get(1));
            stage.getScene().lookup("#table").requestFocus();
            if (args.size() > 2 && args.get(2).equals("typing")) {
                form.amountProperty().set("5亿欧");
                form.signedOnProperty().set("2020年11月31日");
            }
            if (args.size() > 1) {
                Thread exit = new Thread(() -> {
                    try {
                        Thread.sleep(Long.parseLong(args.get(1)) * 1000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Platform.exit();
                });
                exit.setDaemon(true);
                exit.start();
            }
        }

        @Override
        public void stop() {
            live.close();
            database.close();
        }
    }
}
