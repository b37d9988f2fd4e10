package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothRate;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exhibitors under {@code totals --json}: the same figures as {@link ExhibitorService#totals}. */
class ExhibitorTotalsCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path db;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        db = folder.resolve("test");
        cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
    }

    @Test
    void totalsJsonHasTheExhibitorsBoothsOccupancyAndFeesPerCurrency() throws Exception {
        try (AppContext context = AppContext.openFile(db)) {
            long eventId = context.events().create(new Event(null, "WIMC 2020", null, "Nanjing", null,
                    LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), null)).id();
            ExhibitorService exhibitors = context.exhibitors();
            BoothService booths = context.booths();
            Hall hall = booths.saveHall(Hall.of(eventId, "5", "5号馆"));
            Booth a101 = booths.saveBooth(Booth.of(eventId, hall.id(), "A-101", BoothKind.STANDARD, new BigDecimal("9")));
            booths.saveBooth(Booth.of(eventId, hall.id(), "0012", BoothKind.RAW_SPACE, new BigDecimal("30.5")));
            exhibitors.setRate(eventId, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
            Exhibitor estun = exhibitors.save(Exhibitor.named(eventId, "南京埃斯顿自动化股份有限公司")
                    .withPaymentStatus(PaymentStatus.PAID));
            exhibitors.save(Exhibitor.named(eventId, "云上智造科技有限公司").withMode(ExhibitionMode.CLOUD));
            booths.bookForEvent(eventId, a101.id(), estun.id());
        }

        CliRunner.Result result = cli.run("--db", db.toString(), "totals", "--json");

        assertThat(result.exitCode()).isZero();
        JsonNode e = JSON.readTree(result.out()).get("exhibitors");
        assertThat(e.get("total").asInt()).isEqualTo(2);
        assertThat(JSON.convertValue(e.get("byMode"), Map.class)).isEqualTo(Map.of("ON_SITE", 1, "CLOUD", 1, "BOTH", 0));
        assertThat(JSON.convertValue(e.get("bySector"), Map.class)).isEqualTo(Map.of("(unspecified)", 2));
        assertThat(JSON.convertValue(e.get("byHall"), Map.class)).isEqualTo(Map.of("5", 1));
        assertThat(e.at("/halls/0/hall").asText()).isEqualTo("5");
        assertThat(e.at("/halls/0/booked").asInt()).isEqualTo(1);
        assertThat(e.at("/halls/0/free").asInt()).isEqualTo(1);
        assertThat(e.at("/halls/0/boothAreaM2").asText()).isEqualTo("39.50");
        assertThat(e.at("/halls/0/occupancyPercent").asText()).isEqualTo("22.8");
        assertThat(e.get("bookedAreaM2").asText()).isEqualTo("9.00");
        assertThat(e.at("/feesByPaymentStatus/PAID/CNY").asText()).isEqualTo("11520.00");
        assertThat(e.at("/feesByPaymentStatus/UNPAID").size()).isZero();
        assertThat(e.get("deposits").size()).isZero();
        assertThat(e.get("unpricedBooths").asInt()).isZero();
    }
}
