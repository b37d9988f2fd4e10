package org.conferencedesk.contracts.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.importexport.ImportNote;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, "Nothing miscounted", for contracts: every column of the file is accounted for, units
 * apply to the amounts, total rows are left out, and nothing else changes without a word. Each test
 * writes the kind of file organisers have and checks the figures to the fen, or the refusal naming
 * the column or the row.
 */
class ContractImportColumnsAndRowsTest extends ContractImportFixture {

    private ContractTotals totals() {
        return contracts.totals(eventId);
    }

    // ------------------------------------------------------------------------- Columns

    @Test
    void aStatusColumnHeaded签约状态CountsPlannedAndWithdrawnProjectsAsSuch() throws IOException {
        importFile(csv("status.csv", "项目名称,金额,签约状态", "甲,5亿元,已签约", "乙,3亿元,拟签约", "丙,2亿元,已撤回"),
                ImportOptions.DETECT);

        assertThat(totals().signed()).isEqualTo(new ContractTotals.CountAndAmount(1, new BigDecimal("500000000.00")));
        assertThat(totals().planned()).isEqualTo(new ContractTotals.CountAndAmount(1, new BigDecimal("300000000.00")));
        assertThat(contracts.list(eventId)).extracting(Contract::status)
                .containsExactly(ContractStatus.SIGNED, ContractStatus.PLANNED, ContractStatus.WITHDRAWN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"币别", "货币种类", "计价币种", "金额币种"})
    void aCurrencyColumnAsOrganisersHeadItKeepsDollarsOutOfTheYuanTotal(String header) throws IOException {
        importFile(csv("fx.csv", "项目名称,金额," + header, "美元项目,\"50,000,000\",USD", "人民币项目,1亿元,人民币"),
                ImportOptions.DETECT);

        assertThat(contracts.list(eventId)).extracting(Contract::currency, Contract::amount).containsExactly(
                tuple("USD", new BigDecimal("50000000.00")), tuple("CNY", new BigDecimal("100000000.00")));
        assertThat(totals().signed().amount()).isEqualTo(new BigDecimal("100000000.00"));
    }

    @Test
    void aUnitColumnAppliesToTheAmountsBesideIt() throws IOException {
        importFile(csv("unit.csv", "项目名称,金额,单位", "甲,5000,万元", "乙,5.2,亿元", "丙,800000,元"), ImportOptions.DETECT);

        assertThat(contracts.list(eventId)).extracting(Contract::amount).containsExactly(
                new BigDecimal("50000000.00"), new BigDecimal("520000000.00"), new BigDecimal("800000.00"));
        assertThat(totals().signed().amount()).isEqualTo(new BigDecimal("570800000.00"));
    }

    @Test
    void aUnitColumnSayingSomethingElseThanAUnitIsRefusedNamingTheRow() throws IOException {
        List<ImportProblem> problems = refused(csv("unit.csv", "项目名称,金额,单位", "甲,5000,万元", "乙,5.2,很多"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("单位");
            assertThat(p.reason()).contains("“很多”", "万元");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"金额/万元", "金额（万元）", "金额(万元)", "签约金额 / 万元"})
    void aUnitInTheAmountHeaderAppliesToItsBareNumbers(String header) throws IOException {
        importFile(csv("wan.csv", "项目名称," + header, "甲,5000", "乙,\"12,000.5\""), ImportOptions.DETECT);

        assertThat(contracts.list(eventId)).extracting(Contract::amount)
                .containsExactly(new BigDecimal("50000000.00"), new BigDecimal("120005000.00"));
    }

    @Test
    void mappingAHeaderThatCarriesAUnitKeepsTheUnit() throws IOException {
        Path file = csv("map.csv", "工程,合同额/万元", "甲,5000");

        importFile(file, ImportOptions.mapping(Map.of("工程", ContractField.PROJECT_NAME, "合同额/万元", ContractField.AMOUNT),
                Set.of()));

        assertThat(contracts.list(eventId)).extracting(Contract::amount).containsExactly(new BigDecimal("50000000.00"));
    }

    @Test
    void aValueWhoseOwnUnitContradictsTheUnitColumnIsRefused() throws IOException {
        List<ImportProblem> problems = refused(csv("both.csv", "项目名称,金额（万元）,单位", "甲,5000,亿元"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("单位");
            assertThat(p.reason()).contains("亿元", "万元");
        });
    }

    @Test
    void twoAmountColumnsAreRefusedNamingBoth() throws IOException {
        List<ImportProblem> problems = refused(csv("two.csv", "项目名称,投资额,签约金额", "甲,5亿元,3亿元"), ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("签约金额");
            assertThat(p.reason()).contains("“投资额” (column 2)", "“签约金额” (column 3)", "Amount");
        });
    }

