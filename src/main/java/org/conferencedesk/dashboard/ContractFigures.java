package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractLedger;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.ContractTotals.CountAndAmount;
import org.conferencedesk.contracts.SigningSession;

/**
 * The signing ceremony's figures of an event ({@link FigureSection#CONTRACTS}): the contract totals
 * (decision 0004: signed and planned, by sector and district, signed CNY yuan), the running total over
 * the signing order, each signing session's own figures (the closing ceremony counting only its own),
 * and what a government report counts: projects of at least 1 亿元 by sector and district, and the
 * investors' origin.
 *
 * @param totals the contract totals, every session
 * @param runningTotals the running total at each placed contract, in signing order (contracts without a
 *        signing order are not on it)
 * @param ceremony the ceremony figures of every session together
 * @param sessions each session's figures, in {@code SigningSessionService.sessions} order
 */
public record ContractFigures(ContractTotals totals, List<RunningTotal> runningTotals, CeremonyFigures ceremony,
                              List<SessionFigures> sessions) {

    /**
     * The threshold of a major project, 100,000,000.00 yuan (1 亿元): government reports on a signing
     * ceremony count "亿元以上项目", and "以上" includes the number itself (Civil Code of the PRC, art. 1259:
     * "以上、以下、以内、届满，包括本数"), so a project of exactly 1 亿元 counts.
     */
    public static final BigDecimal MAJOR_PROJECT_THRESHOLD = new BigDecimal("100000000.00");

    /** No contracts, only the closing ceremony. */
    public static final ContractFigures NONE = new ContractFigures(ContractTotals.EMPTY, List.of(), CeremonyFigures.NONE,
            List.of());

    /**
     * The running total at one place of the signing order.
     *
     * @param signingOrder the place on stage (1, 2 …)
     * @param contractId the contract placed there
     * @param projectName its project
     * @param amount its amount in its currency (scale 2)
     * @param currency its currency
     * @param signedCny true if it counts in the running total (signed, CNY)
     * @param runningTotal the signed CNY amount of the contracts up to and including it, yuan (scale 2)
     */
    public record RunningTotal(int signingOrder, long contractId, String projectName, BigDecimal amount, String currency,
                               boolean signedCny, BigDecimal runningTotal) {
    }

    /**
     * One signing session's figures.
     *
     * @param session the session
     * @param planned the contracts planned there
     * @param ceremony what was signed there, with the ceremony figures
     */
    public record SessionFigures(SigningSession session, CountAndAmount planned, CeremonyFigures ceremony) {
    }

    /** Copies the lists. */
    public ContractFigures {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(ceremony, "ceremony");
        runningTotals = List.copyOf(runningTotals);
        sessions = List.copyOf(sessions);
    }

    /** True if a CNY amount in yuan is a major project: at least {@link #MAJOR_PROJECT_THRESHOLD}. */
    public static boolean isMajor(BigDecimal yuan) {
        return yuan.compareTo(MAJOR_PROJECT_THRESHOLD) >= 0;
    }

    /** The figures of a ledger (contracts) and a ceremony tally (sessions and origins) of the same event. */
    static ContractFigures of(ContractLedger ledger, CeremonyTally tally) {
        List<RunningTotal> running = new ArrayList<>();
        for (Contract c : ledger.inSigningOrder()) {
            if (c.signingOrder() != null) {
                running.add(new RunningTotal(c.signingOrder(), c.id(), c.projectName(), c.amount(), c.currency(),
                        c.countsAsSignedCny(), ledger.runningTotal(c.id())));
            }
        }
        return new ContractFigures(ledger.totals(), running, tally.all(), tally.perSession());
    }

    /** The closing ceremony's figures (only its own contracts); nothing signed if the list has no closing ceremony. */
    public SessionFigures closingCeremony() {
        return sessions.stream().filter(s -> s.session().isClosingCeremony()).findFirst()
                .orElse(new SessionFigures(null, CountAndAmount.ZERO, CeremonyFigures.NONE));
    }

    /** The named figures, in {@link FigureName} order. */
    public List<Figure> figures() {
        List<Figure> list = new ArrayList<>();
        list.add(Figure.count(FigureKey.of(FigureName.CONTRACTS_SIGNED_COUNT), totals.signed().count()));
        list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_SIGNED_AMOUNT), totals.signed().amount()));
        list.add(Figure.count(FigureKey.of(FigureName.CONTRACTS_PLANNED_COUNT), totals.planned().count()));
        list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_PLANNED_AMOUNT), totals.planned().amount()));
        totals.bySector().forEach((k, v) -> list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_SECTOR, k), v)));
        totals.byDistrict().forEach((k, v) -> list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_DISTRICT, k), v)));
        // Two contracts given the same place: the figure of the place is the total after both.
        Map<Integer, BigDecimal> atPlace = new java.util.LinkedHashMap<>();
        runningTotals.forEach(r -> atPlace.put(r.signingOrder(), r.runningTotal()));
        atPlace.forEach((place, total) -> list.add(new Figure(
                FigureKey.of(FigureName.CONTRACTS_RUNNING_TOTAL, Integer.toString(place)), total)));
        SessionFigures closing = closingCeremony();
        list.add(Figure.count(FigureKey.of(FigureName.CONTRACTS_CLOSING_COUNT), closing.ceremony().signed().count()));
        list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_CLOSING_AMOUNT), closing.ceremony().signed().amount()));
        for (SessionFigures s : sessions) {
            if (!s.session().isClosingCeremony()) {
                String name = s.session().nameZh().strip();
                list.add(Figure.count(FigureKey.of(FigureName.CONTRACTS_SESSION_COUNT, name), s.ceremony().signed().count()));
            }
        }
        for (SessionFigures s : sessions) {
            if (!s.session().isClosingCeremony()) {
                String name = s.session().nameZh().strip();
                list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_SESSION_AMOUNT, name), s.ceremony().signed().amount()));
            }
        }
        list.add(Figure.count(FigureKey.of(FigureName.CONTRACTS_MAJOR_COUNT), ceremony.major().count()));
        list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_MAJOR_AMOUNT), ceremony.major().amount()));
        list.add(Figure.count(FigureKey.of(FigureName.CONTRACTS_CLOSING_MAJOR_COUNT), closing.ceremony().major().count()));
        list.add(new Figure(FigureKey.of(FigureName.CONTRACTS_CLOSING_MAJOR_AMOUNT), closing.ceremony().major().amount()));
        addCounts(list, FigureName.CONTRACTS_MAJOR_SECTOR_COUNT, ceremony.majorBySector());
        addAmounts(list, FigureName.CONTRACTS_MAJOR_SECTOR_AMOUNT, ceremony.majorBySector());
        addCounts(list, FigureName.CONTRACTS_MAJOR_DISTRICT_COUNT, ceremony.majorByDistrict());
        addAmounts(list, FigureName.CONTRACTS_MAJOR_DISTRICT_AMOUNT, ceremony.majorByDistrict());
        addCounts(list, FigureName.CONTRACTS_ORIGIN_COUNT, ceremony.byOrigin());
        addAmounts(list, FigureName.CONTRACTS_ORIGIN_AMOUNT, ceremony.byOrigin());
        return list;
    }

    private static void addCounts(List<Figure> list, FigureName name, Map<String, CountAndAmount> values) {
        values.forEach((k, v) -> list.add(Figure.count(FigureKey.of(name, k), v.count())));
    }

    private static void addAmounts(List<Figure> list, FigureName name, Map<String, CountAndAmount> values) {
        values.forEach((k, v) -> list.add(new Figure(FigureKey.of(name, k), v.amount())));
    }
}
