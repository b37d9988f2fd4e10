package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code conferencedesk audit}, run in-process on a database file. */
class AuditCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 12:00 in Nanjing. */
    private static final Instant NOON_IN_NANJING = Instant.parse("2020-11-26T04:00:00Z");

    @TempDir
    Path folder;

    private Path db;
    private CliRunner cli;
    private long contractId;

    @BeforeEach
    void twoSavesByTheWindowUser() {
        db = folder.resolve("data").resolve("test");
        cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        try (Database database = Database.openFile(db)) {
            long eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
            AuditTrail audit = new AuditTrail(new AuditRepository(database.dsl()), Actor.named("wang.li"),
                    Clock.fixed(NOON_IN_NANJING, ZoneOffset.UTC));
            ContractService contracts = new ContractService(database, new ContractRepository(database.dsl()), audit);
            Contract saved = contracts.save(new Contract(null, eventId, "智能工厂", "宁驰智能科技有限公司", null, null, null,
                    new BigDecimal("520000000.00"), "CNY", 1, ContractStatus.SIGNED, null, null));
            contractId = saved.id();
            contracts.save(new Contract(saved.id(), eventId, "智能工厂", "宁驰智能科技有限公司", null, null, null,
                    new BigDecimal("530000000.00"), "CNY", 1, ContractStatus.SIGNED, null, null));
        }
    }

    @Test
    void auditJsonListsBothSavesNewestFirstWithBeforeAndAfter() throws Exception {
        CliRunner.Result result = cli.run("--db", db.toString(), "audit", "--json");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        JsonNode entries = JSON.readTree(result.out());
        assertThat(entries.size()).isEqualTo(2);
        JsonNode edit = entries.get(0);
        assertThat(edit.get("occurredAt").asText()).isEqualTo("2020-11-26T12:00:00+08:00");
        assertThat(edit.get("actor").asText()).isEqualTo("wang.li");
        assertThat(edit.get("recordType").asText()).isEqualTo("contract");
        assertThat(edit.get("recordId").asLong()).isEqualTo(contractId);
        assertThat(edit.get("action").asText()).isEqualTo("UPDATED");
        assertThat(edit.get("summary").asText()).isEqualTo("智能工厂");
        assertThat(edit.get("changes").size()).isEqualTo(1);
        assertThat(edit.at("/changes/0/field").asText()).isEqualTo("amount");
        assertThat(edit.at("/changes/0/before").asText()).isEqualTo("520000000.00");
        assertThat(edit.at("/changes/0/after").asText()).isEqualTo("530000000.00");
        JsonNode created = entries.get(1);
        assertThat(created.get("action").asText()).isEqualTo("CREATED");
        assertThat(created.at("/changes/0/field").asText()).isEqualTo("signingOrder");
        assertThat(created.at("/changes/0/before").isNull()).isTrue();
        assertThat(created.at("/changes/0/after").asText()).isEqualTo("1");

        JsonNode newest = JSON.readTree(cli.run("--db", db.toString(), "audit", "--json", "--limit", "1").out());
        assertThat(newest.size()).isEqualTo(1);
        assertThat(newest.get(0).get("action").asText()).isEqualTo("UPDATED");
    }

    @Test
    void auditTextShowsTheEditInTheChosenLanguage() {
        CliRunner.Result zh = cli.run("--db", db.toString(), "audit", "--lang", "zh");
        CliRunner.Result en = cli.run("--db", db.toString(), "audit", "--lang", "en");

        assertThat(zh.exitCode()).isZero();
        assertThat(zh.out()).contains("时间（北京时间）").contains("2020-11-26 12:00:00")
                .contains("金额：5.2 亿元 → 5.3 亿元").contains("签约项目：智能工厂");
        assertThat(en.out()).contains("Amount: RMB 520 million → RMB 530 million").contains("Edited");
    }

    @Test
    void anImportFromTheCommandLineIsOneEntryNamingTheFileAndTheCommandLineUser() throws Exception {
        Path file = Files.writeString(folder.resolve("wimc.csv"), String.join("\n",
                "项目名称,投资方,金额",
                "机器人产业园,甲公司,52亿元",
                "激光项目,丙公司,3500万元",
                ""), java.nio.charset.StandardCharsets.UTF_8);
        CliRunner.Result imported = cli.run("--db", db.toString(), "import", "contracts", file.toString());
        assertThat(imported.err()).isEmpty();

        JsonNode newest = JSON.readTree(cli.run("--db", db.toString(), "audit", "--json").out()).get(0);

        assertThat(newest.get("action").asText()).isEqualTo("IMPORTED");
        assertThat(newest.get("actor").asText()).isEqualTo(System.getProperty("user.name") + " (command line)");
        assertThat(newest.get("summary").asText()).isEqualTo("wimc.csv");
        assertThat(newest.get("recordId").isNull()).isTrue();
        assertThat(newest.at("/changes/0/after").asText()).isEqualTo("2");
        assertThat(newest.at("/changes/1/field").asText()).isEqualTo("amount");
        assertThat(newest.at("/changes/1/after").asText()).isEqualTo("5235000000.00");
    }

    @Test
    void theCommandLineUserIsNamedInTheChosenLanguageInTheTextButAsStoredInJson() throws Exception {
        Path file = Files.writeString(folder.resolve("wimc.csv"), "项目名称,投资方,金额\n机器人产业园,甲公司,52亿元\n",
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(cli.run("--db", db.toString(), "import", "contracts", file.toString()).exitCode()).isZero();
        String user = System.getProperty("user.name");

        String zh = cli.run("--db", db.toString(), "audit", "--lang", "zh", "--limit", "1").out();
        String en = cli.run("--db", db.toString(), "audit", "--lang", "en", "--limit", "1").out();

        assertThat(zh.split("\n")[2]).contains(user + "（命令行）").doesNotContain("command line");
        assertThat(en.split("\n")[2]).contains(user + " (command line)");
    }

    @Test
    void aLimitBelowOneIsWrongUsage() {
        CliRunner.Result result = cli.run("--db", db.toString(), "audit", "--limit", "0");

        assertThat(result.exitCode()).isEqualTo(ConferenceDeskCli.USAGE);
        assertThat(result.errLines().get(0)).isEqualTo("--limit must be at least 1 (it was 0).");
    }
}
