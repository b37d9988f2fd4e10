package org.conferencedesk.guests;

import org.conferencedesk.storage.RecordVersions;
import org.conferencedesk.shared.record.StaleEditException;
import static org.conferencedesk.storage.generated.Tables.GUEST;
import static org.conferencedesk.storage.generated.Tables.GUEST_DISTINCT;
import static org.conferencedesk.storage.generated.Tables.GUEST_MERGE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conferencedesk.storage.RecordStore;
import org.conferencedesk.storage.generated.tables.records.GuestRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Reads and writes {@link Guest}s, their merges and the pairs marked as different people. The only class of this feature that touches
 * generated jOOQ code; it returns domain records, never jOOQ records. Guests merged into another
 * ({@code merge_id} set) are left out of every list, count and total.
 */
public final class GuestRepository implements RecordStore<Guest> {

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public GuestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    @Override
    public GuestRepository within(DSLContext tx) {
        return new GuestRepository(tx);
    }

    /** The event's guests (not merged away), in the order they were added (id). */
    public List<Guest> findByEvent(long eventId) {
        return dsl.selectFrom(GUEST)
                .where(GUEST.EVENT_ID.eq(eventId).and(GUEST.MERGE_ID.isNull()))
                .orderBy(GUEST.ID)
                .fetch(GuestRepository::toGuest);
    }

    /** The guest with this id, merged away or not, if any. */
    public Optional<Guest> findById(long id) {
        return dsl.selectFrom(GUEST).where(GUEST.ID.eq(id)).fetchOptional(GuestRepository::toGuest);
    }

    /**
     * The guests with these ids that are in the list (not merged away), locked until the caller's
     * transaction ends (SELECT … FOR UPDATE), in id order.
     */
    public List<Guest> lockListed(Collection<Long> ids) {
        return dsl.selectFrom(GUEST).where(GUEST.ID.in(ids).and(GUEST.MERGE_ID.isNull()))
                .orderBy(GUEST.ID).forUpdate().fetch(GuestRepository::toGuest);
    }

    /** The listed guest with this id, locked (see {@link #lockListed}); empty if deleted or merged away. */
    @Override
    public Optional<Guest> lock(long id) {
        return lockListed(List.of(id)).stream().findFirst();
    }

    /** Inserts a guest and returns it with its id. */
    @Override
    public Guest insert(Guest guest) {
        GuestRecord record = dsl.newRecord(GUEST);
        copy(guest, record);
        record.store();
        return toGuest(record);
    }

