package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code backup [--out FILE.zip]}: a consistent copy of the database (H2's {@code BACKUP TO}), a zip
 * that {@code restore} takes back. Without {@code --out} it goes into the {@code backups} folder
 * beside the database, rotated like the automatic backups. Like every command it refuses a database
 * that a window has open (one writer).
 */
@Command(name = "backup", sortOptions = false)
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE.zip", descriptionKey = "option.backupOut")
    private Path out;

    @Override
    public Integer call() {
        if (out != null) {
            Commands.requireEnding(spec, out, ".zip");
        }
        ConferenceDeskCommand root = Commands.root(spec);
        try (AppContext context = root.openContext()) {
            Path written = out == null ? context.backupNow() : context.backups().backupTo(context.database(), out);
            spec.commandLine().getOut().println(root.messages().get("backup.done", context.database().description(), written));
        }
        return ConferenceDeskCli.OK;
    }
}
