package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code restore FILE}: replaces the database with the backup in {@code FILE} (a zip written by
 * {@code backup} or the window). The backup is checked first; the database as it was is kept in
 * {@code backups/before-restore-NAME-TIME.zip}. Works on the closed file (it may be damaged), so no
 * window or other command may have it open. An encrypted backup needs its password
 * ({@code CONFERENCEDESK_PASSWORD} or asked for); the restored database keeps that password.
 */
@Command(name = "restore", sortOptions = false)
final class RestoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.restoreFile")
    private Path file;

    @Override
    public Integer call() {
        ConferenceDeskCommand root = Commands.root(spec);
        Messages messages = root.messages();
        BackupService backups = BackupService.of(root.databaseFile());
        char[] password = BackupService.isEncryptedBackup(file) ? root.passwords().current(file) : null;
        BackupService.Restored restored = backups.restore(file, password);
        var out = spec.commandLine().getOut();
        out.println(messages.get("restore.done", file, backups.databaseFile()));
        restored.previous().ifPresent(previous -> out.println(messages.get("restore.previous", previous)));
        out.flush();
        return ConferenceDeskCli.OK;
    }
}
