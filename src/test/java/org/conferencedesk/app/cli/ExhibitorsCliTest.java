package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothRate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import booths}, {@code import exhibitors}, {@code list exhibitors [--json]} and
 * {@code export exhibitors} on a database file: what they print, the JSON's names and decimals.
 */
class ExhibitorsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path db;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        db = folder.resolve("test");
        cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        try (AppContext context = AppContext.openFile(db)) {
            long eventId = context.events().create(new Event(null, "WIMC 2020", null, "Nanjing", null,
                    LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), null)).id();
            context.exhibitors().setRate(eventId, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
        }
    }

    private Path file(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    private void importBoothsAndExhibitors() throws IOException {
        Path booths = file("booths.csv", "Halle;Standnummer;Fläche", "5;A101;9", "5;A102;12,5", "5;0012;9");
        CliRunner.Result b = cli.run("--db", db.toString(), "import", "booths", booths.toString());
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(b.out()).contains("Imported 3 booths from booths.csv into \"WIMC 2020\".");
        Path exhibitors = file("exhibitors.csv", "企业名称,英文名称,展位号,付款状态", "南京埃斯顿自动化股份有限公司,Estun,A101、A102,已付款",
                "云上智造科技有限公司,,,", "合计,,,");
        CliRunner.Result e = cli.run("--db", db.toString(), "import", "exhibitors", exhibitors.toString());
        assertThat(e.exitCode()).as(e.err()).isZero();
        assertThat(e.out()).contains("Imported 2 exhibitors from exhibitors.csv into \"WIMC 2020\".",
                "2 exhibitors (2 on site, 0 in the cloud exhibition); 2 of 3 booths booked (70.5 % of the booth area)");
    }

    @Test
    void listJsonHasTheIssuesNamesWithDecimalsAsStrings() throws IOException {
        importBoothsAndExhibitors();

        CliRunner.Result result = cli.run("--db", db.toString(), "list", "exhibitors", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode rows = JSON.readTree(result.out());
        assertThat(rows).hasSize(2);
        JsonNode estun = rows.get(0);
        assertThat(estun.get("companyName").asText()).isEqualTo("南京埃斯顿自动化股份有限公司");
        assertThat(estun.get("otherName").asText()).isEqualTo("Estun");
        assertThat(estun.get("mode").asText()).isEqualTo("ON_SITE");
        assertThat(estun.get("hall").asText()).isEqualTo("5");
        assertThat(estun.get("booths").toString()).isEqualTo("[\"A101\",\"A102\"]");
        assertThat(estun.get("areaM2").asText()).isEqualTo("21.50");
        assertThat(estun.get("fee").asText()).isEqualTo("27520.00");
        assertThat(estun.get("currency").asText()).isEqualTo("CNY");
        assertThat(estun.get("paymentStatus").asText()).isEqualTo("PAID");
        assertThat(rows.get(1).get("booths").size()).isZero();
        assertThat(rows.get(1).get("fee").isNull()).isTrue();
    }

    @Test
    void listPrintsATableAndExportWritesAFileThatImportsBack() throws IOException {
        importBoothsAndExhibitors();

        CliRunner.Result list = cli.run("--db", db.toString(), "list", "exhibitors");
        Path out = folder.resolve("exhibitors-out.csv");
        CliRunner.Result export = new CliRunner(Map.of(), Locale.SIMPLIFIED_CHINESE, folder.resolve("logs/zh.log"))
                .run("--db", db.toString(), "export", "exhibitors", "--out", out.toString());

        assertThat(list.out()).contains("南京埃斯顿自动化股份有限公司", "A101/A102", "21.50", "CNY 27520.00", "Paid");
        assertThat(export.exitCode()).as(export.err()).isZero();
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).contains("企业名称", "展位", "南京埃斯顿自动化股份有限公司", "A101/A102", "27520.00");
    }

    @Test
    void aFileWhoseNumbersReadTwoWaysIsRefusedAndImportsWithDecimalComma() throws IOException {
        Path booths = file("raw.csv", "Halle;Standnummer;Standart;Fläche", "7;7R01;光地;1.500");

        CliRunner.Result refused = cli.run("--db", db.toString(), "import", "booths", booths.toString());
        CliRunner.Result chosen = cli.run("--db", db.toString(), "import", "booths", booths.toString(),
                "--decimal-comma");
        CliRunner.Result both = cli.run("--db", db.toString(), "import", "booths", booths.toString(), "--decimal-comma",
                "--decimal-point");

        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ConferenceDeskCli.BAD_INPUT);
        assertThat(refused.err()).contains("“1.500” (column “Fläche”, row 2)", "--decimal-comma");
        assertThat(chosen.exitCode()).as(chosen.err()).isZero();
        try (AppContext context = AppContext.openFile(db)) {
            long eventId = context.events().list().get(0).id();
            assertThat(context.booths().booths(eventId)).extracting(b -> b.areaM2().toPlainString()).containsExactly("1500.00");
        }
        assertThat(both.exitCode()).isEqualTo(ConferenceDeskCli.USAGE);
    }
}
