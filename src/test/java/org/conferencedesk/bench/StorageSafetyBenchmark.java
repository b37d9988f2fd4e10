package org.conferencedesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.conferencedesk.storage.BackupService;
import org.conferencedesk.storage.Database;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What issue 9's storage safety costs with a large database (plain main; arguments: contracts, rounds):
 * <ul>
 *   <li>{@code backupNow} when nothing changed (the contents fingerprint, no zip) and after a change
 *       (fingerprint and zip), beside the floor {@code backupTo} (H2's BACKUP TO into a zip, no fingerprint);</li>
 *   <li>opening a file made at schema version 5 (an upgrade on a copy: copy, migrate, keep a zip of the file
 *       as it was, rename), beside the floor of opening the same file once it is up to date.</li>
 * </ul>
 * Prints the median of the rounds in ms.
 */
public final class StorageSafetyBenchmark {

    private StorageSafetyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Files.createTempDirectory("storage-bench-");
        Path template = folder.resolve("template/wimc.mv.db");
        oldDatabase(template, rows);
        System.out.printf("%,d contracts, file %,d bytes at schema version 5%n", rows, Files.size(template));

        List<Long> upgrade = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        List<Long> unchanged = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path h2File = Files.createDirectories(folder.resolve("round-" + round)).resolve("wimc.mv.db");
            Files.copy(template, h2File);
            long start = System.nanoTime();
            Database.openFile(h2File).close();
            upgrade.add(millisSince(start));
            start = System.nanoTime();
            try (Database database = Database.openFile(h2File)) {
                open.add(millisSince(start));
                BackupService backups = new BackupService(h2File, Clock.systemDefaultZone());
                backups.backupNow(database);
                start = System.nanoTime();
                backups.backupNow(database);
                unchanged.add(millisSince(start));
                database.dsl().execute("UPDATE contract SET amount = amount + 1 WHERE id = 1");
                start = System.nanoTime();
                backups.backupNow(database);
                changed.add(millisSince(start));
                start = System.nanoTime();
                backups.backupTo(database, folder.resolve("floor-" + round + ".zip"));
                floor.add(millisSince(start));
            }
        }
        System.out.println("| median of " + rounds + " | ms |");
        System.out.println("|---|---|");
        System.out.println("| open, up to date (floor) | " + median(open) + " |");
        System.out.println("| open with an upgrade from schema version 5 (copy, migrate, zip, rename) | " + median(upgrade) + " |");
        System.out.println("| backupTo (H2 BACKUP TO into a zip; floor) | " + median(floor) + " |");
        System.out.println("| backupNow, nothing changed (fingerprint only) | " + median(unchanged) + " |");
        System.out.println("| backupNow after a change (fingerprint and zip) | " + median(changed) + " |");
    }

    /** A file as schema version 5 left it, with {@code rows} contracts of one event. */
    private static void oldDatabase(Path h2File, int rows) throws Exception {
        Files.createDirectories(h2File.getParent());
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + Database.basePath(h2File));
        dataSource.setUser("sa");
        try (var keepOpen = dataSource.getConnection(); var s = keepOpen.createStatement()) {
            org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("5").load().migrate();
            s.execute("INSERT INTO event (id, name) VALUES (1, 'WIMC 2020')");
            s.execute("INSERT INTO contract (event_id, project_name, investor, partner, sector, district, amount) "
                    + "SELECT 1, '第' || X || '号项目', '投资方' || X, '江宁开发区', '机器人', '江宁区', X * 10000 FROM SYSTEM_RANGE(1, " + rows + ")");
            s.execute("SHUTDOWN");
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
