package org.conferencedesk.contracts;

import static org.conferencedesk.storage.generated.Tables.CONTRACT;
import static org.conferencedesk.storage.generated.Tables.SIGNING_SESSION;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.conferencedesk.storage.RecordStore;
import org.conferencedesk.storage.generated.tables.records.SigningSessionRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Reads and writes {@link SigningSession}s and the session and investor origin of contracts
 * ({@link ContractSigning}, sql/V30). The only class besides {@link ContractRepository} of this feature
 * that touches generated jOOQ code; it returns domain records.
 */
public final class SigningSessionRepository implements RecordStore<SigningSession> {

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public SigningSessionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    @Override
    public SigningSessionRepository within(DSLContext tx) {
        return new SigningSessionRepository(tx);
    }

    /** The event's stored sessions: by day held (undated last), then as added. */
    public List<SigningSession> sessions(long eventId) {
        return dsl.selectFrom(SIGNING_SESSION).where(SIGNING_SESSION.EVENT_ID.eq(eventId))
                .orderBy(SIGNING_SESSION.HELD_ON.asc().nullsLast(), SIGNING_SESSION.ID.asc())
                .fetch(SigningSessionRepository::toSession);
    }

    /** The session with this id, if any. */
    public Optional<SigningSession> session(long id) {
        return dsl.selectFrom(SIGNING_SESSION).where(SIGNING_SESSION.ID.eq(id)).fetchOptional(SigningSessionRepository::toSession);
    }

    /** The session with this id, locked until the transaction ends (SELECT … FOR UPDATE). */
    @Override
    public Optional<SigningSession> lock(long id) {
        return dsl.selectFrom(SIGNING_SESSION).where(SIGNING_SESSION.ID.eq(id)).forUpdate()
                .fetchOptional(SigningSessionRepository::toSession);
    }

    /** Another session of the event with this Chinese name (compared as stored, stripped), if any. */
    public Optional<SigningSession> sessionNamed(long eventId, String nameZh) {
        return dsl.selectFrom(SIGNING_SESSION)
                .where(SIGNING_SESSION.EVENT_ID.eq(eventId).and(SIGNING_SESSION.NAME_ZH.eq(nameZh.strip())))
                .fetchOptional(SigningSessionRepository::toSession);
    }

    /** The event's closing-ceremony row, if it has one. */
    public Optional<SigningSession> closingCeremony(long eventId) {
        return dsl.selectFrom(SIGNING_SESSION)
                .where(SIGNING_SESSION.EVENT_ID.eq(eventId).and(SIGNING_SESSION.KIND.eq(SigningSessionKind.CLOSING_CEREMONY.name())))
                .fetchOptional(SigningSessionRepository::toSession);
    }

    /** Inserts a session and returns it with its id. */
    @Override
    public SigningSession insert(SigningSession session) {
        SigningSessionRecord r = dsl.newRecord(SIGNING_SESSION);
        copy(session, r);
        r.store();
        return toSession(r);
    }

    /** Updates a session (by id) and returns it as stored; empty if it is gone. */
    @Override
    public Optional<SigningSession> update(SigningSession session) {
        SigningSessionRecord r = dsl.fetchOne(SIGNING_SESSION, SIGNING_SESSION.ID.eq(session.id()));
        if (r == null) {
            return Optional.empty();
        }
        copy(session, r);
        r.setUpdatedAt(OffsetDateTime.now());
        r.store();
        return Optional.of(toSession(r));
    }

