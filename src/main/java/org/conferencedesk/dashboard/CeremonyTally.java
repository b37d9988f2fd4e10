package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractSigning;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals.CountAndAmount;
import org.conferencedesk.contracts.SigningSession;

/**
 * The signing-session and ceremony figures of an event's contracts, kept by difference: a contract
 * saved, removed, or moved to another session changes only its own contribution (a few map entries),
 * never a re-count. Used both by {@link FigureSources} (filled once from the services) and by
 * {@link LiveEventFigures} (kept live), so the two give the same figures.
 *
 * <p>A contract's session is resolved through the event's sessions: no session, or the closing
 * ceremony's row, is the closing ceremony. Not thread-safe: one thread (the UI thread when live).
 */
final class CeremonyTally {

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final Map<Long, Contract> contracts = new HashMap<>();
    private final Map<Long, ContractSigning> signings = new HashMap<>();
    private List<SigningSession> sessions = List.of();
    private Map<Long, Boolean> closingRows = Map.of();
    /** Per session (null key: the closing ceremony). */
    private final Map<Long, SessionTally> bySession = new HashMap<>();

    /** Replaces everything: the event's contracts, their sessions and origins, and its sessions. */
    void reset(Collection<Contract> allContracts, Collection<ContractSigning> allSignings, List<SigningSession> allSessions) {
        contracts.clear();
        signings.clear();
        allSignings.forEach(s -> signings.put(s.contractId(), s));
        setSessions(allSessions);
        allContracts.forEach(c -> contracts.put(c.id(), c));
        recount();
    }

    /** Replaces the contracts only (a reload of the contract list). */
    void resetContracts(Collection<Contract> allContracts) {
        contracts.clear();
        allContracts.forEach(c -> contracts.put(c.id(), c));
        recount();
    }

    /** Replaces the sessions and the contracts' sessions and origins (a reload of the signing sessions). */
    void resetSignings(Collection<ContractSigning> allSignings, List<SigningSession> allSessions) {
        signings.clear();
        allSignings.forEach(s -> signings.put(s.contractId(), s));
        setSessions(allSessions);
        recount();
    }

    /** A contract was added or edited. */
    void put(Contract contract) {
        Contract before = contracts.put(contract.id(), contract);
        if (before != null) {
            account(before, signings.get(before.id()), -1);
        }
        account(contract, signings.get(contract.id()), +1);
    }

    /** A contract was deleted. */
    void remove(long contractId) {
        Contract before = contracts.remove(contractId);
        ContractSigning signing = signings.remove(contractId);
        if (before != null) {
            account(before, signing, -1);
        }
    }

    /** Contracts' sessions or origins changed. */
    void putSignings(Collection<ContractSigning> changed) {
        for (ContractSigning s : changed) {
            Contract c = contracts.get(s.contractId());
            if (c != null) {
                account(c, signings.get(c.id()), -1);
            }
            signings.put(s.contractId(), s);
            if (c != null) {
                account(c, s, +1);
            }
        }
    }

    /** The event's sessions, in {@code SigningSessionService.sessions} order. */
    List<SigningSession> sessions() {
        return sessions;
    }

    /** The figures of every session together. */
    CeremonyFigures all() {
        SessionTally sum = new SessionTally();
        bySession.values().forEach(sum::addAll);
        return sum.figures();
    }

    /** The figures of each session, in session order (the closing ceremony's counting only its own). */
    List<ContractFigures.SessionFigures> perSession() {
        List<ContractFigures.SessionFigures> list = new ArrayList<>(sessions.size());
        for (SigningSession s : sessions) {
            SessionTally t = bySession.get(s.isClosingCeremony() ? null : s.id());
            list.add(t == null
                    ? new ContractFigures.SessionFigures(s, CountAndAmount.ZERO, CeremonyFigures.NONE)
                    : new ContractFigures.SessionFigures(s, t.planned.value(), t.figures()));
        }
        return list;
    }

    private void setSessions(List<SigningSession> allSessions) {
        sessions = List.copyOf(allSessions);
        Map<Long, Boolean> closing = new HashMap<>();
        for (SigningSession s : sessions) {
            if (s.id() != null) {
                closing.put(s.id(), s.isClosingCeremony());
            }
        }
        closingRows = closing;
    }

