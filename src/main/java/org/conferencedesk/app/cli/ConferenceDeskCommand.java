package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.DataFolder;
import org.conferencedesk.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code conferencedesk [--db PATH] [--event NAME] [COMMAND]}: with no command it opens the window
 * on the database; with a command it runs headless. {@code --db} and {@code --event} may be given
 * before or after the command.
 */
@Command(name = "conferencedesk",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        subcommands = {
            ImportCommand.class,
            ExportCommand.class,
            ListCommand.class,
            TotalsCommand.class,
            ReportCommand.class,
            PlanCommand.class,
            CertificatesCommand.class,
            EventsCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            AuditCommand.class,
            EncryptionCommand.class,
            DuplicatesCommand.class,
            DuplicatesCommand.Merge.class,
            DuplicatesCommand.Unmerge.class,
            DuplicatesCommand.Distinct.class,
            DuplicatesCommand.Undistinct.class,
            CopyCommand.class,
            RolesCommand.class
        })
public final class ConferenceDeskCommand implements Callable<Integer> {

    private final CliEnvironment environment;
    /** Set when there is no database and the command may not create one: the sentence to say where it would open it. */
    private String missingDatabase;

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT, descriptionKey = "option.db")
    private String db;

    @Option(names = "--event", paramLabel = "NAME", scope = ScopeType.INHERIT, descriptionKey = "option.event")
    private String event;

    /** Creates the root command over the environment it runs in. */
    public ConferenceDeskCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    /** No command: opens the window on the database and returns when it is closed. */
    @Override
    public Integer call() {
        String named = db != null ? db : environment.environment().get("CONFERENCEDESK_DB");
        if (named == null || named.isBlank()) {
            // None named: the window opens what Settings › Database… chose, else the default file.
            environment.windowOpener().accept(null);
        } else {
            environment.windowOpener().accept(location() instanceof org.conferencedesk.storage.DatabaseLocation.PostgreSql server
                    ? server.display() : databaseFile().toAbsolutePath().toString());
        }
        return ConferenceDeskCli.OK;
    }

    /**
     * The database file: {@code --db}, else {@code CONFERENCEDESK_DB}, else the default one in the data
     * folder; in a command the window runs, the window's.
     */
    Path databaseFile() {
        if (environment.windowDatabase() != null) {
            return environment.windowDatabase().file().orElseThrow();
        }
        if (location() instanceof org.conferencedesk.storage.DatabaseLocation.PostgreSql server) {
            // backup, restore, encryption and the window work on a file (issue 16: not yet on a server).
            throw new StorageException(messages().get("database.fileOnly", server.display()), null);
        }
        return DataFolder.resolveDatabase(db, environment.environment());
    }

    /**
     * Where the database is: {@code --db}, else {@code CONFERENCEDESK_DB}, else the default file; a
     * {@code postgresql://HOST[:PORT]/DATABASE} address names a shared PostgreSQL database (issue 16).
     *
     * @throws StorageException if a PostgreSQL address is malformed (the sentence says how to write it)
     */
    org.conferencedesk.storage.DatabaseLocation location() {
        return org.conferencedesk.storage.DatabaseLocation.resolve(db, environment.environment());
    }

    /** Whether the command works on a shared PostgreSQL database (no lock file, no file to find first). */
    boolean onServer() {
        return environment.windowDatabase() == null
                && location() instanceof org.conferencedesk.storage.DatabaseLocation.PostgreSql;
    }

    /**
     * The database file, which must exist.
     *
     * @throws StorageException with the sentence {@link CommandSession} gave, if there is no database
     */
    Path existingDatabaseFile() {
        if (missingDatabase != null) {
            throw new StorageException(missingDatabase, null);
        }
        return databaseFile();
    }

    /** Called by {@link CommandSession}: there is no database, and this command may not make one. */
    void refuseMissingDatabase(String sentence) {
        this.missingDatabase = sentence;
    }

    /** The value of {@code --event}, or null. */
    String eventName() {
        return event;
    }

    /**
     * Opens (creating and migrating if needed) the database and builds the services over it; changes
     * are audited as "USER (command line)".
     */
    AppContext openContext() {
        if (onServer()) {
            return new AppContext(org.conferencedesk.storage.Database.openPostgreSql(
                    (org.conferencedesk.storage.DatabaseLocation.PostgreSql) location(), environment.environment()), Actor.commandLine());
        }
        existingDatabaseFile();
        if (environment.windowDatabase() != null) {
            // Run by the window for the command line: its database is open, and stays open afterwards.
            return AppContext.borrowing(environment.windowDatabase(), Actor.commandLine());
        }
        Path file = databaseFile();
        char[] password = org.conferencedesk.storage.Database.isEncrypted(file)
                ? passwords().current(org.conferencedesk.storage.Database.h2File(file)) : null;
        return AppContext.openFile(file, Actor.commandLine(), password);
    }

    /** Where passwords come from: {@code CONFERENCEDESK_PASSWORD} / {@code CONFERENCEDESK_NEW_PASSWORD}, else the console. */
    Passwords passwords() {
        return new Passwords(environment.environment(), messages());
    }

    /** Chooses the event a command works on ({@code --event}, or the only one); see EventService.choose. */
    Event chooseEvent(AppContext context, boolean createIfMissing) {
        return context.events().choose(event, createIfMissing);
    }

    /** The environment the command line runs in. */
    CliEnvironment environment() {
        return environment;
    }

    /** The user's locale (the system's). */
    Locale locale() {
        return environment.locale();
    }

    /** The command line's sentences in the user's language. */
    Messages messages() {
        return Messages.of("cli", environment.locale());
    }
}
