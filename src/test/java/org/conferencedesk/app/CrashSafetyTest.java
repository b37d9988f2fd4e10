package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.KillableChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills (SIGKILL) a process that imports a 5,000-row contract file in a loop and saves edits, at a
 * seeded random moment after it started an import (within 1.3 times the last import's duration, so most
 * kills cut an import and some land in the edits after it), then reopens the database: it must open, hold only
 * whole imports (a multiple of 5,000 contracts), every import the process reported done and every edit
 * it reported committed. Repeated on the same file.
 *
 * <p>What it exists for is asserted: at least {@value #CUT_IMPORTS_WANTED} kills cut an import in the
 * middle (the process said "importing" and never "imported"). It goes on until that is so, at most
 * {@value #MAX_KILLS} kills. The seed is printed; {@code -Dconferencedesk.seed=N} repeats the same
 * delays (the moments they hit still depend on the machine's speed).
 */
class CrashSafetyTest {

    static final int ROWS = 5_000;
    private static final long SEED = Long.getLong("conferencedesk.seed", System.nanoTime());
    private static final int MIN_KILLS = 3;
    private static final int MAX_KILLS = 12;
    private static final int CUT_IMPORTS_WANTED = 2;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killedInTheMiddleOfImportsAndEditsTheDatabaseOpensWithWholeImportsAndEveryCommittedEdit() throws Exception {
        Path db = folder.resolve("crash");
        Path csv = folder.resolve("contracts-5000.csv");
        Random random = new Random(SEED);
        System.out.printf("crash test: seed %d (repeat with -Dconferencedesk.seed=%d)%n", SEED, SEED);
        int kills = 0;
        int cutImports = 0;
        int lastCommitted = 0;
        long imports = 0;
        int importsReported = 0;
        List<String> moments = new ArrayList<>();
        long importMillis = 600;
        while (kills < MIN_KILLS || (cutImports < CUT_IMPORTS_WANTED && kills < MAX_KILLS)) {
            KillableChild child = KillableChild.start(CrashChild.class, db.toString(), csv.toString());
            // The first child finishes one import (which then must be found whole, and tells how long an import
            // takes); the others are killed after they begin one.
            java.util.function.Predicate<String> from = kills == 0 ? l -> l.startsWith("imported ") : "importing"::equals;
            assertThat(child.awaitLine(from, 180, TimeUnit.SECONDS))
                    .as("the child opened the database and began an import; it printed %s", child.lines()).isTrue();
            if (kills == 0) {
                String first = child.lineStartingWith("imported ");
                importMillis = Math.max(100, Long.parseLong(first.substring("imported ".length())));
            }
            long delay = (long) (random.nextDouble() * importMillis * 1.3);
            Thread.sleep(delay);
            child.kill();
            kills++;
            String lastImportLine = null;
            for (String line : child.lines()) {
                if (line.startsWith("committed ")) {
                    lastCommitted = Math.max(lastCommitted, Integer.parseInt(line.substring("committed ".length())));
                } else if (line.startsWith("imported ")) {
                    importsReported++;
                    lastImportLine = "imported";
                    importMillis = Math.max(100, Long.parseLong(line.substring("imported ".length())));
                } else if (line.equals("importing")) {
                    lastImportLine = line;
                }
            }
            boolean cut = "importing".equals(lastImportLine);
            cutImports += cut ? 1 : 0;
            moments.add(delay + " ms" + (cut ? " (import cut)" : ""));

            try (AppContext context = AppContext.openFile(db)) {
                Event importEvent = context.events().findByName(CrashChild.IMPORTS).orElseThrow();
                Event editEvent = context.events().findByName(CrashChild.EDITS).orElseThrow();
                int imported = context.contracts().list(importEvent.id()).size();
                assertThat(imported % ROWS).as("contracts after kill %d (seed %d): an import is all there or not at all", kills, SEED).isZero();
                imports = imported / ROWS;
                assertThat(imports).as("every import the child reported is there (seed %d)", SEED).isGreaterThanOrEqualTo(importsReported);
                List<Contract> edits = context.contracts().list(editEvent.id());
                List<String> names = new ArrayList<>();
                edits.forEach(c -> names.add(c.projectName()));
                for (int n = 1; n <= lastCommitted; n++) {
                    assertThat(names).as("edit %d was reported committed (seed %d)", n, SEED).contains("edit " + n);
                }
                Contract counter = edits.stream().filter(c -> c.projectName().equals(CrashChild.COUNTER)).findFirst().orElseThrow();
                assertThat(counter.amount()).as("the counter's last committed update").isGreaterThanOrEqualTo(BigDecimal.valueOf(lastCommitted));
            }
        }
        System.out.printf("crash test: seed %d, %d kills after %s, %d imports cut in the middle, %d imports found whole, "
                + "%d committed edits all present%n", SEED, kills, moments, cutImports, imports, lastCommitted);
        assertThat(cutImports).as("kills that cut an import in the middle (seed %d): %s", SEED, moments)
                .isGreaterThanOrEqualTo(CUT_IMPORTS_WANTED);
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
