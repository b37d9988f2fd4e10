package org.conferencedesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conferencedesk.app.WindowActivation;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseInUseException;
import org.conferencedesk.storage.DatabaseLock;
import org.conferencedesk.storage.StorageException;
import org.conferencedesk.storage.WrongPasswordException;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * How a command gets at its database (issue 9 §1, §5), around every command that touches one:
 * <ol>
 * <li>a command that needs an existing database and finds none says so where it would open it (after
 * its options are checked) and creates nothing (no file, no folder), naming a database of a similar
 * name if there is one ({@code --db wimc.db} when {@code wimc.mv.db} exists);</li>
 * <li>it takes the database's {@link DatabaseLock} before anything reads the file and keeps it until
 * the command is done, so no window or other command can change the database meanwhile;</li>
 * <li>if a window holds the database, a command that only reads ({@link #READ_ONLY}) is run by that
 * window over its open database ({@link WindowActivation#forward}), and its output is printed here;
 * any other command is refused with a sentence naming the window (or the command) that holds it;</li>
 * <li>a command that created a new database under a name with an ending of its own
 * ({@code --db wimc.db} makes {@code wimc.db.mv.db}) says which file it is.</li>
 * </ol>
 * Help, version and the window itself (no command) pass straight through.
 */
final class CommandSession implements CommandLine.IExecutionStrategy {

    /** Commands that only read the database, by their words: a window holding it runs them. */
    static final Set<String> READ_ONLY = Set.of("totals", "list contracts", "list guests", "list exhibitors", "list awards",
            "report", "plan", "certificates", "audit", "events list", "export contracts", "export guests", "export exhibitors",
            "export awards", "duplicates guests", "backup", "encryption");
    /** Commands that may create the database when there is none. */
    static final Set<String> MAY_CREATE = Set.of("import contracts", "import guests", "import exhibitors", "import booths",
            "import awards", "events create", "restore");

    /** Commands that name their databases themselves ({@code copy --from … --to …}) and lock each file they open. */
    static final Set<String> OWN_DATABASES = Set.of("copy");

    private final CliEnvironment environment;

    CommandSession(CliEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public int execute(ParseResult parseResult) {
        List<CommandLine> chain = parseResult.asCommandLineList();
        CommandLine leaf = chain.get(chain.size() - 1);
        boolean help = chain.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested());
        String name = words(leaf);
        if (environment.windowDatabase() != null && !help && !READ_ONLY.contains(name)) {
            // In the window: only what a command of its own would have been given (WindowActivation checks the secret).
            throw refused(leaf, new StorageException(messages().get("forward.onlyReading"), null));
        }
        if (help || chain.size() == 1 || !(leaf.getCommand() instanceof Callable<?> || leaf.getCommand() instanceof Runnable)
                || environment.windowDatabase() != null) {
            return run(parseResult);
        }
        ConferenceDeskCommand root = (ConferenceDeskCommand) chain.get(0).getCommand();
        if (OWN_DATABASES.contains(name)) {
            return run(parseResult);
        }
        try {
            if (root.onServer()) {
                // A shared PostgreSQL database (issue 16): no lock file, the server keeps writers apart and
                // says itself when the database is missing (docs/decisions/0026).
                return run(parseResult);
            }
        } catch (StorageException e) {
            throw refused(leaf, e);
        }
        Path given;
        try {
            given = root.databaseFile();
        } catch (java.nio.file.InvalidPathException e) {
            // Characters the system's locale cannot put in a file name (the launcher avoids this).
            throw refused(leaf, new StorageException(messages().get("database.badName", e.getInput()), e));
        }
        Path h2File = Database.h2File(given);
        boolean existed = Files.isRegularFile(h2File);
        if (!existed && !MAY_CREATE.contains(name)) {
            // Nothing to lock, and nothing may be created: the command checks its options (wrong usage
            // comes first), then meets this sentence where it would open the database.
            root.refuseMissingDatabase(noSuchDatabase(given, h2File));
            return run(parseResult);
        }
        DatabaseLock lock;
        try {
            lock = DatabaseLock.acquire(h2File, DatabaseLock.Program.COMMAND, name);
        } catch (DatabaseInUseException e) {
            if (READ_ONLY.contains(name) && e.holder().filter(h -> h.program() == DatabaseLock.Program.WINDOW).isPresent()) {
                return forward(parseResult, leaf, root, h2File, e);
            }
            throw refused(leaf, e);
        } catch (StorageException e) {
            throw refused(leaf, e);
        }
        try {
            int exitCode = run(parseResult);
            Optional<String> similar = similar(given, h2File);
            if (!existed && Files.isRegularFile(h2File) && (similar.isPresent() || isUnusualName(given))) {
                // --db wimc.db made wimc.db.mv.db: say so (H2 adds .mv.db to whatever it is given).
                PrintWriter err = leaf.getErr();
                err.println(messages().get("database.created", h2File) + similar.map(s -> " " + s).orElse(""));
                err.flush();
            }
            return exitCode;
        } finally {
            lock.close();
        }
    }

    private static int run(ParseResult parseResult) {
        return new CommandLine.RunLast().execute(parseResult);
    }

    /** The command's words without the program's name: {@code "list guests"}. */
    private static String words(CommandLine leaf) {
        String qualified = leaf.getCommandSpec().qualifiedName(" ");
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1);
    }

    /** Picocli hands an {@link CommandLine.ExecutionException}'s cause to the {@link ErrorReporter}. */
    private static CommandLine.ExecutionException refused(CommandLine leaf, StorageException e) {
        return new CommandLine.ExecutionException(leaf, e.getMessage(), e);
    }

    /** Runs the command in the window that holds the database; asks for the password once if the window wants it. */
    private int forward(ParseResult parseResult, CommandLine leaf, ConferenceDeskCommand root, Path h2File, DatabaseInUseException inUse) {
        PrintWriter out = leaf.getOut();
        PrintWriter err = leaf.getErr();
        String fromEnvironment = environment.environment().get(Passwords.PASSWORD);
        char[] password = fromEnvironment == null || fromEnvironment.isEmpty() ? null : fromEnvironment.toCharArray();
        for (int attempt = 0; attempt < 2; attempt++) {
            WindowActivation.CommandRequest request = new WindowActivation.CommandRequest(parseResult.originalArgs(),
                    Path.of("").toAbsolutePath(), environment.locale().toLanguageTag(), password);
            Optional<WindowActivation.CommandAnswer> answer;
            try {
                answer = WindowActivation.forward(h2File, request, out, err);
            } catch (IOException e) {
                throw refused(leaf, new StorageException(messages().get("forward.broken", h2File), e));
            }
            if (answer.isEmpty()) {
                // The window holds the lock but does not answer (still starting, or hung): say so, change nothing.
                throw refused(leaf, new StorageException(inUse.sentence(environment.locale()) + " "
                        + messages().get("forward.noAnswer"), inUse));
            }
            if (answer.get() instanceof WindowActivation.CommandAnswer.Ran ran) {
                return ran.exitCode();
            }
            if (attempt == 0 && password == null) {
                password = root.passwords().current(h2File);
            } else {
                break;
            }
        }
        throw refused(leaf, new WrongPasswordException(h2File));
    }

    /** A name with an ending of its own ({@code wimc.db}, {@code wimc.h2}), to which H2 adds {@code .mv.db}. */
    private static boolean isUnusualName(Path given) {
        return Database.basePath(given).getFileName().toString().contains(".");
    }

    private String noSuchDatabase(Path given, Path h2File) {
        return messages().get("database.none", h2File) + similar(given, h2File).map(s -> " " + s).orElse("");
    }

    /**
     * A sentence naming another database the user may have meant, if one exists: {@code --db wimc.db}
     * opens {@code wimc.db.mv.db} (H2 adds {@code .mv.db} to whatever it is given), while
     * {@code wimc.mv.db} is the one {@code --db wimc} opens.
     */
    private Optional<String> similar(Path given, Path h2File) {
        Path base = Database.basePath(given);
        String name = base.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            Path shorter = base.resolveSibling(name.substring(0, dot));
            Path other = Database.h2File(shorter);
            if (!other.equals(h2File) && Files.isRegularFile(other)) {
                return Optional.of(messages().get("database.similar", other, shorter));
            }
        }
        return Optional.empty();
    }

    private Messages messages() {
        return Messages.of("cli", environment.locale());
    }

}
