package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.property.Gen;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.Test;

/** The incremental ledger must give the database's figures to the fen after any sequence of edits. */
class ContractLedgerTest {

    /** One edit: save a contract in slot {@code slot} (0–7) with these values, or delete it. */
    record Edit(int slot, boolean delete, long fen, String currency, ContractStatus status, String sector, Integer order) {
    }

    /** Up to 25 edits of 8 slots: one in four a delete; amounts from 0 to 10 亿元 in fen; a few signing orders shared. */
    private static Gen<List<Edit>> edits() {
        Gen<Integer> slot = Gens.integers(0, 7);
        Gen<Boolean> delete = Gens.of(true, false, false, false);
        Gen<Long> fen = Gens.longs(0, 10_000_000_000_00L);
        Gen<String> currency = Gens.of("CNY", "CNY", "CNY", "USD");
        Gen<ContractStatus> status = Gens.of(ContractStatus.values());
        Gen<String> sector = Gens.of("Robotics", "Chips", null);
        Gen<Integer> order = Gens.orNull(Gens.integers(1, 5), 0.2);
        Gen<Edit> edit = Gen.of(r -> new Edit(slot.next(r), delete.next(r), fen.next(r), currency.next(r), status.next(r),
                sector.next(r), order.next(r)));
        return Gens.lists(edit, 0, 25);
    }

    @Test
    void ledgerMatchesDatabaseAfterAnyEdits() {
        Property.check(60, edits(), ContractLedgerTest::ledgerMatchesDatabaseAfter);
    }

    private static void ledgerMatchesDatabaseAfter(List<Edit> edits) {
        try (Database database = Database.openInMemory(UUID.randomUUID().toString())) {
            long eventId = new EventRepository(database.dsl()).insert(Event.named("E")).id();
            ContractService service = new ContractService(database, new ContractRepository(database.dsl()));
            ContractLedger ledger = new ContractLedger();
            service.changes().addListener(change -> {
                if (change instanceof RecordChange.Saved<Contract> s) {
                    s.records().forEach(ledger::put);
                } else if (change instanceof RecordChange.Removed<Contract> d) {
                    d.ids().forEach(ledger::remove);
                }
            });
            Long[] slots = new Long[8];
            long[] versions = new long[8];
            for (Edit e : edits) {
                if (e.delete()) {
                    if (slots[e.slot()] != null) {
                        service.delete(eventId, slots[e.slot()]);
                        slots[e.slot()] = null;
                        versions[e.slot()] = 0;
                    }
                    continue;
                }
                Contract c = new Contract(slots[e.slot()], eventId, "P" + e.slot(), null, null, e.sector(), "D",
                        BigDecimal.valueOf(e.fen(), 2), e.currency(), e.order(), e.status(), null, null)
                        .withVersion(versions[e.slot()]);
                Contract saved;
                try {
                    saved = service.save(c);
                } catch (ContractException taken) {
                    // Another slot holds the signing order (sql/V42): refused, nothing saved, nothing published.
                    assertThat(taken.problems()).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo("rule.signingOrderTaken"));
                    continue;
                }
                slots[e.slot()] = saved.id();
                versions[e.slot()] = saved.version();
                // Read a running total now and then, so the lazy prefix is partly valid when the next edit comes.
                if (e.fen() % 3 == 0) {
                    ledger.runningTotal(slots[e.slot()]);
                }
            }

            assertThat(ledger.totals()).isEqualTo(service.totals(eventId));
            List<ContractWithRunningTotal> fromDatabase = service.listWithRunningTotals(eventId);
            assertThat(ledger.inSigningOrder()).containsExactlyElementsOf(
                    fromDatabase.stream().map(ContractWithRunningTotal::contract).toList());
            for (ContractWithRunningTotal row : fromDatabase) {
                assertThat(ledger.runningTotal(row.contract().id())).isEqualTo(row.runningTotal());
            }
        }
    }
}
