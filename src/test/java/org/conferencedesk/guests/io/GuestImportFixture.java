package org.conferencedesk.guests.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the guest import tests share: a fresh in-memory database with one event, the import and the export, files written for the test. */
abstract class GuestImportFixture {

    @TempDir
    Path folder;

    Database database;
    GuestService guests;
    ImportService<Guest, GuestField> importer;
    ExportService<Guest> exporter;
    long eventId;

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        EventRepository events = new EventRepository(database.dsl());
        eventId = events.insert(Event.named("WIMC 2020")).id();
        guests = new GuestService(database);
        importer = new ImportService<>(new GuestImportSpec(guests, new EventService(events)));
        exporter = new ExportService<>(new GuestExportSpec(guests, new EventService(events)));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    ImportResult<Guest> importFile(Path file, ImportOptions options) {
        return importer.importFile(eventId, file, options, ProgressMonitor.NONE, Locale.ENGLISH);
    }

    /** A file of these lines (CRLF) in {@code charset}, with a UTF-8 BOM if {@code bom}. */
    Path csv(String name, Charset charset, boolean bom, String... lines) throws IOException {
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text);
        }
        return file;
    }
}
