package org.conferencedesk.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.ContractFormViewModel;
import org.conferencedesk.contracts.ContractsView;
import org.conferencedesk.contracts.ContractsViewModel;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.importexport.ui.ImportDialog;
import org.conferencedesk.importexport.ui.ImportViewModel;
import org.conferencedesk.importexport.ui.Importer;
import org.conferencedesk.events.EventFormDialog;
import org.conferencedesk.events.EventFormViewModel;
import org.conferencedesk.guests.CheckInDeskView;
import org.conferencedesk.guests.CheckInDeskViewModel;
import org.conferencedesk.guests.GuestFormViewModel;
import org.conferencedesk.guests.GuestWords;
import org.conferencedesk.guests.GuestsView;
import org.conferencedesk.guests.GuestsViewModel;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window once the database is open: builds the view models over the {@link AppContext} and the
 * main window over them, does what the menus ask (file choosers, dialogs), and rebuilds the whole
 * window in the new language when the user switches it. Holds the one {@link LiveContracts} that the
 * contracts screen and the status bar share; it survives a language switch.
 */
public final class Shell {

    private static final Logger LOG = LoggerFactory.getLogger(Shell.class);

    private final Stage stage;
    private final AppContext context;
    private final Settings settings;
    private final TaskExecutor executor;
    private final Consumer<String> showDocument;
    private final Locale systemLocale;
    private final LiveContracts live;
    private final LiveGuests liveGuests;
    private GuestsViewModel guests;
    private GuestFormViewModel guestForm;
    private CheckInDeskViewModel desk;
    private ScreenTabs screens;
    private ChangeListener<Long> guestFormFollowsEvent;
    private Screen shownScreen = Screen.CONTRACTS;
    private Messages messages;
    private MainWindowViewModel main;
    private StatusBarViewModel status;
    private ExportViewModel export;
    private FxDialogs dialogs;
    private ContractsViewModel contracts;
    private ChangeListener<Long> formFollowsEvent;
    private ContractFormViewModel form;
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
        // The guests follow the event the contracts show (MainWindowViewModel switches that one).
        live.eventIdProperty().addListener((o, was, event) -> {
            if (event != null) {
                showGuests(event);
            }
        });
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

    /** The current event's contracts and totals, shared by every screen. */
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

