package org.conferencedesk.app;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.ProgressMonitor;

/**
 * Child process of {@link CrashSafetyTest}, killed with SIGKILL at a random moment. Arguments: the
 * database and a contract file. Opens the database, prints "ready", then forever: makes five edits,
 * then prints "importing", imports a file of new projects (written beside the given one) into event
 * "Imports" (one transaction) and prints "imported MILLISECONDS" (how long it took); edit N adds contract "edit N" of
 * N yuan to event "Edits" and sets the amount of contract "counter" to N yuan, then prints
 * "committed N" (after both have been saved) and flushes.
 */
public final class CrashChild {

    /** Event receiving the imports. */
    static final String IMPORTS = "Imports";
    /** Event receiving the edits. */
    static final String EDITS = "Edits";
    /** The contract whose amount each edit updates. */
    static final String COUNTER = "counter";

    private CrashChild() {
    }

    public static void main(String[] args) throws java.io.IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Path file = Path.of(args[1]);
        try (AppContext context = AppContext.openFile(Path.of(args[0]))) {
            Event imports = context.events().choose(IMPORTS, true);
            Event edits = context.events().choose(EDITS, true);
            Contract counter = context.contracts().list(edits.id()).stream()
                    .filter(c -> c.projectName().equals(COUNTER)).findFirst()
                    .orElseGet(() -> context.contracts().save(contract(edits.id(), COUNTER, 0)));
            int next = context.contracts().list(edits.id()).size(); // "counter" + edits 1..N-1
            out.println("ready");
            out.flush();
            while (true) {
                for (int i = 0; i < 5; i++, next++) {
                    context.contracts().save(contract(edits.id(), "edit " + next, next));
                    counter = context.contracts().save(new Contract(counter.id(), edits.id(), COUNTER, null, null, null, null,
                            BigDecimal.valueOf(next), "CNY", counter.signingOrder(), ContractStatus.SIGNED, null, null)
                            .withVersion(counter.version()));
                    out.println("committed " + next);
                    out.flush();
                }
                // Each round imports new projects: the same file again would be refused as already imported.
                int round = context.contracts().totals(imports.id()).total().count() / CrashSafetyTest.ROWS + 1;
                Path roundFile = CrashSafetyTest.contractFile(file.resolveSibling("round-" + round + ".csv"), round);
                out.println("importing");
                out.flush();
                long start = System.nanoTime();
                context.contractImport().importFile(imports.id(), roundFile, ImportOptions.DETECT, ProgressMonitor.NONE,
                        java.util.Locale.ENGLISH);
                out.println("imported " + (System.nanoTime() - start) / 1_000_000);
                out.flush();
            }
        }
    }

    private static Contract contract(long eventId, String project, long yuan) {
        return new Contract(null, eventId, project, null, null, null, null, BigDecimal.valueOf(yuan), "CNY",
                null, ContractStatus.SIGNED, null, null);
    }
}