    /**
     * Inserts many guests in JDBC batches (one prepared statement, bound once per row, 1,000 rows a
     * batch), in the caller's transaction. Ids are not returned. The statement is rendered by jOOQ
     * and bound through plain JDBC: jOOQ's own batch binding converted every value through its
     * data types and took twice as long as the insert itself (docs/BENCHMARKS.md, "Guest import").
     *
     * @return the number of rows inserted
     */
    public int insertAll(List<Guest> guests) {
        final int batchSize = 1000;
        String sql = dsl.insertInto(GUEST,
                GUEST.EVENT_ID, GUEST.FULL_NAME, GUEST.OTHER_NAME, GUEST.TITLE, GUEST.ORGANISATION, GUEST.COUNTRY,
                GUEST.CATEGORY, GUEST.VIP_LEVEL, GUEST.ATTENDANCE, GUEST.INVITATION_STATUS, GUEST.CHECKED_IN_AT,
                GUEST.EMAIL, GUEST.PHONE, GUEST.HOST, GUEST.NOTES)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)
                .getSQL();
        return dsl.connectionResult(connection -> {
            int inserted = 0;
            try (java.sql.PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                for (Guest g : guests) {
                    insert.setLong(1, g.eventId());
                    insert.setString(2, g.fullName().strip());
                    insert.setString(3, clean(g.otherName()));
                    insert.setString(4, clean(g.title()));
                    insert.setString(5, clean(g.organisation()));
                    insert.setString(6, clean(g.country()));
                    insert.setString(7, g.category().name());
                    insert.setString(8, clean(g.vipLevel()));
                    insert.setString(9, g.attendance().name());
                    insert.setString(10, g.invitationStatus().name());
                    if (g.checkedInAt() == null) {
                        insert.setNull(11, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                    } else {
                        insert.setObject(11, toOffset(g.checkedInAt()));
                    }
                    insert.setString(12, clean(g.email()));
                    insert.setString(13, clean(g.phone()));
                    insert.setString(14, clean(g.host()));
                    insert.setString(15, clean(g.notes()));
                    insert.addBatch();
                    if (++pending == batchSize) {
                        inserted += count(insert.executeBatch());
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    inserted += count(insert.executeBatch());
                }
            }
            return inserted;
        });
    }

    private static int count(int[] results) {
        int n = 0;
        for (int r : results) {
            n += r < 0 ? 1 : r;
        }
        return n;
    }

    /**
     * Updates a guest in the list (matched by id; a merged-away guest is not updated).
     *
     * @return the guest as stored, or empty if no listed guest has that id
     */
    @Override
    public Optional<Guest> update(Guest guest) {
        GuestRecord record = dsl.fetchOne(GUEST, GUEST.ID.eq(guest.id()).and(GUEST.MERGE_ID.isNull()));
        if (record == null) {
            return Optional.empty();
        }
        Guest stored = toGuest(record);
        copy(guest, record);
        record.setUpdatedAt(OffsetDateTime.now());
        if (!RecordVersions.write(dsl, record, GUEST.ID, GUEST.VERSION, guest.version())) {
            throw new StaleEditException(guest, stored);
        }
        return Optional.of(toGuest(record));
    }

    /**
     * Sets the check-in time of a listed guest who is not yet checked in; a guest already checked
     * in is left alone (never counted twice, even by two desks at once: one UPDATE … WHERE
     * checked_in_at IS NULL).
     *
     * @return true if this call checked the guest in
     */
    public boolean checkIn(long id, Instant at) {
        return dsl.update(GUEST).set(GUEST.CHECKED_IN_AT, toOffset(at)).set(GUEST.UPDATED_AT, OffsetDateTime.now())
                .set(GUEST.VERSION, GUEST.VERSION.plus(1L))
                .where(GUEST.ID.eq(id).and(GUEST.CHECKED_IN_AT.isNull()).and(GUEST.MERGE_ID.isNull()))
                .execute() == 1;
    }

    /**
     * Clears the check-in of a listed guest if it is still the one made at {@code at} (undo of that
     * check-in; a later change is not undone by mistake).
     *
     * @return true if the check-in was cleared
     */
    public boolean clearCheckIn(long id, Instant at) {
        return dsl.update(GUEST).setNull(GUEST.CHECKED_IN_AT).set(GUEST.UPDATED_AT, OffsetDateTime.now())
                .set(GUEST.VERSION, GUEST.VERSION.plus(1L))
                .where(GUEST.ID.eq(id).and(GUEST.CHECKED_IN_AT.eq(toOffset(at))).and(GUEST.MERGE_ID.isNull()))
                .execute() == 1;
    }

    /** Deletes the guest with this id; returns true if there was one. */
    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(GUEST).where(GUEST.ID.eq(id)).execute() > 0;
    }

    /**
     * Records a merge: the kept guest's values before it (JSON object) and the language of the lines
     * it wrote into the notes (a language tag such as {@code zh-CN}), and hides the merged guests
     * behind it.
     *
     * @return the merge's id
     */
    public long insertMerge(long eventId, long keptId, String keptBeforeJson, String notesLocale, Collection<Long> mergedIds,
                            Instant at) {
        long mergeId = dsl.insertInto(GUEST_MERGE, GUEST_MERGE.EVENT_ID, GUEST_MERGE.KEPT_ID, GUEST_MERGE.KEPT_BEFORE,
                        GUEST_MERGE.NOTES_LOCALE, GUEST_MERGE.MERGED_AT)
                .values(eventId, keptId, keptBeforeJson, notesLocale, toOffset(at))
                .returningResult(GUEST_MERGE.ID).fetchOne().value1();
        dsl.update(GUEST).set(GUEST.MERGE_ID, mergeId).where(GUEST.ID.in(mergedIds)).execute();
        return mergeId;
    }

