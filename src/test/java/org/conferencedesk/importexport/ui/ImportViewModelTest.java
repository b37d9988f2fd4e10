package org.conferencedesk.importexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.ui.ImportViewModel.Step;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.record.RecordField;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one import window's model, over the real pipelines of contracts and guests and an in-memory database. */
class ImportViewModelTest {

    @TempDir
    Path folder;

    private AppContext context;
    private long eventId;

    @BeforeEach
    void open() {
        context = new AppContext(Database.openInMemory(UUID.randomUUID().toString()));
        eventId = context.events().create(Event.named("WIMC 2020")).id();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private ImportViewModel<Guest> guests(Locale locale) {
        return new ImportViewModel<>(Importer.of(context.guestImport(), locale), eventId, new CurrentThreadTaskExecutor());
    }

    private ImportViewModel<Contract> contracts(Locale locale) {
        return new ImportViewModel<>(Importer.of(context.contractImport(), locale), eventId, new CurrentThreadTaskExecutor());
    }

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(folder.resolve(name), "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private List<String> names() {
        return context.guests().list(eventId).stream().map(Guest::fullName).toList();
    }

    /** A real importer; a test overrides what it needs. */
    private static class Delegating<R> implements Importer<R> {
        final Importer<R> real;

        Delegating(Importer<R> real) {
            this.real = real;
        }

        @Override
        public ImportPreview<R> preview(long id, Path file, ImportOptions options) {
            return real.preview(id, file, options);
        }

        @Override
        public ImportResult<R> importFile(long id, Path file, ImportOptions options, Map<Integer, DuplicateAction> decisions,
                                          ProgressMonitor monitor) {
            return real.importFile(id, file, options, decisions, monitor);
        }

        @Override
        public String bundle() {
            return real.bundle();
        }

        @Override
        public List<RecordField> fields() {
            return real.fields();
        }

        @Override
        public Set<DuplicateAction> duplicateActions() {
            return real.duplicateActions();
        }

        @Override
        public String displayName(R record) {
            return real.displayName(record);
        }

        @Override
        public String describe(Duplicate<R> duplicate) {
            return real.describe(duplicate);
        }

        @Override
        public Locale locale() {
            return real.locale();
        }
    }

    /** A real importer whose import does what the test says instead. */
    private static <R> Importer<R> failing(Importer<R> real, RuntimeException failure) {
        return new Delegating<>(real) {
            @Override
            public ImportResult<R> importFile(long id, Path file, ImportOptions options,
                                              Map<Integer, DuplicateAction> decisions, ProgressMonitor monitor) {
                monitor.progress(1, 2, null);
                throw failure;
            }
        };
    }

    @Test
    void aFileWhoseNumbersReadTwoWaysAsksForTheDecimalMarkInThePreviewAndImportsWithTheOneChosen() throws Exception {
        ImportViewModel<org.conferencedesk.exhibitors.ListedBooth> model = new ImportViewModel<>(
                Importer.of(context.boothImport(), Locale.ENGLISH), eventId, new CurrentThreadTaskExecutor());
        model.open(file("standliste.csv", "Halle;Standnummer;Standart;Fläche", "7;7R01;Freigelände;1.500",
                "7;7R02;Freigelände;2.250"));

        assertThat(model.problems()).singleElement().asString().contains("“1.500” (column “Fläche”, row 2)")
                .contains("Decimal mark of the numbers");
        assertThat(model.canImportProperty().get()).isFalse();

        model.decimalMarkProperty().set(org.conferencedesk.importexport.DecimalMark.COMMA);
        assertThat(model.problems()).isEmpty();
        assertThat(model.currentOptions().decimalMark()).isEqualTo(org.conferencedesk.importexport.DecimalMark.COMMA);
        assertThat(model.canImportProperty().get()).isTrue();
        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(context.booths().booths(eventId)).extracting(b -> b.areaM2().toPlainString())
                .containsExactly("1500.00", "2250.00");
    }

    @Test
    void previewShowsTheFileAndWhatEachColumnIsThenImportsEveryRow() throws Exception {
        ImportViewModel<Guest> model = guests(Locale.ENGLISH);
        assertThat(model.stepProperty().get()).isEqualTo(Step.CHOOSE_FILE);

        model.open(file("guests.csv", "姓名,工作单位,备注", "周济,中国工程院,", "李四,南京大学,"));

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.title()).isEqualTo("Import guests");
        assertThat(model.fileDescriptionProperty().get()).isEqualTo("guests.csv · encoding UTF-8 (BOM) · delimiter “,” · 2 rows, 2 ready");
        assertThat(model.mapping()).extracting(m -> m.fieldProperty().get())
                .containsExactly(GuestField.FULL_NAME, GuestField.ORGANISATION, GuestField.NOTES);
        assertThat(model.firstRows()).containsExactly(List.of("2", "周济", "中国工程院", ""), List.of("3", "李四", "南京大学", ""));
        assertThat(model.canImportProperty().get()).isTrue();

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(model.resultTextProperty().get()).isEqualTo("2 guests imported from guests.csv.");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(names()).containsExactly("周济", "李四");
    }

