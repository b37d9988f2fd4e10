package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conferencedesk.shared.TextRules;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.AuditedWrites;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.FieldChange;
import org.conferencedesk.storage.RecordAudit;

/**
 * An event's signing sessions (the closing ceremony, sub-forums, pre-event conferences), the session
 * and investor origin of each contract, and the totals per session: what a government report counts
 * for a signing ceremony besides the event's totals (issue 14). A contract with no session belongs to
 * the closing ceremony, so everything written before sessions existed keeps its meaning (sql/V30).
 *
 * <p>Every write runs in one transaction with its audit entries ({@code signingSession} CREATED /
 * UPDATED / DELETED through {@link AuditedWrites}; a contract's {@code signingSession} or
 * {@code investorOrigin} as an UPDATED entry of the {@code contract}), then publishes on
 * {@link #sessionChanges()} or {@link #changes()}. A refusal is a
 * {@link ContractException} with a sentence in both languages and changes nothing.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 */
public final class SigningSessionService {

    /** The record type of signing sessions in the audit trail. */
    public static final String SESSION_RECORD_TYPE = "signingSession";
    /** The audit field of a contract's session (its Chinese name). */
    public static final String SESSION_FIELD = "signingSession";
    /** The audit field of a contract's investor origin (the {@link InvestorOrigin} name). */
    public static final String ORIGIN_FIELD = "investorOrigin";

    private final Database database;
    private final SigningSessionRepository sessions;
    private final AuditTrail audit;
    private final ChangeFeed<ContractSigning> changes = new ChangeFeed<>();
    private final ChangeFeed<SigningSession> sessionChanges = new ChangeFeed<>();
    private final AuditedWrites<SigningSession> writes;

    /**
     * @param database the database (for transactions)
     * @param sessions the repository over it
     * @param audit the trail every change is recorded in
     */
    public SigningSessionService(Database database, SigningSessionRepository sessions, AuditTrail audit) {
        this.database = Objects.requireNonNull(database);
        this.sessions = Objects.requireNonNull(sessions);
        this.audit = Objects.requireNonNull(audit);
        this.writes = new AuditedWrites<>(database, sessions, RecordAudit.of(SESSION_RECORD_TYPE, SigningSession::id,
                SigningSession::eventId, SigningSession::nameZh, SigningSessionService::fields), audit, sessionChanges);
    }

    /**
     * Committed changes of contracts' sessions and origins: {@code Saved} with the contracts whose session
     * or origin changed, as they now stand. Listeners run on the writing thread.
     */
    public ChangeFeed<ContractSigning> changes() {
        return changes;
    }

    /**
     * Committed changes of the sessions themselves ({@code Saved}, {@code Removed}): a session's name or
     * kind changes what its contracts count under. Listeners run on the writing thread.
     */
    public ChangeFeed<SigningSession> sessionChanges() {
        return sessionChanges;
    }

    // ------------------------------------------------------------------ sessions

    /**
     * The event's sessions: by the day held (undated last), then as added; the closing ceremony is
     * always there, as {@link SigningSession#closingCeremony(long)} (no id, last) if the event has not
     * named it.
     */
    public List<SigningSession> sessions(long eventId) {
        List<SigningSession> list = new ArrayList<>(sessions.sessions(eventId));
        if (list.stream().noneMatch(SigningSession::isClosingCeremony)) {
            list.add(SigningSession.closingCeremony(eventId));
        }
        return List.copyOf(list);
    }

    /** The event's closing ceremony: its row, or {@link SigningSession#closingCeremony(long)} if it has none. */
    public SigningSession closingCeremony(long eventId) {
        return sessions.closingCeremony(eventId).orElseGet(() -> SigningSession.closingCeremony(eventId));
    }

