package org.conferencedesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.GuestImportOptions;
import org.conferencedesk.importexport.GuestImportService;
import org.conferencedesk.importexport.SpreadsheetReader;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.Database;

/**
 * Where the time of a 100,000-row guest import goes (not JMH; a profiling aid): reading the file,
 * reading and checking (the preview: conversion, rules, duplicates), and the whole import, each
 * timed in rounds on the file {@link GuestImportBenchmark} writes.
 * {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.main=org.conferencedesk.bench.GuestImportPhases -Dbench=5}
 */
public final class GuestImportPhases {

    private GuestImportPhases() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path folder = Files.createTempDirectory("guest-phases");
        Path file = folder.resolve("guests.csv");
        GuestImportBenchmark.writeFiles(file, folder.resolve("plain.csv"), GuestImportBenchmark.ROWS, new Random(2020));
        GuestImportOptions options = GuestImportOptions.DETECT.withDuplicates(DuplicateAction.ADD);
        for (int r = 0; r < rounds; r++) {
            try (Database database = Database.openInMemory("phases-" + UUID.randomUUID())) {
                EventRepository events = new EventRepository(database.dsl());
                long eventId = events.insert(Event.named("Bench")).id();
                GuestImportService service = new GuestImportService(new GuestService(database), new EventService(events));
                long t0 = System.nanoTime();
                new SpreadsheetReader(Locale.ENGLISH).read(file, null, null, null);
                long t1 = System.nanoTime();
                service.preview(eventId, file, options, Locale.ENGLISH);
                long t2 = System.nanoTime();
                service.importGuests(eventId, file, options, ProgressMonitor.NONE, Locale.ENGLISH);
                long t3 = System.nanoTime();
                System.out.printf("round %d: read %d ms, read+check %d ms, import %d ms%n", r,
                        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            }
        }
    }
}
