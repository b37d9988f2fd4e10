package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a process that imports a 5,000-row contract file in a loop and saves edits, at a
 * random moment, then reopens the database: it must open, hold only whole imports (a multiple of
 * 5,000 contracts) and every edit the process reported as committed. Repeated on the same file.
 * Bounded: at most {@value #KILLS} kills, and no new round after {@value #BUDGET_SECONDS} s.
 */
class CrashSafetyTest {

    static final int ROWS = 5_000;
    private static final int KILLS = 10;
    private static final int BUDGET_SECONDS = 40;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void killedInTheMiddleOfImportsAndEditsTheDatabaseOpensWithWholeImportsAndEveryCommittedEdit() throws Exception {
        Path db = folder.resolve("crash");
        Path csv = folder.resolve("contracts-5000.csv");
        Random random = new Random();
        long start = System.nanoTime();
        int kills = 0;
        int lastCommitted = 0;
        long imports = 0;
        int importsReported = 0;
        while (kills < KILLS && (kills < 3 || TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < BUDGET_SECONDS)) {
            Process child = ChildJvm.start(CrashChild.class, db.toString(), csv.toString());
            List<String> lines = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                        if (line.equals("ready")) {
                            ready.countDown();
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the process was killed
                }
            });
            reader.start();
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("the child opened the database; it printed " + lines).isTrue();
            Thread.sleep(200 + random.nextInt(1301));
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
            reader.join(10_000);
            kills++;
            for (String line : lines) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Math.max(lastCommitted, Integer.parseInt(line.substring("committed ".length())));
                } else if (line.equals("imported")) {
                    importsReported++;
                }
            }

            try (AppContext context = AppContext.openFile(db)) {
                Event importEvent = context.events().findByName(CrashChild.IMPORTS).orElseThrow();
                Event editEvent = context.events().findByName(CrashChild.EDITS).orElseThrow();
                int imported = context.contracts().list(importEvent.id()).size();
                assertThat(imported % ROWS).as("contracts after kill %d: an import is all there or not at all", kills).isZero();
                imports = imported / ROWS;
                assertThat(imports).as("every import the child reported is there").isGreaterThanOrEqualTo(importsReported);
                List<Contract> edits = context.contracts().list(editEvent.id());
                List<String> names = new ArrayList<>();
                edits.forEach(c -> names.add(c.projectName()));
                for (int n = 1; n <= lastCommitted; n++) {
                    assertThat(names).as("edit %d was reported committed", n).contains("edit " + n);
                }
                Contract counter = edits.stream().filter(c -> c.projectName().equals(CrashChild.COUNTER)).findFirst().orElseThrow();
                assertThat(counter.amount()).as("the counter's last committed update").isGreaterThanOrEqualTo(BigDecimal.valueOf(lastCommitted));
            }
        }
        System.out.printf("crash test: %d kills, %d imports found whole, %d committed edits all present%n",
                kills, imports, lastCommitted);
        assertThat(kills).isGreaterThanOrEqualTo(3);
    }

    /** Writes {@value #ROWS} contracts whose project names carry {@code round}, so every round is new. */
    static Path contractFile(Path file, int round) throws java.io.IOException {
        StringBuilder csv = new StringBuilder("项目名称,投资方,合作方,行业,区域,金额\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("第").append(round).append("轮项目").append(i).append(",投资方").append(i).append(",江宁开发区,机器人,江宁区,").append(i).append("万元\n");
        }
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
