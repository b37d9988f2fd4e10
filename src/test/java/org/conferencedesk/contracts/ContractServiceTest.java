package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.record.FieldProblem;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class ContractServiceTest {

    /** The database it runs on: H2, and PostgreSQL when a test server is configured (issue 16). */
    @Parameter
    TestDatabases.Backend backend;


    private Database database;
    private ContractService service;
    private long eventId;
    private final List<RecordChange<Contract>> changes = new ArrayList<>();

    @BeforeEach
    void openDatabase() {
        database = TestDatabases.open(backend);
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new ContractService(database, new ContractRepository(database.dsl()));
        service.changes().addListener(changes::add);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) { // null when the PostgreSQL variant was skipped before opening
            database.close();
        }
    }

    private Contract contract(String name, String amount, String currency, ContractStatus status, String sector, String district) {
        return new Contract(null, eventId, name, "Investor", "Partner", sector, district, new BigDecimal(amount),
                currency, null, status, null, null);
    }

    @Test
    void deleteAllDeletesTheSelectedContractsInOneGoAndTheTotalsFollow() {
        Contract a = service.save(contract("A", "5200000000.00", "CNY", ContractStatus.SIGNED, "Robotics", "Jiangning"));
        Contract b = service.save(contract("B", "35000000.00", "CNY", ContractStatus.SIGNED, "Robotics", "Pukou"));
        service.save(contract("C", "100.01", "CNY", ContractStatus.SIGNED, "Chips", "Pukou"));
        changes.clear();

        assertThat(service.deleteAll(eventId, List.of(a.id(), b.id(), 999_999L))).isEqualTo(2);

        assertThat(service.list(eventId)).extracting(Contract::projectName).containsExactly("C");
        assertThat(service.totals(eventId).signed().amount()).isEqualTo(new BigDecimal("100.01"));
        assertThat(changes).containsExactly(new RecordChange.Removed<>(eventId, List.of(a.id(), b.id())));
    }

    @Test
    void totalsCountSignedAndPlannedAndKeepOtherCurrenciesApart() {
        service.addAll(eventId, List.of(
                contract("A", "5200000000.00", "CNY", ContractStatus.SIGNED, "Robotics", "Jiangning"),
                contract("B", "35000000.00", "CNY", ContractStatus.SIGNED, "Robotics", "Pukou"),
                contract("C", "100.01", "CNY", ContractStatus.PLANNED, "Chips", "Pukou"),
                contract("D", "620000000.00", "USD", ContractStatus.SIGNED, "Chips", "Pukou"),
                contract("E", "999.99", "CNY", ContractStatus.WITHDRAWN, "Chips", "Pukou")));

        ContractTotals totals = service.totals(eventId);

        assertThat(totals.signed().count()).isEqualTo(3);
        assertThat(totals.signed().amount()).isEqualTo(new BigDecimal("5235000000.00"));
        assertThat(totals.planned()).isEqualTo(new ContractTotals.CountAndAmount(1, new BigDecimal("100.01")));
        assertThat(totals.total()).isEqualTo(new ContractTotals.CountAndAmount(4, new BigDecimal("5235000100.01")));
        assertThat(totals.bySector()).containsExactly(
                java.util.Map.entry("Robotics", new BigDecimal("5235000000.00")));
        assertThat(totals.byDistrict()).containsExactly(
                java.util.Map.entry("Jiangning", new BigDecimal("5200000000.00")),
                java.util.Map.entry("Pukou", new BigDecimal("35000000.00")));
        assertThat(totals.otherCurrencies()).containsExactly(java.util.Map.entry("USD", new BigDecimal("620000000.00")));
    }

    @Test
    void runningTotalAccumulatesSignedCnyInSigningOrder() {
        service.addAll(eventId, List.of(
                contract("A", "1.10", "CNY", ContractStatus.SIGNED, null, null),
                contract("B", "2.20", "CNY", ContractStatus.PLANNED, null, null),
                contract("C", "3.30", "USD", ContractStatus.SIGNED, null, null),
                contract("D", "4.40", "CNY", ContractStatus.SIGNED, null, null)));

        List<ContractWithRunningTotal> rows = service.listWithRunningTotals(eventId);

        assertThat(rows).extracting(r -> r.contract().projectName()).containsExactly("A", "B", "C", "D");
        assertThat(rows).extracting(r -> r.contract().signingOrder()).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(ContractWithRunningTotal::runningTotal).containsExactly(
                new BigDecimal("1.10"), new BigDecimal("1.10"), new BigDecimal("1.10"), new BigDecimal("5.50"));
    }

    @Test
    void saveRefusesTooLongNameAndSavesNothing() {
        Contract tooLong = contract("x".repeat(301), "1.00", "CNY", ContractStatus.SIGNED, null, null);

        assertThatThrownBy(() -> service.save(tooLong))
                .isInstanceOf(ContractException.class)
                .satisfies(e -> assertThat(((ContractException) e).problems())
                        .extracting(FieldProblem::field).containsExactly(ContractField.PROJECT_NAME));
        assertThat(service.list(eventId)).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void addAllSavesNothingWhenOneContractIsBad() {
        List<Contract> batch = List.of(
                contract("Good", "1.00", "CNY", ContractStatus.SIGNED, null, null),
                contract(" ", "1.00", "CNY", ContractStatus.SIGNED, null, null));

        assertThatThrownBy(() -> service.addAll(eventId, batch)).isInstanceOf(ContractException.class);
        assertThat(service.list(eventId)).isEmpty();
    }

    @Test
    void editAndDeleteAreStoredAndAnnounced() {
        Contract saved = service.save(contract("A", "10.00", "CNY", ContractStatus.PLANNED, null, null).withSigningOrder(1));
        Contract signed = service.save(saved.withStatus(ContractStatus.SIGNED));

        assertThat(service.totals(eventId).signed().amount()).isEqualTo(new BigDecimal("10.00"));
        assertThat(service.delete(eventId, signed.id())).isTrue();
        assertThat(service.totals(eventId).signed().count()).isZero();
        assertThat(changes).hasSize(3);
        assertThat(changes.get(2)).isEqualTo(new RecordChange.Removed<Contract>(eventId, List.of(signed.id())));
    }

    @Test
    void renamingASectorChangesEveryContractOfTheEventAndRecordsEachEdit() {
        service.addAll(eventId, List.of(
                contract("A", "5200000000.00", "CNY", ContractStatus.SIGNED, "新能源汽", "江宁区"),
                contract("B", "35000000.00", "CNY", ContractStatus.SIGNED, "新能源汽车", "浦口区"),
                contract("C", "100.00", "CNY", ContractStatus.SIGNED, " 新能源汽 ", "浦口区")));
        long otherEvent = new EventRepository(database.dsl()).insert(Event.named("WIMC 2021")).id();
        service.save(new Contract(null, otherEvent, "D", "I", "P", "新能源汽", null, BigDecimal.ONE, "CNY", null,
                ContractStatus.SIGNED, null, null));
        changes.clear();

        List<Contract> renamed = service.renameValue(eventId, ContractField.SECTOR, "新能源汽", "新能源汽车");

        assertThat(renamed).extracting(Contract::projectName).containsExactly("A", "C");
        assertThat(service.totals(eventId).bySector()).containsOnlyKeys("新能源汽车")
                .containsEntry("新能源汽车", new BigDecimal("5235000100.00"));
        assertThat(service.list(otherEvent)).singleElement().extracting(Contract::sector).isEqualTo("新能源汽");
        assertThat(changes).singleElement().isInstanceOfSatisfying(RecordChange.Saved.class,
                saved -> assertThat(saved.records()).hasSize(2));
        List<org.conferencedesk.storage.AuditEntry> trail = new org.conferencedesk.storage.AuditTrail(database,
                org.conferencedesk.storage.Actor.osUser()).list(eventId, org.conferencedesk.storage.AuditFilter.ALL, 2);
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(org.conferencedesk.storage.AuditAction.UPDATED);
            assertThat(e.changes()).singleElement().satisfies(c -> {
                assertThat(c.field()).isEqualTo("sector");
                assertThat(c.after()).isEqualTo("新能源汽车");
            });
        });
    }

    @Test
    void aDistrictCannotBeRenamedToNothingAndOnlySectorsAndDistrictsAreRenamed() {
        service.save(contract("A", "1.00", "CNY", ContractStatus.SIGNED, "Robotics", "江宁区"));

        assertThatThrownBy(() -> service.renameValue(eventId, ContractField.DISTRICT, "江宁区", "  "))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.sentence(java.util.Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("区域：新名称为空；请填写所有签约项目要使用的名称。"));
        assertThatThrownBy(() -> service.renameValue(eventId, ContractField.INVESTOR, "Investor", "X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.list(eventId)).singleElement().extracting(Contract::district).isEqualTo("江宁区");
        assertThat(service.renameValue(eventId, ContractField.DISTRICT, "浦口区", "江北新区")).isEmpty();
    }
}
