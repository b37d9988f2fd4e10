package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Child process of {@link DiskFullTest}, run inside its own mount namespace where the first argument is a
 * small tmpfs (a disk that really fills). Arguments: that folder, a database at schema version 3 (on
 * another disk), and a contracts CSV file (on another disk). Checks, printing one line per step:
 * <ol>
 *   <li>a new database on a full disk: the disk-full sentence, no file, nothing left behind; once there is
 *       room it is created;</li>
 *   <li>an upgrade on a full disk: the sentence, the file byte for byte as it was; once there is room it is
 *       upgraded with every row;</li>
 *   <li>{@code conferencedesk import contracts} on a disk that fills during the import: exit 1, the
 *       sentence (no H2 words); the database is never called damaged, and once there is room it opens
 *       with exactly the contracts it had.</li>
 * </ol>
 * Any failed check ends it with a stack trace and exit code 1.
 */
public final class DiskFullScenario {

    private DiskFullScenario() {
    }

    public static void main(String[] args) throws Exception {
        Path disk = Path.of(args[0]);
        Path oldDatabase = Path.of(args[1]);
        Path csv = Path.of(args[2]);
        try {
            newDatabase(disk.resolve("new/wimc.mv.db"));
            upgrade(disk.resolve("upgrade/wimc.mv.db"), oldDatabase);
            importCommand(disk.resolve("import/wimc.mv.db"), csv);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.out.flush();
            System.exit(1);
        }
        System.out.println("all steps passed");
    }

    private static void newDatabase(Path h2File) throws Exception {
        Files.createDirectories(h2File.getParent());
        Path filler = fill(h2File.getParent(), 64 * 1024);
        assertThatThrownBy(() -> Database.openFile(h2File))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(diskFullOnOpen(h2File));
                    assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).startsWith("存放数据库 " + h2File + " 的磁盘已满");
                });
        // The one-writer lock file (empty) may stay; no database, no scratch folder.
        assertThat(names(h2File.getParent())).containsExactlyInAnyOrder("filler", "wimc.lock");
        Files.delete(filler);
        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projects(database)).isEmpty();
        }
        System.out.println("new database: the disk is full, nothing left behind; created once there was room");
    }

    private static void upgrade(Path h2File, Path oldDatabase) throws Exception {
        Files.createDirectories(h2File.getParent());
        Files.copy(oldDatabase, h2File);
        String before = StorageFixtures.sha256(h2File);
        Path filler = fill(h2File.getParent(), 64 * 1024);
        assertThatThrownBy(() -> Database.openFile(h2File))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.getMessage()).isEqualTo(diskFullOnOpen(h2File)));
        assertThat(StorageFixtures.sha256(h2File)).isEqualTo(before);
        assertThat(names(h2File.getParent())).noneMatch(n -> n.startsWith("."));
        Files.delete(filler);
        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projectsWithAmounts(database)).containsExactlyElementsOf(StorageFixtures.OLD_PROJECTS);
        }
        System.out.println("upgrade: the disk is full, the file unchanged; upgraded with every row once there was room");
    }

    private static void importCommand(Path h2File, Path csv) throws Exception {
        try (Database database = Database.openFile(h2File)) {
            StorageFixtures.addContracts(database, "机器人产业园", "芯片项目");
        }
        Path filler = fill(h2File.getParent(), 1024 * 1024);
        Process cli = cli("--db", h2File.toString(), "--event", "WIMC 2020", "import", "contracts", csv.toString());
        String output = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(cli.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(output).isEqualTo(1);
        assertThat(output).as("the import's message").contains("The disk holding the database " + h2File
                + " is full, so the last change was not saved; everything saved before is kept.")
                .doesNotContain("MVStore", "General error", "org.h2", "SQL [");
        // While the disk is still full: never "damaged".
        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projects(database)).containsExactly("机器人产业园", "芯片项目");
        } catch (StorageException e) {
            assertThat(e).isNotInstanceOf(DatabaseUnusableException.class);
            assertThat(e.getMessage()).isEqualTo(diskFullOnOpen(h2File));
        }
        Files.delete(filler);
        try (Database database = Database.openFile(h2File)) {
            assertThat(StorageFixtures.projects(database)).containsExactly("机器人产业园", "芯片项目");
        }
        System.out.println("import: the disk is full, said in a sentence; the database opens with what it had once there was room");
    }

    private static String diskFullOnOpen(Path h2File) {
        return "The disk holding the database " + h2File + " is full, so it cannot be opened now. Nothing in it was changed. "
                + "Free some space on that disk (delete or move files, empty the trash), then try again.";
    }

    /** Fills the disk of {@code folder} with a file {@code filler}, then gives {@code leaveFree} bytes back. */
    private static Path fill(Path folder, long leaveFree) throws IOException {
        Path filler = folder.resolve("filler");
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer block = ByteBuffer.allocate(64 * 1024);
            while (true) {
                block.clear();
                try {
                    if (channel.write(block) == 0) {
                        break;
                    }
                } catch (IOException full) {
                    break;
                }
            }
            channel.truncate(Math.max(0, channel.size() - leaveFree));
        }
        return filler;
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * The command line ({@code org.conferencedesk.app.Main}) in a process of its own, in English; its stdout
     * (and the tests' console log) is dropped, its stderr is what the user reads.
     */
    private static Process cli(String... args) throws IOException {
        List<String> command = ChildJvm.command(org.conferencedesk.app.Main.class, List.of("-Duser.language=en", "-Duser.country=US",
                "-Dconferencedesk.logs=" + System.getProperty("java.io.tmpdir")), args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LANG", "C.UTF-8");
        return builder.start();
    }
}
