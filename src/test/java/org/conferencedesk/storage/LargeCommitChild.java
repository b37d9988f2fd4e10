package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * Child process of {@link KillDuringCommitTest}. Arguments: a database file holding event 1, a number of
 * rows, a folder for snapshots, and the write to stop at. Adds that many contracts to event 1 in one
 * transaction with plain H2 (as an import does), prints "committing", and commits. Before each write H2
 * makes to the database file during the commit it copies the file as it is into the folder as
 * {@code before-write-N.mv.db}: exactly what a kill just before that write would leave (a SIGKILL changes
 * nothing in a file). At write N = the fourth argument it prints "stopped at write N" and waits to be
 * killed; if the commit returns first it prints "committed after W writes" and waits to be killed.
 */
public final class LargeCommitChild {

    private static final AtomicInteger WRITES = new AtomicInteger();
    private static volatile boolean armed;
    private static Path snapshots;
    private static int stopAt;

    private LargeCommitChild() {
    }

    public static void main(String[] args) throws Exception {
        FilePath.register(new Snapshotting());
        Path h2File = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        snapshots = Path.of(args[2]);
        stopAt = Integer.parseInt(args[3]);
        String url = "jdbc:h2:snapshotting:" + Database.basePath(h2File) + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO contract (event_id, project_name, investor, amount) "
                    + "SELECT 1, '第' || X || '号项目', '投资方' || X, 5200000000.00 FROM SYSTEM_RANGE(1, " + rows + ")");
            System.out.println("committing");
            System.out.flush();
            armed = true;
            c.commit();
            armed = false;
            System.out.println("committed after " + WRITES.get() + " writes");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    private static void beforeWrite(FilePath file) {
        if (!armed || !file.getName().endsWith(Database.H2_SUFFIX)) {
            return;
        }
        int n = WRITES.incrementAndGet();
        try {
            Files.copy(Path.of(file.toString()), snapshots.resolve("before-write-" + n + Database.H2_SUFFIX));
            if (n == stopAt) {
                System.out.println("stopped at write " + n);
                System.out.flush();
                Thread.sleep(600_000);
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** H2's file system with a hook before every write ({@code snapshotting:} in the URL). */
    public static final class Snapshotting extends FilePathWrapper {

        @Override
        public String getScheme() {
            return "snapshotting";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            FilePath base = getBase();
            FileChannel channel = base.open(mode);
            return new FileBase() {
                @Override
                public long position() throws IOException {
                    return channel.position();
                }

                @Override
                public FileChannel position(long newPosition) throws IOException {
                    channel.position(newPosition);
                    return this;
                }

                @Override
                public long size() throws IOException {
                    return channel.size();
                }

                @Override
                public int read(ByteBuffer dst) throws IOException {
                    return channel.read(dst);
                }

                @Override
                public int read(ByteBuffer dst, long position) throws IOException {
                    return channel.read(dst, position);
                }

                @Override
                public int write(ByteBuffer src) throws IOException {
                    beforeWrite(base);
                    return channel.write(src);
                }

                @Override
                public int write(ByteBuffer src, long position) throws IOException {
                    beforeWrite(base);
                    return channel.write(src, position);
                }

                @Override
                public FileChannel truncate(long size) throws IOException {
                    beforeWrite(base);
                    channel.truncate(size);
                    return this;
                }

                @Override
                public void force(boolean metaData) throws IOException {
                    channel.force(metaData);
                }

                @Override
                public FileLock tryLock(long position, long size, boolean shared) throws IOException {
                    return channel.tryLock(position, size, shared);
                }

                @Override
                protected void implCloseChannel() throws IOException {
                    channel.close();
                }
            };
        }
    }
}
