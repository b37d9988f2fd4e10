package org.conferencedesk.app.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.EventCopyRepository;
import org.conferencedesk.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code copy --from FILE.mv.db|postgresql://… --to postgresql://…|FILE.mv.db [--event NAME]} (issue 16):
 * copies one event with every record and its audit trail from one database into another — a laptop's
 * file into a shared PostgreSQL database, or a shared database into a file for the ceremony laptop or
 * as a backup. All or nothing, checked by counts and totals to the fen before it commits
 * ({@link EventCopyRepository}); a target that already holds the event is refused. It takes the lock
 * of each file it opens; {@code --db} is not used.
 */
@Command(name = "copy", sortOptions = false)
final class CopyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATABASE", descriptionKey = "option.copyFrom")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "DATABASE", descriptionKey = "option.copyTo")
    private String to;

    @Override
    public Integer call() {
        ConferenceDeskCommand root = Commands.root(spec);
        Messages messages = root.messages();
        Map<String, String> environment = root.environment().environment();
        DatabaseLocation source = DatabaseLocation.parse(from);
        DatabaseLocation target = DatabaseLocation.parse(to);
        if (source.display().equals(target.display())) {
            throw new StorageException(messages.get("copy.same", source.display()), null);
        }
        if (source instanceof DatabaseLocation.H2File file && !Files.isRegularFile(Database.h2File(file.file()))) {
            throw new StorageException(messages.get("copy.noSource", source.display()), null);
        }
        Path created = target instanceof DatabaseLocation.H2File file && !Files.exists(Database.h2File(file.file()))
                ? Database.h2File(file.file()) : null;
        EventCopyRepository.Copied copied;
        try (Database in = open(root, source, environment); Database out = open(root, target, environment)) {
            copied = new EventCopyRepository().copy(in, out, root.eventName());
        } catch (RuntimeException e) {
            if (created != null) {
                // All or nothing: a file made for this copy goes again.
                deleteQuietly(created);
            }
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(messages.get(copied.idsKept() ? "copy.done" : "copy.doneRenumbered",
                copied.eventName(), source.display(), target.display()));
        copied.rows().forEach((table, rows) -> {
            if (rows > 0) {
                out.println(messages.get("copy.rows", table, rows));
            }
        });
        // The amounts in a currency (contracts, rates, deposits, agreed fees); areas and sizes are checked too, not shown.
        copied.totals().forEach((what, sum) -> {
            if (what.contains(" ")) {
                out.println(messages.get("copy.total", what, plain(sum)));
            }
        });
        out.flush();
        return ConferenceDeskCli.OK;
    }

    private static Database open(ConferenceDeskCommand root, DatabaseLocation location, Map<String, String> environment) {
        char[] password = null;
        if (location instanceof DatabaseLocation.H2File file && Database.isEncrypted(file.file())) {
            password = root.passwords().current(Database.h2File(file.file()));
        }
        return Database.open(location, password, environment);
    }

    private static String plain(BigDecimal sum) {
        return String.format(java.util.Locale.ROOT, "%,.2f", sum);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // Left behind empty; the sentence already says nothing was copied.
        }
    }
}