    /** Deletes the session with this id; false if it was already gone. */
    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(SIGNING_SESSION).where(SIGNING_SESSION.ID.eq(id)).execute() > 0;
    }

    /** Number of contracts that name this session. */
    public int contractCount(long sessionId) {
        return dsl.fetchCount(CONTRACT, CONTRACT.SIGNING_SESSION_ID.eq(sessionId));
    }

    /** The session and origin of every contract of the event, by contract id. */
    public List<ContractSigning> signings(long eventId) {
        return dsl.select(CONTRACT.ID, CONTRACT.EVENT_ID, CONTRACT.SIGNING_SESSION_ID, CONTRACT.INVESTOR_ORIGIN)
                .from(CONTRACT).where(CONTRACT.EVENT_ID.eq(eventId)).orderBy(CONTRACT.ID)
                .fetch(SigningSessionRepository::toSigning);
    }

    /**
     * A contract's session and origin with its project name (for the audit trail), locked until the
     * transaction ends.
     *
     * @param signing the session and origin
     * @param projectName the project's name
     */
    public record Locked(ContractSigning signing, String projectName) {
    }

    /** The event's contracts with these ids, locked (SELECT … FOR UPDATE); ids not of the event are left out. */
    public List<Locked> lockSignings(long eventId, Collection<Long> contractIds) {
        return dsl.select(CONTRACT.ID, CONTRACT.EVENT_ID, CONTRACT.SIGNING_SESSION_ID, CONTRACT.INVESTOR_ORIGIN,
                        CONTRACT.PROJECT_NAME)
                .from(CONTRACT).where(CONTRACT.EVENT_ID.eq(eventId).and(CONTRACT.ID.in(contractIds)))
                .orderBy(CONTRACT.ID).forUpdate()
                .fetch(r -> new Locked(toSigning(r), r.get(CONTRACT.PROJECT_NAME)));
    }

    /** Sets the session of these contracts (null: the closing ceremony). */
    public void setSession(Collection<Long> contractIds, Long sessionId) {
        dsl.update(CONTRACT).set(CONTRACT.SIGNING_SESSION_ID, sessionId).set(CONTRACT.UPDATED_AT, OffsetDateTime.now())
                .where(CONTRACT.ID.in(contractIds)).execute();
    }

    /** Sets the investor origin of these contracts (null: not recorded). */
    public void setInvestorOrigin(Collection<Long> contractIds, InvestorOrigin origin) {
        dsl.update(CONTRACT).set(CONTRACT.INVESTOR_ORIGIN, origin == null ? null : origin.name())
                .set(CONTRACT.UPDATED_AT, OffsetDateTime.now())
                .where(CONTRACT.ID.in(contractIds)).execute();
    }

    /**
     * One group of the event's contracts, counted by the database: those of one session (null: the
     * closing ceremony, whether the contract names no session or the closing-ceremony row), status and
     * currency.
     *
     * @param sessionId the session, or null for the closing ceremony
     * @param status their status
     * @param currency their currency
     * @param count how many
     * @param amount their amounts added up, in that currency (scale 2)
     */
    public record SessionGroup(Long sessionId, ContractStatus status, String currency, int count, BigDecimal amount) {
    }

    /** The event's contracts grouped by session (closing ceremony resolved), status and currency. */
    public List<SessionGroup> sessionGroups(long eventId) {
        var session = DSL.when(SIGNING_SESSION.KIND.eq(SigningSessionKind.CLOSING_CEREMONY.name()), DSL.inline((Long) null))
                .otherwise(CONTRACT.SIGNING_SESSION_ID).as("session");
        return dsl.select(session, CONTRACT.STATUS, CONTRACT.CURRENCY, DSL.count(), DSL.sum(CONTRACT.AMOUNT))
                .from(CONTRACT).leftJoin(SIGNING_SESSION).on(SIGNING_SESSION.ID.eq(CONTRACT.SIGNING_SESSION_ID))
                .where(CONTRACT.EVENT_ID.eq(eventId))
                .groupBy(session, CONTRACT.STATUS, CONTRACT.CURRENCY)
                .fetch(r -> new SessionGroup(r.value1(), ContractStatus.valueOf(r.value2()), r.value3().strip(), r.value4(),
                        r.value5() == null ? new BigDecimal("0.00") : r.value5().setScale(2, RoundingMode.UNNECESSARY)));
    }

    /**
     * True if {@code failure} is the database's refusal to delete a session that contracts still name
     * ({@link SigningSessionGuardTrigger}), e.g. when another program assigned one meanwhile.
     */
    public static boolean isSessionInUse(Throwable failure) {
        return org.conferencedesk.storage.DatabaseRefusals.code(failure, SigningSessionGuardTrigger.SQL_STATE,
                java.util.List.of(SigningSessionGuardTrigger.IN_USE)).isPresent();
    }

    private static void copy(SigningSession s, SigningSessionRecord r) {
        r.setEventId(s.eventId());
        r.setKind(s.kind().name());
        r.setNameZh(s.nameZh().strip());
        r.setNameEn(s.nameEn() == null || s.nameEn().isBlank() ? null : s.nameEn().strip());
        r.setHeldOn(s.heldOn());
    }

    private static SigningSession toSession(SigningSessionRecord r) {
        return new SigningSession(r.getId(), r.getEventId(), SigningSessionKind.valueOf(r.getKind()), r.getNameZh(),
                r.getNameEn(), r.getHeldOn());
    }

    private static ContractSigning toSigning(Record r) {
        String origin = r.get(CONTRACT.INVESTOR_ORIGIN);
        return new ContractSigning(r.get(CONTRACT.ID), r.get(CONTRACT.EVENT_ID), r.get(CONTRACT.SIGNING_SESSION_ID),
                origin == null ? null : InvestorOrigin.valueOf(origin));
    }
}