    /**
     * Adds a session (no id) or saves an edited one, audited ({@link AuditedWrites}), and returns it as
     * stored. The database refuses a second closing ceremony and a name taken twice on its own too.
     *
     * @throws ContractException if its Chinese name is empty or either name is longer than 200 characters
     *         ({@code session.nameEmpty}, {@code session.nameTooLong}), another session of the event has
     *         the name ({@code session.nameTaken}), it would be the event's second closing ceremony
     *         ({@code session.closingTaken}), or it was deleted meanwhile or is another event's ({@code session.gone})
     */
    public SigningSession saveSession(SigningSession session) {
        checkNames(session);
        if (session.id() != null && sessions.session(session.id()).filter(s -> s.eventId() == session.eventId()).isEmpty()) {
            throw new ContractException("session.gone");
        }
        Optional<SigningSession> named = sessions.sessionNamed(session.eventId(), session.nameZh());
        if (named.isPresent() && !named.get().id().equals(session.id())) {
            throw new ContractException("session.nameTaken", session.nameZh().strip());
        }
        if (session.isClosingCeremony()) {
            Optional<SigningSession> closing = sessions.closingCeremony(session.eventId());
            if (closing.isPresent() && !closing.get().id().equals(session.id())) {
                throw new ContractException("session.closingTaken", closing.get().nameZh());
            }
        }
        return writes.save(session, () -> new ContractException("session.gone"));
    }

    /**
     * Deletes a session that no contract names, audited with its last values; false if it was already gone.
     *
     * @throws ContractException ({@code session.hasContracts}) if contracts still name it: move them to
     *         another session first (the database refuses it too, {@link SigningSessionGuardTrigger})
     */
    public boolean deleteSession(long eventId, long sessionId) {
        Optional<SigningSession> before = sessions.session(sessionId).filter(s -> s.eventId() == eventId);
        if (before.isEmpty()) {
            return false;
        }
        int contracts = sessions.contractCount(sessionId);
        if (contracts > 0) {
            throw new ContractException("session.hasContracts", before.get().nameZh(), contracts);
        }
        try {
            return writes.delete(sessionId).isPresent();
        } catch (RuntimeException e) {
            if (SigningSessionRepository.isSessionInUse(e)) {
                throw new ContractException("session.hasContracts", before.get().nameZh(), sessions.contractCount(sessionId));
            }
            throw e;
        }
    }

    // ------------------------------------------------------------------ contracts' sessions and origins

    /** The session and investor origin of every contract of the event, by contract id. */
    public List<ContractSigning> signings(long eventId) {
        return sessions.signings(eventId);
    }

    /**
     * The event's contracts grouped by the session that signed them, in {@link #sessions} order, each
     * session's list in the order given; a session with no contracts is left out. A contract with no
     * session (or naming the closing ceremony's row) is the closing ceremony's, so each group's own
     * running total ({@link ContractLedger}) counts only its own contracts.
     *
     * @param contracts the event's contracts (as {@link ContractService#list} reads them)
     * @return session → its contracts; unmodifiable
     */
    public Map<SigningSession, List<Contract>> bySession(long eventId, Collection<Contract> contracts) {
        Map<Long, Long> sessionOf = new HashMap<>();
        for (ContractSigning s : signings(eventId)) {
            if (s.sessionId() != null) {
                sessionOf.put(s.contractId(), s.sessionId());
            }
        }
        List<SigningSession> list = sessions(eventId);
        Map<Long, SigningSession> byId = new HashMap<>();
        SigningSession closing = null;
        for (SigningSession s : list) {
            if (s.isClosingCeremony()) {
                closing = s;
            } else {
                byId.put(s.id(), s);
            }
        }
        Map<SigningSession, List<Contract>> grouped = new LinkedHashMap<>();
        for (SigningSession s : list) {
            grouped.put(s, new ArrayList<>());
        }
        for (Contract c : contracts) {
            SigningSession session = byId.getOrDefault(sessionOf.get(c.id()), closing);
            grouped.get(session).add(c);
        }
        grouped.values().removeIf(List::isEmpty);
        grouped.replaceAll((s, own) -> List.copyOf(own));
        return java.util.Collections.unmodifiableMap(grouped);
    }

