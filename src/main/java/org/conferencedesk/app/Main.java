package org.conferencedesk.app;

import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.app.cli.CliEnvironment;
import org.conferencedesk.app.cli.ConferenceDeskCli;
import org.conferencedesk.storage.DataFolder;
import picocli.CommandLine;

/**
 * Entry point. With no command it opens the window; with a command ({@code import}, {@code export},
 * {@code list}, {@code totals}, {@code report}, {@code events}) it runs headless and exits with
 * 0 (success), 1 (bad input, nothing changed) or 2 (wrong usage). See {@link ConferenceDeskCli}.
 *
 * <p>This class must not extend {@code javafx.application.Application}: with JavaFX on the class
 * path, the launcher would refuse to start (STACK.md). It names no JavaFX class either: the window's
 * classes are loaded only when no command is given, so headless commands start faster and run on
 * machines without a display.
 */
public final class Main {

    /** System property read by {@link LogConfiguration}: the folder of the log files. */
    public static final String LOG_FOLDER_PROPERTY = "conferencedesk.logs";

    private Main() {
    }

    /**
     * System property naming a file of command lines (one a line, arguments separated by tabs) that
     * {@link #main} runs one after the other in this JVM instead of its own arguments, then exits with
     * the last one's code. Used once at build time to train the class-data archive
     * ({@code -XX:ArchiveClassesAtExit}) on the commands users run, not on one of them (issue 15).
     */
    public static final String TRAINING_PROPERTY = "conferencedesk.classDataTraining";
    /**
     * With {@link #TRAINING_PROPERTY}: a file of class names (one a line, {@code #} comments) that the
     * training loads without initialising them, so that the archive also holds the window's classes
     * (JavaFX, the screens), which a build without a display cannot show.
     */
    public static final String TRAINING_CLASSES_PROPERTY = "conferencedesk.classDataTraining.classes";

