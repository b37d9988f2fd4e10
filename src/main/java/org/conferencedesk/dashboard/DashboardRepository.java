package org.conferencedesk.dashboard;

import static org.conferencedesk.storage.generated.Tables.ANNOUNCED_FIGURE;
import static org.conferencedesk.storage.generated.Tables.FIGURE_SNAPSHOT;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.conferencedesk.storage.RecordStore;
import org.conferencedesk.storage.generated.tables.records.AnnouncedFigureRecord;
import org.conferencedesk.storage.generated.tables.records.FigureSnapshotRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Reads and writes announced figures (sql/V31) and figure snapshots (sql/V32). The only class of the
 * dashboard that touches generated jOOQ code; it returns domain records. Snapshots are only inserted
 * and read.
 */
public final class DashboardRepository implements RecordStore<AnnouncedFigure> {

    private final DSLContext dsl;

    /** Creates a repository over {@code dsl} (the database, or one transaction of it). */
    public DashboardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The same repository taking part in the transaction {@code tx}. */
    @Override
    public DashboardRepository within(DSLContext tx) {
        return new DashboardRepository(tx);
    }

    // ------------------------------------------------------------------ announced figures

    /** The event's announced figures, by position, then id. Rows whose key this version cannot read are left out. */
    public List<AnnouncedFigure> announced(long eventId) {
        return dsl.selectFrom(ANNOUNCED_FIGURE).where(ANNOUNCED_FIGURE.EVENT_ID.eq(eventId))
                .orderBy(ANNOUNCED_FIGURE.POSITION, ANNOUNCED_FIGURE.ID)
                .fetch().stream().flatMap(r -> toAnnounced(r).stream()).toList();
    }

    /** The announced figure with this id, if any. */
    public Optional<AnnouncedFigure> announcedFigure(long id) {
        return dsl.selectFrom(ANNOUNCED_FIGURE).where(ANNOUNCED_FIGURE.ID.eq(id)).fetchOptional()
                .flatMap(DashboardRepository::toAnnounced);
    }

    /** The announced figure with this id, locked until the transaction ends. */
    @Override
    public Optional<AnnouncedFigure> lock(long id) {
        return dsl.selectFrom(ANNOUNCED_FIGURE).where(ANNOUNCED_FIGURE.ID.eq(id)).forUpdate().fetchOptional()
                .flatMap(DashboardRepository::toAnnounced);
    }

    /** True if the event already has this statement of this figure under another id. */
    public boolean hasStatement(long eventId, String key, String statement, Long exceptId) {
        var where = ANNOUNCED_FIGURE.EVENT_ID.eq(eventId).and(ANNOUNCED_FIGURE.FIGURE_KEY.eq(key))
                .and(ANNOUNCED_FIGURE.STATEMENT.eq(statement));
        if (exceptId != null) {
            where = where.and(ANNOUNCED_FIGURE.ID.ne(exceptId));
        }
        return dsl.fetchExists(ANNOUNCED_FIGURE, where);
    }

    /** The position after the event's last announced figure (1 if none). */
    public int nextPosition(long eventId) {
        Integer max = dsl.select(DSL.max(ANNOUNCED_FIGURE.POSITION)).from(ANNOUNCED_FIGURE)
                .where(ANNOUNCED_FIGURE.EVENT_ID.eq(eventId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** Inserts an announced figure (position 0: after the event's last one) and returns it with its id and position. */
    @Override
    public AnnouncedFigure insert(AnnouncedFigure figure) {
        AnnouncedFigureRecord r = dsl.newRecord(ANNOUNCED_FIGURE);
        copy(figure, r);
        if (figure.position() <= 0) {
            r.setPosition(nextPosition(figure.eventId()));
        }
        r.store();
        return figure.stored(r.getId(), r.getPosition());
    }

    /** Updates an announced figure by id (position 0 keeps its place); empty if it is gone. */
    @Override
    public Optional<AnnouncedFigure> update(AnnouncedFigure figure) {
        AnnouncedFigureRecord r = dsl.fetchOne(ANNOUNCED_FIGURE, ANNOUNCED_FIGURE.ID.eq(figure.id()));
        if (r == null) {
            return Optional.empty();
        }
        int position = r.getPosition();
        copy(figure, r);
        if (figure.position() <= 0) {
            r.setPosition(position);
        }
        r.setUpdatedAt(OffsetDateTime.now());
        r.store();
        return toAnnounced(r);
    }

    /** Deletes the announced figure with this id; false if it was already gone. */
    @Override
    public boolean delete(long id) {
        return dsl.deleteFrom(ANNOUNCED_FIGURE).where(ANNOUNCED_FIGURE.ID.eq(id)).execute() > 0;
    }

    // ------------------------------------------------------------------ snapshots

    /** Inserts a snapshot and returns it with its id. */
    public FigureSnapshot insert(FigureSnapshot snapshot) {
        FigureSnapshotRecord r = dsl.newRecord(FIGURE_SNAPSHOT);
        r.setEventId(snapshot.eventId());
        r.setTakenAt(snapshot.takenAt().atOffset(ZoneOffset.UTC));
        r.setTakenBy(snapshot.takenBy());
        r.setNote(snapshot.note());
        r.setContent(snapshot.content());
        r.setContentHash(snapshot.hash());
        r.store();
        return snapshot.withId(r.getId());
    }

    /** The event's snapshots, newest first. */
    public List<FigureSnapshot> snapshots(long eventId) {
        return dsl.selectFrom(FIGURE_SNAPSHOT).where(FIGURE_SNAPSHOT.EVENT_ID.eq(eventId))
                .orderBy(FIGURE_SNAPSHOT.TAKEN_AT.desc(), FIGURE_SNAPSHOT.ID.desc())
                .fetch(DashboardRepository::toSnapshot);
    }

    /** The snapshot with this id, if any. */
    public Optional<FigureSnapshot> snapshot(long id) {
        return dsl.selectFrom(FIGURE_SNAPSHOT).where(FIGURE_SNAPSHOT.ID.eq(id)).fetchOptional(DashboardRepository::toSnapshot);
    }

    private static void copy(AnnouncedFigure f, AnnouncedFigureRecord r) {
        r.setEventId(f.eventId());
        r.setFigureKey(f.key().toString());
        r.setStatement(f.statement().strip());
        r.setSource(f.source() == null || f.source().isBlank() ? null : f.source().strip());
        r.setPosition(f.position());
    }

    private static Optional<AnnouncedFigure> toAnnounced(AnnouncedFigureRecord r) {
        return FigureKey.parse(r.getFigureKey()).map(key -> new AnnouncedFigure(r.getId(), r.getEventId(), key,
                r.getStatement(), r.getSource(), r.getPosition()));
    }

    private static FigureSnapshot toSnapshot(FigureSnapshotRecord r) {
        return new FigureSnapshot(r.getId(), r.getEventId(), r.getTakenAt().toInstant(), r.getTakenBy(), r.getNote(),
                r.getContent(), r.getContentHash());
    }
}
