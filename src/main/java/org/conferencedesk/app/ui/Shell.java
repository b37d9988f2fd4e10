package org.conferencedesk.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.ui.AwardsScreen;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.contracts.ui.ContractsScreen;
import org.conferencedesk.dashboard.ui.DashboardScreen;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.exhibitors.ui.HallPlanScreen;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.ui.EventFormDialog;
import org.conferencedesk.events.ui.EventFormViewModel;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.importexport.ui.ImportDialog;
import org.conferencedesk.importexport.ui.ImportViewModel;
import org.conferencedesk.importexport.ui.Importer;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.guests.ui.CheckInDeskScreen;
import org.conferencedesk.guests.ui.GuestsScreen;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.ChineseFont;
import org.conferencedesk.shared.ui.FxDialogs;
import org.conferencedesk.shared.ui.RecordFiles;
import org.conferencedesk.shared.ui.ScreenCommand;
import org.conferencedesk.shared.ui.ScreenRegistry;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.conferencedesk.shared.ui.StatusFigure;
import org.conferencedesk.shared.ui.Theme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window once the database is open: registers the screens (one line each, {@link #Shell}),
 * builds the main window over them, does what the menus ask (file choosers, dialogs), and rebuilds
 * the whole window in the new language when the user switches it. Holds what outlives a language
 * switch: the {@link CurrentEvent}, and the live lists of its records that the screens and the
 * status bar share ({@link LiveContracts}, {@link LiveGuests}), which follow the current event.
 */
public final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final AppContext context;
    private final Settings settings;
    private final TaskExecutor executor;
    private final Consumer<String> showDocument;
    private final Locale systemLocale;
    private final CurrentEvent currentEvent = new CurrentEvent();
    private final LiveContracts live;
    private final LiveGuests liveGuests;
    private final ScreenRegistry screens;
    private final ReadOnlyObjectWrapper<RecordFiles> shownFiles = new ReadOnlyObjectWrapper<>(this, "shownFiles");
    private ScreenTabs tabs;
    private String shownScreen;
    private Messages messages;
    private MainWindowViewModel main;
    private StatusBarViewModel status;
    private java.nio.file.Path computerSettings = DatabaseChoice.settingsFile();
    private ExportViewModel export;
    private FxDialogs dialogs;
    private java.util.function.BiConsumer<Path, char[]> restoreHandler = (zip, password) -> { };
    private boolean encrypted;
    private EncryptionHandler encryptionHandler = (current, fresh) -> { };

    /**
     * Who changes the database's encryption once the user typed the passwords (the application: it
     * closes this shell and the database, converts the file, and opens it again).
     */
    @FunctionalInterface
    public interface EncryptionHandler {
        /**
         * @param current the current password, or null to encrypt a database that is not encrypted
         * @param fresh the new password, or null to remove the encryption
         */
        void change(char[] current, char[] fresh);
    }

    /**
     * @param stage the main window (already showing the "Opening database…" state)
     * @param context the open database and its services
     * @param settings the user's settings (language, last event)
     * @param executor background work
     * @param showDocument opens a file or folder URI with the system (HostServices::showDocument)
     * @param systemLocale the operating system's locale, for "language: system"
     */
    public Shell(Stage stage, AppContext context, Settings settings, TaskExecutor executor,
                 Consumer<String> showDocument, Locale systemLocale) {
        this.stage = stage;
        this.context = context;
        this.settings = settings;
        this.executor = executor;
        this.showDocument = showDocument;
        this.systemLocale = systemLocale;
        this.live = new LiveContracts(context.contracts(), executor);
        this.liveGuests = new LiveGuests(context.guests(), executor);
        currentEvent.idProperty().addListener((o, was, event) -> {
            if (event != null) {
                showRecordsOf(event);
            }
        });
        // The screens, in tab order: one line each. The window's menus, header buttons and status
        // bar come from these registrations (docs/decisions/0015).
        RecordFiles contractFiles = files("contracts", "contracts", "Shortcut+I", context.contractImport(), context.contractExport());
        RecordFiles guestFiles = files("guests", "guests", "Shortcut+Shift+I", context.guestImport(), context.guestExport());
        RecordFiles exhibitorFiles = files("exhibitors", "exhibitors", "Shortcut+Alt+I", context.exhibitorImport(),
                context.exhibitorExport());
        Clock clock = Clock.systemUTC();
        this.screens = new ScreenRegistry()
                .add(new ContractsScreen(currentEvent, live, context.contracts()), contractFiles)
                .add(new GuestsScreen(currentEvent, liveGuests, context.guests(), clock, context.related()), guestFiles)
                .add(new CheckInDeskScreen(currentEvent, liveGuests, context.guests(), clock), guestFiles)
                .add(new org.conferencedesk.exhibitors.ui.ExhibitorsScreen(currentEvent, context.exhibitors(), executor,
                        context.related()), exhibitorFiles)
                .add(new HallPlanScreen(currentEvent, context.hallPlanPdf(), context.booths(), context.exhibitors()),
                        files("booths", "booths", "Shortcut+Alt+B", context.boothImport(), null))
                .add(new DashboardScreen(currentEvent, liveGuests, context.dashboard(), context.awards()))
                .add(new AwardsScreen(currentEvent, context.awards(), context.awardDocuments(), context.auditWords(),
                        context.audit().withholding()), files("awards", "awardsui", null, context.awardImport(), context.awardExport()));
        Theme.apply();
    }

    /** The status bar's model (tests: show what an export wrote). */
    StatusBarViewModel status() {
        return status;
    }

    /**
     * Who replaces the database when the user confirms File → Restore… (the application: it closes
     * this shell and the database, restores, and opens again). Called on the UI thread with a backup
     * that has been checked.
     */
    public void setRestoreHandler(java.util.function.BiConsumer<Path, char[]> handler) {
        this.restoreHandler = handler;
    }

    /**
     * Whether the open database is encrypted, and who changes its encryption (Settings → Encrypt
     * database… / Change password… / Remove encryption…). Call before {@link #show}.
     */
    public void setEncryption(boolean encrypted, EncryptionHandler handler) {
        this.encrypted = encrypted;
        this.encryptionHandler = handler;
    }

    /** Shows {@code message} in the status bar (e.g. after the window was reopened on a restored database). */
    public void showStatus(String message) {
        if (status != null) {
            status.endWork(message);
        }
    }

    /** Shows the registered screen named {@code name} (tests, screenshots). */
    void showScreen(String name) {
        if (tabs != null) {
            tabs.select(name);
        }
    }

    /** The current event's contracts and totals (start-up waits for their first load). */
    public LiveContracts live() {
        return live;
    }

    /** Builds the window in the settings' language and shows the remembered (or first) event. */
    public void show(List<Event> events) {
        Event first = MainWindowViewModel.chooseAtStart(events, settings);
        if (first == null) {
            build();
            main.start(events);
            return;
        }
        // Read the event's contracts first (the query's classes were loaded during the database
        // opening), then build the screens over them: the contracts screen fills its filter boxes
        // from the contracts it finds when it is built.
        ChangeListener<Number> whenLoaded = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                live.revisionProperty().removeListener(this);
                build();
                main.start(events);
            }
        };
        live.revisionProperty().addListener(whenLoaded);
        live.show(first.id(), failure -> {
            LOG.warn("Contracts of {} not loaded", first.name(), failure);
            live.revisionProperty().removeListener(whenLoaded);
            build();
            main.start(events);
        });
    }

    /** Points the live lists at {@code event}, unless they show it already (loaded early at start-up). */
    private void showRecordsOf(long event) {
        if (!Long.valueOf(event).equals(live.eventIdProperty().get())) {
            live.show(event, failure -> loadFailed("contracts.loadFailedTitle", "contracts.loadFailed", failure));
        }
        if (!Long.valueOf(event).equals(liveGuests.eventIdProperty().get())) {
            liveGuests.show(event, failure -> loadFailed("guests.loadFailedTitle", "guests.loadFailed", failure));
        }
    }

    private void loadFailed(String titleKey, String key, Throwable failure) {
        LOG.warn("Records of {} not loaded", currentEvent.get(), failure);
        if (dialogs != null) {
            Event event = currentEvent.get();
            dialogs.showError(messages.get(titleKey), messages.get(key, event == null ? "" : event.displayName(),
                    String.valueOf(failure.getMessage())));
        }
    }

    private void build() {
        UiLanguage language = settings.language();
        messages = Messages.of("ui", language.locale(systemLocale));
        // Standard controls (DatePicker month names, ControlsFX texts) follow the window language.
        Locale.setDefault(Locale.Category.DISPLAY, messages.locale());
        Locale.setDefault(Locale.Category.FORMAT, messages.locale());
        // In Chinese, a Simplified Chinese font on every window (not fontconfig's Japanese default).
        ChineseFont.use("zh".equals(messages.locale().getLanguage()));
        closeWindowParts();
        dialogs = new FxDialogs(() -> stage, messages);
        ScreenWindow window = new ScreenWindow(messages.locale(), executor, dialogs, () -> stage, settings, (type, id) -> {
            if (tabs != null) {
                tabs.open(type, id);
            }
        });
        List<StatusBarViewModel.Figure> figures = new ArrayList<>();
        List<ScreenCommand> commands = new ArrayList<>();
        for (ScreenRegistry.Registered r : screens.screens()) {
            StatusFigure figure = r.screen().statusFigure(window);
            if (figure != null) {
                figures.add(new StatusBarViewModel.Figure(r.screen().name(), figure));
            }
            commands.addAll(r.screen().commands(window));
        }
        status = new StatusBarViewModel(figures, executor);
        context.database().liveChanges().ifPresent(live -> status.followConnection(live, messages));
        main = new MainWindowViewModel(context.events(), currentEvent, settings, executor, dialogs, messages);
        export = new ExportViewModel(context.report(), currentEvent.eventProperty(),
                status, executor, dialogs, messages);
        main.firstEventNeededProperty().addListener((o, was, needed) -> {
            if (needed) {
                Platform.runLater(() -> askForEvent(new EventFormViewModel(messages), true));
            }
        });
        long t0 = System.nanoTime();
        tabs = new ScreenTabs(screens, window, shownScreen, name -> {
            shownScreen = name;
            shownFiles.set(tabs.selected().files());
        });
        shownFiles.set(tabs.selected().files());
        long t1 = System.nanoTime();
        MainWindow mainWindow = new MainWindow(messages, main, status, export, language, screens, commands,
                shownFiles.getReadOnlyProperty(), tabs.node(), actions());
        LOG.debug("build: first screen {} ms, main window {} ms", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        Parent root = mainWindow.root();
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, 1200, 760));
        } else {
            stage.getScene().setRoot(root);
        }
        // Ctrl+N and Ctrl+F wherever the focus is (a header button, after a dialog): to the screen shown.
        stage.getScene().getAccelerators().put(NEW, () -> shown(ScreenView::newRecord));
        stage.getScene().getAccelerators().put(FIND, () -> shown(ScreenView::find));
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setOnCloseRequest(e -> {
            if (!mayDropTyping()) {
                e.consume();
            }
        });
    }

    private void shown(Consumer<ScreenView> action) {
        if (tabs != null && tabs.shownView() != null && currentEvent.get() != null) {
            action.accept(tabs.shownView());
        }
    }

    /** Closes the screens and the status bar's figures of the window being replaced or closed. */
    private void closeWindowParts() {
        if (tabs != null) {
            tabs.close();
            tabs = null;
        }
        if (status != null) {
            status.close();
        }
    }

    /** The import window of a record type, on the current event. */
    private <R> void importRecords(ImportService<R, ?> service) {
        Event event = currentEvent.get();
        if (event != null) {
            ImportDialog.show(stage, new ImportViewModel<>(Importer.of(service, messages.locale()), event.id(), executor));
        }
    }

    /**
     * A record type's files as the window offers them: its import window and its exports, the menu
     * texts from {@code area}'s bundle ({@code files.import}, {@code files.exportCsv}, {@code files.exportXlsx}).
     */
    private RecordFiles files(String name, String area, String importAccelerator, ImportService<?, ?> importer,
                              ExportService<?> exporter) {
        return new RecordFiles(name, area, importAccelerator, () -> importRecords(importer),
                exporter == null ? null : extension -> exportRecords(exporter, area, extension));
    }

    /** Asks where to write an export of a record type's records (".csv" or ".xlsx"), then writes it. */
    private void exportRecords(ExportService<?> exporter, String area, String extension) {
        Messages io = Messages.of("importexport", messages.locale());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.of(area, messages.locale()).get(".csv".equals(extension) ? "files.exportCsv" : "files.exportXlsx"));
        chooser.getExtensionFilters().add(".csv".equals(extension)
                ? new FileChooser.ExtensionFilter(io.get("filter.csv"), "*.csv")
                : new FileChooser.ExtensionFilter(io.get("filter.xlsx"), "*.xlsx"));
        chooser.setInitialFileName(export.suggestedFileName(exporter, extension));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            export.export(exporter, withExtension(file, extension));
        }
    }

    /**
     * Where Settings › Database… keeps its choice: this computer's settings file
     * ({@link DatabaseChoice#settingsFile()} unless a test names another).
     */
    void setComputerSettings(java.nio.file.Path file) {
        this.computerSettings = file;
    }

    /** Restoring and encrypting work on a file: on a shared database the user is told so (true), and nothing happens. */
    private boolean refusedOnServer() {
        if (!context.database().onServer()) {
            return false;
        }
        dialogs.showError(messages.get("menu.settings"), messages.get("database.fileOnly", context.database().description()));
        return true;
    }

    private MainWindow.Actions actions() {
        return new MainWindow.Actions() {
            @Override
            public void newEvent() {
                askForEvent(new EventFormViewModel(messages), false);
            }

            @Override
            public void switchEvent(Event event) {
                main.switchTo(event);
            }

            @Override
            public void exportReport() {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("menu.file.exportPdf"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("filter.pdf"), "*.pdf"));
                chooser.setInitialFileName(export.suggestedFileName(".pdf"));
                File file = chooser.showSaveDialog(stage);
                if (file != null) {
                    export.exportReport(withExtension(file, ".pdf"));
                }
            }

            @Override
            public void backupNow() {
                status.beginWork(messages.get("backup.running"));
                executor.execute(context::backupNow, written -> {
                    status.endWork(messages.get("backup.done", written.getFileName()), null);
                    LOG.info("Backup written: {}", written);
                }, failure -> {
                    status.endWork(messages.get("backup.failedShort"));
                    dialogs.showError(messages.get("backup.failedTitle"), sentence(failure));
                });
            }

            @Override
            public void restore() {
                if (refusedOnServer()) {
                    return;
                }
                if (!mayDropTyping()) {
                    return;
                }
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("restore.chooseTitle"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("filter.zip"), "*.zip"));
                Path folder = context.backups().folder();
                if (java.nio.file.Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                File file = chooser.showOpenDialog(stage);
                if (file == null) {
                    return;
                }
                checkThenRestore(file.toPath(), null, null);
            }

            @Override
            public boolean databaseEncrypted() {
                return encrypted;
            }

            @Override
            public void encrypt() {
                if (refusedOnServer()) {
                    return;
                }
                if (mayDropTyping()) {
                    PasswordDialog.show(stage, messages, messages.get("encryption.encryptTitle"), messages.get("encryption.encryptText"),
                            null, false, true).ifPresent(typed -> encryptionHandler.change(null, typed.fresh()));
                }
            }

            @Override
            public void changePassword() {
                if (refusedOnServer()) {
                    return;
                }
                if (mayDropTyping()) {
                    PasswordDialog.show(stage, messages, messages.get("encryption.changeTitle"), messages.get("encryption.changeText"),
                            null, true, true).ifPresent(typed -> encryptionHandler.change(typed.current(), typed.fresh()));
                }
            }

            @Override
            public void removeEncryption() {
                if (refusedOnServer()) {
                    return;
                }
                if (mayDropTyping()) {
                    PasswordDialog.show(stage, messages, messages.get("encryption.removeTitle"), messages.get("encryption.removeText"),
                            null, true, false).ifPresent(typed -> encryptionHandler.change(typed.current(), null));
                }
            }

            @Override
            public void chooseDatabase() {
                Settings computer = Settings.load(computerSettings);
                DatabaseDialog.show(stage, messages, new DatabaseChoiceViewModel(computer.database(), messages)).ifPresent(chosen -> {
                    computer.setDatabase(chosen.orElse(null));
                    executor.execute(() -> {
                        computer.save();
                        return chosen;
                    }, saved -> status.endWork(messages.get("database.saved", saved.orElse(messages.get("database.file")))),
                            failure -> dialogs.showError(messages.get("database.title"), sentence(failure)));
                });
            }

            @Override
            public void quit() {
                if (mayDropTyping()) {
                    stage.close();
                }
            }

            @Override
            public boolean chooseLanguage(UiLanguage language) {
                return switchLanguage(language);
            }

            @Override
            public void about() {
                dialogs.showInformation(messages.get("about.title"), messages.get("about.text", settings.file().getParent()));
            }

            @Override
            public void auditTrail() {
                AuditTrailDialog.show(stage, new AuditTrailViewModel(context.audit(), executor, dialogs, messages.locale(), context.auditWords()),
                        currentEvent.get());
            }

            @Override
            public void showScreen(String name) {
                if (tabs != null) {
                    tabs.select(name);
                }
            }

            @Override
            public void openFile(Path file) {
                showDocument.accept(file.toUri().toString());
            }

            @Override
            public void openDataFolder() {
                Path folder = settings.file().toAbsolutePath().getParent();
                showDocument.accept(folder.toUri().toString());
            }

            @Override
            public void openLog() {
                String folder = System.getProperty(org.conferencedesk.app.Main.LOG_FOLDER_PROPERTY);
                Path logs = folder != null ? Path.of(folder)
                        : org.conferencedesk.storage.DataFolder.forThisComputer().resolve("logs");
                showDocument.accept(logs.resolve("conferencedesk.log").toUri().toString());
            }
        };
    }

    /**
     * Checks the backup {@code zip} in the background (with {@code password} if it is encrypted), asks
     * for its password if it needs one (again, with the sentence, if it was wrong), confirms, and hands
     * it to the restore handler.
     */
    private void checkThenRestore(Path zip, char[] password, String passwordProblem) {
        status.beginWork(messages.get("restore.checking", zip.getFileName()));
        executor.execute(() -> {
            context.backups().check(zip, password);
            return zip;
        }, checked -> {
            status.endWork("");
            if (dialogs.confirmDestructive(messages.get("restore.confirmTitle"),
                    messages.get("restore.confirm", zip.getFileName(), context.backups().folder()), messages.get("restore.action"))) {
                restoreHandler.accept(checked, password);
            }
        }, failure -> {
            if (failure instanceof org.conferencedesk.storage.PasswordRequiredException
                    || failure instanceof org.conferencedesk.storage.WrongPasswordException) {
                status.endWork("");
                String problem = failure instanceof org.conferencedesk.storage.WrongPasswordException ? sentence(failure) : null;
                PasswordDialog.show(stage, messages, messages.get("restore.passwordTitle"),
                        messages.get("restore.passwordText", zip.getFileName()), problem, true, false)
                        .ifPresent(typed -> checkThenRestore(zip, typed.current(), problem));
                return;
            }
            status.endWork(messages.get("restore.failedShort"));
            dialogs.showError(messages.get("restore.failedTitle"), sentence(failure));
        });
    }

    /** The sentence for a storage failure in the window's language; a generic one for anything else. */
    private String sentence(Throwable failure) {
        return failure instanceof org.conferencedesk.storage.StorageException storage
                ? storage.sentence(messages.locale()) : messages.get("storage.unexpected");
    }

    /** True if nothing typed in any screen would be lost, or the user agreed to drop it. */
    private boolean mayDropTyping() {
        return tabs == null || tabs.mayDropTyping();
    }

    /**
     * Rebuilds the window in {@code language}, keeping the current event, and saves the choice.
     * Asks first if a screen holds unsaved typing (the screens are rebuilt too).
     *
     * @return false if the user chose to keep typing (nothing changed)
     */
    public boolean switchLanguage(UiLanguage language) {
        if (!mayDropTyping()) {
            return false;
        }
        settings.setLanguage(language);
        Event current = currentEvent.get();
        List<Event> events = new ArrayList<>(main.events());
        if (current != null) {
            settings.setLastEventId(current.id());
        }
        build();
        main.start(events);
        executor.execute(() -> {
            settings.save();
            return null;
        }, ok -> { }, failure -> LOG.warn("Settings not saved", failure));
        return true;
    }

    private void askForEvent(EventFormViewModel form, boolean first) {
        if (!new EventFormDialog(stage, form, messages, first).showAndWait()) {
            return;
        }
        main.createEvent(form.toEvent(), reason -> {
            dialogs.showError(messages.get("event.create.refusedTitle"), reason);
            askForEvent(form, first);
        });
    }

    private static Path withExtension(File file, String extension) {
        String name = file.getName();
        return name.toLowerCase(Locale.ROOT).endsWith(extension) ? file.toPath() : file.toPath().resolveSibling(name + extension);
    }

    /** Stops listening to the database (before it is closed). */
    public void close() {
        closeWindowParts();
        try {
            settings.save(); // what the screens remember (column widths) since the last save
        } catch (java.io.UncheckedIOException e) {
            LOG.warn("Settings not saved", e);
        }
        live.close();
        liveGuests.close();
    }
}