    private void build() {
        UiLanguage language = settings.language();
        messages = Messages.of("ui", language.locale(systemLocale));
        // Standard controls (DatePicker month names, ControlsFX texts) follow the window language.
        Locale.setDefault(Locale.Category.DISPLAY, messages.locale());
        Locale.setDefault(Locale.Category.FORMAT, messages.locale());
        // In Chinese, a Simplified Chinese font on every window (not fontconfig's Japanese default).
        ChineseFont.use("zh".equals(messages.locale().getLanguage()));
        if (status != null) {
            status.close();
        }
        dialogs = new FxDialogs(() -> stage, messages);
        status = new StatusBarViewModel(live, executor, messages);
        status.followGuests(liveGuests);
        main = new MainWindowViewModel(context.events(), live, settings, executor, dialogs, messages);
        export = new ExportViewModel(context.contractReport(), main.currentEventProperty(),
                status, executor, dialogs, messages);
        main.firstEventNeededProperty().addListener((o, was, needed) -> {
            if (needed) {
                Platform.runLater(() -> askForEvent(new EventFormViewModel(messages), true));
            }
        });
        long t0 = System.nanoTime();
        Node centre = centre();
        long t1 = System.nanoTime();
        MainWindow window = new MainWindow(messages, main, status, export, language, centre, actions());
        LOG.debug("build: contracts screen {} ms, main window {} ms", (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        Parent root = window.root();
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root, 1200, 760));
        } else {
            stage.getScene().setRoot(root);
        }
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setOnCloseRequest(e -> {
            if (!mayDropTyping()) {
                e.consume();
            }
        });
    }

    /** The current event's guests, shared by the guests screen, the check-in desk and the status bar. */
    public LiveGuests liveGuests() {
        return liveGuests;
    }

    private void showGuests(long event) {
        liveGuests.show(event, failure -> {
            LOG.warn("Guests of event {} not loaded", event, failure);
            if (dialogs != null) {
                dialogs.showError(messages.get("guests.loadFailedTitle"), messages.get("guests.loadFailed", failure.getMessage()));
            }
        });
    }

    /**
     * The screens as tabs: the contracts screen, the guests screen and the check-in desk. The tab
     * shown before a rebuild (a language switch) is shown again.
     */
    private Node centre() {
        Node contractsView = contractsScreen();
        detachGuests();
        GuestWords words = new GuestWords(messages.locale());
        guests = new GuestsViewModel(liveGuests, context.guests(), executor, dialogs, words, java.time.Clock.systemUTC());
        guestForm = new GuestFormViewModel(context.guests(), executor, dialogs, words);
        desk = new CheckInDeskViewModel(liveGuests, context.guests(), executor, words, java.time.Clock.systemUTC());
        Runnable followZone = () -> {
            Event event = main.currentEventProperty().get();
            java.time.ZoneId zone = event == null ? Event.DEFAULT_TIME_ZONE : event.timeZone();
            guests.zoneProperty().set(zone);
            desk.zoneProperty().set(zone);
        };
        main.currentEventProperty().addListener((o, was, now) -> followZone.run());
        followZone.run();
        if (liveGuests.eventIdProperty().get() != null) {
            guestForm.startNew(liveGuests.eventIdProperty().get());
        }
        GuestFormViewModel thisGuestForm = guestForm;
        guestFormFollowsEvent = (o, was, event) -> {
            if (event != null) {
                thisGuestForm.requestNew(event);
            }
        };
        liveGuests.eventIdProperty().addListener(guestFormFollowsEvent);
        GuestsViewModel thisGuests = guests;
        CheckInDeskViewModel thisDesk = desk;
        // Built when their tab is first shown: start-up builds only the contracts screen.
        screens = new ScreenTabs(messages, contractsView, () -> GuestsView.load(thisGuests, thisGuestForm),
                () -> CheckInDeskView.load(thisDesk, words),
                thisGuests::attach, thisGuests::detach, thisDesk::attach, thisDesk::detach);
        screens.select(shownScreen);
        screens.node().getSelectionModel().selectedItemProperty().addListener((o, was, now) -> shownScreen = screens.selected());
        return screens.node();
    }

    private void detachGuests() {
        if (guests != null) {
            guests.detach();
            desk.detach();
            liveGuests.eventIdProperty().removeListener(guestFormFollowsEvent);
        }
    }

    /** The contracts screen over the shared {@link LiveContracts}, listening while it is in the window. */
    private Node contractsScreen() {
        detachContracts();
        Messages contractsMessages = Messages.of("contracts", messages.locale());
        contracts = new ContractsViewModel(live, context.contracts(), executor, dialogs, contractsMessages);
        form = new ContractFormViewModel(context.contracts(), executor, dialogs, contractsMessages);
        contracts.attach();
        form.follow(live);
        Node view = ContractsView.load(contracts, form, contractsMessages);
        // The form is ready for a new contract of the event shown (it asks before dropping unsaved typing).
        ContractFormViewModel thisForm = form;
        formFollowsEvent = (o, old, event) -> {
            if (event != null) {
                thisForm.requestNew(event);
            }
        };
        live.eventIdProperty().addListener(formFollowsEvent);
        if (live.eventIdProperty().get() != null) {
            form.startNew(live.eventIdProperty().get());
        }
        return view;
    }

    private void detachContracts() {
        if (contracts != null) {
            contracts.detach();
            form.stopFollowing();
            live.eventIdProperty().removeListener(formFollowsEvent);
        }
    }

    /** The import window of a record type, on the current event. */
    private <R> void importRecords(ImportService<R, ?> service) {
        Event event = main.currentEventProperty().get();
        if (event != null) {
            ImportDialog.show(stage, new ImportViewModel<>(Importer.of(service, messages.locale()), event.id(), executor));
        }
    }

    /** Asks where to write an export of a record type's records (".csv" or ".xlsx"), then writes it. */
    private void exportRecords(ExportService<?> exporter, String extension) {
        Messages io = Messages.of("importexport", messages.locale());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(".csv".equals(extension) ? "menu.file.exportCsv" : "menu.file.exportXlsx"));
        chooser.getExtensionFilters().add(".csv".equals(extension)
                ? new FileChooser.ExtensionFilter(io.get("filter.csv"), "*.csv")
                : new FileChooser.ExtensionFilter(io.get("filter.xlsx"), "*.xlsx"));
        chooser.setInitialFileName(export.suggestedFileName(exporter, extension));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            export.export(exporter, withExtension(file, extension));
        }
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
            public Screen shownScreen() {
                return screens == null ? Screen.CONTRACTS : screens.selected();
            }

            @Override
            public void importContracts() {
                importRecords(context.contractImport());
            }

            @Override
            public void exportContracts(String extension) {
                exportRecords(context.contractExport(), extension);
            }

            @Override
            public void importGuests() {
                importRecords(context.guestImport());
            }

            @Override
            public void exportGuests(String extension) {
                exportRecords(context.guestExport(), extension);
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
                if (mayDropTyping()) {
                    PasswordDialog.show(stage, messages, messages.get("encryption.encryptTitle"), messages.get("encryption.encryptText"),
                            null, false, true).ifPresent(typed -> encryptionHandler.change(null, typed.fresh()));
                }
            }

            @Override
            public void changePassword() {
                if (mayDropTyping()) {
                    PasswordDialog.show(stage, messages, messages.get("encryption.changeTitle"), messages.get("encryption.changeText"),
                            null, true, true).ifPresent(typed -> encryptionHandler.change(typed.current(), typed.fresh()));
                }
            }

            @Override
            public void removeEncryption() {
                if (mayDropTyping()) {
                    PasswordDialog.show(stage, messages, messages.get("encryption.removeTitle"), messages.get("encryption.removeText"),
                            null, true, false).ifPresent(typed -> encryptionHandler.change(typed.current(), null));
                }
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
                AuditTrailDialog.show(stage, new AuditTrailViewModel(context.audit(), executor, dialogs, messages.locale()),
                        main.currentEventProperty().get());
            }

            @Override
            public void findGuestDuplicates() {
                Event event = main.currentEventProperty().get();
                if (event != null) {
                    // Questions and errors belong to the duplicates window (in front), not to the main one behind it.
                    // (The newest focused window: headless, the main window still says it is focused too.)
                    FxDialogs inFront = new FxDialogs(() -> javafx.stage.Window.getWindows().stream()
                            .filter(javafx.stage.Window::isFocused).reduce((older, newer) -> newer).orElse(stage), messages);
                    org.conferencedesk.guests.DuplicatesDialog.show(stage, new org.conferencedesk.guests.DuplicatesViewModel(
                            context.guests(), executor, inFront, messages.locale()), event);
                }
            }

            @Override
            public void showScreen(Screen screen) {
                if (screens != null) {
                    screens.select(screen);
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
            if (dialogs.confirm(messages.get("restore.confirmTitle"),
                    messages.get("restore.confirm", zip.getFileName(), context.backups().folder()))) {
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

    /** True if nothing typed in the contracts form would be lost, or the user agreed to drop it. */
    private boolean mayDropTyping() {
        return (form == null || form.confirmDiscard()) && (guestForm == null || guestForm.confirmDiscard());
    }

    /**
     * Rebuilds the window in {@code language}, keeping the current event, and saves the choice.
     * Asks first if the contracts form holds unsaved typing (the form is rebuilt too).
     *
     * @return false if the user chose to keep typing (nothing changed)
     */
    public boolean switchLanguage(UiLanguage language) {
        if (!mayDropTyping()) {
            return false;
        }
        settings.setLanguage(language);
        Event current = main.currentEventProperty().get();
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
        if (status != null) {
            status.close();
        }
        detachContracts();
        detachGuests();
        live.close();
        liveGuests.close();
    }
}
