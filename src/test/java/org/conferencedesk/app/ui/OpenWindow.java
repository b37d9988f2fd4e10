package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For TestFX tests of the main window: the shell shown on a stage over a context, with a
 * synchronous executor, and everything undone afterwards (the shell, the database and the default
 * locales, which a language switch changes).
 */
final class OpenWindow {

    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);
    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
    private final AppContext context;
    private final Shell shell;

    /** Shows the window on {@code stage} (call from {@code @Start}) with the events of {@code context}. */
    OpenWindow(Stage stage, AppContext context, Settings settings, FxTestTaskExecutor executor) {
        this.context = context;
        this.shell = new Shell(stage, context, settings, executor, uri -> { }, Locale.ENGLISH);
        List<Event> events = context.events().list();
        shell.show(events);
        // The smallest laptop window the screens must work at (1280x720 less title bar and taskbar);
        // the stage is shared by every TestFX test in the JVM and may come with another test's size.
        stage.setWidth(1280);
        stage.setHeight(648);
        stage.show();
    }

    /** Same, with a new executor. */
    OpenWindow(Stage stage, AppContext context, Settings settings) {
        this(stage, context, settings, new FxTestTaskExecutor());
    }

    /**
     * A copy of the database files made once in {@code sample} (a slow import done once per test
     * class), in a new folder under {@code dir}: each test opens its own.
     *
     * @return the database path to open (named {@code name}) in the copy
     */
    static Path copyOf(Path sample, Path dir, String name) throws java.io.IOException {
        Path folder = dir.resolve(java.util.UUID.randomUUID().toString());
        java.nio.file.Files.createDirectories(folder);
        try (var files = java.nio.file.Files.list(sample)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList()) {
                java.nio.file.Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        return folder.resolve(name);
    }

    /** Settings in a file of their own under {@code folder}. */
    static Settings settingsIn(Path folder) {
        return Settings.load(folder.resolve(java.util.UUID.randomUUID() + ".properties"));
    }

    /**
     * Imports the 30 sample contracts (docs/samples) into {@code event} and returns settings that
     * open the window on that event in Chinese.
     */
    static Settings chineseOnSample(AppContext context, Event event, Path folder) {
        context.contractImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-signing-ceremony.csv"),
                org.conferencedesk.importexport.ImportOptions.DETECT, org.conferencedesk.shared.ProgressMonitor.NONE, java.util.Locale.ENGLISH).added();
        Settings settings = settingsIn(folder);
        settings.setLanguage(UiLanguage.ZH);
        settings.setLastEventId(event.id());
        return settings;
    }

    AppContext context() {
        return context;
    }

    Shell shell() {
        return shell;
    }

    /** Closes the shell on the FX thread, then the database, and restores the default locales. */
    void close() {
        WaitForAsyncUtils.asyncFx(shell::close);
        WaitForAsyncUtils.waitForFxEvents();
        context.close();
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
    }
}
