package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.Database;

/** The incremental ledger must give the database's figures to the fen after any sequence of edits. */
class ContractLedgerTest {

    /** One edit: save a contract in slot {@code slot} (0–7) with these values, or delete it. */
    record Edit(int slot, boolean delete, long fen, String currency, ContractStatus status, String sector, Integer order) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return edit().list().ofMaxSize(25);
    }

    private Arbitrary<Edit> edit() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.of(true, false, false, false),
                Arbitraries.longs().between(0, 10_000_000_000_00L),
                Arbitraries.of("CNY", "CNY", "CNY", "USD"),
                Arbitraries.of(ContractStatus.class),
                Arbitraries.of("Robotics", "Chips", null),
                Arbitraries.integers().between(1, 5).injectNull(0.2))
                .as(Edit::new);
    }

    @Property(tries = 60)
    void ledgerMatchesDatabaseAfterAnyEdits(@ForAll("edits") List<Edit> edits) {
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
            for (Edit e : edits) {
                if (e.delete()) {
                    if (slots[e.slot()] != null) {
                        service.delete(eventId, slots[e.slot()]);
                        slots[e.slot()] = null;
                    }
                    continue;
                }
                Contract c = new Contract(slots[e.slot()], eventId, "P" + e.slot(), null, null, e.sector(), "D",
                        BigDecimal.valueOf(e.fen(), 2), e.currency(), e.order(), e.status(), null, null);
                slots[e.slot()] = service.save(c).id();
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
