package org.conferencedesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLocation;

/**
 * Issue 16's load test (plain main; arguments: desks, guests, seconds; defaults 20, 10000, 120): DESKS
 * simulated check-in desks, each a program of its own (its own {@link Database}, connection pool and
 * services, as a laptop), on a PostgreSQL database on loopback (the server named by
 * {@code CONFERENCEDESK_TEST_PG}, password in {@code PGPASSWORD}; a new database {@code pgops_bench_PID} made
 * and dropped). GUESTS guests are listed; every desk walks the whole list from its own starting point
 * (so desks meet on the same guests at the same moments) checking each in, and every fifth write edits
 * a guest's notes (read, change, save) instead. Runs until every guest is checked in or SECONDS pass.
 *
 * <p>Prints check-ins per second, the write latencies (median, 99th percentile, slowest), and the proof:
 * each desk's log of the check-ins it made (those the service said were new) and of its edits, against
 * the database at the end — the guests checked in equal the union of the logs, no guest is in two
 * desks' logs, every check-in time is the one its desk logged, each logged edit has its audit entry,
 * and every guest's notes are the last edit the audit trail recorded for it.
 */
public final class DeskLoadBenchmark {

    /** When the last check-in was made (System.nanoTime): check-ins per second count up to it, not the walk past it. */
    private static final java.util.concurrent.atomic.AtomicLong LAST_CHECK_IN = new java.util.concurrent.atomic.AtomicLong();

    private DeskLoadBenchmark() {
    }

    /** What one desk did: check-ins it made (guest → time), edits (guest → notes written), write latencies in µs. */
    private record DeskLog(Map<Long, Instant> checkIns, List<long[]> edits, List<String> notes, List<Long> latencies,
            int[] alreadyIn, int[] staleRefused) {
    }

    public static void main(String[] args) throws Exception {
        int desks = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int guestCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        String server = System.getenv("CONFERENCEDESK_TEST_PG");
        if (server == null) {
            throw new IllegalStateException("Set CONFERENCEDESK_TEST_PG and PGPASSWORD: eval \"$(.ci/postgres-cluster start)\"");
        }
        DatabaseLocation.PostgreSql admin = (DatabaseLocation.PostgreSql) DatabaseLocation.parse(server);
        String name = "pgops_bench_" + ProcessHandle.current().pid();
        DatabaseLocation.PostgreSql where = new DatabaseLocation.PostgreSql(admin.host(), admin.port(), name, admin.user());
        String password = System.getenv("PGPASSWORD");
        String login = admin.login(System.getenv());
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), login, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        try {
            run(where, desks, guestCount, seconds, login, password);
        } finally {
            try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), login, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    private static void run(DatabaseLocation.PostgreSql where, int desks, int guestCount, int seconds, String login,
            String password) throws Exception {
        long eventId;
        List<Long> ids;
        try (AppContext setup = new AppContext(Database.openPostgreSql(where, System.getenv()), Actor.named("setup"))) {
            eventId = setup.events().create(Event.named("WIMC 2020")).id();
            List<Guest> guests = new ArrayList<>();
            for (int i = 0; i < guestCount; i++) {
                guests.add(Guest.named(eventId, "嘉宾" + i));
            }
            setup.guests().addAll(eventId, guests, "bench");
            ids = setup.guests().list(eventId).stream().map(Guest::id).sorted().toList();
        }
        System.out.printf("%d desks, %,d guests, at most %d s, PostgreSQL on %s:%d%n", desks, ids.size(), seconds,
                where.host(), where.port());

        List<AppContext> contexts = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            contexts.add(new AppContext(Database.openPostgreSql(where, System.getenv()), Actor.named("desk" + d)));
        }
        List<DeskLog> logs = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            DeskLog log = new DeskLog(new HashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new int[1], new int[1]);
            logs.add(log);
            GuestService guests = contexts.get(d).guests();
            int offset = (int) ((long) ids.size() * d / desks);
            Random random = new Random(d);
            int desk = d;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    int writes = 0;
                    for (int i = 0; i < ids.size() && !stop.get(); i++) {
                        long id = ids.get((offset + i) % ids.size());
                        if (++writes % 5 == 0) {
                            long edited = ids.get(random.nextInt(ids.size()));
                            String notes = "desk " + desk + " edit " + writes;
                            long t0 = System.nanoTime();
                            // A save over a copy another desk changed meanwhile (a check-in) is refused
                            // (optimistic locking, decision 0028): read it again and redo the edit, as the
                            // user does in the merge window.
                            while (true) {
                                Guest current = guests.find(edited).orElseThrow();
                                try {
                                    guests.save(current.withNotes(notes));
                                    break;
                                } catch (org.conferencedesk.shared.record.StaleEditException stale) {
                                    log.staleRefused()[0]++;
                                }
                            }
                            log.latencies().add((System.nanoTime() - t0) / 1000);
                            log.edits().add(new long[] {edited});
                            log.notes().add(notes);
                        }
                        long t0 = System.nanoTime();
                        GuestService.CheckIn result = guests.checkIn(eventId, id, Instant.now());
                        log.latencies().add((System.nanoTime() - t0) / 1000);
                        if (result.alreadyCheckedIn()) {
                            log.alreadyIn()[0]++;
                        } else {
                            log.checkIns().put(id, result.guest().checkedInAt());
                            LAST_CHECK_IN.accumulateAndGet(System.nanoTime(), Math::max);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "desk-" + d);
            threads.add(t);
            t.start();
        }
        long began = race(threads, start, stop, seconds);
        double elapsed = (System.nanoTime() - began) / 1e9;
        double toLast = (LAST_CHECK_IN.get() - began) / 1e9;
        contexts.forEach(AppContext::close);

