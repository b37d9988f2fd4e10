package org.conferencedesk.exhibitors;

import static org.conferencedesk.storage.generated.Tables.BOOKING_DAY;
import static org.conferencedesk.storage.generated.Tables.BOOTH;
import static org.conferencedesk.storage.generated.Tables.HALL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.conferencedesk.storage.generated.tables.records.BoothRecord;
import org.conferencedesk.storage.generated.tables.records.HallRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Reads and writes {@link Hall}s, {@link Booth}s and the days booths are held (tables {@code hall},
 * {@code booth}, {@code booking_day}, sql/V10). It returns domain records, never jOOQ records.
 */
public final class BoothRepository {

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public BoothRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    public BoothRepository within(DSLContext tx) {
        return new BoothRepository(tx);
    }

    /**
     * The database refused a booking day because the booth is already held on it (the primary key
     * of {@code booking_day}): another exhibitor got there first.
     */
    public static final class DayTakenException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DayTakenException(Throwable cause) {
            super("The booth is already held on one of these days", cause);
        }
    }

    /** The event's halls in code order ({@link Hall#BY_CODE}). */
    public List<Hall> findHalls(long eventId) {
        List<Hall> halls = new java.util.ArrayList<>(dsl.selectFrom(HALL).where(HALL.EVENT_ID.eq(eventId))
                .fetch(BoothRepository::toHall));
        halls.sort(Hall.BY_CODE);
        return halls;
    }

    /** The hall with this id, if any. */
    public Optional<Hall> findHall(long id) {
        return dsl.selectFrom(HALL).where(HALL.ID.eq(id)).fetchOptional(BoothRepository::toHall);
    }

    /** The hall with this id, locked until the caller's transaction ends, if any. */
    public Optional<Hall> lockHall(long id) {
        return dsl.selectFrom(HALL).where(HALL.ID.eq(id)).forUpdate().fetchOptional(BoothRepository::toHall);
    }

    /** The event's hall whose code has this {@link Hall#codeKey}, other than {@code exceptId} (null: none excepted). */
    public Optional<Hall> findHallByCodeKey(long eventId, String codeKey, Long exceptId) {
        Condition where = HALL.EVENT_ID.eq(eventId).and(HALL.CODE_KEY.eq(codeKey));
        if (exceptId != null) {
            where = where.and(HALL.ID.ne(exceptId));
        }
        return dsl.selectFrom(HALL).where(where).fetchOptional(BoothRepository::toHall);
    }

    /** Inserts a hall and returns it with its id. */
    public Hall insertHall(Hall hall) {
        HallRecord r = dsl.newRecord(HALL);
        copy(hall, r);
        r.store();
        return toHall(r);
    }

    /** Updates a hall (matched by id); empty if there is none with that id. */
    public Optional<Hall> updateHall(Hall hall) {
        HallRecord r = dsl.fetchOne(HALL, HALL.ID.eq(hall.id()));
        if (r == null) {
            return Optional.empty();
        }
        copy(hall, r);
        r.setUpdatedAt(OffsetDateTime.now());
        r.store();
        return Optional.of(toHall(r));
    }

    /** Deletes the hall and its booths; true if there was one. */
    public boolean deleteHall(long id) {
        return dsl.deleteFrom(HALL).where(HALL.ID.eq(id)).execute() > 0;
    }

    /** The event's booths, by hall, then code. */
    public List<Booth> findBooths(long eventId) {
        return dsl.selectFrom(BOOTH).where(BOOTH.EVENT_ID.eq(eventId)).orderBy(BOOTH.HALL_ID, BOOTH.CODE_KEY, BOOTH.ID)
                .fetch(BoothRepository::toBooth);
    }

    /** The hall's booths, by code. */
    public List<Booth> findBoothsIn(long hallId) {
        return dsl.selectFrom(BOOTH).where(BOOTH.HALL_ID.eq(hallId)).orderBy(BOOTH.CODE_KEY, BOOTH.ID)
                .fetch(BoothRepository::toBooth);
    }

    /** The booth with this id, if any. */
    public Optional<Booth> findBooth(long id) {
        return dsl.selectFrom(BOOTH).where(BOOTH.ID.eq(id)).fetchOptional(BoothRepository::toBooth);
    }

    /**
     * The booth with this id, locked until the caller's transaction ends (SELECT … FOR UPDATE), if
     * any: two bookings of the same booth then take turns.
     */
    public Optional<Booth> lockBooth(long id) {
        return dsl.selectFrom(BOOTH).where(BOOTH.ID.eq(id)).forUpdate().fetchOptional(BoothRepository::toBooth);
    }

    /** The event's booths whose code has this {@link Hall#codeKey}, in any hall, by hall. */
    public List<Booth> findBoothsByCodeKey(long eventId, String codeKey) {
        return dsl.selectFrom(BOOTH).where(BOOTH.EVENT_ID.eq(eventId).and(BOOTH.CODE_KEY.eq(codeKey)))
                .orderBy(BOOTH.HALL_ID).fetch(BoothRepository::toBooth);
    }

    /** Inserts a booth and returns it with its id. */
    public Booth insertBooth(Booth booth) {
        BoothRecord r = dsl.newRecord(BOOTH);
        copy(booth, r);
        r.store();
        return toBooth(r);
    }

    /** Updates a booth (matched by id); empty if there is none with that id. */
    public Optional<Booth> updateBooth(Booth booth) {
        BoothRecord r = dsl.fetchOne(BOOTH, BOOTH.ID.eq(booth.id()));
        if (r == null) {
            return Optional.empty();
        }
        copy(booth, r);
        r.setUpdatedAt(OffsetDateTime.now());
        r.store();
        return Optional.of(toBooth(r));
    }

    /** Deletes the booth; true if there was one. */
    public boolean deleteBooth(long id) {
        return dsl.deleteFrom(BOOTH).where(BOOTH.ID.eq(id)).execute() > 0;
    }

    /** Every day a booth of the event is held. */
    public List<Booking.Day> findDays(long eventId) {
        return days(BOOKING_DAY.EVENT_ID.eq(eventId));
    }

    /** The days these booths are held. */
    public List<Booking.Day> findDaysOfBooths(Collection<Long> boothIds) {
        return days(BOOKING_DAY.BOOTH_ID.in(boothIds));
    }

    /** The days this exhibitor holds booths. */
    public List<Booking.Day> findDaysOfExhibitor(long exhibitorId) {
        return days(BOOKING_DAY.EXHIBITOR_ID.eq(exhibitorId));
    }

    /** The days the booths of this hall are held. */
    public List<Booking.Day> findDaysInHall(long hallId) {
        return days(BOOKING_DAY.BOOTH_ID.in(dsl.select(BOOTH.ID).from(BOOTH).where(BOOTH.HALL_ID.eq(hallId))));
    }

    private List<Booking.Day> days(Condition where) {
        return dsl.select(BOOKING_DAY.BOOTH_ID, BOOKING_DAY.HELD_ON, BOOKING_DAY.EXHIBITOR_ID).from(BOOKING_DAY)
                .where(where).orderBy(BOOKING_DAY.BOOTH_ID, BOOKING_DAY.HELD_ON)
                .fetch(r -> new Booking.Day(r.value1(), r.value2(), r.value3()));
    }

    /**
     * Records that {@code exhibitorId} holds the booth on each of {@code days}, at {@code at}, in the
     * caller's transaction.
     *
     * @throws DayTakenException if the booth is already held on one of the days (by anyone): the
     *         database's primary key refused it; the caller's transaction must roll back
     */
    public void insertDays(long eventId, long boothId, long exhibitorId, Collection<LocalDate> days, Instant at) {
        var insert = dsl.insertInto(BOOKING_DAY, BOOKING_DAY.EVENT_ID, BOOKING_DAY.BOOTH_ID, BOOKING_DAY.HELD_ON,
                BOOKING_DAY.EXHIBITOR_ID, BOOKING_DAY.BOOKED_AT);
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        var values = insert.values(eventId, boothId, days.iterator().next(), exhibitorId, when);
        days.stream().skip(1).forEach(day -> values.values(eventId, boothId, day, exhibitorId, when));
        try {
            values.execute();
        } catch (DataAccessException e) {
            if ("23505".equals(e.sqlState())) {
                throw new DayTakenException(e);
            }
            throw e;
        }
    }

    /** Removes the days from {@code from} to {@code to} (both included) on which the exhibitor holds the booth; returns how many. */
    public int deleteDays(long boothId, long exhibitorId, LocalDate from, LocalDate to) {
        return dsl.deleteFrom(BOOKING_DAY).where(BOOKING_DAY.BOOTH_ID.eq(boothId)
                        .and(BOOKING_DAY.EXHIBITOR_ID.eq(exhibitorId)).and(BOOKING_DAY.HELD_ON.between(from, to)))
                .execute();
    }

    private static void copy(Hall h, HallRecord r) {
        r.setEventId(h.eventId());
        r.setCode(h.code().strip());
        r.setCodeKey(Hall.codeKey(h.code()));
        r.setName(h.name() == null || h.name().isBlank() ? null : h.name().strip());
        r.setWidthM(metres(h.widthM()));
        r.setDepthM(metres(h.depthM()));
    }

    private static Hall toHall(HallRecord r) {
        return new Hall(r.getId(), r.getEventId(), r.getCode(), r.getName(), r.getWidthM(), r.getDepthM());
    }

    private static void copy(Booth b, BoothRecord r) {
        r.setEventId(b.eventId());
        r.setHallId(b.hallId());
        r.setCode(b.code().strip());
        r.setCodeKey(Hall.codeKey(b.code()));
        r.setKind(b.kind().name());
        r.setAreaM2(metres(b.areaM2()));
        BoothPlace p = b.place();
        r.setXM(p == null ? null : metres(p.x()));
        r.setYM(p == null ? null : metres(p.y()));
        r.setWidthM(p == null ? null : metres(p.width()));
        r.setDepthM(p == null ? null : metres(p.depth()));
        r.setCorner(b.corner());
    }

    /**
     * A measure as the DECIMAL(9,2) column keeps it (scale 2), so that a record returned after an
     * insert equals the same record read back. The rules refused finer values before this point.
     */
    private static java.math.BigDecimal metres(java.math.BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static Booth toBooth(BoothRecord r) {
        BoothPlace place = r.getXM() == null ? null : new BoothPlace(r.getXM(), r.getYM(), r.getWidthM(), r.getDepthM());
        return new Booth(r.getId(), r.getEventId(), r.getHallId(), r.getCode(), BoothKind.valueOf(r.getKind()),
                r.getAreaM2(), place, Boolean.TRUE.equals(r.getCorner()));
    }
}