    /** A merge not yet undone, locked for the caller's transaction, if any. */
    public Optional<MergeRecord> lockOpenMerge(long mergeId) {
        return dsl.selectFrom(GUEST_MERGE).where(GUEST_MERGE.ID.eq(mergeId).and(GUEST_MERGE.UNDONE_AT.isNull()))
                .forUpdate()
                .fetchOptional(this::toMergeRecord);
    }

    /** The merges into guest {@code keptId} not yet undone, in the order they were made (id), locked for the caller's transaction. */
    public List<MergeRecord> lockOpenMergesInto(long keptId) {
        return dsl.selectFrom(GUEST_MERGE).where(GUEST_MERGE.KEPT_ID.eq(keptId).and(GUEST_MERGE.UNDONE_AT.isNull()))
                .orderBy(GUEST_MERGE.ID).forUpdate()
                .fetch(this::toMergeRecord);
    }

    /** The merge that hides guest {@code guestId} (merged into another and not undone), if any. */
    public Optional<MergeRecord> mergeHiding(long guestId) {
        return dsl.select(GUEST_MERGE.fields()).from(GUEST_MERGE).join(GUEST).on(GUEST.MERGE_ID.eq(GUEST_MERGE.ID))
                .where(GUEST.ID.eq(guestId))
                .fetchOptional(r -> toMergeRecord(r.into(GUEST_MERGE)));
    }

    /** Replaces the kept guest's values before merge {@code mergeId} (after an earlier merge into it was undone). */
    public void rewriteKeptBefore(long mergeId, String keptBeforeJson) {
        dsl.update(GUEST_MERGE).set(GUEST_MERGE.KEPT_BEFORE, keptBeforeJson).where(GUEST_MERGE.ID.eq(mergeId)).execute();
    }

    private MergeRecord toMergeRecord(org.conferencedesk.storage.generated.tables.records.GuestMergeRecord r) {
        return new MergeRecord(r.getId(), r.getEventId(), r.getKeptId(), r.getKeptBefore(), r.getNotesLocale(),
                dsl.select(GUEST.ID).from(GUEST).where(GUEST.MERGE_ID.eq(r.getId())).orderBy(GUEST.ID).fetch(GUEST.ID));
    }

    /** Marks the merge undone and brings its merged guests back into the list. */
    public void undoMerge(long mergeId, Instant at) {
        dsl.update(GUEST).setNull(GUEST.MERGE_ID).where(GUEST.MERGE_ID.eq(mergeId)).execute();
        dsl.update(GUEST_MERGE).set(GUEST_MERGE.UNDONE_AT, toOffset(at)).where(GUEST_MERGE.ID.eq(mergeId)).execute();
    }

    /**
     * A merge as stored.
     *
     * @param id the merge's id
     * @param eventId its event
     * @param keptId the guest kept
     * @param keptBeforeJson the kept guest's values before the merge (JSON object, see {@link GuestAudit#fields})
     * @param notesLocale the language tag of the lines it wrote into the notes; null for a merge made before sql/V8
     * @param mergedIds the guests merged into it, by id
     */
    public record MergeRecord(long id, long eventId, long keptId, String keptBeforeJson, String notesLocale, List<Long> mergedIds) {
    }

    /**
     * The event's pairs marked as different people, as stored (ids of guests listed or not), sorted.
     */
    public List<GuestPair> distinctPairs(long eventId) {
        return dsl.select(GUEST_DISTINCT.GUEST_ID_LOW, GUEST_DISTINCT.GUEST_ID_HIGH).from(GUEST_DISTINCT)
                .where(GUEST_DISTINCT.EVENT_ID.eq(eventId))
                .orderBy(GUEST_DISTINCT.GUEST_ID_LOW, GUEST_DISTINCT.GUEST_ID_HIGH)
                .fetch(r -> new GuestPair(r.value1(), r.value2()));
    }

