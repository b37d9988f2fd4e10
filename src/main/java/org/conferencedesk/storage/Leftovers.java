package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scratch copies of a database that a restore, an encryption change, or the creation, upgrade or
 * inspection of the file ({@link SchemaUpgrade}) makes beside it ({@code .NAME.restore-123…/},
 * {@code .NAME.encryption-123…/}, {@code .NAME.create-…/}, {@code .NAME.upgrade-…/},
 * {@code .NAME.inspect-…/}), and their removal when a killed run left them behind. Before encryption
 * finishes such a copy is readable without a password, so it must not outlive the run that made it
 * (issue 9 §4); an upgrade's copy is as large as the database.
 *
 * <p>{@link #removeFor} runs when a process takes the database's {@link DatabaseLock} afresh: no
 * other process can be using them then.
 */
final class Leftovers {

    private static final Logger LOG = LoggerFactory.getLogger(Leftovers.class);
    /** Scratch folders of earlier versions had no database name: {@code .encryption-123/}, {@code .restore-123/}. */
    private static final Pattern UNNAMED = Pattern.compile("\\.(encryption|restore)-\\d+");
    /** What scratch folders are made for. */
    static final List<String> PURPOSES = List.of("encryption", "restore", "create", "upgrade", "inspect");

    private Leftovers() {
    }

    /**
     * A new scratch folder beside the database for {@code purpose} (one of {@link #PURPOSES}), on the
     * same disk so that the final rename is one step: {@code .NAME.PURPOSE-123…/}.
     */
    static Path scratchFolder(Path h2File, String purpose) throws IOException {
        return Files.createTempDirectory(h2File.getParent(), "." + name(h2File) + "." + purpose + "-");
    }

    /**
     * Deletes the scratch folders a killed restore, encryption change, creation, upgrade or inspection of this database left beside
     * it, and the unnamed ones of earlier versions that hold this database's file (an encryption
     * change) or are older than an hour (a restore's copy of a backup). What cannot be deleted is logged.
     *
     * @param h2File the database ({@code ..../NAME.mv.db}); its lock must be held by this process
     */
    static void removeFor(Path h2File) {
        Path folder = h2File.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return;
        }
        Pattern named = Pattern.compile("\\." + Pattern.quote(name(h2File)) + "\\.(" + String.join("|", PURPOSES) + ")-\\d+");
        List<Path> found;
        try (Stream<Path> files = Files.list(folder)) {
            found = files.filter(Files::isDirectory).filter(f -> {
                String n = f.getFileName().toString();
                return named.matcher(n).matches() || UNNAMED.matcher(n).matches() && isUnnamedOurs(f, h2File);
            }).toList();
        } catch (IOException e) {
            LOG.debug("Scratch folders not listed in {}", folder, e);
            return;
        }
        for (Path f : found) {
            LOG.info("Removing {}, left by a restore or encryption change that did not finish", f);
            FileReplacement.deleteTree(f);
        }
    }

    private static boolean isUnnamedOurs(Path scratch, Path h2File) {
        if (Files.exists(scratch.resolve(h2File.getFileName()))) {
            return true;
        }
        try {
            return Files.getLastModifiedTime(scratch).toInstant().isBefore(Instant.now().minus(1, ChronoUnit.HOURS));
        } catch (IOException e) {
            return false;
        }
    }

    private static String name(Path h2File) {
        return Database.basePath(h2File).getFileName().toString();
    }
}
