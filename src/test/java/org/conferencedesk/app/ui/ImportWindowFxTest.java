package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.importexport.ui.ImportDialog;
import org.conferencedesk.importexport.ui.ImportViewModel;
import org.conferencedesk.importexport.ui.Importer;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the window tests of the import dialog share: the main window over a fresh in-memory database
 * holding one event, the window's settings in a temporary folder, and the import dialog opened on a
 * file as if the user had chosen it. A subclass's {@code @Start} method calls {@link #openWindow}
 * (TestFX looks for {@code @Start} in the test class itself only); the window closes after each test.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ImportWindowFxTest {

    /** The window's settings and any file a test writes. */
    @TempDir
    static Path dir;

    protected AppContext context;
    protected OpenWindow window;
    protected Stage stage;
    protected long eventId;
    protected final FxTestTaskExecutor executor = new FxTestTaskExecutor();

    /** Opens the window on {@code stage} over a new database holding {@code event} (Chinese UI unless {@code settings} says). */
    protected void openWindow(Stage stage, Event event, Consumer<Settings> settings) {
        this.stage = stage;
        context = new AppContext(Database.openInMemory(getClass().getSimpleName() + "-" + UUID.randomUUID()));
        eventId = context.events().create(event).id();
        Settings chosen = OpenWindow.settingsIn(dir);
        settings.accept(chosen);
        window = new OpenWindow(stage, context, chosen, executor);
    }

    /** As {@link #openWindow(Stage, Event, Consumer)} with the event "WIMC 2020" and the default settings. */
    protected void openWindow(Stage stage) {
        openWindow(stage, Event.named("WIMC 2020"), s -> { });
    }

    @AfterEach
    void closeWindow() {
        window.close();
    }

    /** Opens the import dialog of {@code service} (English texts) on {@code file}, as if the user chose it. */
    protected <T> void openDialogOn(ImportService<T, ?> service, Path file) {
        Importer<T> importer = Importer.of(service, Locale.ENGLISH);
        Platform.runLater(() -> ImportDialog.showFor(stage, new ImportViewModel<>(importer, eventId, executor), file));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
