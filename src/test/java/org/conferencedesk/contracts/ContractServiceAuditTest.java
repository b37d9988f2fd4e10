package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.FieldChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every contract change leaves one line in the audit trail, written in the same transaction. */
class ContractServiceAuditTest {

    private static final Instant NOON_IN_NANJING = Instant.parse("2020-11-26T04:00:00Z");

    private Database database;
    private AuditTrail audit;
    private ContractService service;
    private long eventId;

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory("audit-" + UUID.randomUUID());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        audit = new AuditTrail(new AuditRepository(database.dsl()), Actor.named("wang.li"),
                Clock.fixed(NOON_IN_NANJING, ZoneOffset.UTC));
        service = new ContractService(database, new ContractRepository(database.dsl()), audit);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Contract contract(String name, String amount) {
        return new Contract(null, eventId, name, "Huawei", "Jiangning District", "Robotics", "Jiangning",
                new BigDecimal(amount), "CNY", null, ContractStatus.SIGNED, LocalDate.of(2020, 11, 26), null);
    }

    private List<AuditEntry> trail() {
        return audit.list(eventId, AuditFilter.ALL, 100);
    }

    @Test
    void addingAContractRecordsCreatedWithItsValuesAfter() {
        Contract saved = service.save(contract("Intelligent factory", "520000000.00"));

        assertThat(trail()).hasSize(1);
        AuditEntry entry = trail().get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.CREATED);
        assertThat(entry.actor()).isEqualTo("wang.li");
        assertThat(entry.occurredAt()).isEqualTo(NOON_IN_NANJING);
        assertThat(entry.eventId()).isEqualTo(eventId);
        assertThat(entry.recordType()).isEqualTo("contract");
        assertThat(entry.recordId()).isEqualTo(saved.id());
        assertThat(entry.summary()).isEqualTo("Intelligent factory");
        assertThat(entry.changes()).containsExactly(
                new FieldChange("projectName", null, "Intelligent factory"),
                new FieldChange("investor", null, "Huawei"),
                new FieldChange("partner", null, "Jiangning District"),
                new FieldChange("sector", null, "Robotics"),
                new FieldChange("district", null, "Jiangning"),
                new FieldChange("amount", null, "520000000.00"),
                new FieldChange("currency", null, "CNY"),
                new FieldChange("status", null, "SIGNED"),
                new FieldChange("signedOn", null, "2020-11-26"));
    }

    @Test
    void editingTheAmountRecordsOnlyTheAmountBeforeAndAfter() {
        Contract saved = service.save(contract("Intelligent factory", "520000000.00"));

        service.save(new Contract(saved.id(), eventId, saved.projectName(), saved.investor(), saved.partner(),
                saved.sector(), saved.district(), new BigDecimal("530000000.00"), "CNY", saved.signingOrder(),
                saved.status(), saved.signedOn(), saved.note()));

        AuditEntry newest = trail().get(0);
        assertThat(trail()).hasSize(2);
        assertThat(newest.action()).isEqualTo(AuditAction.UPDATED);
        assertThat(newest.recordId()).isEqualTo(saved.id());
        assertThat(newest.changes()).containsExactly(new FieldChange("amount", "520000000.00", "530000000.00"));
    }

    @Test
    void savingAContractUnchangedRecordsNothing() {
        Contract saved = service.save(contract("Intelligent factory", "520000000.00"));

        service.save(saved);

        assertThat(trail()).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED);
    }

    @Test
    void deletingAContractRecordsDeletedWithItsLastValuesBefore() {
        Contract saved = service.save(contract("Intelligent factory", "520000000.00"));

        assertThat(service.delete(eventId, saved.id())).isTrue();

        AuditEntry deleted = trail().get(0);
        assertThat(deleted.action()).isEqualTo(AuditAction.DELETED);
        assertThat(deleted.recordId()).isEqualTo(saved.id());
        assertThat(deleted.summary()).isEqualTo("Intelligent factory");
        assertThat(deleted.change("amount")).isEqualTo(new FieldChange("amount", "520000000.00", null));
        assertThat(deleted.change("projectName")).isEqualTo(new FieldChange("projectName", "Intelligent factory", null));
        assertThat(deleted.changes()).allSatisfy(c -> assertThat(c.after()).isNull());
    }

    @Test
    void deletingAContractAlreadyGoneRecordsNothing() {
        Contract saved = service.save(contract("Intelligent factory", "520000000.00"));
        service.delete(eventId, saved.id());

        assertThat(service.delete(eventId, saved.id())).isFalse();

        assertThat(trail()).extracting(AuditEntry::action).containsExactly(AuditAction.DELETED, AuditAction.CREATED);
    }

    @Test
    void aSaveThatBreaksARuleRecordsNothingAndChangesNothing() {
        Contract saved = service.save(contract("Intelligent factory", "520000000.00"));

        assertThatThrownBy(() -> service.save(new Contract(saved.id(), eventId, " ", null, null, null, null,
                new BigDecimal("1.00"), "CNY", null, ContractStatus.SIGNED, null, null)))
                .isInstanceOf(ContractException.class);

        assertThat(trail()).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED);
        assertThat(service.list(eventId)).extracting(Contract::projectName, Contract::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Intelligent factory", new BigDecimal("520000000.00")));
    }

    @Test
    void anImportRecordsOneEntryWithTheCountTheCnyTotalAndTheFile() {
        Contract dollars = new Contract(null, eventId, "Chips", null, null, null, null,
                new BigDecimal("620000000.00"), "USD", null, ContractStatus.SIGNED, null, null);

        int added = service.addAll(eventId, List.of(contract("A", "5200000000.00"), contract("B", "35000000.01"), dollars),
                "wimc-2020.xlsx");

        assertThat(added).isEqualTo(3);
        assertThat(trail()).hasSize(1);
        AuditEntry imported = trail().get(0);
        assertThat(imported.action()).isEqualTo(AuditAction.IMPORTED);
        assertThat(imported.recordId()).isNull();
        assertThat(imported.summary()).isEqualTo("wimc-2020.xlsx");
        assertThat(imported.changes()).containsExactly(
                new FieldChange("count", null, "3"),
                new FieldChange("amount", null, "5235000000.01"),
                new FieldChange("file", null, "wimc-2020.xlsx"));
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheChangeRollsBack() {
        Contract saved = service.save(contract("Intelligent factory", "520000000.00"));
        // A real database failure of the audit insert, after the contract's own statements ran.
        database.dsl().execute("ALTER TABLE audit_entry RENAME TO audit_entry_gone");

        assertThatThrownBy(() -> service.save(contract("Second factory", "1.00"))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> service.save(new Contract(saved.id(), eventId, "Renamed", null, null, null, null,
                new BigDecimal("9.99"), "CNY", 1, ContractStatus.SIGNED, null, null))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> service.delete(eventId, saved.id())).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> service.addAll(eventId, List.of(contract("C", "3.00")), null)).isInstanceOf(RuntimeException.class);

        assertThat(service.list(eventId)).extracting(Contract::projectName, Contract::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Intelligent factory", new BigDecimal("520000000.00")));
    }

    @Test
    void aSecondActorIsNamedOnItsOwnChanges() {
        AuditTrail commandLine = new AuditTrail(new AuditRepository(database.dsl()), Actor.named("wang.li (command line)"),
                Clock.fixed(NOON_IN_NANJING.plusSeconds(60), ZoneOffset.UTC));
        ContractService headless = new ContractService(database, new ContractRepository(database.dsl()), commandLine);

        service.save(contract("A", "1.00"));
        headless.save(contract("B", "2.00"));

        assertThat(trail()).extracting(AuditEntry::actor, AuditEntry::summary).containsExactly(
                org.assertj.core.groups.Tuple.tuple("wang.li (command line)", "B"),
                org.assertj.core.groups.Tuple.tuple("wang.li", "A"));
    }
}
