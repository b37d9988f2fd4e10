package org.conferencedesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes the big import files of the memory benchmark (docs/BENCHMARKS.md, issue 9 §6):
 * {@code ImportFiles guests|contracts ROWS FILE.csv}. Guests as {@link GuestImportBenchmark} writes
 * them (seed 2020), contracts as {@link ContractImportBenchmark} does.
 * {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.main=org.conferencedesk.bench.ImportFiles -Dbench="guests 100000 /tmp/g.csv"}
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        Path plain = Files.createTempFile("plain", ".csv");
        if ("guests".equals(args[0])) {
            GuestImportBenchmark.writeFiles(out, plain, rows, new Random(2020));
        } else {
            ContractImportBenchmark.writeFiles(out, plain, rows);
        }
        Files.delete(plain);
        System.out.println("Wrote " + rows + " " + args[0] + " to " + out + " (" + Files.size(out) / 1024 / 1024 + " MiB)");
    }
}
