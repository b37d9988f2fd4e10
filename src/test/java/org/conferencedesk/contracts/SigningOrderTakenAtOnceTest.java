package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.storage.AtOnce;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two people giving the same signing order at the same moment (issue 16): one success and one
 * sentence, decided by the database's unique constraint (sql/V42), not by either program's memory.
 * On PostgreSQL the two desks are two programs (two connection pools) on one database; on H2 two
 * services on one database's pool.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class SigningOrderTakenAtOnceTest {

    @Parameter
    TestDatabases.Backend backend;

    private Database north;
    private Database south;
    private long eventId;

    @BeforeEach
    void open() {
        if (backend == TestDatabases.Backend.POSTGRESQL) {
            DatabaseLocation.PostgreSql where = TestDatabases.freshPostgreSql();
            north = Database.openPostgreSql(where, System.getenv());
            south = Database.openPostgreSql(where, System.getenv());
        } else {
            north = TestDatabases.open(backend);
            south = north;
            // The second insert waits for the first's index entry: let it wait rather than time out (H2's default is 1 s).
            north.dsl().execute("SET DEFAULT_LOCK_TIMEOUT 30000");
        }
        eventId = new EventRepository(north.dsl()).insert(Event.named("WIMC 2020")).id();
    }

    @AfterEach
    void close() {
        if (south != null && south != north) {
            south.close();
        }
        if (north != null) {
            north.close();
        }
    }

    private Contract contract(String project, Integer order) {
        return new Contract(null, eventId, project, "徐工集团", null, "智能制造", "江宁区", new BigDecimal("1200000000.00"),
                Contract.CNY, order, ContractStatus.SIGNED, null, null);
    }

    @Test
    void twoNewContractsGivenTheSamePlaceAtOnceGetOneSuccessAndOneSentence() throws Exception {
        ContractService atNorth = new ContractService(north, new ContractRepository(north.dsl()));
        ContractService atSouth = new ContractService(south, new ContractRepository(south.dsl()));
        for (int order = 1; order <= 10; order++) {
            int place = order;
            List<AtOnce.Outcome<Contract>> outcomes = AtOnce.run(List.<Callable<Contract>>of(
                    () -> atNorth.save(contract("北区项目 " + place, place)),
                    () -> atSouth.save(contract("南区项目 " + place, place))));

            assertThat(outcomes).filteredOn(AtOnce.Outcome::succeeded).as("place %d", place).hasSize(1);
            Contract won = outcomes.stream().filter(AtOnce.Outcome::succeeded).findFirst().orElseThrow().value();
            Throwable lost = outcomes.stream().filter(o -> !o.succeeded()).findFirst().orElseThrow().failure();
            assertThat(lost).isInstanceOf(ContractException.class);
            ContractException refused = (ContractException) lost;
            assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo(ContractField.SIGNING_ORDER));
            assertThat(refused.sentence(Locale.ENGLISH)).isEqualTo("Signing order " + place + " is already taken in this event by “"
                    + won.projectName() + "” (perhaps saved on another computer a moment ago). Choose a free place, or leave it"
                    + " empty to place the contract after the last one.");
            assertThat(refused.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("签约顺序 " + place + " 在本活动中已被“" + won.projectName()
                    + "”占用（可能刚在另一台电脑上保存）。请改用空闲的顺序，或留空以排在最后。");
        }
        List<Contract> stored = atSouth.list(eventId);
        assertThat(stored).hasSize(10);
        assertThat(stored).extracting(Contract::signingOrder).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        // Unplaced contracts are not limited.
        atNorth.save(contract("待定项目甲", null));
        atSouth.save(contract("待定项目乙", null));
        assertThat(atNorth.list(eventId)).hasSize(12);
    }

    @Test
    void twoEditsMovingTwoContractsToOneFreePlaceAtOnceLeaveOneThere() throws Exception {
        ContractService atNorth = new ContractService(north, new ContractRepository(north.dsl()));
        ContractService atSouth = new ContractService(south, new ContractRepository(south.dsl()));
        Contract a = atNorth.save(contract("智能装备产业园", 1));
        Contract b = atNorth.save(contract("工业互联网平台", 2));

        List<AtOnce.Outcome<Contract>> outcomes = AtOnce.run(List.<Callable<Contract>>of(
                () -> atNorth.save(a.withSigningOrder(7)),
                () -> atSouth.save(b.withSigningOrder(7))));

        assertThat(outcomes).filteredOn(AtOnce.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(o -> !o.succeeded()).singleElement()
                .satisfies(o -> assertThat(((ContractException) o.failure()).problems().get(0).key()).isEqualTo("rule.signingOrderTaken"));
        assertThat(atSouth.list(eventId)).extracting(Contract::signingOrder).containsExactlyInAnyOrder(7, outcomes.get(0).succeeded() ? 2 : 1);
    }
}