    /**
     * Moves contracts to a session, audited per contract whose session changes (field
     * {@value #SESSION_FIELD}, the sessions' Chinese names before and after).
     *
     * @param sessionId the session, or null (or the closing-ceremony row) for the closing ceremony
     * @return the contracts as they now stand, in id order
     * @throws ContractException if the session is not the event's ({@code session.gone}) or a contract
     *         is not the event's any more ({@code session.contractGone}); nothing is changed
     */
    public List<ContractSigning> assign(long eventId, Collection<Long> contractIds, Long sessionId) {
        return change(eventId, contractIds, SESSION_FIELD, repository -> {
            SigningSession target = sessionId == null ? null : repository.lock(sessionId)
                    .filter(s -> s.eventId() == eventId).orElseThrow(() -> new ContractException("session.gone"));
            Long stored = target == null || target.isClosingCeremony() ? null : target.id();
            Map<Long, String> names = new HashMap<>();
            repository.sessions(eventId).forEach(s -> names.put(s.id(), s.nameZh()));
            String closingName = repository.closingCeremony(eventId).orElseGet(() -> SigningSession.closingCeremony(eventId)).nameZh();
            return new Change() {
                @Override
                public ContractSigning after(ContractSigning s) {
                    return new ContractSigning(s.contractId(), eventId, stored, s.investorOrigin());
                }

                @Override
                public String text(ContractSigning s) {
                    return s.sessionId() == null ? closingName : names.getOrDefault(s.sessionId(), closingName);
                }

                @Override
                public void store(SigningSessionRepository r, List<Long> changed) {
                    r.setSession(changed, stored);
                }
            };
        });
    }

    /**
     * Sets the investor origin of contracts, audited per contract whose origin changes (field
     * {@value #ORIGIN_FIELD}).
     *
     * @param origin the origin, or null for "not recorded"
     * @return the contracts as they now stand, in id order
     * @throws ContractException ({@code session.contractGone}) if a contract is not the event's any more; nothing is changed
     */
    public List<ContractSigning> setInvestorOrigin(long eventId, Collection<Long> contractIds, InvestorOrigin origin) {
        return change(eventId, contractIds, ORIGIN_FIELD, repository -> new Change() {
            @Override
            public ContractSigning after(ContractSigning s) {
                return new ContractSigning(s.contractId(), eventId, s.sessionId(), origin);
            }

            @Override
            public String text(ContractSigning s) {
                return s.investorOrigin() == null ? null : s.investorOrigin().name();
            }

            @Override
            public void store(SigningSessionRepository r, List<Long> changed) {
                r.setInvestorOrigin(changed, origin);
            }
        });
    }

    /** One change of contracts' sessions or origins, prepared inside its transaction. */
    private interface Change {
        /** The contract as it becomes. */
        ContractSigning after(ContractSigning before);

        /** The changed field as the audit trail shows it. */
        String text(ContractSigning s);

        /** Writes the change of these contracts. */
        void store(SigningSessionRepository repository, List<Long> changed);
    }

    /**
     * Locks the contracts, applies the change to those it changes with one UPDATED entry each (when the
     * field's text changes), in one transaction; publishes every contract as it now stands.
     */
    private List<ContractSigning> change(long eventId, Collection<Long> contractIds, String field,
                                         java.util.function.Function<SigningSessionRepository, Change> prepare) {
        List<ContractSigning> after = database.inTransaction(tx -> {
            SigningSessionRepository repository = sessions.within(tx);
            Change change = prepare.apply(repository);
            List<Long> changed = new ArrayList<>();
            List<ContractSigning> result = new ArrayList<>();
            for (SigningSessionRepository.Locked l : lockAll(repository, eventId, contractIds)) {
                ContractSigning was = l.signing();
                ContractSigning is = change.after(was);
                if (!is.equals(was)) {
                    changed.add(was.contractId());
                    String before = change.text(was);
                    String now = change.text(is);
                    if (!Objects.equals(before, now)) {
                        audit.record(tx, AuditEntry.of(eventId, ContractAudit.RECORD_TYPE, was.contractId(), AuditAction.UPDATED,
                                l.projectName(), List.of(new FieldChange(field, before, now))));
                    }
                }
                result.add(is);
            }
            if (!changed.isEmpty()) {
                change.store(repository, changed);
            }
            return result;
        });
        changes.saved(eventId, after);
        return after;
    }

