package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferencedesk.storage.EncryptionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code encryption set|change|remove}: encrypts the closed database with a password, changes it, or
 * removes it (H2's AES file encryption; {@link EncryptionService}). The current password comes from
 * {@code CONFERENCEDESK_PASSWORD} or is asked for; the new one from {@code CONFERENCEDESK_NEW_PASSWORD}
 * or is asked for twice. The file as it was is kept in {@code backups/before-encryption-NAME-TIME.zip}.
 */
@Command(name = "encryption", sortOptions = false,
        subcommands = {EncryptionCommand.Set.class, EncryptionCommand.Change.class, EncryptionCommand.Remove.class})
final class EncryptionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a subcommand: says whether the database is encrypted. */
    @Override
    public Integer call() {
        ConferenceDeskCommand root = Commands.root(spec);
        EncryptionService encryption = EncryptionService.of(root.existingDatabaseFile());
        // Run by the window: its database is open, and reading the file's header would drop H2's own lock on it.
        var window = root.environment().windowDatabase();
        boolean encrypted = window != null ? window.encrypted() : encryption.isEncrypted();
        spec.commandLine().getOut().println(root.messages().get(encrypted
                ? "encryption.isEncrypted" : "encryption.isPlain", encryption.databaseFile()));
        return ConferenceDeskCli.OK;
    }

    private static int done(CommandSpec spec, String key, EncryptionService encryption, Path kept) {
        ConferenceDeskCommand root = Commands.root(spec);
        var out = spec.commandLine().getOut();
        out.println(root.messages().get(key, encryption.databaseFile()));
        // After set and change the copy is the converted file (never readable without the new password).
        out.println(root.messages().get("encryption.removed".equals(key) ? "encryption.kept" : "encryption.keptEncrypted", kept));
        out.flush();
        return ConferenceDeskCli.OK;
    }

    /** {@code encryption set}: encrypts a database that is not encrypted. */
    @Command(name = "set")
    static final class Set implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            EncryptionService encryption = EncryptionService.of(root.existingDatabaseFile());
            java.util.List<Path> plain = encryption.plainBackups();
            Path kept = encryption.encrypt(root.passwords().fresh());
            done(spec, "encryption.set", encryption, kept);
            // The backups taken before are encrypted too; one that could not be (damaged) is named.
            java.util.List<Path> left = encryption.plainBackups();
            var out = spec.commandLine().getOut();
            if (plain.size() > left.size()) {
                out.println(root.messages().get("encryption.backupsEncrypted", plain.size() - left.size()));
            }
            for (Path backup : left) {
                out.println(root.messages().get("encryption.backupLeft", backup));
            }
            out.flush();
            return ConferenceDeskCli.OK;
        }
    }

    /** {@code encryption change}: changes the password of an encrypted database. */
    @Command(name = "change")
    static final class Change implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            EncryptionService encryption = EncryptionService.of(root.existingDatabaseFile());
            char[] current = encryption.isEncrypted() ? root.passwords().current(encryption.databaseFile()) : null;
            Path kept = encryption.changePassword(current, root.passwords().fresh());
            return done(spec, "encryption.changed", encryption, kept);
        }
    }

    /** {@code encryption remove}: decrypts an encrypted database; it then opens without a password. */
    @Command(name = "remove")
    static final class Remove implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            EncryptionService encryption = EncryptionService.of(root.existingDatabaseFile());
            char[] current = encryption.isEncrypted() ? root.passwords().current(encryption.databaseFile()) : null;
            Path kept = encryption.removeEncryption(current);
            return done(spec, "encryption.removed", encryption, kept);
        }
    }
}