    private void recount() {
        bySession.clear();
        contracts.values().forEach(c -> account(c, signings.get(c.id()), +1));
    }

    private Long sessionOf(ContractSigning signing) {
        Long id = signing == null ? null : signing.sessionId();
        return id == null || closingRows.getOrDefault(id, false) ? null : id;
    }

    private void account(Contract c, ContractSigning signing, int sign) {
        if (c.status() == ContractStatus.WITHDRAWN) {
            return;
        }
        SessionTally t = bySession.computeIfAbsent(sessionOf(signing), id -> new SessionTally());
        String origin = signing == null || signing.investorOrigin() == null
                ? CeremonyFigures.NOT_RECORDED : signing.investorOrigin().name();
        t.account(c, origin, sign);
    }

    /** A running count and CNY amount. */
    private static final class Sum {
        int count;
        BigDecimal amount = ZERO;

        void add(int sign, BigDecimal value) {
            count += sign;
            if (value != null) {
                amount = sign > 0 ? amount.add(value) : amount.subtract(value);
            }
        }

        void addAll(Sum other) {
            count += other.count;
            amount = amount.add(other.amount);
        }

        CountAndAmount value() {
            return new CountAndAmount(count, amount);
        }
    }

    /** One session's figures, kept by difference. */
    private static final class SessionTally {
        final Sum signed = new Sum();
        final Sum planned = new Sum();
        final Sum major = new Sum();
        final Map<String, Sum> majorBySector = new HashMap<>();
        final Map<String, Sum> majorByDistrict = new HashMap<>();
        final Map<String, Sum> byOrigin = new HashMap<>();

        void account(Contract c, String origin, int sign) {
            BigDecimal cny = c.isCny() ? c.amount() : null;
            if (c.status() == ContractStatus.PLANNED) {
                planned.add(sign, cny);
                return;
            }
            signed.add(sign, cny);
            byOrigin.computeIfAbsent(origin, k -> new Sum()).add(sign, cny);
            if (cny != null && ContractFigures.isMajor(cny)) {
                major.add(sign, cny);
                majorBySector.computeIfAbsent(key(c.sector()), k -> new Sum()).add(sign, cny);
                majorByDistrict.computeIfAbsent(key(c.district()), k -> new Sum()).add(sign, cny);
            }
        }

        void addAll(SessionTally other) {
            signed.addAll(other.signed);
            planned.addAll(other.planned);
            major.addAll(other.major);
            other.majorBySector.forEach((k, v) -> majorBySector.computeIfAbsent(k, x -> new Sum()).addAll(v));
            other.majorByDistrict.forEach((k, v) -> majorByDistrict.computeIfAbsent(k, x -> new Sum()).addAll(v));
            other.byOrigin.forEach((k, v) -> byOrigin.computeIfAbsent(k, x -> new Sum()).addAll(v));
        }

        CeremonyFigures figures() {
            return new CeremonyFigures(signed.value(), major.value(), sorted(majorBySector), sorted(majorByDistrict),
                    values(byOrigin));
        }

        private static Map<String, CountAndAmount> values(Map<String, Sum> sums) {
            Map<String, CountAndAmount> out = new HashMap<>();
            sums.forEach((k, v) -> out.put(k, v.value()));
            return out;
        }

        /** Without empty entries; larger amounts first, then by key (as the contract totals order their breakdowns). */
        private static Map<String, CountAndAmount> sorted(Map<String, Sum> sums) {
            List<Map.Entry<String, Sum>> entries = new ArrayList<>(sums.entrySet());
            entries.removeIf(e -> e.getValue().count == 0);
            entries.sort((a, b) -> {
                int c = b.getValue().amount.compareTo(a.getValue().amount);
                return c != 0 ? c : a.getKey().compareTo(b.getKey());
            });
            Map<String, CountAndAmount> out = new LinkedHashMap<>();
            entries.forEach(e -> out.put(e.getKey(), e.getValue().value()));
            return out;
        }

        /** As the contract ledger keys a sector or district: stripped, "" for none. */
        private static String key(String s) {
            return s == null || s.isBlank() ? "" : s.strip();
        }
    }
}
