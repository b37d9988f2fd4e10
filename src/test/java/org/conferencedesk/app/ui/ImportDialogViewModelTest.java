package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.app.ui.SpreadsheetImportViewModel.Step;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.SpreadsheetRow;
import org.conferencedesk.importexport.SpreadsheetTable;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportDialogViewModelTest {

    private static final Messages EN = Messages.of("ui", Locale.ENGLISH);
    private static final Messages ZH = Messages.of("ui", Locale.SIMPLIFIED_CHINESE);
    private static final Path FILE = Path.of("contracts.csv");

    /** A fake import service: a two-column preview, and whatever import outcome the test sets. */
    private static class FakeImporter implements ContractImporter {
        ImportOptions lastOptions;
        RuntimeException importFailure;
        List<ImportProblem> previewProblems = List.of();

        @Override
        public ImportPreview preview(long eventId, Path file, ImportOptions options) {
            lastOptions = options;
            Map<String, ContractField> mapping = new LinkedHashMap<>();
            mapping.put("项目名称", ContractField.PROJECT_NAME);
            mapping.putAll(options.mapping());
            int good = previewProblems.isEmpty() ? 2 : 1;
            return new ImportPreview("contracts.csv", SpreadsheetTable.Format.CSV, "GB18030", ',', List.of(), null,
                    List.of("项目名称", "金额（万元）"), mapping,
                    mapping.containsKey("金额（万元）") ? List.of() : List.of("金额（万元）"),
                    List.of(new SpreadsheetRow(2, List.of("智能装备产业园", "3,500")), new SpreadsheetRow(3, List.of("机器人小镇", "5.2亿"))),
                    2, good, previewProblems);
        }

        @Override
        public int importContracts(long eventId, Path file, ImportOptions options, ProgressMonitor monitor) {
            monitor.progress(1, 2, null);
            if (importFailure != null) {
                throw importFailure;
            }
            monitor.progress(2, 2, null);
            return 2;
        }
    }

    @Test
    void openingAFileShowsItsPreviewMappingAndDetectedEncoding() {
        FakeImporter importer = new FakeImporter();
        ImportDialogViewModel model = new ImportDialogViewModel(importer, 1L, new CurrentThreadTaskExecutor(), EN);
        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE_FILE);

        model.open(FILE);

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.fileDescriptionProperty().get())
                .isEqualTo("contracts.csv · encoding GB18030 · delimiter “,” · 2 rows, 2 ready");
        assertThat(model.mapping()).extracting(ImportDialogViewModel.ColumnMapping::header).containsExactly("项目名称", "金额（万元）");
        assertThat(model.mapping().get(0).fieldProperty().get()).isEqualTo(ContractField.PROJECT_NAME);
        assertThat(model.mapping().get(1).fieldProperty().get()).isNull();
        assertThat(model.firstRows()).containsExactly(List.of("2", "智能装备产业园", "3,500"), List.of("3", "机器人小镇", "5.2亿"));
        assertThat(model.canImportProperty().get()).isTrue();
    }

    @Test
    void choosingAFieldForAColumnReadsThePreviewAgainWithThatMapping() {
        FakeImporter importer = new FakeImporter();
        ImportDialogViewModel model = new ImportDialogViewModel(importer, 1L, new CurrentThreadTaskExecutor(), EN);
        model.open(FILE);

        model.mapping().get(1).fieldProperty().set(ContractField.AMOUNT);
        model.applyMapping();

        assertThat(importer.lastOptions.mapping()).containsEntry("金额（万元）", ContractField.AMOUNT)
                .containsEntry("项目名称", ContractField.PROJECT_NAME);
        assertThat(model.mapping().get(1).fieldProperty().get()).isEqualTo(ContractField.AMOUNT);
    }

    @Test
    void problemsInThePreviewAreListedWithLineAndColumnAndBlockTheImport() {
        FakeImporter importer = new FakeImporter();
        importer.previewProblems = List.of(new ImportProblem("contracts.csv", 3, "金额（万元）", "“5.2亿” 与列单位“万元”冲突"));
        ImportDialogViewModel model = new ImportDialogViewModel(importer, 1L, new CurrentThreadTaskExecutor(), ZH);

        model.open(FILE);

        assertThat(model.problems()).containsExactly("第 3 行，“金额（万元）”列：“5.2亿” 与列单位“万元”冲突");
        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void successfulImportEndsWithTheNumberImported() {
        ImportDialogViewModel model = new ImportDialogViewModel(new FakeImporter(), 1L, new CurrentThreadTaskExecutor(), EN);
        model.open(FILE);

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(model.resultTextProperty().get()).isEqualTo("2 contracts imported from contracts.csv.");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void rejectedImportListsEveryProblemAndCopiesThemAsText() {
        FakeImporter importer = new FakeImporter();
        importer.importFailure = new ImportRejectedException(List.of(
                new ImportProblem("contracts.csv", 7, "金额", "“about 5 billion” is not an amount"),
                new ImportProblem("contracts.csv", 1234, null, "the row has 12 cells; the header has 10")));
        ImportDialogViewModel model = new ImportDialogViewModel(importer, 1L, new CurrentThreadTaskExecutor(), EN);
        model.open(FILE);

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.REJECTED);
        assertThat(model.resultTextProperty().get())
                .isEqualTo("Nothing was imported: 2 problem(s). Fix them in the file and import it again.");
        assertThat(model.problems()).containsExactly(
                "Line 7, column “金额”: “about 5 billion” is not an amount",
                "Line 1234: the row has 12 cells; the header has 10");
        assertThat(model.problemsAsText()).isEqualTo("Line 7, column “金额”: “about 5 billion” is not an amount"
                + System.lineSeparator() + "Line 1234: the row has 12 cells; the header has 10");
    }

    @Test
    void cancelledImportReturnsToThePreviewSayingNothingWasImported() {
        FakeImporter importer = new FakeImporter();
        importer.importFailure = new OperationCancelledException();
        ImportDialogViewModel model = new ImportDialogViewModel(importer, 1L, new CurrentThreadTaskExecutor(), EN);
        model.open(FILE);

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.resultTextProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
    }

    @Test
    void cancelAsksTheRunningImportToStop() {
        ImportDialogViewModel[] holder = new ImportDialogViewModel[1];
        FakeImporter importer = new FakeImporter() {
            @Override
            public int importContracts(long eventId, Path file, ImportOptions options, ProgressMonitor monitor) {
                holder[0].cancel();
                monitor.throwIfCancelled();
                return 2;
            }
        };
        holder[0] = new ImportDialogViewModel(importer, 1L, new CurrentThreadTaskExecutor(), EN);
        holder[0].open(FILE);

        holder[0].importNow();

        assertThat(holder[0].resultTextProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
    }

    @Test
    void sampleFileImportsThirtyProjectsWorth536Point3Yi(@TempDir Path dir) throws IOException {
        Path sample = Path.of("docs/samples/wimc-2020-signing-ceremony.csv");
        try (AppContext context = new AppContext(Database.openInMemory("import-" + UUID.randomUUID()))) {
            long eventId = context.events().create(Event.named("2020 World Intelligent Manufacturing Conference")).id();
            ImportDialogViewModel model = new ImportDialogViewModel(
                    ContractImporter.of(context.contractImport(), Locale.SIMPLIFIED_CHINESE), eventId, new CurrentThreadTaskExecutor(), ZH);

            model.open(sample);
            assertThat(model.problems()).isEmpty();
            assertThat(model.fileDescriptionProperty().get()).contains("共 30 行，30 行可导入");
            model.importNow();

            assertThat(model.resultTextProperty().get()).isEqualTo("已从 wimc-2020-signing-ceremony.csv 导入 30 个签约项目。");
            assertThat(MoneyFormat.headline(context.contracts().totals(eventId).signed().amount(), Locale.SIMPLIFIED_CHINESE))
                    .isEqualTo("536.3 亿元");
        }

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "项目名称,金额\n智能装备产业园,大约五亿\n", StandardCharsets.UTF_8);
        try (AppContext context = new AppContext(Database.openInMemory("import-" + UUID.randomUUID()))) {
            long eventId = context.events().create(Event.named("WIMC")).id();
            ImportDialogViewModel model = new ImportDialogViewModel(
                    ContractImporter.of(context.contractImport(), Locale.ENGLISH), eventId, new CurrentThreadTaskExecutor(), EN);
            model.open(bad);

            assertThat(model.problems()).singleElement().asString().startsWith("Line 2, column “金额”: ");
            assertThat(model.canImportProperty().get()).isFalse();
            assertThat(context.contracts().list(eventId)).isEmpty();
        }
    }
}