    /** Of {@code pairs}, those already stored (for the event), sorted. */
    public List<GuestPair> storedDistinct(long eventId, Collection<GuestPair> pairs) {
        if (pairs.isEmpty()) {
            return List.of();
        }
        var wanted = pairs.stream().map(p -> DSL.row(p.low(), p.high())).toList();
        java.util.ArrayList<GuestPair> stored = new java.util.ArrayList<>();
        // In chunks: a group of 500 namesakes makes 124,750 pairs.
        for (int from = 0; from < wanted.size(); from += 1000) {
            stored.addAll(dsl.select(GUEST_DISTINCT.GUEST_ID_LOW, GUEST_DISTINCT.GUEST_ID_HIGH).from(GUEST_DISTINCT)
                    .where(GUEST_DISTINCT.EVENT_ID.eq(eventId))
                    .and(DSL.row(GUEST_DISTINCT.GUEST_ID_LOW, GUEST_DISTINCT.GUEST_ID_HIGH)
                            .in(wanted.subList(from, Math.min(wanted.size(), from + 1000))))
                    .fetch(r -> new GuestPair(r.value1(), r.value2())));
        }
        stored.sort(null);
        return stored;
    }

    /** Stores pairs as marked different people at {@code at} by {@code actor}; the caller leaves out those already stored. */
    public void insertDistinct(long eventId, Collection<GuestPair> pairs, Instant at, String actor) {
        var insert = dsl.batch(dsl.insertInto(GUEST_DISTINCT, GUEST_DISTINCT.EVENT_ID, GUEST_DISTINCT.GUEST_ID_LOW,
                GUEST_DISTINCT.GUEST_ID_HIGH, GUEST_DISTINCT.DECIDED_AT, GUEST_DISTINCT.ACTOR)
                .values((Long) null, null, null, null, null));
        for (GuestPair pair : pairs) {
            insert.bind(eventId, pair.low(), pair.high(), toOffset(at), actor);
        }
        if (!pairs.isEmpty()) {
            insert.execute();
        }
    }

    /** Removes these pairs of the event; returns how many were stored. */
    public int deleteDistinct(long eventId, Collection<GuestPair> pairs) {
        if (pairs.isEmpty()) {
            return 0;
        }
        var delete = dsl.batch(dsl.deleteFrom(GUEST_DISTINCT).where(GUEST_DISTINCT.EVENT_ID.eq((Long) null)
                .and(GUEST_DISTINCT.GUEST_ID_LOW.eq((Long) null)).and(GUEST_DISTINCT.GUEST_ID_HIGH.eq((Long) null))));
        for (GuestPair pair : pairs) {
            delete.bind(eventId, pair.low(), pair.high());
        }
        int deleted = 0;
        for (int n : delete.execute()) {
            deleted += Math.max(0, n);
        }
        return deleted;
    }

    /**
     * For each of the event's guests merged away, the guest it was merged into (which may itself be
     * merged away: follow the chain).
     */
    public Map<Long, Long> mergedInto(long eventId) {
        return dsl.select(GUEST.ID, GUEST_MERGE.KEPT_ID).from(GUEST).join(GUEST_MERGE).on(GUEST.MERGE_ID.eq(GUEST_MERGE.ID))
                .where(GUEST.EVENT_ID.eq(eventId).and(GUEST.MERGE_ID.isNotNull()))
                .fetchMap(GUEST.ID, GUEST_MERGE.KEPT_ID);
    }

    /** Number of listed guests of the event. */
    public int countByEvent(long eventId) {
        return dsl.fetchCount(GUEST, GUEST.EVENT_ID.eq(eventId).and(GUEST.MERGE_ID.isNull()));
    }

    /** The categories the event's guests carry (merged-away guests too), in no particular order. */
    public List<GuestCategory> categoriesInUse(long eventId) {
        return dsl.selectDistinct(GUEST.CATEGORY).from(GUEST).where(GUEST.EVENT_ID.eq(eventId))
                .fetch(GUEST.CATEGORY).stream().map(GuestCategory::of).toList();
    }

    /**
     * The event's guest figures, computed by the database in one pass over the event's listed guests: one
     * GROUP BY over category, attendance, invitation status and whether checked in (at most a few dozen
     * groups), summed here into each figure. The same figures as {@link GuestTotals#of} over
     * {@link #findByEvent}.
     */
    public GuestTotals totals(long eventId) {
        return count(eventId, false).totals();
    }

