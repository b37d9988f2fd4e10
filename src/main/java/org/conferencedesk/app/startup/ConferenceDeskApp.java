package org.conferencedesk.app.startup;

import org.conferencedesk.app.ui.PasswordDialog;
import org.conferencedesk.app.ui.Settings;
import org.conferencedesk.app.ui.Shell;
import org.conferencedesk.shared.ui.ChineseFont;
import org.conferencedesk.shared.ui.FxDialogs;
import org.conferencedesk.shared.ui.FxTaskExecutor;
import org.conferencedesk.shared.ui.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.app.Main;
import org.conferencedesk.app.WindowActivation;
import org.conferencedesk.app.cli.ForwardedCommands;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.BackupService;
import org.conferencedesk.storage.DataFolder;
import org.conferencedesk.storage.DatabaseInUseException;
import org.conferencedesk.storage.DatabaseUnusableException;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLock;
import org.conferencedesk.storage.EncryptionService;
import org.conferencedesk.storage.PasswordRequiredException;
import org.conferencedesk.storage.StorageException;
import org.conferencedesk.storage.WrongPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. Start-up order, for speed (STACK.md: the database costs ~1–2 s of class
 * loading): show the window at once with a light "Opening database…" state, then open the database
 * on a background thread while another checks the Chinese font and loads the screens' classes,
 * then read the event's contracts and build the screens over them.
 *
 * <p>One writer (issue 9): before anything touches the database the window takes its
 * {@link DatabaseLock} and keeps it until the closing backup is written, after the window has gone
 * ({@link #stop()} hands that to a thread of its own; {@link #awaitClosed()} waits for it). A second
 * start on the same database brings this window to the front; a command that only reads while the
 * window is open is run by the window ({@link ForwardedCommands}); anything else is refused by the lock.
 *
 * <p>Started by {@link DesktopLauncher#launch(Path)} with the named parameter {@code --db=PATH}.
 * System property {@code conferencedesk.exitAfterStartup=true} quits as soon as the contracts are
 * visible (for the start-up benchmark); {@code conferencedesk.noWarmUp=true} skips the class
 * warm-up (to measure it side by side).
 */
public final class ConferenceDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(ConferenceDeskApp.class);

    private final StartupClock clock = new StartupClock();
    private Path databaseFile;
    /** The shared PostgreSQL database opened instead of a file (then {@link #databaseFile} is null), or null. */
    private org.conferencedesk.storage.DatabaseLocation.PostgreSql server;
    /** The server's password typed in this session (never stored), or null: PGPASSWORD or ~/.pgpass. */
    private volatile char[] serverPassword;
    private Settings settings;
    private FxTaskExecutor executor;
    /** Open database and services; read by forwarded commands on their own threads, hence volatile. */
    private volatile AppContext context;
    private Shell shell;
    private volatile Stage stage;
    private Messages messages;
    private Label opening;
    private Label file;
    /** The password the database was opened with (null if it is not encrypted); kept to reopen it after a restore. */
    private volatile char[] password;
    /** This window's hold on the database, from {@link #init()} until the closing backup is written. */
    private DatabaseLock lock;
    /** Why the lock could not be taken (another window or command has the database), shown once the window is up. */
    private StorageException lockRefused;
    /** The work left after the window has gone (closing backup, closing the database, the lock); null until {@link #stop()}. */
    private static volatile Thread closing;
    /** A window was already running on this database and was brought to the front: this start quits at once. */
    private boolean handedToRunningWindow;
    /** Listens for second starts on this database (null until the database is open, or if it could not listen). */
    private WindowActivation activation;

    /** Creates the application (JavaFX calls this). */
    public ConferenceDeskApp() {
    }

    /** Reads the settings on the launcher thread, before the window exists (a small file). */
    @Override
    public void init() {
        String db = getParameters().getNamed().get("db");
        Settings computer = db == null ? Settings.load(org.conferencedesk.app.ui.DatabaseChoice.settingsFile()) : null;
        org.conferencedesk.storage.DatabaseLocation where = org.conferencedesk.app.ui.DatabaseChoice.atStart(db, computer);
        if (where instanceof org.conferencedesk.storage.DatabaseLocation.PostgreSql shared) {
            // A shared database: no lock file and no second-start door (several programs work on it at once).
            server = shared;
            settings = computer != null ? computer : Settings.load(org.conferencedesk.app.ui.DatabaseChoice.settingsFile());
            return;
        }
        databaseFile = ((org.conferencedesk.storage.DatabaseLocation.H2File) where).file();
        settings = computer != null ? computer : Settings.load(Settings.fileFor(databaseFile));
        // Before opening anything: a window already running on this database comes to the front instead.
        handedToRunningWindow = WindowActivation.activateRunning(databaseFile);
        if (!handedToRunningWindow) {
            takeLock();
        }
    }

    /**
     * Takes the database's lock for this window's whole life, and from then on answers second starts
     * and forwarded commands. A window that is itself starting right now may hold the lock before it
     * answers: it is asked again for a few seconds before this start gives up.
     */
    private void takeLock() {
        for (int attempt = 0; ; attempt++) {
            try {
                lock = DatabaseLock.acquire(databaseFile, DatabaseLock.Program.WINDOW, "");
                listenForSecondStarts();
                return;
            } catch (DatabaseInUseException e) {
                boolean otherWindow = e.holder().filter(h -> h.program() == DatabaseLock.Program.WINDOW).isPresent();
                if (!otherWindow || attempt >= 15) {
                    lockRefused = e;
                    return;
                }
                sleep(200);
                if (WindowActivation.activateRunning(databaseFile)) {
                    handedToRunningWindow = true;
                    return;
                }
            } catch (StorageException e) {
                lockRefused = e;
                return;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start(Stage stage) {
        if (handedToRunningWindow) {
            LOG.info("A window is already running on {}; brought it to the front", databaseFile);
            Platform.exit();
            return;
        }
        Theme.apply();
        Messages messages = Messages.of("ui", settings.language().locale(Locale.getDefault()));
        ChineseFont.use("zh".equals(messages.locale().getLanguage()));
        Label opening = new Label(messages.get("startup.opening"));
        opening.setId("openingLabel");
        opening.getStyleClass().add("title-4");
        Label file = new Label(server != null ? server.display() : databaseFile.toAbsolutePath().toString());
        file.getStyleClass().add("text-muted");
        this.stage = stage;
        this.messages = messages;
        this.opening = opening;
        this.file = file;
        stage.setTitle(messages.get("app.name"));
        // As large as a 1280×800 laptop screen allows; smaller screens get the window at their size.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(openingScreen(opening, file), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight())));
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.show();
        clock.windowShown();

        executor = new FxTaskExecutor();
        executor.execute(() -> {
            String family = ChineseFont.prepare();
            if (!Boolean.getBoolean("conferencedesk.noWarmUp")) {
                WarmUp.loadClasses();
            }
            return family;
        }, ChineseFont::prepared, failure -> { });
        if (lockRefused != null) {
            openFailed(stage, messages, opening, file, lockRefused);
            return;
        }
        open(stage, messages, opening, file, null);
    }

    /**
     * Opens the database in the background and shows the screens over it; then takes the automatic
     * start-up backup (after migration, without delaying the contracts). A database that cannot be
     * used gets a dialog with its sentence: in use elsewhere → the window closes; damaged or too new
     * with a backup beside it → an offer to restore that backup; anything else → the window stays on
     * the failure message.
     *
     * @param statusMessage shown in the status bar once open (after a restore), or null
     */
    private void open(Stage stage, Messages messages, Label opening, Label file, String statusMessage) {
        executor.execute(() -> {
            AppContext opened = server != null ? openServer() : AppContext.openFile(databaseFile, password);
            // Known from the open: reading the file again here would drop H2's own lock on it (POSIX).
            return new Opened(opened, opened.events().list(), opened.database().encrypted());
        }, opened -> {
            context = opened.context();
            clock.databaseOpen();
            // The start-up backup once the contracts are visible (at the latest after 10 s): before, it took a
            // core from building the window on a 2-core laptop (issue 15); nothing can change before then.
            AppContext backedUp = context;
            java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
            Runnable backup = () -> {
                // A shared database is backed up by the server's administrator (pg_dump), not here.
                if (server == null && context == backedUp && started.compareAndSet(false, true)) {
                    executor.execute(backedUp::backupNow, written -> LOG.info("Start-up backup: {}", written),
                            failure -> { /* logged by the executor; the next start or close tries again */ });
                }
            };
            javafx.animation.PauseTransition latest = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(10));
            latest.setOnFinished(e -> backup.run());
            latest.play();
            showShell(stage, opened.events(), opened.encrypted(), backup);
            if (statusMessage != null) {
                shell.showStatus(statusMessage);
            }
        }, failure -> openFailed(stage, messages, opening, file, failure));
    }

    /** Opens the shared database with the password typed in this session, if any, and follows other laptops' changes. */
    private AppContext openServer() {
        java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        char[] typed = serverPassword;
        if (typed != null) {
            environment.put("PGPASSWORD", new String(typed));
        }
        return new AppContext(Database.openPostgreSql(server, environment)).followLiveChanges();
    }

    private void openFailed(Stage stage, Messages messages, Label opening, Label file, Throwable failure) {
        FxDialogs dialogs = new FxDialogs(() -> stage, messages);
        Locale locale = messages.locale();
        if (server != null && failure instanceof StorageException refused && refused.loginRefused()) {
            // Asked once per session (again, with the sentence, if the server refused what was typed); never stored.
            PasswordDialog.show(stage, messages, messages.get("startup.serverPasswordTitle"),
                    messages.get("startup.serverPasswordText", server.display(), server.login(System.getenv())),
                    serverPassword == null ? null : refused.sentence(locale), true, false)
                    .ifPresentOrElse(typed -> {
                        serverPassword = typed.current();
                        open(stage, messages, opening, file, null);
                    }, Platform::exit);
            return;
        }
        if (failure instanceof DatabaseInUseException inUse) {
            dialogs.showError(messages.get("startup.inUseTitle"), inUse.sentence(locale));
            Platform.exit();
            return;
        }
        if (failure instanceof PasswordRequiredException || failure instanceof WrongPasswordException) {
            // Encrypted: ask for the password (again, with the sentence, if it was wrong); Cancel quits.
            String problem = failure instanceof WrongPasswordException wrong ? wrong.sentence(locale) : null;
            PasswordDialog.show(stage, messages, messages.get("startup.passwordTitle"),
                    messages.get("startup.passwordText", Database.h2File(databaseFile)), problem, true, false)
                    .ifPresentOrElse(typed -> {
                        password = typed.current();
                        open(stage, messages, opening, file, null);
                    }, Platform::exit);
            return;
        }
        String sentence = failure instanceof StorageException storage
                ? storage.sentence(locale) : messages.get("storage.unexpected");
        opening.setText(messages.get("startup.failed"));
        file.setText(sentence);
        file.setWrapText(true);
        file.setMaxWidth(900);
        if (failure instanceof DatabaseUnusableException unusable && unusable.latestBackup().isPresent()) {
            Path backup = unusable.latestBackup().get().file();
            if (dialogs.confirmDestructive(messages.get("startup.failed"),
                    sentence + "\n\n" + messages.get("startup.restoreLatest", backup.getFileName()), messages.get("restore.action"))) {
                restore(stage, messages, opening, file, backup, password);
            } else {
                Platform.exit();
            }
            return;
        }
        dialogs.showError(messages.get("startup.failed"), sentence);
    }

    /**
     * Replaces the database with {@code backup}: closes the screens and the database (if open),
     * restores in the background (the previous file is kept in the backups folder), and opens again.
     * If the restore fails the database is unchanged and is opened again as it was.
     */
    private void restore(Stage stage, Messages messages, Label opening, Label file, Path backup, char[] backupPassword) {
        if (shell != null) {
            shell.close();
            shell = null;
        }
        AppContext closing = context;
        context = null;
        opening.setText(messages.get("restore.running", backup.getFileName()));
        file.setText(databaseFile.toAbsolutePath().toString());
        stage.titleProperty().unbind();
        stage.getScene().setRoot(openingScreen(opening, file));
        executor.execute(() -> {
            if (closing != null) {
                closing.close();
            }
            return BackupService.of(databaseFile).restore(backup, backupPassword);
        }, restored -> {
            // The restored database has the backup's password (or none).
            password = backupPassword;
            opening.setText(messages.get("startup.opening"));
            open(stage, messages, opening, file, messages.get("restore.done", backup.getFileName()));
        }, failure -> {
            new FxDialogs(() -> stage, messages).showError(messages.get("restore.failedTitle"),
                    failure instanceof StorageException storage ? storage.sentence(messages.locale()) : messages.get("storage.unexpected"));
            opening.setText(messages.get("startup.opening"));
            open(stage, messages, opening, file, null);
        });
    }

    private static javafx.scene.Parent openingScreen(Label opening, Label file) {
        VBox box = new VBox(8, opening, file);
        box.setAlignment(Pos.CENTER);
        return new StackPane(box);
    }

    /**
     * Encrypts the database, changes its password or removes it ({@link EncryptionService}): closes the
     * screens and the database, converts the file in the background (a copy of it as it was is kept in
     * the backups folder), and opens it again with the new password. If the conversion fails (a wrong
     * current password, a full disk) the database is unchanged, the sentence is shown, and it is opened again as it was.
     *
     * @param current the current password, or null to encrypt
     * @param fresh the new password, or null to remove the encryption
     */
    private void changeEncryption(Stage stage, Messages messages, Label opening, Label file, char[] current, char[] fresh) {
        if (shell != null) {
            shell.close();
            shell = null;
        }
        AppContext closing = context;
        context = null;
        opening.setText(messages.get("encryption.running"));
        file.setText(databaseFile.toAbsolutePath().toString());
        stage.titleProperty().unbind();
        stage.getScene().setRoot(openingScreen(opening, file));
        executor.execute(() -> {
            if (closing != null) {
                closing.close();
            }
            EncryptionService encryption = EncryptionService.of(databaseFile);
            if (current == null) {
                return encryption.encrypt(fresh);
            }
            return fresh == null ? encryption.removeEncryption(current) : encryption.changePassword(current, fresh);
        }, kept -> {
            password = fresh;
            opening.setText(messages.get("startup.opening"));
            String done = current == null ? "encryption.encrypted" : fresh == null ? "encryption.removed" : "encryption.changed";
            open(stage, messages, opening, file, messages.get(done));
        }, failure -> {
            new FxDialogs(() -> stage, messages).showError(messages.get("encryption.failedTitle"),
                    failure instanceof StorageException storage ? storage.sentence(messages.locale()) : messages.get("storage.unexpected"));
            opening.setText(messages.get("startup.opening"));
            open(stage, messages, opening, file, null);
        });
    }

    /** @param whenVisible run once the contracts are visible (the start-up backup) */
    private void showShell(Stage stage, List<Event> events, boolean encrypted, Runnable whenVisible) {
        shell = new Shell(stage, context, settings, executor, getHostServices()::showDocument, Locale.getDefault());
        shell.setRestoreHandler((backup, backupPassword) -> restore(stage, messages, opening, file, backup, backupPassword));
        shell.setEncryption(encrypted, (current, fresh) -> changeEncryption(stage, messages, opening, file, current, fresh));
        // Visible = laid out in a pulse after LiveContracts published them (or the empty window is).
        Runnable afterNextPulse = () -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                LOG.debug("startup: post-layout at {} ms", clock.now());
                stage.getScene().removePostLayoutPulseListener(once[0]);
                contractsVisible();
                whenVisible.run();
            };
            stage.getScene().addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        };
        if (events.isEmpty()) {
            afterNextPulse.run();
        } else {
            shell.live().revisionProperty().addListener((o, was, now) -> {
                LOG.debug("startup: contracts loaded at {} ms", clock.now());
                afterNextPulse.run();
            });
        }
        shell.show(events); // keeps the scene (and the font stylesheet), replaces its root
        LOG.debug("startup: shell.show returned at {} ms", clock.now());
    }

    private void contractsVisible() {
        if (clock.contractsVisible() && Boolean.getBoolean("conferencedesk.exitAfterStartup")) {
            Platform.exit();
        }
    }

    /**
     * From now on a second start on this database brings this window to the front, and a command that
     * only reads is run over this window's database (once per run; before the database is open, such a
     * command waits a little for it).
     */
    private void listenForSecondStarts() {
        if (activation != null) {
            return;
        }
        String logFolder = System.getProperty(Main.LOG_FOLDER_PROPERTY);
        Path logFile = (logFolder != null ? Path.of(logFolder) : DataFolder.forThisComputer().resolve("logs")).resolve("conferencedesk.log");
        ForwardedCommands commands = new ForwardedCommands(() -> {
            AppContext open = context;
            return java.util.Optional.ofNullable(open).map(c -> new ForwardedCommands.Open(c.database(), password));
        }, databaseFile, logFile);
        try {
            activation = WindowActivation.listen(databaseFile, () -> Platform.runLater(() -> {
                Stage shown = stage;
                if (shown != null) {
                    shown.setIconified(false);
                    shown.toFront();
                    shown.requestFocus();
                }
            }), commands);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("A second start will not bring this window to the front", e);
        }
    }

    /**
     * The window goes at once; the closing backup, closing the database and releasing its lock happen
     * after, on a thread of their own (a zip of a large database takes seconds: not on the FX thread),
     * and the process waits for them before it exits ({@link #awaitClosed()}). The lock is released
     * last, so no command gets in before the backup is written.
     */
    @Override
    public void stop() {
        Stage shown = stage;
        if (shown != null) {
            shown.hide();
        }
        if (shell != null) {
            shell.close();
            shell = null;
        }
        AppContext open = context;
        context = null;
        WindowActivation door = activation;
        FxTaskExecutor background = executor;
        DatabaseLock held = lock;
        Thread thread = new Thread(() -> close(door, background, open, held), "closing-backup");
        thread.setDaemon(false);
        closing = thread;
        thread.start();
    }

    private static void close(WindowActivation door, FxTaskExecutor background, AppContext open, DatabaseLock held) {
        try {
            if (door != null) {
                // Commands the window is running for the command line finish first (they read the database).
                door.close(30_000);
            }
            if (background != null) {
                // An import or the start-up backup still running finishes before the database closes.
                background.close();
                background.awaitTermination(120_000);
            }
            if (open != null) {
                try {
                    if (!open.database().onServer()) { // a shared database is backed up by its server (pg_dump)
                        LOG.info("Closing backup: {}", open.backupNow());
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Closing backup failed", e);
                }
                try {
                    open.close();
                } catch (RuntimeException e) {
                    LOG.warn("Closing the database failed", e);
                }
            }
        } finally {
            if (held != null) {
                held.close();
            }
        }
    }

    /**
     * Waits until the work {@link #stop()} left (closing backup, closing the database, releasing the
     * lock) is done; returns at once if the window never stopped. Called by {@link DesktopLauncher}
     * before the process exits.
     */
    static void awaitClosed() {
        Thread thread = closing;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Opened(AppContext context, List<Event> events, boolean encrypted) {
    }
}
