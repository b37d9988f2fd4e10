package org.conferencedesk.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractLedger;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.storage.Database;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An edit to one of 10,000 contracts, until the totals (and a running total) are up to date:
 * incrementally ({@link ContractLedger}, {@link LiveContracts}) against the floor of asking the
 * database again after the write (GROUP BY and window sum over the event's rows).
 *
 * <p>Each invocation changes the amount of a contract in the middle of the signing order, so that
 * half the running totals change, and H2's result cache cannot answer the re-query.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LedgerEditBenchmark {

    private static final int CONTRACTS = 10_000;

    private Database database;
    /** Without listeners: for the floor. */
    private ContractService service;
    /** With {@link #live} listening, as in the window. */
    private ContractService liveService;
    private long eventId;
    private List<Contract> stored;
    private ContractLedger ledger;
    private LiveContracts live;
    private Contract middle;
    private long fen;

    @Setup(Level.Trial)
    public void fill() {
        database = Database.openInMemory("bench-" + UUID.randomUUID());
        eventId = new EventRepository(database.dsl()).insert(Event.named("Bench")).id();
        service = new ContractService(database, new ContractRepository(database.dsl()));
        List<Contract> contracts = new ArrayList<>(CONTRACTS);
        String[] sectors = {"智能装备", "集成电路", "新能源汽车", "工业互联网", "生物医药"};
        String[] districts = {"江宁区", "江北新区", "栖霞区", "浦口区", "雨花台区", "溧水区"};
        for (int i = 0; i < CONTRACTS; i++) {
            contracts.add(new Contract(null, eventId, "项目" + i, "投资方" + i, "合作方" + i, sectors[i % sectors.length],
                    districts[i % districts.length], BigDecimal.valueOf(100_000_000L + i * 1_000L, 2), "CNY", i + 1,
                    i % 10 == 0 ? ContractStatus.PLANNED : ContractStatus.SIGNED, null, null));
        }
        service.addAll(eventId, contracts);
        stored = service.list(eventId);
        ledger = new ContractLedger(stored);
        liveService = new ContractService(database, new ContractRepository(database.dsl()));
        live = new LiveContracts(liveService, new CurrentThreadTaskExecutor());
        live.show(eventId);
        middle = stored.get(CONTRACTS / 2);
    }

    @TearDown(Level.Trial)
    public void close() {
        live.close();
        database.close();
    }

    private Contract nextEdit() {
        fen++;
        return new Contract(middle.id(), eventId, middle.projectName(), middle.investor(), middle.partner(),
                middle.sector(), middle.district(), BigDecimal.valueOf(500_000_000_00L + fen % 1000, 2), "CNY",
                middle.signingOrder(), ContractStatus.SIGNED, null, null);
    }

    /** Incremental: apply the edit to the ledger, read the totals and the last row's running total. */
    @Benchmark
    public BigDecimal ledgerEditToTotals() {
        ledger.put(nextEdit());
        ContractTotals totals = ledger.totals();
        return totals.signed().amount().add(ledger.runningTotal(stored.get(CONTRACTS - 1).id()));
    }

    /**
     * As the window does it: save the edit; the committed change reaches {@link LiveContracts}
     * (table list, totals, revision) through the service's listener. Compare with {@link #writeOnly()}.
     */
    @Benchmark
    public ContractTotals writeThenLiveContracts() {
        liveService.save(nextEdit());
        return live.totals();
    }

    /** Floor: write the edit, then ask the database for the totals and running totals again. */
    @Benchmark
    public Object writeThenRequeryDatabase() {
        service.save(nextEdit());
        ContractTotals totals = service.totals(eventId);
        return List.of(totals, service.listWithRunningTotals(eventId).get(CONTRACTS - 1).runningTotal());
    }

    /** Writing the edit alone (what every path pays in the real application). */
    @Benchmark
    public Contract writeOnly() {
        return service.save(nextEdit());
    }
}