    /**
     * The event's guest figures and check-ins per hour in the same one pass: the GROUP BY of
     * {@link #totals} with the hour of the check-in ({@code floor(extract(epoch from checked_in_at) / 3600)},
     * null for a guest not checked in) in place of checked-in-or-not. One row per combination, whatever
     * the number of guests.
     */
    public GuestCounts counts(long eventId) {
        return count(eventId, true);
    }

    private GuestCounts count(long eventId, boolean perHour) {
        // Null for a guest not checked in; else the UTC hour since the epoch (or 0 when the hours are not asked for).
        Field<Long> when = perHour
                ? DSL.floor(DSL.extract(GUEST.CHECKED_IN_AT, org.jooq.DatePart.EPOCH).div(DSL.inline(3600)))
                        .cast(org.jooq.impl.SQLDataType.BIGINT)
                : DSL.when(GUEST.CHECKED_IN_AT.isNotNull(), DSL.inline(0L));
        Field<Long> checkedInWhen = when.as("checked_in_when");
        Field<Integer> count = DSL.count().as("n");
        Map<GuestCategory, Integer> category = new java.util.HashMap<>();
        Map<Attendance, Integer> attendance = new EnumMap<>(Attendance.class);
        Map<InvitationStatus, Integer> status = new EnumMap<>(InvitationStatus.class);
        java.util.TreeMap<Long, Integer> hours = new java.util.TreeMap<>();
        int total = 0;
        int checkedIn = 0;
        for (var r : dsl.select(GUEST.CATEGORY, GUEST.ATTENDANCE, GUEST.INVITATION_STATUS, checkedInWhen, count).from(GUEST)
                .where(GUEST.EVENT_ID.eq(eventId).and(GUEST.MERGE_ID.isNull()))
                .groupBy(GUEST.CATEGORY, GUEST.ATTENDANCE, GUEST.INVITATION_STATUS, when)
                .fetch()) {
            int n = r.get(count);
            category.merge(GuestCategory.valueOf(r.get(GUEST.CATEGORY)), n, Integer::sum);
            attendance.merge(Attendance.valueOf(r.get(GUEST.ATTENDANCE)), n, Integer::sum);
            status.merge(InvitationStatus.valueOf(r.get(GUEST.INVITATION_STATUS)), n, Integer::sum);
            total += n;
            Long hour = r.get(checkedInWhen);
            if (hour != null) {
                checkedIn += n;
                if (perHour) {
                    hours.merge(hour, n, Integer::sum);
                }
            }
        }
        return new GuestCounts(new GuestTotals(total, category, attendance, status, checkedIn), hours);
    }

    private static void copy(Guest g, GuestRecord r) {
        r.setEventId(g.eventId());
        r.setFullName(g.fullName().strip());
        r.setOtherName(clean(g.otherName()));
        r.setTitle(clean(g.title()));
        r.setOrganisation(clean(g.organisation()));
        r.setCountry(clean(g.country()));
        r.setCategory(g.category().name());
        r.setVipLevel(clean(g.vipLevel()));
        r.setAttendance(g.attendance().name());
        r.setInvitationStatus(g.invitationStatus().name());
        r.setCheckedInAt(toOffset(g.checkedInAt()));
        r.setEmail(clean(g.email()));
        r.setPhone(clean(g.phone()));
        r.setHost(clean(g.host()));
        r.setNotes(clean(g.notes()));
    }

    private static Guest toGuest(GuestRecord r) {
        return new Guest(r.getId(), r.getEventId(), r.getFullName(), r.getOtherName(), r.getTitle(), r.getOrganisation(),
                r.getCountry(), GuestCategory.valueOf(r.getCategory()), r.getVipLevel(), Attendance.valueOf(r.getAttendance()),
                InvitationStatus.valueOf(r.getInvitationStatus()),
                r.getCheckedInAt() == null ? null : r.getCheckedInAt().toInstant(),
                r.getEmail(), r.getPhone(), r.getHost(), r.getNotes(), RecordVersions.of(r.getVersion()));
    }

    private static OffsetDateTime toOffset(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    /** Surrounding blanks dropped; blank → null. Inside the text nothing changes. */
    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
