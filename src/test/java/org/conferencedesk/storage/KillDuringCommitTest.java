package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 §3: a kill around the commit of a large import. H2 finishes (or undoes) such a commit on the
 * next open; when the leftover is large, a read-only open cannot hold it in memory and fails with "This
 * store is read-only" although the file is intact. It must open, with all the rows or none, and never be
 * called damaged.
 *
 * <p>{@link LargeCommitChild} commits {@value #ROWS} contracts in one transaction and copies the file
 * before each write of the commit (what a kill at that moment leaves); it stops at write 2, where the
 * test kills it with SIGKILL. Every copy and the killed file are then opened. The test asserts that at
 * least one of them is such a file (H2 refuses to open it read-only), which is what it exists for.
 */
class KillDuringCommitTest {

    /** Enough rows for H2 2.3.232's leftover commit to outgrow a read-only open (150,000 did in a measurement). */
    private static final int ROWS = 150_000;

    @TempDir
    Path folder;

    private record State(String name, boolean readOnlyOpenFails, long contracts) {
    }

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void killedInTheMiddleOfALargeCommitTheFileOpensWithAllRowsOrNoneAndIsNeverCalledDamaged() throws Exception {
        Path h2File = folder.resolve("wimc.mv.db");
        try (Database database = Database.openFile(h2File)) {
            StorageFixtures.addContracts(database);
        }
        Path snapshots = Files.createDirectories(folder.resolve("snapshots"));

        KillableChild child = KillableChild.start(LargeCommitChild.class, h2File.toString(), String.valueOf(ROWS), snapshots.toString(), "2");
        assertThat(child.awaitLine(l -> l.startsWith("stopped at write") || l.startsWith("committed after"), 240, TimeUnit.SECONDS))
                .as("the child reached its commit: %s", child.lines()).isTrue();
        child.kill();

        List<Path> files = new ArrayList<>();
        try (Stream<Path> copies = Files.list(snapshots)) {
            copies.sorted().forEach(files::add);
        }
        files.add(h2File);
        List<State> states = new ArrayList<>();
        for (Path file : files) {
            Path own = Files.createDirectories(folder.resolve("open-" + states.size())).resolve("wimc.mv.db");
            Files.copy(file, own);
            boolean readOnlyFails = failsReadOnly(file);
            long contracts;
            try (Database database = Database.openFile(own)) {
                contracts = database.dsl().fetchSingle("SELECT COUNT(*) FROM contract").get(0, Long.class);
            }
            states.add(new State(file.getFileName().toString(), readOnlyFails, contracts));
            assertThat(contracts).as("%s: all or nothing", file.getFileName()).isIn(0L, (long) ROWS);
        }
        System.out.printf("kill around a commit of %,d rows: %s%n", ROWS, states);
        assertThat(states).as("a state H2 must recover before it can read it").anyMatch(State::readOnlyOpenFails);
    }

    /** Whether H2 refuses to open a copy of the file read-only (it would have to write to read it). */
    private boolean failsReadOnly(Path h2File) throws Exception {
        Path copy = Files.createTempDirectory(folder, "read-only-").resolve("wimc.mv.db");
        Files.copy(h2File, copy);
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + Database.basePath(copy) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
        dataSource.setUser("sa");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM contract").close();
            return false;
        } catch (SQLException e) {
            return e.getMessage().contains("read-only") || e.getErrorCode() == 90097;
        }
    }
}
