package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.io.ContractImportSpec;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.io.GuestImportSpec;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's save reads the file a second time (as it does for files of more than 5,000 rows):
 * the same records are saved, a row merged into an earlier one keeps the file's order, and a file
 * changed between the check and the save undoes everything.
 */
class ImportServiceTwoReadingsTest {

    @TempDir
    Path folder;

    private Database database;
    private ContractService contracts;
    private GuestService guests;
    private EventService events;
    private long eventId;

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        EventRepository repository = new EventRepository(database.dsl());
        eventId = repository.insert(Event.named("WIMC 2020")).id();
        events = new EventService(repository);
        contracts = new ContractService(database, new ContractRepository(database.dsl()));
        guests = new GuestService(database);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Path csv(String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    @Test
    void readingTheFileAgainSavesTheSameContractsInChunksAndPlacesTheUnorderedOnes() throws IOException {
        StringBuilder file = new StringBuilder("序号,项目名称,金额\r\n");
        for (int i = 1; i <= 2500; i++) {
            file.append(i % 2 == 0 ? "" : String.valueOf(10_000 + i)).append(",项目").append(i).append(",").append(i)
                    .append("万元\r\n");
        }
        Path many = Files.writeString(folder.resolve("many.csv"), file, StandardCharsets.UTF_8);
        ImportService<Contract, ContractField> twice = new ImportService<>(new ContractImportSpec(contracts), 0);

        ImportResult<Contract> result = twice.importFile(eventId, many, ImportOptions.DETECT, ProgressMonitor.NONE,
                Locale.ENGLISH);

        assertThat(result.added()).isEqualTo(2500);
        assertThat(contracts.totals(eventId).signed().amount()).isEqualTo(new BigDecimal("31262500000.00"));
        // Unordered rows go after every place the file gives (the highest is 12,499), in file order.
        assertThat(contracts.list(eventId).stream().filter(c -> c.projectName().equals("项目2")).findFirst().orElseThrow()
                .signingOrder()).isEqualTo(12_500);
        assertThat(contracts.list(eventId).stream().filter(c -> c.projectName().equals("项目2500")).findFirst().orElseThrow()
                .signingOrder()).isEqualTo(13_749);
    }

    @Test
    void aRowMergedIntoAnEarlierRowKeepsTheFilesOrder() throws IOException {
        ImportService<Guest, GuestField> twice = new ImportService<>(new GuestImportSpec(guests, events), 0);
        Path file = csv("g.csv", "姓名,邮箱,职务", "周济,zj@example.cn,", "李四,ls@example.cn,教授", "周济,zj@example.cn,院士",
                "王五,ww@example.cn,");

        ImportResult<Guest> result = twice.importFile(eventId, file, ImportOptions.DETECT.withDuplicates(DuplicateAction.MERGE),
                ProgressMonitor.NONE, Locale.ENGLISH);

        assertThat(result.added()).isEqualTo(3);
        assertThat(result.merged()).isEqualTo(1);
        assertThat(guests.list(eventId)).extracting(Guest::fullName, Guest::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("周济", "院士"), org.assertj.core.groups.Tuple.tuple("李四", "教授"),
                org.assertj.core.groups.Tuple.tuple("王五", null));
    }

    @Test
    void aFileChangedBetweenTheCheckAndTheSaveUndoesEverything() throws IOException {
        Path file = csv("c.csv", "项目名称,金额", "甲,1亿元", "乙,2亿元");
        ContractImportSpec real = new ContractImportSpec(contracts);
        ImportSpec<Contract, ContractField> changing = new DelegatingSpec(real) {
            @Override
            public int write(long event, String source, Consumer<RecordBatch<Contract>> rows) {
                try {
                    // Saved again in Excel while the import runs: the same rows, one amount changed.
                    Files.writeString(file, "项目名称,金额\r\n甲,1亿元\r\n乙,3亿元\r\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return real.write(event, source, rows);
            }
        };

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> new ImportService<>(changing, 0)
                .importFile(eventId, file, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("The file c.csv changed while it was being imported (saved again in Excel?). Nothing was "
                        + "imported; import it again."));
        assertThat(contracts.list(eventId)).isEmpty();
    }

    /** A record type as another one describes it, for a test to change one part. */
    private static class DelegatingSpec implements ImportSpec<Contract, ContractField> {
        private final ImportSpec<Contract, ContractField> real;

        DelegatingSpec(ImportSpec<Contract, ContractField> real) {
            this.real = real;
        }

        @Override
        public String name() {
            return real.name();
        }

        @Override
        public String bundle() {
            return real.bundle();
        }

        @Override
        public HeaderVocabulary<ContractField> headers() {
            return real.headers();
        }

        @Override
        public Set<ContractField> required() {
            return real.required();
        }

        @Override
        public ContractField nameField() {
            return real.nameField();
        }

        @Override
        public Set<ContractField> amountFields() {
            return real.amountFields();
        }

        @Override
        public RecordImport<Contract, ContractField> start(long eventId, Locale locale) {
            return real.start(eventId, locale);
        }

        @Override
        public int write(long eventId, String source, Consumer<RecordBatch<Contract>> rows) {
            return real.write(eventId, source, rows);
        }

        @Override
        public String displayName(Contract record) {
            return real.displayName(record);
        }
    }
}