    @Test
    void twoColumnsWithTheSameHeaderAreRefused() throws IOException {
        List<ImportProblem> problems = refused(csv("same.csv", "项目名称,金额,备注,备注", "甲,5亿元,一期,二期"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("备注");
            assertThat(p.reason()).contains("Two columns are headed “备注” (columns 3 and 4)");
        });
    }

    @Test
    void anUnknownColumnIsRefusedNamingItAndTheFieldsItCouldBeUntilItIsMappedOrIgnored() throws IOException {
        Path file = csv("unknown.csv", "项目名称,金额,投资主体性质,对接领导", "甲,5亿元,民营,张处长");

        List<ImportProblem> problems = refused(file, ImportOptions.DETECT);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(tuple(1, "投资主体性质"), tuple(1, "对接领导"));
        assertThat(problems.get(0).reason()).contains("The column “投资主体性质” is not recognised", "It could be: Investor (investor)",
                "--map \"投资主体性质=investor\"", "--map \"投资主体性质=ignore\"");

        ImportResult<Contract> result = importFile(file, ImportOptions.mapping(Map.of("投资主体性质", ContractField.NOTE),
                Set.of("对接领导")));
        assertThat(result.added()).isEqualTo(1);
        assertThat(contracts.list(eventId)).singleElement().satisfies(c -> assertThat(c.note()).isEqualTo("民营"));
    }

    @Test
    void aColumnWithoutAHeaderMustBeEmpty() throws IOException {
        List<ImportProblem> problems = refused(csv("blank.csv", "项目名称,,金额", "甲,,5亿元", "乙,江宁区,3亿元"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("“江宁区” in column 2, which has no header");
        });
    }

    // ---------------------------------------------------------------------------- Rows