    @Test
    void aColumnNobodyRecognisesWaitsForAFieldOrToBeLeftOut() throws Exception {
        ImportViewModel<Guest> model = guests(Locale.ENGLISH);
        model.open(file("guests.csv", "姓名,座位号,工作单位", "周济,A-12,中国工程院"));

        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.mapping().get(1).undecided()).isTrue();
        assertThat(model.problems()).singleElement().asString()
                .startsWith("Line 1, column “座位号”: The column “座位号” is not recognised, so its data would be lost.");

        model.mapping().get(1).importedProperty().set(false);
        model.applyMapping();

        assertThat(model.problems()).isEmpty();
        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(model.currentOptions().ignored()).containsExactly("座位号");
        model.importNow();
        assertThat(context.guests().list(eventId)).singleElement()
                .satisfies(g -> assertThat(g.organisation()).isEqualTo("中国工程院"));
    }

    @Test
    void aColumnMappedByHandIsReadAgain() throws Exception {
        ImportViewModel<Guest> model = guests(Locale.ENGLISH);
        model.open(file("guests.csv", "Who,Where", "周济,北京"));
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.problems()).first().asString().startsWith("Line 1: No column for “Name” was recognised.");

        model.mapping().get(0).fieldProperty().set(GuestField.FULL_NAME);
        model.mapping().get(1).fieldProperty().set(GuestField.COUNTRY);
        model.applyMapping();

        assertThat(model.problems()).isEmpty();
        model.importNow();
        assertThat(context.guests().list(eventId)).singleElement().satisfies(g -> {
            assertThat(g.fullName()).isEqualTo("周济");
            assertThat(g.country()).isEqualTo("北京");
        });
    }

    @Test
    void eachNewCategoryIsAnsweredOnceInThePreviewMappedOrAddedAndTheImportFollows() throws Exception {
        ImportViewModel<Guest> model = guests(Locale.SIMPLIFIED_CHINESE);
        model.open(file("speakers.csv", "姓名,类别", "李开复,VIP", "王坚,演讲嘉宾", "马化腾,VIP"));

        assertThat(model.newValues()).extracting(NewValueChoice::written, NewValueChoice::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VIP", 2), org.assertj.core.groups.Tuple.tuple("演讲嘉宾", 1));
        assertThat(model.newValues().get(0).choices()).containsExactly("VIP", "院士", "专家", "企业代表", "政府官员", "媒体", "其他");
        assertThat(model.canImportProperty().get()).isFalse();

        model.newValues().get(0).answerProperty().set("院士");
        model.applyMapping();
        assertThat(model.problems()).hasSize(1);
        model.newValues().get(1).answerProperty().set("演讲嘉宾");
        model.applyMapping();
        assertThat(model.problems()).isEmpty();
        assertThat(model.newValues()).extracting(v -> v.answerProperty().get()).containsExactly("院士", "演讲嘉宾");
        model.importNow();

        assertThat(context.guests().list(eventId)).extracting(g -> g.fullName() + ":" + g.category().name())
                .containsExactly("李开复:ACADEMICIAN", "王坚:演讲嘉宾", "马化腾:ACADEMICIAN");
    }

    @Test
    void badRowsRefuseTheImportUnlessGoodRowsOnlyIsChosenForEveryRecordType() throws Exception {
        ImportViewModel<Guest> model = guests(Locale.SIMPLIFIED_CHINESE);
        model.open(file("guests.csv", "姓名,类别", "周济,院士", "李四,神仙"));

        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.problems()).containsExactly(
                "第 3 行，“类别”列：类别“神仙”不是本活动已有的值（第 3 行）。请把它对应到已有的值（院士、专家、企业代表、政府官员、媒体、其他），"
                        + "或添加为新值：在预览中选择，或在命令行用 --map-value \"类别:神仙=…\" 或 --add-values。");

        model.goodRowsOnlyProperty().set(true);
        assertThat(model.canImportProperty().get()).isTrue();
        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(model.resultTextProperty().get()).isEqualTo("已从 guests.csv 导入 1 位嘉宾。1 行因有问题未导入（见下方列表）。");
        assertThat(model.problems()).hasSize(1);
        assertThat(names()).containsExactly("周济");

        ImportViewModel<Contract> contracts = contracts(Locale.ENGLISH);
        contracts.open(file("contracts.csv", "项目名称,金额", "甲,1亿", "乙,大约五亿"));
        assertThat(contracts.canImportProperty().get()).isFalse();
        contracts.goodRowsOnlyProperty().set(true);
        contracts.importNow();
        assertThat(contracts.resultTextProperty().get())
                .isEqualTo("1 contract imported from contracts.csv. 1 row with problems was left out (listed below).");
        assertThat(context.contracts().list(eventId)).extracting(Contract::projectName).containsExactly("甲");
    }

    @Test
    void duplicateRowsAreListedWithAChoiceEachNameOnlyDefaultingToAdd() throws Exception {
        context.guests().save(Guest.named(eventId, "周济").withNotes("已在名单"));
        context.guests().save(Guest.named(eventId, "王五"));
        ImportViewModel<Guest> model = guests(Locale.ENGLISH);

        model.open(file("again.csv", "姓名,职务", "周济,院士", "新朋友,教授", "王五,处长"));

        assertThat(model.duplicates()).extracting(ImportViewModel.DuplicateRow::line).containsExactly(2, 4);
        assertThat(model.duplicates().get(0).description()).isEqualTo("周济 — same name");
        assertThat(model.duplicates()).allSatisfy(row -> assertThat(row.actionProperty().get()).isEqualTo(DuplicateAction.ADD));
        assertThat(model.fileDescriptionProperty().get()).endsWith("3 rows, 3 ready · 2 look like records already there");

        model.setAllDuplicates(DuplicateAction.MERGE);
        // "Merge" for all leaves a name-only match on "add"; a choice on the row itself merges it.
        assertThat(model.duplicates()).allSatisfy(row -> assertThat(row.actionProperty().get()).isEqualTo(DuplicateAction.ADD));
        model.duplicates().get(0).actionProperty().set(DuplicateAction.MERGE);
        model.duplicates().get(1).actionProperty().set(DuplicateAction.SKIP);
        model.importNow();

        assertThat(model.resultTextProperty().get())
                .isEqualTo("1 guest imported from again.csv. 1 row merged into records already there, 1 skipped.");
        assertThat(names()).containsExactly("周济", "王五", "新朋友");
        assertThat(context.guests().list(eventId).get(0).title()).isEqualTo("院士");
    }

    @Test
    void aRowSharingAnEmailWithAGuestOnTheListIsSkippedUnlessTheUserChoosesMerge() throws Exception {
        context.guests().save(new Guest(null, eventId, "孟斌", null, null, "上海交通大学", null,
                org.conferencedesk.guests.GuestCategory.EXPERT, null, org.conferencedesk.guests.Attendance.ON_SITE,
                org.conferencedesk.guests.InvitationStatus.CONFIRMED, null, "zj006@example.org", null, null, null));
        ImportViewModel<Guest> model = guests(Locale.ENGLISH);

        model.open(file("late.csv", "姓名,电子邮箱,职务", "孟 斌,ZJ006@EXAMPLE.ORG,总工程师", "新朋友,new@example.org,教授"));

        assertThat(model.duplicates()).extracting(ImportViewModel.DuplicateRow::line).containsExactly(2);
        assertThat(model.duplicates().get(0).actionProperty().get()).isEqualTo(DuplicateAction.SKIP);
        model.importNow();

        assertThat(names()).containsExactly("孟斌", "新朋友");
        assertThat(context.guests().list(eventId).get(0).title()).isNull();
    }

    @Test
    void contractsOfferNoDuplicateChoicesTheyRefuseRowsAlreadyThere() throws Exception {
        ImportViewModel<Contract> model = contracts(Locale.ENGLISH);
        assertThat(model.duplicateActions()).isEmpty();
        assertThat(model.fields()).containsExactly(ContractField.values());
    }

    @Test
    void rejectedImportListsEveryProblemAndCopiesThemAsText() throws Exception {
        RuntimeException rejected = new ImportRejectedException(List.of(
                new ImportProblem("contracts.csv", 7, "金额", "“about 5 billion” is not an amount"),
                new ImportProblem("contracts.csv", 1234, null, "the row has 12 cells; the header has 10")));
        ImportViewModel<Contract> model = new ImportViewModel<>(failing(Importer.of(context.contractImport(), Locale.ENGLISH),
                rejected), eventId, new CurrentThreadTaskExecutor());
        model.open(file("contracts.csv", "项目名称,金额", "甲,1亿"));

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.REJECTED);
        assertThat(model.resultTextProperty().get()).isEqualTo(
                "Nothing was imported: 2 problem(s). Fix them in the file and import it again, or import the good rows only.");
        assertThat(model.problems()).containsExactly(
                "Line 7, column “金额”: “about 5 billion” is not an amount",
                "Line 1234: the row has 12 cells; the header has 10");
        assertThat(model.problemsAsText()).isEqualTo("Line 7, column “金额”: “about 5 billion” is not an amount"
                + System.lineSeparator() + "Line 1234: the row has 12 cells; the header has 10");
    }

    @Test
    void cancellingImportsNothingAndGoesBackToThePreview() throws Exception {
        ImportViewModel<Guest> model = new ImportViewModel<>(failing(Importer.of(context.guestImport(), Locale.ENGLISH),
                new OperationCancelledException()), eventId, new CurrentThreadTaskExecutor());
        model.open(file("guests.csv", "姓名", "周济"));

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.resultTextProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
        assertThat(names()).isEmpty();
    }

    @Test
    void cancelAsksTheRunningImportToStop() throws Exception {
        ImportViewModel<?>[] holder = new ImportViewModel<?>[1];
        Importer<Contract> stopping = new Delegating<>(Importer.of(context.contractImport(), Locale.ENGLISH)) {
            @Override
            public ImportResult<Contract> importFile(long id, Path file, ImportOptions options,
                                                     Map<Integer, DuplicateAction> decisions, ProgressMonitor monitor) {
                holder[0].cancel();
                return real.importFile(id, file, options, decisions, monitor);
            }
        };
        holder[0] = new ImportViewModel<>(stopping, eventId, new CurrentThreadTaskExecutor());
        holder[0].open(file("contracts.csv", "项目名称,金额", "甲,1亿"));

        holder[0].importNow();

        assertThat(holder[0].resultTextProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
        assertThat(context.contracts().list(eventId)).isEmpty();
    }

    @Test
    void sampleFileImportsThirtyProjectsWorth536Point3Yi() {
        ImportViewModel<Contract> model = contracts(Locale.SIMPLIFIED_CHINESE);

        model.open(Path.of("docs/samples/wimc-2020-signing-ceremony.csv"));
        assertThat(model.problems()).isEmpty();
        assertThat(model.notes()).isEmpty();
        assertThat(model.fileDescriptionProperty().get()).contains("共 30 行，30 行可导入");
        model.importNow();

        assertThat(model.resultTextProperty().get()).isEqualTo("已从 wimc-2020-signing-ceremony.csv 导入 30 个签约项目。");
        assertThat(MoneyFormat.headline(context.contracts().totals(eventId).signed().amount(), Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("536.3 亿元");
    }

    @Test
    void aTotalRowIsLeftOutAndShownAsANote() throws Exception {
        ImportViewModel<Contract> model = contracts(Locale.ENGLISH);

        model.open(file("total.csv", "项目名称,投资方,金额", "甲,A公司,6亿元", "乙,B公司,4亿元", "合计,,10亿元"));

        assertThat(model.problems()).isEmpty();
        assertThat(model.notes()).containsExactly("Line 4: “合计” is a total row, not a record: it is left out.");
        model.importNow();
        assertThat(context.contracts().list(eventId)).hasSize(2);
        assertThat(model.notes()).hasSize(1);
    }
}
