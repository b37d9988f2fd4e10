package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private AppContext context;
    private LiveContracts live;
    private Event event;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<ExportViewModel.Written> written = new ArrayList<>();

    @BeforeEach
    void open() {
        context = new AppContext(Database.openInMemory("export-" + UUID.randomUUID()));
        event = context.events().create(Event.named("WIMC 2020"));
        context.contractImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-signing-ceremony.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);
        live = new LiveContracts(context.contracts(), executor);
        live.show(event.id());
    }

    @AfterEach
    void close() {
        live.close();
        context.close();
    }

    private ExportViewModel model(Locale locale, StatusBarViewModel status) {
        ExportViewModel model = new ExportViewModel(context.report(),
                new SimpleObjectProperty<>(event), status, executor, dialogs, Messages.of("ui", locale));
        model.setOnWritten(written::add);
        return model;
    }

    @Test
    void csvExportWritesEveryContractAndSaysSoInTheStatusBar() throws IOException {
        StatusBarViewModel status = new StatusBarViewModel(java.util.List.of(), executor);
        ExportViewModel model = model(Locale.ENGLISH, status);
        Path out = dir.resolve("contracts.csv");

        model.export(context.contractExport(), out);

        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(31);
        assertThat(status.workTextProperty().get()).isEqualTo("Exported 30 contracts to contracts.csv.");
        assertThat(status.workingProperty().get()).isFalse();
        assertThat(written).extracting(ExportViewModel.Written::file).containsExactly(out);
        assertThat(status.writtenFileProperty().get()).isEqualTo(out);
        assertThat(model.canExportProperty().get()).isTrue();
    }

    @Test
    void pdfReportIsWrittenInTheWindowsLanguage() throws IOException {
        StatusBarViewModel status = new StatusBarViewModel(java.util.List.of(), executor);
        ExportViewModel model = model(Locale.SIMPLIFIED_CHINESE, status);
        Path out = dir.resolve("report.pdf");

        model.exportReport(out);

        assertThat(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(status.workTextProperty().get()).isEqualTo("PDF 报告已生成：report.pdf。");
        assertThat(model.suggestedFileName(".pdf")).isEqualTo("WIMC 2020 总结报告.pdf");
        assertThat(model.suggestedFileName(context.contractExport(), ".csv")).isEqualTo("WIMC 2020 签约项目.csv");
        assertThat(model.suggestedFileName(context.guestExport(), ".xlsx")).isEqualTo("WIMC 2020 嘉宾.xlsx");
    }

    @Test
    void guestsAreExportedThroughTheSameModelInTheWindowsLanguage() throws IOException {
        context.guests().save(org.conferencedesk.guests.Guest.named(event.id(), "周济"));
        StatusBarViewModel status = new StatusBarViewModel(java.util.List.of(), executor);
        ExportViewModel model = model(Locale.SIMPLIFIED_CHINESE, status);
        Path out = dir.resolve("嘉宾.csv");

        model.export(context.guestExport(), out);

        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8).get(0)).startsWith("\uFEFF姓名,另一写法,");
        assertThat(status.workTextProperty().get()).isEqualTo("已将 1 位嘉宾导出到 嘉宾.csv。");
    }

    @Test
    void anUnknownFileTypeIsReportedAndNothingWritten() {
        StatusBarViewModel status = new StatusBarViewModel(java.util.List.of(), executor);
        ExportViewModel model = model(Locale.ENGLISH, status);
        Path out = dir.resolve("contracts.txt");

        model.export(context.contractExport(), out);

        assertThat(dialogs.errorTitles).containsExactly("Export failed");
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not write " + out + ": ");
        assertThat(status.workTextProperty().get()).isEqualTo("Export to contracts.txt failed.");
        assertThat(written).isEmpty();
        assertThat(status.writtenFileProperty().get()).isNull();
        assertThat(out).doesNotExist();
    }

    @Test
    void cancellingTheReportFromTheStatusBarLeavesTheOldFileAndNoPart() throws IOException {
        StatusBarViewModel status = new StatusBarViewModel(java.util.List.of(), executor);
        ExportViewModel model = model(Locale.ENGLISH, status);
        Path out = dir.resolve("report.pdf");
        Files.writeString(out, "the report of yesterday");
        List<Double> seen = new ArrayList<>();
        // The user presses Cancel once the bar has moved: the work stops at its next step.
        status.progressProperty().addListener((o, was, now) -> {
            seen.add(now.doubleValue());
            if (now.doubleValue() > 0.1) {
                status.cancelWork();
            }
        });

        model.exportReport(out);

        assertThat(seen).anyMatch(p -> p > 0.1 && p < 1.0);
        assertThat(status.workTextProperty().get()).isEqualTo("PDF report cancelled: report.pdf was not written.");
        assertThat(status.workingProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        assertThat(written).isEmpty();
        assertThat(Files.readString(out)).isEqualTo("the report of yesterday");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.pdf");
        }
    }

    @Test
    void theReportHasTheFullListsOnlyWhenTheCheckboxIsTicked() throws IOException {
        context.guests().save(org.conferencedesk.guests.Guest.named(event.id(), "周济"));
        StatusBarViewModel status = new StatusBarViewModel(java.util.List.of(), executor);
        ExportViewModel model = model(Locale.SIMPLIFIED_CHINESE, status);
        Path without = dir.resolve("without.pdf");
        Path with = dir.resolve("with.pdf");

        model.exportReport(without);
        model.reportAppendicesProperty().set(true);
        model.exportReport(with);

        assertThat(org.conferencedesk.shared.pdf.PdfReadBack.text(Files.readAllBytes(without))).doesNotContain("周济");
        assertThat(org.conferencedesk.shared.pdf.PdfReadBack.text(Files.readAllBytes(with))).contains("嘉宾名单", "周济");
    }
}