        // The proof, read straight from the database.
        Map<Long, Instant> logged = new HashMap<>();
        int loggedCheckIns = 0;
        int doubled = 0;
        List<Long> latencies = new ArrayList<>();
        int edits = 0;
        int alreadyIn = 0;
        int staleRefused = 0;
        for (DeskLog log : logs) {
            loggedCheckIns += log.checkIns().size();
            for (Map.Entry<Long, Instant> e : log.checkIns().entrySet()) {
                if (logged.put(e.getKey(), e.getValue()) != null) {
                    doubled++;
                }
            }
            latencies.addAll(log.latencies());
            edits += log.edits().size();
            alreadyIn += log.alreadyIn()[0];
            staleRefused += log.staleRefused()[0];
        }
        int checkedIn = 0;
        int timeDiffers = 0;
        int notInLog = 0;
        int auditCheckIns = 0;
        int auditEdits = 0;
        int notesDiffer = 0;
        try (Connection c = DriverManager.getConnection(where.jdbcUrl(), login, password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT id, checked_in_at FROM guest WHERE checked_in_at IS NOT NULL")) {
                while (r.next()) {
                    checkedIn++;
                    Instant at = r.getObject(2, java.time.OffsetDateTime.class).toInstant();
                    Instant mine = logged.get(r.getLong(1));
                    if (mine == null) {
                        notInLog++;
                    } else if (!mine.equals(at)) {
                        timeDiffers++;
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM audit_entry WHERE record_type = 'guest' AND action = 'UPDATED'"
                    + " AND changes LIKE '%\"checkedInAt\"%'")) {
                r.next();
                auditCheckIns = r.getInt(1);
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM audit_entry WHERE record_type = 'guest' AND action = 'UPDATED'"
                    + " AND changes LIKE '%\"notes\"%'")) {
                r.next();
                auditEdits = r.getInt(1);
            }
            // Every guest's notes are the last notes its audit trail recorded (the last writer's edit, none lost).
            Map<Long, String> lastAudited = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT record_id, changes FROM audit_entry WHERE record_type = 'guest'"
                    + " AND changes LIKE '%\"notes\"%' ORDER BY id")) {
                while (r.next()) {
                    String changes = r.getString(2);
                    int at = changes.indexOf("\"after\"", changes.indexOf("\"notes\""));
                    String after = changes.substring(changes.indexOf('"', changes.indexOf(':', at) + 1) + 1);
                    lastAudited.put(r.getLong(1), after.substring(0, after.indexOf('"')));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, notes FROM guest WHERE notes IS NOT NULL")) {
                while (r.next()) {
                    if (!r.getString(2).equals(lastAudited.get(r.getLong(1)))) {
                        notesDiffer++;
                    }
                }
            }
        }
        Collections.sort(latencies);
        Set<String> writtenNotes = new HashSet<>();
        logs.forEach(l -> writtenNotes.addAll(l.notes()));
        System.out.printf("ran %.1f s: %,d check-ins by the desks' logs (%,d found already checked in), the last after %.1f s:"
                + " %.0f check-ins/s; %,d edits (%,d saves refused as made over an old copy, then redone)%n", elapsed, loggedCheckIns,
                alreadyIn, toLast, loggedCheckIns / toLast, edits, staleRefused);
        System.out.printf("writes: %,d; latency median %.1f ms, p99 %.1f ms, slowest %.1f ms%n", latencies.size(),
                pct(latencies, 0.50), pct(latencies, 0.99), latencies.get(latencies.size() - 1) / 1000.0);
        System.out.printf("database: %,d guests checked in; in two desks' logs: %d; checked in but in no log: %d;"
                + " time not the logged one: %d; audit check-in entries: %,d%n", checkedIn, doubled, notInLog, timeDiffers, auditCheckIns);
        System.out.printf("edits: %,d logged, %,d audited (distinct notes written: %,d); guests whose notes are not their last"
                + " audited edit: %d%n", edits, auditEdits, writtenNotes.size(), notesDiffer);
        boolean proven = checkedIn == loggedCheckIns && doubled == 0 && notInLog == 0 && timeDiffers == 0
                && auditCheckIns == loggedCheckIns && auditEdits == edits && notesDiffer == 0;
        System.out.println(proven ? "PROVEN: nothing lost, nothing counted twice" : "NOT PROVEN: see the figures above");
        floor(where, desks, ids, seconds, login, password);
    }

    /**
     * The floor: the same walk with no edits by plain JDBC, one connection per desk, autocommit, the bare
     * {@code UPDATE guest SET checked_in_at = now() WHERE id = ? AND checked_in_at IS NULL} (no lock, no
     * audit entry, no services).
     */
    private static void floor(DatabaseLocation.PostgreSql where, int desks, List<Long> ids, int seconds, String login,
            String password) throws Exception {
        try (Connection c = DriverManager.getConnection(where.jdbcUrl(), login, password); Statement s = c.createStatement()) {
            s.execute("UPDATE guest SET checked_in_at = NULL");
        }
        AtomicBoolean stop = new AtomicBoolean();
        List<List<Long>> latencies = new ArrayList<>();
        int[][] made = new int[desks][1];
        List<Thread> threads = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int d = 0; d < desks; d++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int offset = (int) ((long) ids.size() * d / desks);
            int desk = d;
            Thread t = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(where.jdbcUrl(), login, password);
                        java.sql.PreparedStatement update = c.prepareStatement(
                                "UPDATE guest SET checked_in_at = now() WHERE id = ? AND checked_in_at IS NULL")) {
                    start.await();
                    for (int i = 0; i < ids.size() && !stop.get(); i++) {
                        long t0 = System.nanoTime();
                        update.setLong(1, ids.get((offset + i) % ids.size()));
                        int n = update.executeUpdate();
                        made[desk][0] += n;
                        if (n > 0) {
                            LAST_CHECK_IN.accumulateAndGet(System.nanoTime(), Math::max);
                        }
                        mine.add((System.nanoTime() - t0) / 1000);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "floor-" + d);
            threads.add(t);
            t.start();
        }
        long began = race(threads, start, stop, seconds);
        double elapsed = (LAST_CHECK_IN.get() - began) / 1e9;
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        int total = 0;
        for (int[] m : made) {
            total += m[0];
        }
        System.out.printf("floor (plain JDBC UPDATE, no edits): last check-in after %.1f s, %,d check-ins, %.0f check-ins/s; %,d writes,"
                + " median %.1f ms, p99 %.1f ms, slowest %.1f ms%n", elapsed, total, total / elapsed, all.size(),
                pct(all, 0.50), pct(all, 0.99), all.get(all.size() - 1) / 1000.0);
    }

    /** Starts the desks together, stops them after {@code seconds} (or when done), and returns when they began (nanoTime). */
    private static long race(List<Thread> threads, CountDownLatch start, AtomicBoolean stop, int seconds) throws InterruptedException {
        long began = System.nanoTime();
        LAST_CHECK_IN.set(began);
        start.countDown();
        for (Thread t : threads) {
            t.join(Math.max(1, seconds * 1000L - (System.nanoTime() - began) / 1_000_000));
            if (t.isAlive()) {
                stop.set(true);
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        return began;
    }

    private static double pct(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1000.0;
    }
}