    @Test
    void subtotalAndTotalRowsAreLeftOutWithANote() throws IOException {
        Path file = csv("totals.csv", "序号,项目名称,投资方,落户区域,金额",
                "1,甲项目,甲公司,江宁区,6亿元", "2,乙项目,乙公司,江宁区,2亿元", ",江宁区小计,,江宁区,8亿元",
                "3,丙项目,丙公司,浦口区,2亿元", ",合计,,,10亿元");

        ImportResult<Contract> result = importFile(file, ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(3);
        assertThat(totals().signed()).isEqualTo(new ContractTotals.CountAndAmount(3, new BigDecimal("1000000000.00")));
        assertThat(result.notes()).extracting(ImportNote::line, ImportNote::text).containsExactly(
                tuple(4, "“江宁区小计” is a total row, not a record: it is left out."),
                tuple(6, "“合计” is a total row, not a record: it is left out."));
    }

    @Test
    void aTotalThatDisagreesWithTheRowsItSumsIsReported() throws IOException {
        ImportResult<Contract> result = importFile(csv("wrong.csv", "项目名称,金额", "甲,6亿元", "乙,2亿元", "Total,9亿元"),
                ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(2);
        assertThat(result.notes()).extracting(ImportNote::line).containsExactly(4, 4);
        assertThat(result.notes().get(1).text())
                .isEqualTo("The total “Total” says 900,000,000.00, but the rows it sums come to 800,000,000.00. "
                        + "A row may be missing or wrong: check the file.");
    }

    @Test
    void aRowWithoutANameWhoseAmountIsTheSumOfTheRowsAboveIsATotalRow() throws IOException {
        ImportResult<Contract> result = importFile(csv("sum.csv", "项目名称,金额", "甲,6亿元", "乙,2亿元", ",8亿元"),
                ImportOptions.DETECT);

        assertThat(totals().signed()).isEqualTo(new ContractTotals.CountAndAmount(2, new BigDecimal("800000000.00")));
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.line()).isEqualTo(4);
            assertThat(n.text()).contains("no name", "equals the sum of the rows above");
        });
    }

    @Test
    void aRowWithoutANameThatIsNoSumIsStillRefused() throws IOException {
        List<ImportProblem> problems = refused(csv("noname.csv", "项目名称,金额", "甲,6亿元", "乙,2亿元", ",7亿元"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("项目名称");
        });
    }

    @Test
    void englishSubtotalAndTotalRowsAreLeftOutToo() throws IOException {
        ImportResult<Contract> result = importFile(csv("en.csv", "Project,Amount", "A,100", "B,200", "Subtotal,300",
                "C,50", "Total: ,350"), ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(3);
        assertThat(totals().signed().amount()).isEqualTo(new BigDecimal("350.00"));
        assertThat(result.notes()).hasSize(2);
    }

    @Test
    void aProjectWhoseNameMerelyContainsATotalWordIsARecord() throws IOException {
        importFile(csv("names.csv", "项目名称,投资方,金额", "联合计算中心,Total Energies,1亿元", "总计划研究院,甲,2亿元"),
                ImportOptions.DETECT);

        assertThat(totals().signed().count()).isEqualTo(2);
    }

    @Test
    void aZeroYuanContractAndUnlikelyDatesAreImportedWithANote() throws IOException {
        Path file = csv("odd.csv", "项目名称,金额,签约日期", "甲,0,2020-11-28", "乙,1亿元,1900-01-01", "丙,2亿元,9999-12-31");

        ImportPreview<Contract> preview = importer.preview(eventId, file, ImportOptions.DETECT, Locale.ENGLISH);
        assertThat(preview.canImport()).isTrue();
        assertThat(preview.notes()).extracting(ImportNote::line, ImportNote::column).containsExactly(
                tuple(2, "金额"), tuple(3, "签约日期"), tuple(4, "签约日期"));
        ImportResult<Contract> result = importFile(file, ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(3);
        assertThat(result.notes()).hasSize(3);
        assertThat(result.notes().get(0).text()).contains("0 yuan");
        assertThat(result.notes().get(1).text()).contains("1900-01-01");
        assertThat(contracts.list(eventId)).extracting(Contract::signedOn).containsExactly(
                LocalDate.of(2020, 11, 28), LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }

    @Test
    void aTabAtTheStartOrEndIsRefusedNotTrimmedOneInsideIsKept() throws IOException {
        List<ImportProblem> problems = refused(csv("tab.csv", "项目名称,投资方,金额", "\"\t智能工厂\",甲,1亿元",
                "\"'\t数字车间\",乙,1亿元", "机器人,\"丙公司\t\",1亿元"), ImportOptions.DETECT);
        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                tuple(2, "项目名称"), tuple(3, "项目名称"), tuple(4, "投资方"));
        assertThat(problems.get(0).reason()).startsWith("The text starts with a TAB character");
        assertThat(problems.get(2).reason()).startsWith("The text ends with a TAB character");

        importFile(csv("inside.csv", "项目名称,投资方,金额", "\"智能\t工厂\",甲,1亿元"), ImportOptions.DETECT);
        assertThat(contracts.list(eventId)).singleElement().satisfies(c -> assertThat(c.projectName()).isEqualTo("智能\t工厂"));
    }

    @Test
    void theYear0000IsRefusedNotMadeIntoYear1() throws IOException {
        List<ImportProblem> problems = refused(csv("zero.csv", "项目名称,金额,签约日期", "甲,1亿元,0000-11-28"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("签约日期");
            assertThat(p.reason()).contains("0000-11-28", "year 0000");
        });
    }

    @Test
    void aRowRepeatingAnEarlierRowOfTheFileIsRefused() throws IOException {
        List<ImportProblem> problems = refused(csv("repeat.csv", "项目名称,投资方,金额", "甲,A公司,1亿元", "乙,B公司,2亿元",
                "甲 ,Ａ公司,1亿元"), ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.reason()).contains("repeats line 2");
        });
    }

    @Test
    void aSumRowWithoutASavedResultIsATotalRowAndNotCountedTwice() throws IOException {
        Path file = org.conferencedesk.importexport.TestWorkbooks.write(folder.resolve("sum.xlsx"), w -> {
            Sheet sheet = w.createSheet("签约");
            org.conferencedesk.importexport.TestWorkbooks.row(sheet, 0, "项目名称", "区域", "金额（亿元）");
            org.conferencedesk.importexport.TestWorkbooks.row(sheet, 1, "机器人产业园", "江宁区", 8);
            org.conferencedesk.importexport.TestWorkbooks.row(sheet, 2, "智能装备基地", "江宁区", 2);
            Row total = sheet.createRow(3);
            total.createCell(2).setCellFormula("SUM(C2:C3)");
        });

        ImportResult<Contract> result = importFile(file, ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(2);
        assertThat(totals().signed().amount()).isEqualTo(new BigDecimal("1000000000.00"));
        assertThat(result.notes()).singleElement().satisfies(n -> {
            assertThat(n.line()).isEqualTo(4);
            assertThat(n.text()).contains("formula with no saved result");
        });
    }

    @Test
    void aUnitInATitleRowAboveTheHeaderAppliesToTheAmounts() throws IOException {
        Path book = org.conferencedesk.importexport.TestWorkbooks.write(folder.resolve("title.xlsx"), w -> {
            Sheet sheet = w.createSheet("签约");
            org.conferencedesk.importexport.TestWorkbooks.row(sheet, 0, "(单位：亿元)");
            org.conferencedesk.importexport.TestWorkbooks.row(sheet, 1, "项目名称", "投资方", "金额");
            org.conferencedesk.importexport.TestWorkbooks.row(sheet, 2, "机器人产业园", "甲公司", 8.2);
            org.conferencedesk.importexport.TestWorkbooks.row(sheet, 3, "智能装备基地", "乙公司", 1.8);
        });

        importFile(book, ImportOptions.DETECT);

        assertThat(contracts.list(eventId)).extracting(Contract::amount)
                .containsExactly(new BigDecimal("820000000.00"), new BigDecimal("180000000.00"));
        assertThat(totals().signed().amount()).isEqualTo(new BigDecimal("1000000000.00"));
    }

    @Test
    void aTitleWhoseUnitContradictsTheHeadersIsRefused() throws IOException {
        Path file = csv("both.csv", "2020年签约项目一览（单位：亿元）", "项目名称,投资方,金额（万元）", "甲,A公司,5000",
                "乙,B公司,3000");

        List<ImportProblem> problems = refused(file, ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("金额（万元）");
            assertThat(p.reason()).contains("万元", "亿元");
        });
    }

    @Test
    void aWorkbookImportsTheSameWayWithAUnitColumnAndATotalRow() throws IOException {
        Path file = folder.resolve("book.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("项目");
            String[][] rows = {{"项目名称", "金额", "单位"}, {"甲", "8.2", "亿元"}, {"乙", "1800", "万元"}, {"合计", "8.38", "亿元"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    if (r > 0 && c == 1) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
        }

        ImportResult<Contract> result = importFile(file, ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(2);
        assertThat(totals().signed().amount()).isEqualTo(new BigDecimal("838000000.00"));
        assertThat(result.notes()).singleElement().satisfies(n -> assertThat(n.line()).isEqualTo(4));
    }
}
