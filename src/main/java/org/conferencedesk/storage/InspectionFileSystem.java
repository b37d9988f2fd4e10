package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * H2's file system for {@link Database#inspect} (the scheme {@value #SCHEME}: in a URL or an MVStore file
 * name): the files are the same, but every channel H2 opens through it is closed by {@link #closeAll}
 * when the inspection ends. H2 2.3.232 leaves the file open, with its lock, when it refuses a read-only
 * open ("The database is read only", "This store is read-only") until the garbage collector happens to
 * close it: a later open of the same file in this process was then refused as in use, and the collector
 * closing that descriptor would release this process's POSIX lock on the file while it is open.
 *
 * <p>Public only because H2 makes the instances for each path reflectively; not for other use.
 */
public final class InspectionFileSystem extends FilePathWrapper {

    /** The scheme H2 is given. */
    static final String SCHEME = "cdinspect";

    private static final Logger LOG = LoggerFactory.getLogger(InspectionFileSystem.class);
    private static final Map<String, Set<FileChannel>> OPEN = new ConcurrentHashMap<>();

    static {
        FilePath.register(new InspectionFileSystem());
    }

    /** For H2: an instance is made for each path; use {@link #name(Path)}. */
    public InspectionFileSystem() {
        // H2 sets the wrapped path itself.
    }

    /** {@code file} (a database path, with or without {@code .mv.db}) as H2 is given it to open it through this file system. */
    static String name(Path file) {
        return SCHEME + ":" + file.toAbsolutePath();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = getBase().open(mode);
        OPEN.computeIfAbsent(getBase().toString(), k -> ConcurrentHashMap.newKeySet()).add(channel);
        return channel;
    }

    /**
     * Closes every channel H2 opened through this file system on {@code base} and the files named after
     * it ({@code base.mv.db}, {@code base.trace.db}); those H2 closed itself are closed already.
     *
     * @param base the database path without {@code .mv.db}, absolute
     */
    static void closeAll(Path base) {
        String prefix = base.toAbsolutePath().toString();
        OPEN.entrySet().removeIf(entry -> {
            if (!entry.getKey().startsWith(prefix)) {
                return false;
            }
            for (FileChannel channel : entry.getValue()) {
                if (channel.isOpen()) {
                    LOG.debug("Closing {}, left open by H2 after an inspection", entry.getKey());
                    try {
                        channel.close();
                    } catch (IOException e) {
                        LOG.debug("Not closed: {}", entry.getKey(), e);
                    }
                }
            }
            return true;
        });
    }
}
