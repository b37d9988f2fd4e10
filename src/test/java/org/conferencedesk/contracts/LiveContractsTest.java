package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.DeferredTaskExecutor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LiveContractsTest {

    private Database database;
    private ContractService service;
    private long wimc2020;
    private long wimc2021;

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        EventRepository events = new EventRepository(database.dsl());
        wimc2020 = events.insert(Event.named("WIMC 2020")).id();
        wimc2021 = events.insert(Event.named("WIMC 2021")).id();
        service = new ContractService(database, new ContractRepository(database.dsl()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Contract contract(long event, String name, String amount, Integer order) {
        return new Contract(null, event, name, "Investor", "Partner", "Robotics", "Jiangning", new BigDecimal(amount),
                "CNY", order, ContractStatus.SIGNED, null, null);
    }

    @Test
    void aSlowLoadOfTheEventLeftBehindDoesNotReplaceTheEventShown() {
        service.save(contract(wimc2020, "Old event's project", "100.00", 1));
        service.save(contract(wimc2021, "New event's project", "5.00", 1));
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        LiveContracts live = new LiveContracts(service, executor);

        live.show(wimc2020);
        live.show(wimc2021);
        executor.finishNewest();
        executor.finishOldest();

        assertThat(live.contracts()).extracting(Contract::projectName).containsExactly("New event's project");
        assertThat(live.totals().signed().amount()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void contractsAreInSigningOrderWithRunningTotalsAndFollowEveryWrite() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        LiveContracts live = new LiveContracts(service, executor);
        live.show(wimc2020);
        executor.finishAll();

        Contract third = service.save(contract(wimc2020, "C", "3.00", 3));
        Contract first = service.save(contract(wimc2020, "A", "1.00", 1));
        service.save(contract(wimc2020, "B", "2.00", 2));
        service.save(first.withStatus(ContractStatus.WITHDRAWN));
        service.addAll(wimc2020, List.of(contract(wimc2020, "D", "4.00", null)), "more.csv");
        executor.finishAll();

        assertThat(live.contracts()).extracting(Contract::projectName).containsExactly("A", "B", "C", "D");
        assertThat(live.runningTotal(third.id())).isEqualTo(new BigDecimal("5.00"));
        assertThat(live.totals().signed().amount()).isEqualTo(new BigDecimal("9.00"));
        assertThat(live.totals()).isEqualTo(service.totals(wimc2020));

        service.delete(wimc2020, third.id());
        assertThat(live.contracts()).extracting(Contract::projectName).containsExactly("A", "B", "D");
        assertThat(live.totals()).isEqualTo(service.totals(wimc2020));
    }
}