    // ------------------------------------------------------------------ totals

    /**
     * The figures of each session of the event ({@link #sessions} order), counted by the database: signed
     * and planned contracts (count in every currency, CNY amount in yuan) and signed amounts in other
     * currencies. The closing ceremony counts only its own contracts (those with no session, or naming
     * its row); the sessions' figures add up to the event's {@link ContractService#totals}.
     */
    public List<SessionTotals> sessionTotals(long eventId) {
        List<SigningSession> list = sessions(eventId);
        Map<Long, Tally> bySession = new LinkedHashMap<>();
        Tally closing = new Tally();
        for (SigningSessionRepository.SessionGroup g : sessions.sessionGroups(eventId)) {
            Tally t = g.sessionId() == null ? closing : bySession.computeIfAbsent(g.sessionId(), id -> new Tally());
            t.add(g);
        }
        List<SessionTotals> totals = new ArrayList<>(list.size());
        for (SigningSession s : list) {
            Tally t = s.isClosingCeremony() ? closing : bySession.getOrDefault(s.id(), new Tally());
            totals.add(t.of(s));
        }
        return List.copyOf(totals);
    }

    /** Counts of one session while its groups are added up. */
    private static final class Tally {
        private static final BigDecimal ZERO = new BigDecimal("0.00");
        private int signed;
        private BigDecimal signedCny = ZERO;
        private int planned;
        private BigDecimal plannedCny = ZERO;
        private final Map<String, BigDecimal> others = new HashMap<>();

        void add(SigningSessionRepository.SessionGroup g) {
            boolean cny = Contract.CNY.equals(g.currency());
            if (g.status() == ContractStatus.SIGNED) {
                signed += g.count();
                if (cny) {
                    signedCny = signedCny.add(g.amount());
                } else {
                    others.merge(g.currency(), g.amount(), BigDecimal::add);
                }
            } else if (g.status() == ContractStatus.PLANNED) {
                planned += g.count();
                if (cny) {
                    plannedCny = plannedCny.add(g.amount());
                }
            }
        }

        SessionTotals of(SigningSession session) {
            return new SessionTotals(session, new ContractTotals.CountAndAmount(signed, signedCny),
                    new ContractTotals.CountAndAmount(planned, plannedCny), others);
        }
    }

    // ------------------------------------------------------------------ internals

    private static List<SigningSessionRepository.Locked> lockAll(SigningSessionRepository repository, long eventId,
                                                                 Collection<Long> contractIds) {
        List<Long> ids = contractIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<SigningSessionRepository.Locked> locked = repository.lockSignings(eventId, ids);
        if (locked.size() != ids.size()) {
            throw new ContractException("session.contractGone");
        }
        return locked;
    }

    private static void checkNames(SigningSession session) {
        if (session.nameZh().isBlank()) {
            throw new ContractException("session.nameEmpty");
        }
        if (TextRules.isTooLong(session.nameZh().strip(), SigningSession.NAME_LENGTH)
                || (session.nameEn() != null && TextRules.isTooLong(session.nameEn().strip(), SigningSession.NAME_LENGTH))) {
            throw new ContractException("session.nameTooLong", SigningSession.NAME_LENGTH);
        }
    }

    /** A session's audit view. */
    private static LinkedHashMap<String, String> fields(SigningSession s) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("kind", s.kind().name());
        f.put("nameZh", s.nameZh().strip());
        f.put("nameEn", s.nameEn() == null || s.nameEn().isBlank() ? null : s.nameEn().strip());
        f.put("heldOn", s.heldOn() == null ? null : s.heldOn().toString());
        return f;
    }
}
