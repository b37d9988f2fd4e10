package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothRate;
import org.conferencedesk.exhibitors.Deposit;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy} (issue 16): an event with the sample data of 2020 — the 30 contracts, the guests (some
 * checked in), the exhibitors with their booths booked and fees in two currencies, the awards with
 * sign-offs (one reopened and signed again) and the audit trail — copied from a laptop's file into a
 * shared PostgreSQL database and back into a new file; every figure and list is the same in all three
 * databases, and the sign-offs' hashes still hold.
 */
class CopyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WIMC_2020 = "2020 World Intelligent Manufacturing Conference";

    @TempDir
    Path home;

    private CliRunner cli(Locale locale) {
        return CliRunner.inHome(home, locale, Map.of());
    }

    /** A laptop's database with the 2020 samples of every record type. */
    private Path laptop(String name, String eventName) {
        Path file = home.resolve(name);
        CliRunner cli = cli(Locale.ENGLISH);
        ok(cli.run("--db", file.toString(), "events", "create", "--name", eventName, "--short-name", eventName.substring(0, 4), "--start", "2020-11-26", "--end", "2020-11-28"));
        ok(cli.run("--db", file.toString(), "import", "contracts", "docs/samples/wimc-2020-signing-ceremony.csv"));
        ok(cli.run("--db", file.toString(), "import", "guests", "docs/samples/wimc-2020-guests.csv"));
        ok(cli.run("--db", file.toString(), "import", "booths", "docs/samples/wimc-2020-booths.csv"));
        ok(cli.run("--db", file.toString(), "import", "exhibitors", "docs/samples/wimc-2020-exhibitors.csv"));
        ok(cli.run("--db", file.toString(), "import", "awards", "docs/samples/wimc-2020-awards.csv"));
        try (AppContext context = AppContext.openFile(file, Actor.named("秘书处"))) {
            long event = context.events().list().get(0).id();
            List<Guest> guests = context.guests().list(event);
            for (int i = 0; i < 7; i++) {
                context.guests().checkIn(event, guests.get(i * 3).id(), Instant.parse("2020-11-26T01:0" + i + ":00Z"));
            }
            context.exhibitors().setRate(event, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
            context.exhibitors().setRate(event, BoothRate.perM2(BoothKind.RAW_SPACE, "95.50", "USD"));
            long exhibitor = context.exhibitors().list(event).get(0).id();
            context.exhibitors().addDeposit(new Deposit(null, event, exhibitor, new Amount(new BigDecimal("5000.01"), "CNY"),
                    LocalDate.of(2020, 10, 1), "定金"));
            List<AwardCategory> categories = context.awards().categories(event);
            AwardCategory first = categories.get(0);
            long member = context.awards().content(first.id()).members().get(0).id();
            context.awards().signOff(first.id(), member);
            context.awards().reopen(first.id(), "秘书处", "名单有误，重新核对");
            context.awards().signOff(first.id(), member);
            AwardCategory second = categories.get(1);
            context.awards().signOff(second.id(), context.awards().content(second.id()).members().get(0).id());
        }
        return file;
    }

    @Test
    void anEventGoesIntoASharedDatabaseAndBackWithEveryFigureTheSame() throws Exception {
        DatabaseLocation.PostgreSql shared = TestDatabases.freshPostgreSql();
        Path laptop = laptop("laptop", WIMC_2020);
        Path back = home.resolve("ceremony.mv.db");
        CliRunner cli = cli(Locale.ENGLISH);

        CliRunner.Result in = cli.run("copy", "--from", laptop + ".mv.db", "--to", shared.display());
        ok(in);
        assertThat(in.out()).contains("Copied the event “" + WIMC_2020 + "” from", "with the same ids",
                "contract: 30 rows", "contract.amount CNY: 53,630,000,000.00", "exhibitor_deposit.amount CNY: 5,000.01");
        CliRunner.Result out = cli.run("copy", "--from", shared.display(), "--to", back.toString());
        ok(out);

        Map<String, JsonNode> original = views(laptop.toString());
        assertThat(original.get("totals --json").at("/contracts/signed/count").asInt()).isEqualTo(30);
        assertThat(original.get("totals --json").at("/contracts/signed/amount").asText()).isEqualTo("53630000000.00");
        assertThat(original.get("totals --json").at("/exhibitors/feesByPaymentStatus").toString()).contains("CNY", "USD");
        assertThat(original.get("totals --json").at("/awards/signedOff").asInt()).isEqualTo(2);
        assertThat(original.get("totals --json").at("/guests/checkedIn").asInt()).isEqualTo(129);
        assertThat(views(shared.display())).isEqualTo(original);
        assertThat(views(back.toString())).isEqualTo(original);

        for (String where : List.of(shared.jdbcUrl(), "jdbc:h2:file:" + back.toString().replace(".mv.db", ""))) {
            try (Connection c = where.startsWith("jdbc:h2") ? DriverManager.getConnection(where, "sa", "")
                    : DriverManager.getConnection(where, shared.login(System.getenv()), System.getenv("PGPASSWORD"));
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT content, result_hash FROM award_sign_off ORDER BY id")) {
                int signOffs = 0;
                while (r.next()) {
                    byte[] digest = MessageDigest.getInstance("SHA-256").digest(r.getString(1).getBytes(StandardCharsets.UTF_8));
                    assertThat(r.getString(2).strip()).as(where).isEqualTo(HexFormat.of().formatHex(digest));
                    signOffs++;
                }
                assertThat(signOffs).as(where).isEqualTo(3);
            }
        }
    }

    @Test
    void aDatabaseThatHoldsTheEventAlreadyIsRefusedAndASecondEventIsRenumbered() throws Exception {
        DatabaseLocation.PostgreSql shared = TestDatabases.freshPostgreSql();
        Path laptop = laptop("laptop", WIMC_2020);
        CliRunner cli = cli(Locale.SIMPLIFIED_CHINESE);
        ok(cli.run("copy", "--from", laptop.toString(), "--to", shared.display()));

        CliRunner.Result again = cli.run("copy", "--from", laptop.toString(), "--to", shared.display());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains(shared.display() + " 中已有名为“" + WIMC_2020 + "”的活动；没有复制任何内容。");

        // Another laptop's event: its ids (1, 2, 3 ...) are taken in the shared database, so they move.
        Path other = laptop("other", "2021 World Intelligent Manufacturing Conference");
        CliRunner.Result second = cli(Locale.ENGLISH).run("copy", "--from", other.toString(), "--to", shared.display());
        ok(second);
        assertThat(second.out()).contains("were renumbered");
        assertThat(views(shared.display(), "2021 World Intelligent Manufacturing Conference"))
                .isEqualTo(views(other.toString(), "2021 World Intelligent Manufacturing Conference"));
        assertThat(views(shared.display(), WIMC_2020)).isEqualTo(views(laptop.toString(), WIMC_2020));
    }

    @Test
    void fileToFileNeedsNoServerAndATargetMadeForAFailedCopyGoesAgain() throws Exception {
        Path laptop = laptop("laptop", WIMC_2020);
        Path copy = home.resolve("copy.mv.db");
        ok(cli(Locale.ENGLISH).run("copy", "--from", laptop.toString(), "--to", copy.toString()));
        assertThat(views(copy.toString())).isEqualTo(views(laptop.toString()));
        // The copy's identities were moved past the copied ids: new records there take new numbers.
        CliRunner cli = cli(Locale.ENGLISH);
        ok(cli.run("--db", copy.toString(), "events", "create", "--name", "WIMC 2021", "--start", "2021-11-26", "--end", "2021-11-28"));
        ok(cli.run("--db", copy.toString(), "--event", "WIMC 2021", "import", "contracts", "docs/samples/wimc-2020-signing-ceremony.csv"));
        ok(cli.run("--db", copy.toString(), "--event", "WIMC 2021", "import", "guests", "docs/samples/wimc-2020-guests.csv"));
        assertThat(views(copy.toString(), WIMC_2020)).isEqualTo(views(laptop.toString(), WIMC_2020));

        CliRunner.Result noEvent = cli(Locale.ENGLISH).run("copy", "--from", laptop.toString(), "--to",
                home.resolve("none.mv.db").toString(), "--event", "WIMC 1999");
        assertThat(noEvent.exitCode()).isEqualTo(1);
        assertThat(noEvent.err()).contains("holds no event named “WIMC 1999”; its events: " + WIMC_2020 + ". Nothing was copied.");
        assertThat(Files.exists(home.resolve("none.mv.db"))).isFalse();
        CliRunner.Result roles = cli(Locale.ENGLISH).run("--db", laptop.toString(), "roles", "create");
        assertThat(roles.exitCode()).isEqualTo(1);
        assertThat(roles.err()).contains("Roles need a shared PostgreSQL database");
    }

    private Map<String, JsonNode> views(String db) throws Exception {
        return views(db, null);
    }

    /** What the command line shows of the event: totals, every list and the audit trail. */
    private Map<String, JsonNode> views(String db, String event) throws Exception {
        Map<String, JsonNode> views = new java.util.TreeMap<>();
        CliRunner cli = cli(Locale.ENGLISH);
        for (String[] command : List.of(new String[] {"totals", "--json"}, new String[] {"list", "contracts", "--json"},
                new String[] {"list", "guests", "--json"}, new String[] {"list", "exhibitors", "--json"},
                new String[] {"list", "awards", "--json"}, new String[] {"audit", "--json"})) {
            List<String> args = new java.util.ArrayList<>(List.of("--db", db));
            if (event != null) {
                args.addAll(List.of("--event", event));
            }
            args.addAll(List.of(command));
            CliRunner.Result result = cli.run(args.toArray(String[]::new));
            ok(result);
            JsonNode node = JSON.readTree(result.out());
            views.put(String.join(" ", command), event == null ? node : withoutIds(node));
        }
        return views;
    }

    /** The same JSON without the ids (a renumbered copy has other ids, and everything else the same). */
    private static JsonNode withoutIds(JsonNode node) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("id") && !e.getKey().endsWith("Id")) {
                    copy.set(e.getKey(), withoutIds(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(withoutIds(n)));
            return copy;
        }
        return node;
    }

    private static void ok(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.err() + result.out()).isZero();
    }
}
