package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 §3: a disk that fills while a new database is created, while an older one is upgraded, and
 * during an import. A real full disk: {@link DiskFullScenario} runs in a child JVM inside a user and mount
 * namespace ({@code unshare --user --map-root-user --mount}, no privileges needed where the kernel
 * allows unprivileged user namespaces, as Debian and Ubuntu do) on a 16 MB tmpfs (room for the three
 * databases with every migration: 8 MB was too little once V41 added columns to three tables).
 * Skipped, saying so, where namespaces are not allowed (some containers).
 */
class DiskFullTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aFullDiskIsNamedTheFileIsKeptAndItOpensAgainWhenThereIsRoom() throws Exception {
        assumeTrue(namespacesWork(), "unshare --user --mount cannot mount a tmpfs here; the full-disk test needs it");
        Path disk = Files.createDirectories(folder.resolve("disk"));
        Path oldDatabase = folder.resolve("old/wimc.mv.db");
        StorageFixtures.databaseAtVersion(oldDatabase, "3");
        Path csv = folder.resolve("contracts.csv");
        StringBuilder rows = new StringBuilder("项目名称,投资方,合作方,行业,区域,金额\n");
        for (int i = 1; i <= 40_000; i++) {
            rows.append("第").append(i).append("号项目,投资方").append(i).append(",江宁开发区,机器人,江宁区,").append(i).append("万元\n");
        }
        Files.writeString(csv, rows, StandardCharsets.UTF_8);

        List<String> command = new java.util.ArrayList<>(List.of("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                "mount -t tmpfs -o size=16m conferencedesk-full \"$0\" && exec \"$@\"", disk.toString()));
        command.addAll(ChildJvm.command(DiskFullScenario.class, List.of(), disk.toString(), oldDatabase.toString(), csv.toString()));
        Process scenario = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(scenario.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(scenario.waitFor(200, TimeUnit.SECONDS)).isTrue();
        System.out.print(output);

        assertThat(scenario.exitValue()).as(output).isZero();
        assertThat(output).contains("new database: the disk is full", "upgrade: the disk is full", "import: the disk is full",
                "all steps passed");
    }

    private static boolean namespacesWork() {
        try {
            Process probe = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
                    "mount -t tmpfs -o size=1m conferencedesk-probe /mnt 2>/dev/null || mount -t tmpfs -o size=1m conferencedesk-probe /tmp")
                    .redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
