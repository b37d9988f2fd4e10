package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.app.ui.SpreadsheetImportViewModel.Step;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guest import dialog's model over the real import service and an in-memory database. */
class GuestImportDialogViewModelTest {

    private static final Messages EN = Messages.of("importexport", Locale.ENGLISH);
    private static final Messages ZH = Messages.of("importexport", Locale.SIMPLIFIED_CHINESE);

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

    private GuestImportDialogViewModel model(Messages messages) {
        return new GuestImportDialogViewModel(GuestImporter.of(context.guestImport(), messages.locale()), eventId,
                new CurrentThreadTaskExecutor(), messages);
    }

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(folder.resolve(name), "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private List<String> names() {
        return context.guests().list(eventId).stream().map(Guest::fullName).toList();
    }

    @Test
    void previewShowsTheFileMappingAndImportsEveryRow() throws Exception {
        GuestImportDialogViewModel model = model(EN);

        model.open(file("guests.csv", "姓名,工作单位,备注", "周济,中国工程院,", "李四,南京大学,"));

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.fileDescriptionProperty().get()).isEqualTo("guests.csv · encoding UTF-8 (BOM) · delimiter “,” · 2 rows, 2 ready");
        assertThat(model.mapping()).extracting(m -> m.fieldProperty().get())
                .containsExactly(GuestField.FULL_NAME, GuestField.ORGANISATION, GuestField.NOTES);
        assertThat(model.firstRows()).containsExactly(List.of("2", "周济", "中国工程院", ""), List.of("3", "李四", "南京大学", ""));
        assertThat(model.canImportProperty().get()).isTrue();

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(model.resultTextProperty().get()).isEqualTo("2 guests imported from guests.csv.");
        assertThat(names()).containsExactly("周济", "李四");
    }

    @Test
    void aColumnMappedByHandIsReadAgain() throws Exception {
        GuestImportDialogViewModel model = model(EN);
        model.open(file("guests.csv", "Who,Where", "周济,北京"));
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.problems()).singleElement().asString().startsWith("Line 1: No column for the guest's name");

        model.mapping().get(0).fieldProperty().set(GuestField.FULL_NAME);
        model.applyMapping();

        assertThat(model.problems()).isEmpty();
        model.importNow();
        assertThat(names()).containsExactly("周济");
    }

    @Test
    void badRowsRefuseTheImportUnlessGoodRowsOnlyIsChosen() throws Exception {
        GuestImportDialogViewModel model = model(ZH);
        model.open(file("guests.csv", "姓名,类别", "周济,院士", "李四,神仙"));

        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.problems()).containsExactly(
                "第 3 行，“类别”列：无法识别类别“神仙”。请填写 院士、专家、企业代表、政府官员、媒体 或 其他（留空即“其他”）。");

        model.goodRowsOnlyProperty().set(true);
        assertThat(model.canImportProperty().get()).isTrue();
        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(model.resultTextProperty().get()).isEqualTo("已从 guests.csv 导入 1 位嘉宾。1 行因有问题未导入（见下方列表）。");
        assertThat(model.problems()).hasSize(1);
        assertThat(names()).containsExactly("周济");
    }

    @Test
    void duplicateRowsAreListedWithAChoiceEachNameOnlyDefaultingToAdd() throws Exception {
        context.guests().save(Guest.named(eventId, "周济").withNotes("已在名单"));
        context.guests().save(Guest.named(eventId, "王五"));
        GuestImportDialogViewModel model = model(EN);

        model.open(file("again.csv", "姓名,职务", "周济,院士", "新朋友,教授", "王五,处长"));

        assertThat(model.duplicates()).extracting(GuestImportDialogViewModel.DuplicateRow::line).containsExactly(2, 4);
        assertThat(model.duplicates().get(0).description()).isEqualTo("周济 — same name");
        assertThat(model.duplicates()).allSatisfy(row -> assertThat(row.actionProperty().get()).isEqualTo(DuplicateAction.ADD));
        assertThat(model.fileDescriptionProperty().get()).endsWith("3 rows, 3 ready · 2 look like guests already on the list");

        model.setAllDuplicates(DuplicateAction.MERGE);
        // "Merge" for all leaves a name-only match on "add"; a choice on the row itself merges it.
        assertThat(model.duplicates()).allSatisfy(row -> assertThat(row.actionProperty().get()).isEqualTo(DuplicateAction.ADD));
        model.duplicates().get(0).actionProperty().set(DuplicateAction.MERGE);
        model.duplicates().get(1).actionProperty().set(DuplicateAction.SKIP);
        model.importNow();

        assertThat(model.resultTextProperty().get())
                .isEqualTo("1 guest imported from again.csv. 1 row merged into guests on the list, 1 skipped.");
        assertThat(names()).containsExactly("周济", "王五", "新朋友");
        assertThat(context.guests().list(eventId).get(0).title()).isEqualTo("院士");
    }

    @Test
    void aRowSharingAnEmailWithAGuestOnTheListIsSkippedUnlessTheUserChoosesMerge() throws Exception {
        context.guests().save(new Guest(null, eventId, "孟斌", null, null, "上海交通大学", null,
                org.conferencedesk.guests.GuestCategory.EXPERT, null, org.conferencedesk.guests.Attendance.ON_SITE,
                org.conferencedesk.guests.InvitationStatus.CONFIRMED, null, "zj006@example.org", null, null, null));
        GuestImportDialogViewModel model = model(EN);

        model.open(file("late.csv", "姓名,电子邮箱,职务", "孟 斌,ZJ006@EXAMPLE.ORG,总工程师", "新朋友,new@example.org,教授"));

        assertThat(model.duplicates()).extracting(GuestImportDialogViewModel.DuplicateRow::line).containsExactly(2);
        assertThat(model.duplicates().get(0).actionProperty().get()).isEqualTo(DuplicateAction.SKIP);
        model.importNow();

        assertThat(names()).containsExactly("孟斌", "新朋友");
        assertThat(context.guests().list(eventId).get(0).title()).isNull();
    }

    @Test
    void cancellingImportsNothingAndGoesBackToThePreview() throws Exception {
        GuestImporter cancelled = new GuestImporter() {
            @Override
            public org.conferencedesk.importexport.GuestImportPreview preview(long id, Path f,
                    org.conferencedesk.importexport.GuestImportOptions options) {
                return context.guestImport().preview(id, f, options, Locale.ENGLISH);
            }

            @Override
            public org.conferencedesk.importexport.GuestImportResult importGuests(long id, Path f,
                    org.conferencedesk.importexport.GuestImportOptions options, Map<Integer, DuplicateAction> decisions,
                    ProgressMonitor monitor) {
                throw new OperationCancelledException();
            }
        };
        GuestImportDialogViewModel model = new GuestImportDialogViewModel(cancelled, eventId, new CurrentThreadTaskExecutor(), EN);
        model.open(file("guests.csv", "姓名", "周济"));

        model.importNow();

        assertThat(model.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(model.resultTextProperty().get()).isEqualTo("Import cancelled; nothing was imported.");
        assertThat(names()).isEmpty();
    }
}
