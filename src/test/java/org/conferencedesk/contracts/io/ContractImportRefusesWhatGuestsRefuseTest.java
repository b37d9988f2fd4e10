package org.conferencedesk.contracts.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.shared.ProgressMonitor;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the fixes that landed on the guest import only now reach contracts too, through the one
 * pipeline. One test each: duplicate columns, {@code --map X=ignore} for a header that is not
 * there, control characters, Excel error cells, headers and words in traditional characters,
 * progress reported every few hundred rows (not per row), export errors in the user's language.
 */
class ContractImportRefusesWhatGuestsRefuseTest extends ContractImportFixture {

    @Test
    void twoColumnsForOneFieldAreRefusedRatherThanTheSecondDropped() throws IOException {
        List<ImportProblem> problems = refused(csv("twice.csv", "项目名称,金额,项目,投资方", "甲,1亿元,乙,A公司"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("项目");
            assertThat(p.reason()).contains("“项目名称” (column 1)", "“项目” (column 3)", "--map \"项目=ignore\"");
        });
    }

    @Test
    void ignoringAHeaderThatIsNotThereIsRefusedAsATypo() throws IOException {
        List<ImportProblem> problems = refused(csv("typo.csv", "项目名称,金额,备注", "甲,1亿元,内部"),
                ImportOptions.mapping(Map.of(), Set.of("备住")));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason())
                .isEqualTo("No column is headed “备住”, so it cannot be mapped. The headers found are: “项目名称”, “金额”, “备注”."));
    }

    @Test
    void controlCharactersAreRefusedNamingTheCharacterButLineBreaksAndTabsInsideAreKept() throws IOException {
        List<ImportProblem> problems = refused(csv("ctrl.csv", "项目名称,投资方,金额,备注", "智能\u0007工厂,甲,1亿元,",
                "数字车间,乙\u0000公司,1亿元,"), ImportOptions.DETECT);
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(2, "项目名称"), tuple(3, "投资方"));
        assertThat(problems.get(0).reason()).contains("U+0007", "character 3");

        importer.importFile(eventId, csv("ok.csv", "项目名称,金额,备注", "智能工厂,1亿元,\"一期\n二期\t三期\""), ImportOptions.DETECT,
                ProgressMonitor.NONE, Locale.ENGLISH);
        assertThat(contracts.list(eventId)).singleElement().satisfies(c -> assertThat(c.note()).isEqualTo("一期\n二期\t三期"));
    }

    @Test
    void excelErrorCellsAreRefusedNotImportedAsText() throws IOException {
        Path file = folder.resolve("errors.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("项目");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("项目名称");
            header.createCell(1).setCellValue("投资方");
            header.createCell(2).setCellValue("金额");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("智能工厂");
            row.createCell(1).setCellErrorValue(FormulaError.REF.getCode());
            row.createCell(2).setCellValue("1亿元");
            workbook.write(out);
        }

        List<ImportProblem> problems = refused(file, ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("投资方");
            assertThat(p.reason()).contains("#REF!");
        });
    }

    @Test
    void headersAndWordsInTraditionalCharactersAreReadAndTextKeptAsWritten() throws IOException {
        importer.importFile(eventId, csv("tw.csv", "項目名稱,投資方,金額,簽約狀態,幣種", "智慧工廠,台積電,1億元,已簽約,人民幣",
                "機器人,鴻海,2億元,擬簽約,"), ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);

        assertThat(contracts.list(eventId)).extracting(Contract::projectName, Contract::investor, Contract::amount,
                Contract::status).containsExactly(
                tuple("智慧工廠", "台積電", new BigDecimal("100000000.00"), ContractStatus.SIGNED),
                tuple("機器人", "鴻海", new BigDecimal("200000000.00"), ContractStatus.PLANNED));
    }

    @Test
    void progressIsReportedEveryFewHundredRowsNotPerRow() throws IOException {
        StringBuilder file = new StringBuilder("项目名称,金额\r\n");
        for (int i = 1; i <= 1000; i++) {
            file.append("项目").append(i).append(",").append(i).append("万元\r\n");
        }
        Path many = Files.writeString(folder.resolve("many.csv"), file, StandardCharsets.UTF_8);
        List<Long> done = new java.util.concurrent.CopyOnWriteArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long d, long total, String what) {
                done.add(d);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        importer.importFile(eventId, many, ImportOptions.DETECT, monitor, Locale.ENGLISH);

        // Checking: rows 0, 256, 512, 768; saving: 1000 + the same; done: 2001.
        assertThat(done).containsExactly(0L, 256L, 512L, 768L, 1000L, 1256L, 1512L, 1768L, 2001L);
        assertThat(contracts.totals(eventId).signed().amount()).isEqualTo(new BigDecimal("5005000000.00"));
    }

    @Test
    void anExportThatCannotBeWrittenSaysSoInTheUsersLanguage() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");
        ExportService<ContractWithRunningTotal> exporter = new ExportService<>(new ContractExportSpec(contracts));

        UncheckedIOException e = catchThrowableOfType(UncheckedIOException.class,
                () -> exporter.export(eventId, notAFolder.resolve("contracts.csv"), Locale.SIMPLIFIED_CHINESE));

        assertThat(e.getMessage()).startsWith("无法写入 " + notAFolder.resolve("contracts.csv").toAbsolutePath() + "：")
                .contains("请换一个文件夹或文件名");
    }
}