    /** Starts the window or runs a command; see the class comment. Exits the JVM with the command's exit code. */
    public static void main(String[] args) {
        String training = System.getProperty(TRAINING_PROPERTY);
        int exitCode = 0;
        if (training == null) {
            exitCode = run(args);
        } else {
            try {
                for (String line : java.nio.file.Files.readAllLines(Path.of(training), java.nio.charset.StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        exitCode = run(line.strip().split("\t"));
                    }
                }
                String classes = System.getProperty(TRAINING_CLASSES_PROPERTY);
                if (classes != null) {
                    loadWithoutRunning(Path.of(classes));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        System.exit(exitCode);
    }

    /** Loads (without initialising) each class named in {@code list}; names this build does not have are skipped. */
    private static void loadWithoutRunning(Path list) throws java.io.IOException {
        ClassLoader loader = Main.class.getClassLoader();
        for (String line : java.nio.file.Files.readAllLines(list, java.nio.charset.StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Renamed or removed since the list was made: nothing to archive.
            }
        }
    }

    /** Starts the window or runs one command line; returns its exit code. */
    private static int run(String[] args) {
        // Before jOOQ and logback load: no jOOQ banner on stdout (stdout carries JSON), logs in the data folder.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Path logFolder = DataFolder.forThisComputer().resolve("logs");
        if (System.getProperty(LOG_FOLDER_PROPERTY) == null) {
            System.setProperty(LOG_FOLDER_PROPERTY, logFolder.toString());
        }
        Path logFile = Path.of(System.getProperty(LOG_FOLDER_PROPERTY)).resolve("conferencedesk.log");

        Locale locale = userLocale(Locale.getDefault(), System.getenv());
        WindowStart window = windowDatabase(args, System.getenv());
        if (window != null) {
            // No command: the window, without building the command line first (picocli's ~170 classes and
            // its command tree cost ~0.2 s before the window could show; docs/BENCHMARKS.md, issue 15).
            try {
                windowIn(locale, Main::openWindow).accept(window.database());
                return ConferenceDeskCli.OK;
            } catch (RuntimeException e) {
                // Said as the command line says it (no display, a database in use ...): its sentence, the log.
                CommandLine commandLine = ConferenceDeskCli.create(environment(locale, logFile));
                try {
                    return commandLine.getExecutionExceptionHandler().handleExecutionException(e, commandLine,
                            commandLine.parseArgs(args));
                } catch (Exception unreported) {
                    e.addSuppressed(unreported);
                    throw e;
                } finally {
                    commandLine.getErr().flush();
                }
            }
        }
        CommandLine commandLine = ConferenceDeskCli.create(environment(locale, logFile));
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return exitCode;
    }

    private static CliEnvironment environment(Locale locale, Path logFile) {
        return new CliEnvironment(System.getenv(), locale, windowIn(locale, Main::openWindow), logFile);
    }

    /**
     * How the window starts when {@code args} name no command.
     *
     * @param database the database file named by {@code --db} or {@code CONFERENCEDESK_DB}, as an
     *     absolute path; null when none is named (the window opens what Settings › Database… chose,
     *     else the default file), as {@code ConferenceDeskCommand} passes it to the window opener
     */
    record WindowStart(String database) {
    }

    /**
     * The database the window opens when {@code args} name no command: only {@code --db PATH} and
     * {@code --event NAME} (each at most once, as {@code --db PATH} or {@code --db=PATH}), and a
     * database file ({@code --db}, else {@code CONFERENCEDESK_DB}, else the default one), as
     * {@code ConferenceDeskCommand} would resolve it. Null for anything else (a command, help, a
     * repeated or unknown option, a PostgreSQL address, a name the system cannot take), which then goes
     * through the command line and gets its answer or its sentence there.
     */
    static WindowStart windowDatabase(String[] args, java.util.Map<String, String> environment) {
        String db = null;
        boolean dbSeen = false;
        boolean eventSeen = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean isDb = "--db".equals(name);
            if (!isDb && !"--event".equals(name)) {
                return null;
            }
            if (isDb ? dbSeen : eventSeen) {
                return null;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                value = args[++i];
            } else {
                return null;
            }
            if (isDb) {
                dbSeen = true;
                db = value;
            } else {
                eventSeen = true;
            }
        }
        String named = db != null ? db : environment.get("CONFERENCEDESK_DB");
        if (named == null || named.isBlank()) {
            return new WindowStart(null);
        }
        try {
            if (org.conferencedesk.storage.DatabaseLocation.resolve(db, environment)
                    instanceof org.conferencedesk.storage.DatabaseLocation.PostgreSql) {
                return null;
            }
            return new WindowStart(DataFolder.resolveDatabase(db, environment).toAbsolutePath().toString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The user's language: the JVM's, unless the environment asks for Chinese (CONFERENCEDESK_LOCALE,
     * LC_ALL, LC_MESSAGES or LANG starting with "zh") on a system where that locale is not installed,
     * in which case the JVM falls back to English.
     */
    static Locale userLocale(Locale jvmDefault, java.util.Map<String, String> environment) {
        // CONFERENCEDESK_LOCALE: the user's own, kept by the launcher when it runs Java in C.UTF-8 so that
        // file names in any script can be read.
        for (String name : new String[] {"CONFERENCEDESK_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                return value.startsWith("zh") && !"zh".equals(jvmDefault.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : jvmDefault;
            }
        }
        return jvmDefault;
    }

    /**
     * The window opener that first makes {@code locale} the JVM's default, so that the window (which
     * reads {@code Locale.getDefault()} for its "system" language) speaks the same language as the
     * commands: with {@code LANG=zh_CN.UTF-8} on a system without that locale installed the JVM falls
     * back to English, and the window would otherwise open in English while the commands print Chinese.
     */
    static java.util.function.Consumer<String> windowIn(Locale locale, java.util.function.Consumer<String> opener) {
        return databaseFile -> {
            Locale.setDefault(locale);
            opener.accept(databaseFile);
        };
    }

    /** Kept in its own method so that the window's classes (JavaFX) load only when it is called. */
    private static void openWindow(String database) {
        org.conferencedesk.app.startup.DesktopLauncher.launch(database);
    }
}
