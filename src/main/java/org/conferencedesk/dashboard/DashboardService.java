package org.conferencedesk.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
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
 * The dashboard's domain core (issue 14): an event's headline figures read through the features'
 * services ({@link #figures}), the figures it announced and how they compare with the data
 * ({@link #announce}, {@link #compare}), and "freeze for the press" ({@link #freeze}) with what changed
 * since, figure by figure, and which records changed it ({@link #changesSince}).
 *
 * <p>Writes run in one transaction with their audit entries ({@code announcedFigure} CREATED / UPDATED /
 * DELETED through {@link AuditedWrites}, {@code figureSnapshot} CREATED); a snapshot is never edited. A refusal is a
 * {@link DashboardException} with a sentence in both languages and changes nothing.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 */
public final class DashboardService {

    /** The record type of announced figures in the audit trail. */
    public static final String ANNOUNCED_RECORD_TYPE = "announcedFigure";
    /** The record type of figure snapshots in the audit trail. */
    public static final String SNAPSHOT_RECORD_TYPE = "figureSnapshot";

    private final Database database;
    private final DashboardRepository repository;
    private final EventService events;
    private final FigureSources sources;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeFeed<AnnouncedFigure> announcedChanges = new ChangeFeed<>();
    private final AuditedWrites<AnnouncedFigure> announcedWrites;

    /**
     * @param database the database (for transactions)
     * @param repository the dashboard's repository over it
     * @param events the events (their names go into snapshots)
     * @param sources the features' services the figures are read from
     * @param audit the trail every change is recorded in, and read for what changed since a snapshot
     * @param clock the time of snapshots (the system clock; a fixed one in tests)
     */
    public DashboardService(Database database, DashboardRepository repository, EventService events, FigureSources sources,
                            AuditTrail audit, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.repository = Objects.requireNonNull(repository);
        this.events = Objects.requireNonNull(events);
        this.sources = Objects.requireNonNull(sources);
        this.audit = Objects.requireNonNull(audit);
        this.clock = Objects.requireNonNull(clock);
        this.announcedWrites = new AuditedWrites<>(database, repository, RecordAudit.of(ANNOUNCED_RECORD_TYPE, AnnouncedFigure::id,
                AnnouncedFigure::eventId, a -> a.statement().strip(), DashboardService::fields), audit, announcedChanges);
    }

    /** The features' services the figures are read from (for {@link LiveEventFigures}). */
    public FigureSources sources() {
        return sources;
    }

    /** Every figure of the event, read now through the features' services. */
    public EventFigures figures(long eventId) {
        return sources.read(eventId);
    }

    // ------------------------------------------------------------------ announced figures

    /** Committed changes of announced figures ({@code Saved}, {@code Removed}); listeners run on the writing thread. */
    public ChangeFeed<AnnouncedFigure> announcedChanges() {
        return announcedChanges;
    }

    /** The event's announced figures, in their order. */
    public List<AnnouncedFigure> announced(long eventId) {
        return repository.announced(eventId);
    }

    /**
     * Adds an announced figure (no id; position 0 puts it last) or saves an edited one (position 0 keeps its
     * place), audited ({@link AuditedWrites}), and returns it as stored.
     *
     * @throws DashboardException if its statement cannot be read for its figure (see
     *         {@link AnnouncedStatement#parse}), its source is longer than 500 characters
     *         ({@code announced.sourceTooLong}), the event already has the same statement of the figure
     *         ({@code announced.duplicate}, the database refuses it too), or it was deleted meanwhile or is
     *         another event's ({@code announced.gone})
     */
    public AnnouncedFigure announce(AnnouncedFigure figure) {
        figure.read();
        if (TextRules.isTooLong(figure.source(), AnnouncedFigure.SOURCE_LENGTH)) {
            throw new DashboardException("announced.sourceTooLong", AnnouncedFigure.SOURCE_LENGTH);
        }
        if (figure.id() != null && repository.announcedFigure(figure.id()).filter(a -> a.eventId() == figure.eventId()).isEmpty()) {
            throw new DashboardException("announced.gone");
        }
        if (repository.hasStatement(figure.eventId(), figure.key().toString(), figure.statement().strip(), figure.id())) {
            throw new DashboardException("announced.duplicate", figure.statement().strip());
        }
        return announcedWrites.save(figure, () -> new DashboardException("announced.gone"));
    }

    /** Deletes an announced figure, audited with its last values; false if it was already gone. */
    public boolean withdraw(long eventId, long announcedId) {
        if (repository.announcedFigure(announcedId).filter(a -> a.eventId() == eventId).isEmpty()) {
            return false;
        }
        return announcedWrites.delete(announcedId).isPresent();
    }

    /** The event's announced figures beside the data read now, in their order. */
    public List<FigureComparison> compare(long eventId) {
        return FigureComparison.of(announced(eventId), figures(eventId));
    }

    /**
     * The dashboard's part of the summary report in {@code locale}'s language: the headline paragraph,
     * each session's own contracts and the announced figures beside the data, all read now.
     */
    public DashboardReport report(long eventId, Locale locale) {
        return DashboardReport.of(figures(eventId), announced(eventId), locale);
    }

    // ------------------------------------------------------------------ snapshots

    /**
     * Freezes the event's figures for the press: reads them now and stores them with the time and the
     * SHA-256 of their canonical text ({@link FigureSnapshot}), audited in the same transaction. The time
     * is taken (to the millisecond) before the figures are read, so every change after it shows in
     * {@link #changesSince}.
     *
     * @param note why (e.g. "闭幕新闻稿"), up to 500 characters, optional
     * @throws DashboardException if the event is gone ({@code event.gone}) or the note is too long ({@code snapshot.noteTooLong})
     */
    public FigureSnapshot freeze(long eventId, String note) {
        if (TextRules.isTooLong(note, FigureSnapshot.NOTE_LENGTH)) {
            throw new DashboardException("snapshot.noteTooLong", FigureSnapshot.NOTE_LENGTH);
        }
        Event event = events.find(eventId).orElseThrow(() -> new DashboardException("event.gone"));
        Instant takenAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        EventFigures figures = sources.read(eventId);
        FigureSnapshot draft = FigureSnapshot.of(figures, event.name(), takenAt, audit.actorName(), note);
        return database.inTransaction(tx -> {
            FigureSnapshot stored = repository.within(tx).insert(draft);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("takenAt", stored.takenAt().toString());
            fields.put("figures", Integer.toString(figures.figures().size()));
            fields.put("hash", stored.hash());
            fields.put("note", stored.note());
            audit.record(tx, AuditEntry.of(eventId, SNAPSHOT_RECORD_TYPE, stored.id(), AuditAction.CREATED,
                    stored.note(), FieldChange.between(Map.of(), fields)));
            return stored;
        });
    }

    /** The event's snapshots, newest first. */
    public List<FigureSnapshot> snapshots(long eventId) {
        return repository.snapshots(eventId);
    }

    /** The snapshot with this id, if any. */
    public Optional<FigureSnapshot> snapshot(long snapshotId) {
        return repository.snapshot(snapshotId);
    }

    /**
     * What changed since a snapshot, figure by figure, with the records that changed each (the event's
     * audit entries since the snapshot's time that touch what the figure counts), against the figures read now.
     *
     * @throws DashboardException ({@code snapshot.gone}) if there is no such snapshot
     */
    public SnapshotChanges changesSince(long snapshotId) {
        FigureSnapshot s = snapshot(snapshotId).orElseThrow(() -> new DashboardException("snapshot.gone"));
        return changesSince(s, figures(s.eventId()));
    }

    /**
     * What changed since a snapshot against figures the caller holds (a live dashboard's), with the
     * records that changed each, read from the audit trail now.
     */
    public SnapshotChanges changesSince(FigureSnapshot snapshot, EventFigures now) {
        return SnapshotChanges.between(snapshot, now, audit.since(snapshot.eventId(), snapshot.takenAt()));
    }

    /** An announced figure's audit view. */
    private static LinkedHashMap<String, String> fields(AnnouncedFigure a) {
        LinkedHashMap<String, String> f = new LinkedHashMap<>();
        f.put("figure", a.key().toString());
        f.put("statement", a.statement().strip());
        f.put("source", a.source() == null || a.source().isBlank() ? null : a.source().strip());
        f.put("position", Integer.toString(a.position()));
        return f;
    }
}
