package org.conferencedesk.contracts.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** What the contract import tests share: a fresh in-memory database with one event, the pipeline, files written for the test. */
abstract class ContractImportFixture {

    @TempDir
    Path folder;

    Database database;
    ContractService contracts;
    ImportService<Contract, ContractField> importer;
    EventRepository events;
    long eventId;

    /** The database the test runs on: H2 unless a test class says otherwise (issue 16). */
    org.conferencedesk.storage.TestDatabases.Backend backend() {
        return org.conferencedesk.storage.TestDatabases.Backend.H2;
    }

    @BeforeEach
    void openDatabase() {
        database = org.conferencedesk.storage.TestDatabases.open(backend());
        events = new EventRepository(database.dsl());
        eventId = events.insert(Event.named("WIMC 2020")).id();
        contracts = new ContractService(database, new ContractRepository(database.dsl()));
        importer = new ImportService<>(new ContractImportSpec(contracts));
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) { // null when the PostgreSQL variant was skipped before opening
            database.close();
        }
    }

    /** A UTF-8 file of these lines (CRLF), as Excel's "CSV UTF-8" writes it when {@code bom}. */
    Path csv(String name, boolean bom, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), (bom ? "\uFEFF" : "") + String.join("\r\n", lines) + "\r\n",
                StandardCharsets.UTF_8);
    }

    /** A UTF-8 file with a BOM. */
    Path csv(String name, String... lines) throws IOException {
        return csv(name, true, lines);
    }

    ImportResult<Contract> importFile(Path file, ImportOptions options) {
        return importer.importFile(eventId, file, options, ProgressMonitor.NONE, Locale.ENGLISH);
    }

    /** The problems of a refused import, after checking that nothing was imported. */
    List<ImportProblem> refused(Path file, ImportOptions options) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> importer.importFile(eventId, file, options, ProgressMonitor.NONE, Locale.ENGLISH));
        assertThat(e).as("the import is refused").isNotNull();
        assertThat(contracts.list(eventId)).as("nothing imported").isEmpty();
        return e.problems();
    }
}
