package org.conferencedesk.awards;

import static org.conferencedesk.storage.generated.Tables.AWARD_CATEGORY;
import static org.conferencedesk.storage.generated.Tables.AWARD_COMMITTEE_MEMBER;
import static org.conferencedesk.storage.generated.Tables.AWARD_CRITERION;
import static org.conferencedesk.storage.generated.Tables.AWARD_NOMINEE;
import static org.conferencedesk.storage.generated.Tables.AWARD_PRIZE;
import static org.conferencedesk.storage.generated.Tables.AWARD_RECUSAL;
import static org.conferencedesk.storage.generated.Tables.AWARD_REOPENING;
import static org.conferencedesk.storage.generated.Tables.AWARD_SCORE;
import static org.conferencedesk.storage.generated.Tables.AWARD_SIGN_OFF;
import static org.conferencedesk.storage.generated.Tables.AWARD_WINNER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.generated.tables.records.AwardCategoryRecord;
import org.conferencedesk.storage.generated.tables.records.AwardCommitteeMemberRecord;
import org.conferencedesk.storage.generated.tables.records.AwardCriterionRecord;
import org.conferencedesk.storage.generated.tables.records.AwardNomineeRecord;
import org.conferencedesk.storage.generated.tables.records.AwardPrizeRecord;
import org.conferencedesk.storage.generated.tables.records.AwardRecusalRecord;
import org.conferencedesk.storage.generated.tables.records.AwardScoreRecord;
import org.conferencedesk.storage.generated.tables.records.AwardWinnerRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Reads and writes award categories and their parts. The only class of this feature that touches
 * generated jOOQ code; it returns the feature's records, never jOOQ records. It applies no rule beyond
 * the database's own: the service checks first, with sentences; the database refuses what slips
 * through ({@link #refusal(Throwable)}).
 *
 * <p>Nominees are returned as stored: a linked nominee has no name here (the service reads it from
 * the guest or exhibitor).
 */
public final class AwardRepository {

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public AwardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    public AwardRepository within(DSLContext tx) {
        return new AwardRepository(tx);
    }

    /** The transaction this thread holds open for {@link #joinedTransaction}, if any. */
    private final ThreadLocal<DSLContext> joined = new ThreadLocal<>();

    /**
     * Runs {@code work} in a transaction of {@code database} ({@link Database#inTransaction}), or, while
     * this thread runs {@link #joinedTransaction} on this repository, in that one.
     */
    public <T> T transaction(Database database, java.util.function.Function<DSLContext, T> work) {
        DSLContext outer = joined.get();
        return outer != null ? work.apply(outer) : database.inTransaction(work);
    }

    /**
     * Runs {@code work} in one transaction of {@code database} that every {@link #transaction} call of
     * this thread joins until {@code work} returns: many service writes saved all or nothing (an import).
     */
    public <T> T joinedTransaction(Database database, java.util.function.Function<DSLContext, T> work) {
        return database.inTransaction(tx -> {
            joined.set(tx);
            try {
                return work.apply(tx);
            } finally {
                joined.remove();
            }
        });
    }

    /** True while this thread runs {@link #joinedTransaction}. */
    public boolean inJoinedTransaction() {
        return joined.get() != null;
    }

    // ---- categories

    /** The event's categories in running order. */
    public List<AwardCategory> categories(long eventId) {
        return dsl.selectFrom(AWARD_CATEGORY).where(AWARD_CATEGORY.EVENT_ID.eq(eventId))
                .orderBy(AWARD_CATEGORY.RUNNING_ORDER).fetch(AwardRepository::toCategory);
    }

    /** The category with this id, if any. */
    public Optional<AwardCategory> category(long id) {
        return dsl.selectFrom(AWARD_CATEGORY).where(AWARD_CATEGORY.ID.eq(id)).fetchOptional(AwardRepository::toCategory);
    }

    /**
     * The category with this id, locked until the caller's transaction ends (SELECT … FOR UPDATE), so
     * that a sign-off and a change to the category never interleave.
     */
    public Optional<AwardCategory> lockCategory(long id) {
        return dsl.selectFrom(AWARD_CATEGORY).where(AWARD_CATEGORY.ID.eq(id)).forUpdate().fetchOptional(AwardRepository::toCategory);
    }

    /** Inserts a category and returns it with its id. */
    public AwardCategory insertCategory(AwardCategory c) {
        AwardCategoryRecord r = dsl.newRecord(AWARD_CATEGORY);
        r.setEventId(c.eventId());
        copy(c, r);
        r.store();
        return toCategory(r);
    }

    /** Updates a category's names, kind, running order, tie rule, seed and score range (not its sign-off). */
    public AwardCategory updateCategory(AwardCategory c) {
        AwardCategoryRecord r = dsl.fetchOne(AWARD_CATEGORY, AWARD_CATEGORY.ID.eq(c.id()));
        copy(c, r);
        r.setUpdatedAt(OffsetDateTime.now(ZoneOffset.UTC));
        r.store();
        return toCategory(r);
    }

    /** Deletes a category with all its parts; false if it was not there. */
    public boolean deleteCategory(long id) {
        return dsl.deleteFrom(AWARD_CATEGORY).where(AWARD_CATEGORY.ID.eq(id)).execute() > 0;
    }

    /** The next free place at the end of the event's running order (1 for the first category). */
    public int nextRunningOrder(long eventId) {
        Integer max = dsl.select(DSL.max(AWARD_CATEGORY.RUNNING_ORDER)).from(AWARD_CATEGORY)
                .where(AWARD_CATEGORY.EVENT_ID.eq(eventId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /**
     * Gives the event's categories the running order 1, 2, 3 … in the order of {@code categoryIds}
     * (which must name each of them once). The old places are first moved out of the way, so the
     * unique order never clashes half-way.
     */
    public void reorder(long eventId, List<Long> categoryIds) {
        int offset = nextRunningOrder(eventId) + categoryIds.size();
        dsl.update(AWARD_CATEGORY).set(AWARD_CATEGORY.RUNNING_ORDER, AWARD_CATEGORY.RUNNING_ORDER.plus(offset))
                .where(AWARD_CATEGORY.EVENT_ID.eq(eventId)).execute();
        for (int i = 0; i < categoryIds.size(); i++) {
            dsl.update(AWARD_CATEGORY).set(AWARD_CATEGORY.RUNNING_ORDER, i + 1)
                    .where(AWARD_CATEGORY.ID.eq(categoryIds.get(i)).and(AWARD_CATEGORY.EVENT_ID.eq(eventId))).execute();
        }
    }

    /** Puts the sign-off in force ({@code signOffId}) or clears it (null, after a reopening). */
    public void setSignOff(long categoryId, Long signOffId) {
        dsl.update(AWARD_CATEGORY).set(AWARD_CATEGORY.SIGN_OFF_ID, signOffId).where(AWARD_CATEGORY.ID.eq(categoryId)).execute();
    }

    /** The category of the nominee with this id, if the nominee still exists. */
    public Optional<AwardCategory> categoryOfNominee(long nomineeId) {
        return dsl.select(AWARD_CATEGORY.fields()).from(AWARD_CATEGORY)
                .join(AWARD_NOMINEE).on(AWARD_NOMINEE.CATEGORY_ID.eq(AWARD_CATEGORY.ID))
                .where(AWARD_NOMINEE.ID.eq(nomineeId)).fetchOptional(r -> toCategory(r.into(AWARD_CATEGORY)));
    }

    /** The category of the recusal with this id, if the recusal still exists. */
    public Optional<AwardCategory> categoryOfRecusal(long recusalId) {
        return dsl.select(AWARD_CATEGORY.fields()).from(AWARD_CATEGORY)
                .join(AWARD_RECUSAL).on(AWARD_RECUSAL.CATEGORY_ID.eq(AWARD_CATEGORY.ID))
                .where(AWARD_RECUSAL.ID.eq(recusalId)).fetchOptional(r -> toCategory(r.into(AWARD_CATEGORY)));
    }

    /** How many scores the category has. */
    public int scoreCount(long categoryId) {
        return dsl.fetchCount(AWARD_SCORE, AWARD_SCORE.CATEGORY_ID.eq(categoryId));
    }

    // ---- the whole content

    /** Everything the category holds (nominees as stored), if it exists; call inside a transaction for one consistent read. */
    public Optional<AwardCategoryContent> content(long categoryId) {
        return category(categoryId).map(c -> new AwardCategoryContent(c, prizes(categoryId), criteria(categoryId),
                members(categoryId), nominees(categoryId), recusals(categoryId), scores(categoryId), winners(categoryId),
                signOffs(categoryId)));
    }

    // ---- prizes

    /** The category's prizes by rank. */
    public List<Prize> prizes(long categoryId) {
        return dsl.selectFrom(AWARD_PRIZE).where(AWARD_PRIZE.CATEGORY_ID.eq(categoryId)).orderBy(AWARD_PRIZE.PRIZE_RANK)
                .fetch(r -> new Prize(r.getId(), r.getCategoryId(), r.getPrizeRank(), r.getNameZh(), r.getNameEn(), r.getPlaces()));
    }

    /** Inserts (no id) or updates (id) a prize and returns it as stored. */
    public Prize savePrize(Prize p) {
        AwardPrizeRecord r = p.id() == null ? dsl.newRecord(AWARD_PRIZE) : dsl.fetchOne(AWARD_PRIZE, AWARD_PRIZE.ID.eq(p.id()));
        r.setCategoryId(p.categoryId());
        r.setPrizeRank(p.rank());
        r.setNameZh(p.nameZh().strip());
        r.setNameEn(p.nameEn().strip());
        r.setPlaces(p.places());
        r.store();
        return new Prize(r.getId(), r.getCategoryId(), r.getPrizeRank(), r.getNameZh(), r.getNameEn(), r.getPlaces());
    }

    /** Deletes a prize (it must have no winners); false if it was not there. */
    public boolean deletePrize(long prizeId) {
        return dsl.deleteFrom(AWARD_PRIZE).where(AWARD_PRIZE.ID.eq(prizeId)).execute() > 0;
    }

    // ---- criteria

    /** The category's criteria in order. */
    public List<Criterion> criteria(long categoryId) {
        return dsl.selectFrom(AWARD_CRITERION).where(AWARD_CRITERION.CATEGORY_ID.eq(categoryId)).orderBy(AWARD_CRITERION.LIST_ORDER)
                .fetch(r -> new Criterion(r.getId(), r.getCategoryId(), r.getNameZh(), r.getNameEn(), r.getWeight(), r.getListOrder()));
    }

    /** Inserts (no id) or updates (id) a criterion and returns it as stored. */
    public Criterion saveCriterion(Criterion c) {
        AwardCriterionRecord r = c.id() == null ? dsl.newRecord(AWARD_CRITERION) : dsl.fetchOne(AWARD_CRITERION, AWARD_CRITERION.ID.eq(c.id()));
        r.setCategoryId(c.categoryId());
        r.setNameZh(c.nameZh().strip());
        r.setNameEn(c.nameEn().strip());
        r.setWeight(c.weight().setScale(AwardRules.WEIGHT_DECIMALS));
        r.setListOrder(c.order());
        r.store();
        return new Criterion(r.getId(), r.getCategoryId(), r.getNameZh(), r.getNameEn(), r.getWeight(), r.getListOrder());
    }

    /** Deletes a criterion with its scores; false if it was not there. */
    public boolean deleteCriterion(long criterionId) {
        return dsl.deleteFrom(AWARD_CRITERION).where(AWARD_CRITERION.ID.eq(criterionId)).execute() > 0;
    }

    // ---- committee

    /** The category's committee in the order members were added. */
    public List<CommitteeMember> members(long categoryId) {
        return dsl.selectFrom(AWARD_COMMITTEE_MEMBER).where(AWARD_COMMITTEE_MEMBER.CATEGORY_ID.eq(categoryId))
                .orderBy(AWARD_COMMITTEE_MEMBER.ID)
                .fetch(r -> new CommitteeMember(r.getId(), r.getCategoryId(), r.getName()));
    }

    /** Inserts (no id) or renames (id) a member and returns it as stored. */
    public CommitteeMember saveMember(CommitteeMember m) {
        AwardCommitteeMemberRecord r = m.id() == null ? dsl.newRecord(AWARD_COMMITTEE_MEMBER)
                : dsl.fetchOne(AWARD_COMMITTEE_MEMBER, AWARD_COMMITTEE_MEMBER.ID.eq(m.id()));
        r.setCategoryId(m.categoryId());
        r.setName(m.name().strip());
        r.store();
        return new CommitteeMember(r.getId(), r.getCategoryId(), r.getName());
    }

    /** Deletes a member with their recusals and scores; false if they were not there. */
    public boolean deleteMember(long memberId) {
        return dsl.deleteFrom(AWARD_COMMITTEE_MEMBER).where(AWARD_COMMITTEE_MEMBER.ID.eq(memberId)).execute() > 0;
    }

    // ---- nominees

    /** The category's nominees in nomination order, as stored (a linked nominee without a name). */
    public List<Nominee> nominees(long categoryId) {
        return dsl.selectFrom(AWARD_NOMINEE).where(AWARD_NOMINEE.CATEGORY_ID.eq(categoryId)).orderBy(AWARD_NOMINEE.ID)
                .fetch(AwardRepository::toNominee);
    }

    /** Every nomination of this exhibitor, in any category. */
    public List<Nominee> nominationsOfExhibitor(long exhibitorId) {
        return dsl.selectFrom(AWARD_NOMINEE).where(AWARD_NOMINEE.EXHIBITOR_ID.eq(exhibitorId)).orderBy(AWARD_NOMINEE.ID)
                .fetch(AwardRepository::toNominee);
    }

    /** The event's nominees linked to a guest, in any category, in nomination order (as stored). */
    public List<Nominee> guestNominees(long eventId) {
        return dsl.select(AWARD_NOMINEE.fields()).from(AWARD_NOMINEE)
                .join(AWARD_CATEGORY).on(AWARD_CATEGORY.ID.eq(AWARD_NOMINEE.CATEGORY_ID))
                .where(AWARD_CATEGORY.EVENT_ID.eq(eventId).and(AWARD_NOMINEE.GUEST_ID.isNotNull()))
                .orderBy(AWARD_NOMINEE.ID)
                .fetch(r -> toNominee(r.into(AWARD_NOMINEE)));
    }

    /**
     * Turns a linked nominee into one by name: it keeps {@code name} and {@code affiliation} as written
     * and no longer points at its guest or exhibitor (which is about to be deleted).
     */
    public void unlinkNominee(long nomineeId, String name, String affiliation) {
        dsl.update(AWARD_NOMINEE)
                .set(AWARD_NOMINEE.NAME, clean(name))
                .set(AWARD_NOMINEE.AFFILIATION, clean(affiliation))
                .set(AWARD_NOMINEE.GUEST_ID, (Long) null)
                .set(AWARD_NOMINEE.EXHIBITOR_ID, (Long) null)
                .where(AWARD_NOMINEE.ID.eq(nomineeId)).execute();
    }

    /**
     * Inserts (no id) or updates (id) a nominee and returns it as stored. A linked nominee keeps no name
     * or affiliation of its own.
     */
    public Nominee saveNominee(Nominee n, Instant now) {
        AwardNomineeRecord r = n.id() == null ? dsl.newRecord(AWARD_NOMINEE) : dsl.fetchOne(AWARD_NOMINEE, AWARD_NOMINEE.ID.eq(n.id()));
        r.setCategoryId(n.categoryId());
        r.setKind(n.kind().name());
        r.setName(n.isLinked() ? null : clean(n.name()));
        r.setAffiliation(n.isLinked() ? null : clean(n.affiliation()));
        r.setGuestId(n.guestId());
        r.setExhibitorId(n.exhibitorId());
        if (r.getNominatedAt() == null) {
            r.setNominatedAt(toOffset(now));
        }
        r.store();
        return toNominee(r);
    }

    /** Deletes a nominee with its recusals and scores (it must not be a winner); false if it was not there. */
    public boolean deleteNominee(long nomineeId) {
        return dsl.deleteFrom(AWARD_NOMINEE).where(AWARD_NOMINEE.ID.eq(nomineeId)).execute() > 0;
    }

    // ---- recusals

    /** The category's recusals in the order recorded. */
    public List<Recusal> recusals(long categoryId) {
        return dsl.selectFrom(AWARD_RECUSAL).where(AWARD_RECUSAL.CATEGORY_ID.eq(categoryId)).orderBy(AWARD_RECUSAL.ID)
                .fetch(AwardRepository::toRecusal);
    }

    /** Inserts a recusal and returns it with its id. */
    public Recusal insertRecusal(Recusal x) {
        AwardRecusalRecord r = dsl.newRecord(AWARD_RECUSAL);
        r.setCategoryId(x.categoryId());
        r.setMemberId(x.memberId());
        r.setNomineeId(x.nomineeId());
        r.setReason(x.reason().strip());
        r.setRecordedAt(toOffset(x.recordedAt()));
        r.store();
        return toRecusal(r);
    }

    /** Deletes a recusal; false if it was not there. */
    public boolean deleteRecusal(long recusalId) {
        return dsl.deleteFrom(AWARD_RECUSAL).where(AWARD_RECUSAL.ID.eq(recusalId)).execute() > 0;
    }

    // ---- scores

    /** The category's scores (every member's), by member, nominee and criterion id. */
    public List<Score> scores(long categoryId) {
        return dsl.selectFrom(AWARD_SCORE).where(AWARD_SCORE.CATEGORY_ID.eq(categoryId))
                .orderBy(AWARD_SCORE.MEMBER_ID, AWARD_SCORE.NOMINEE_ID, AWARD_SCORE.CRITERION_ID)
                .fetch(AwardRepository::toScore);
    }

    /** Stores a member's score of a nominee on a criterion, replacing the one there was; returns it as stored. */
    public Score saveScore(Score s) {
        AwardScoreRecord r = dsl.fetchOne(AWARD_SCORE, AWARD_SCORE.MEMBER_ID.eq(s.memberId())
                .and(AWARD_SCORE.NOMINEE_ID.eq(s.nomineeId())).and(AWARD_SCORE.CRITERION_ID.eq(s.criterionId())));
        if (r == null) {
            r = dsl.newRecord(AWARD_SCORE);
            r.setCategoryId(s.categoryId());
            r.setMemberId(s.memberId());
            r.setNomineeId(s.nomineeId());
            r.setCriterionId(s.criterionId());
        }
        // At the column's scale, so the score handed back (and audited) reads as stored: "93.00", not "93".
        r.setScore(s.score().setScale(AwardRules.SCORE_DECIMALS));
        r.setScoredAt(toOffset(s.scoredAt()));
        r.store();
        return toScore(r);
    }

    /** Deletes one score; false if there was none. */
    public boolean deleteScore(long memberId, long nomineeId, long criterionId) {
        return dsl.deleteFrom(AWARD_SCORE).where(AWARD_SCORE.MEMBER_ID.eq(memberId)
                .and(AWARD_SCORE.NOMINEE_ID.eq(nomineeId)).and(AWARD_SCORE.CRITERION_ID.eq(criterionId))).execute() > 0;
    }

    /** Deletes a member's scores of a nominee; returns how many there were. */
    public int deleteScores(long memberId, long nomineeId) {
        return dsl.deleteFrom(AWARD_SCORE).where(AWARD_SCORE.MEMBER_ID.eq(memberId).and(AWARD_SCORE.NOMINEE_ID.eq(nomineeId))).execute();
    }

    // ---- winners

    /** The category's winners by prize id and place. */
    public List<Winner> winners(long categoryId) {
        return dsl.selectFrom(AWARD_WINNER).where(AWARD_WINNER.CATEGORY_ID.eq(categoryId))
                .orderBy(AWARD_WINNER.PRIZE_ID, AWARD_WINNER.PLACE_SLOT).fetch(AwardRepository::toWinner);
    }

    /**
     * Inserts a winner in place {@code w.place()} of a prize with {@code places} places; the database
     * refuses a place taken, a place beyond {@code places}, or a nominee who already won in the category.
     */
    public Winner insertWinner(Winner w, int places) {
        AwardWinnerRecord r = dsl.newRecord(AWARD_WINNER);
        r.setCategoryId(w.categoryId());
        r.setPrizeId(w.prizeId());
        r.setPrizePlaces(places);
        r.setPlaceSlot(w.place());
        r.setNomineeId(w.nomineeId());
        r.setRecordedAt(toOffset(w.recordedAt()));
        r.store();
        return toWinner(r);
    }

    /** Deletes a winner; false if it was not there. */
    public boolean deleteWinner(long winnerId) {
        return dsl.deleteFrom(AWARD_WINNER).where(AWARD_WINNER.ID.eq(winnerId)).execute() > 0;
    }

    // ---- sign-offs

    /** The category's sign-offs, oldest first, each with its reopening if it was reopened. */
    public List<SignOff> signOffs(long categoryId) {
        return dsl.select().from(AWARD_SIGN_OFF).leftJoin(AWARD_REOPENING).on(AWARD_REOPENING.SIGN_OFF_ID.eq(AWARD_SIGN_OFF.ID))
                .where(AWARD_SIGN_OFF.CATEGORY_ID.eq(categoryId)).orderBy(AWARD_SIGN_OFF.ID)
                .fetch(AwardRepository::toSignOff);
    }

    /** Inserts a sign-off (the database checks its hash against its content) and returns its id. */
    public long insertSignOff(SignOff s) {
        return dsl.insertInto(AWARD_SIGN_OFF)
                .set(AWARD_SIGN_OFF.CATEGORY_ID, s.categoryId())
                .set(AWARD_SIGN_OFF.MEMBER_ID, s.memberId())
                .set(AWARD_SIGN_OFF.MEMBER_NAME, s.memberName())
                .set(AWARD_SIGN_OFF.SIGNED_AT, toOffset(s.signedAt()))
                .set(AWARD_SIGN_OFF.RESULT_HASH, s.resultHash())
                .set(AWARD_SIGN_OFF.CONTENT, s.content())
                .returning(AWARD_SIGN_OFF.ID).fetchOne().getId();
    }

    /** Records the reopening of the sign-off in force and returns its id. */
    public long insertReopening(long categoryId, SignOff.Reopening r) {
        return dsl.insertInto(AWARD_REOPENING)
                .set(AWARD_REOPENING.CATEGORY_ID, categoryId)
                .set(AWARD_REOPENING.SIGN_OFF_ID, r.signOffId())
                .set(AWARD_REOPENING.REOPENED_AT, toOffset(r.reopenedAt()))
                .set(AWARD_REOPENING.REOPENED_BY, r.reopenedBy().strip())
                .set(AWARD_REOPENING.REASON, r.reason().strip())
                .returning(AWARD_REOPENING.ID).fetchOne().getId();
    }

    // ---- totals

    /** The event's award figures, counted by the database. */
    public AwardTotals totals(long eventId) {
        Record categories = dsl.select(DSL.count(), DSL.count(AWARD_CATEGORY.SIGN_OFF_ID)).from(AWARD_CATEGORY)
                .where(AWARD_CATEGORY.EVENT_ID.eq(eventId)).fetchOne();
        Integer places = dsl.select(DSL.sum(AWARD_PRIZE.PLACES)).from(AWARD_PRIZE)
                .join(AWARD_CATEGORY).on(AWARD_PRIZE.CATEGORY_ID.eq(AWARD_CATEGORY.ID))
                .where(AWARD_CATEGORY.EVENT_ID.eq(eventId)).fetchOne(0, Integer.class);
        int winners = dsl.selectCount().from(AWARD_WINNER)
                .join(AWARD_CATEGORY).on(AWARD_WINNER.CATEGORY_ID.eq(AWARD_CATEGORY.ID))
                .where(AWARD_CATEGORY.EVENT_ID.eq(eventId)).fetchOne(0, Integer.class);
        int count = categories.get(0, Integer.class);
        int signedOff = categories.get(1, Integer.class);
        return new AwardTotals(count, places == null ? 0 : places, winners, signedOff, count - signedOff);
    }

    // ---- refusals by the database

    /**
     * The code of the database's refusal behind {@code failure} ({@link AwardFreezeTrigger#FROZEN} …),
     * if it is one.
     */
    public static Optional<String> refusal(Throwable failure) {
        return org.conferencedesk.storage.DatabaseRefusals.code(failure, AwardFreezeTrigger.SQL_STATE, List.of(
                AwardFreezeTrigger.RULE_AFTER_SCORES, AwardFreezeTrigger.SIGN_OFF_KEPT, AwardFreezeTrigger.FROZEN,
                AwardFreezeTrigger.RECUSED));
    }

    // ---- mapping

    private static void copy(AwardCategory c, AwardCategoryRecord r) {
        r.setNameZh(c.nameZh().strip());
        r.setNameEn(c.nameEn().strip());
        r.setKind(c.kind().name());
        r.setRunningOrder(c.runningOrder());
        r.setTieRule(c.tieRule().name());
        r.setDrawSeed(c.drawSeed());
        r.setScoreMin(c.scoreMin().setScale(AwardRules.SCORE_DECIMALS));
        r.setScoreMax(c.scoreMax().setScale(AwardRules.SCORE_DECIMALS));
    }

    private static AwardCategory toCategory(AwardCategoryRecord r) {
        return new AwardCategory(r.getId(), r.getEventId(), r.getNameZh(), r.getNameEn(), AwardKind.valueOf(r.getKind()),
                r.getRunningOrder(), TieRule.valueOf(r.getTieRule()), r.getDrawSeed(), r.getScoreMin(), r.getScoreMax(),
                r.getSignOffId());
    }

    private static Nominee toNominee(AwardNomineeRecord r) {
        return new Nominee(r.getId(), r.getCategoryId(), NomineeKind.valueOf(r.getKind()), r.getName(), r.getAffiliation(),
                r.getGuestId(), r.getExhibitorId(), toInstant(r.getNominatedAt()));
    }

    private static Recusal toRecusal(AwardRecusalRecord r) {
        return new Recusal(r.getId(), r.getCategoryId(), r.getMemberId(), r.getNomineeId(), r.getReason(), toInstant(r.getRecordedAt()));
    }

    private static Score toScore(AwardScoreRecord r) {
        return new Score(r.getId(), r.getCategoryId(), r.getMemberId(), r.getNomineeId(), r.getCriterionId(), r.getScore(),
                toInstant(r.getScoredAt()));
    }

    private static Winner toWinner(AwardWinnerRecord r) {
        return new Winner(r.getId(), r.getCategoryId(), r.getPrizeId(), r.getPlaceSlot(), r.getNomineeId(), toInstant(r.getRecordedAt()));
    }

    private static SignOff toSignOff(Record r) {
        Long reopeningId = r.get(AWARD_REOPENING.ID);
        SignOff.Reopening reopening = reopeningId == null ? null : new SignOff.Reopening(reopeningId, r.get(AWARD_SIGN_OFF.ID),
                toInstant(r.get(AWARD_REOPENING.REOPENED_AT)), r.get(AWARD_REOPENING.REOPENED_BY), r.get(AWARD_REOPENING.REASON));
        return new SignOff(r.get(AWARD_SIGN_OFF.ID), r.get(AWARD_SIGN_OFF.CATEGORY_ID), r.get(AWARD_SIGN_OFF.MEMBER_ID),
                r.get(AWARD_SIGN_OFF.MEMBER_NAME), toInstant(r.get(AWARD_SIGN_OFF.SIGNED_AT)), r.get(AWARD_SIGN_OFF.RESULT_HASH),
                r.get(AWARD_SIGN_OFF.CONTENT), reopening);
    }

    private static OffsetDateTime toOffset(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant toInstant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
