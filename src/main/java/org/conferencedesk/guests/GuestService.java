package org.conferencedesk.guests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.shared.record.FieldProblem;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.AuditedWrites;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.References;
import org.conferencedesk.storage.FieldChange;

/**
 * An event's guest list: saving and deleting guests (checked by {@link GuestRules}), adding many at
 * once (all or nothing), invitation status and check-in (never counted twice), merging duplicates
 * (and undoing a merge), marking guests as different people (and undoing it), and the figures. Every write records what it changed in the
 * {@link AuditTrail} in the same transaction ({@link AuditedWrites}), then tells the listeners of {@link #changes()}.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 */
public final class GuestService {

    /** Built when JSON is first written or read: a command that needs none loads no Jackson (issue 15). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    /** The languages a merge may have written its notes lines in (those of the window and the command line). */
    private static final List<Locale> NOTES_LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final Database database;
    private final GuestRepository guests;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeFeed<Guest> changes = new ChangeFeed<>();
    private final AuditedWrites<Guest> writes;

    /**
     * @param database the database (for transactions)
     * @param guests the repository over it
     * @param audit the trail every change is recorded in
     * @param clock the time of merges (check-in times are given by the caller)
     */
    public GuestService(Database database, GuestRepository guests, AuditTrail audit, Clock clock) {
        this(database, guests, audit, clock, new References());
    }

    /**
     * A service whose deletions first ask the features holding guests ({@code references}, record
     * type {@value GuestAudit#RECORD_TYPE}) to let go or refuse, in the deleting transaction.
     */
    public GuestService(Database database, GuestRepository guests, AuditTrail audit, Clock clock, References references) {
        this.database = database;
        this.guests = guests;
        this.audit = audit;
        this.clock = clock;
        this.writes = new AuditedWrites<>(database, guests, GuestAudit.TRAIL, audit, changes, references);
    }

    /** A service over the database with its own repository, auditing as the operating-system user. For tests and tools. */
    public GuestService(Database database) {
        this(database, new GuestRepository(database.dsl()), new AuditTrail(database, Actor.osUser()), Clock.systemUTC());
    }

    /** The committed changes to guests (live lists listen here). */
    public ChangeFeed<Guest> changes() {
        return changes;
    }

    /** The event's guests (merged-away ones left out), in the order they were added. */
    public List<Guest> list(long eventId) {
        return guests.findByEvent(eventId);
    }

    /** The guest with this id (even one merged away), if any. */
    public Optional<Guest> find(long guestId) {
        return guests.findById(guestId);
    }

    /** The guests with these ids still in the list (deleted and merged-away ones left out), in id order. */
    public List<Guest> findListed(java.util.Collection<Long> guestIds) {
        return guests.findListed(guestIds);
    }

    /** The event's figures, computed by the database. */
    public GuestTotals totals(long eventId) {
        return guests.totals(eventId);
    }

    /**
     * The event's figures ({@link #totals}) and how many of its guests were checked in in each hour, counted
     * by the database in one pass over the list (merged-away guests left out): hour since the epoch in UTC
     * hours ({@code floor(epoch second / 3600)}) → check-ins, only hours with a check-in. What the
     * dashboard's {@code CheckInHours.count} gives for the check-in times of {@link #list}, without reading
     * the list.
     */
    public GuestCounts counts(long eventId) {
        return guests.counts(eventId);
    }

    /**
     * The event's list of guest categories: the six defaults in their order, then the event's own
     * categories (those its guests carry, merged-away guests too) by name. An event adds a category
     * by giving it to a guest (in the form, or an import that adds the file's new values).
     */
    public List<GuestCategory> categories(long eventId) {
        java.util.TreeSet<GuestCategory> all = new java.util.TreeSet<>(GuestCategory.DEFAULTS);
        all.addAll(guests.categoriesInUse(eventId));
        return List.copyOf(all);
    }

    /**
     * Adds a guest (no id) or saves an edited one (with id) and returns it as stored; audited as
     * CREATED (its values) or UPDATED (only the fields that changed; nothing if none did).
     *
     * @throws GuestException if it breaks a rule, or was deleted or merged away meanwhile (nothing saved)
     */
    public Guest save(Guest guest) {
        List<FieldProblem<GuestField>> problems = GuestRules.check(guest);
        if (!problems.isEmpty()) {
            throw new GuestException(problems);
        }
        return writes.save(guest, GuestService::goneMeanwhile);
    }

    /**
     * Deletes the guest, recording its last values; false if it was already gone (nothing recorded).
     *
     * @throws org.conferencedesk.shared.UserFacingException if a feature holding the guest refuses (a
     *         nominee of a signed-off award category); nothing is deleted then
     */
    public boolean delete(long eventId, long guestId) {
        return writes.delete(guestId).isPresent();
    }

    /**
     * Deletes these guests in one transaction, all or nothing (the table's "delete selected"): each
     * recorded with its last values; a feature holding one of them refusing (a nominee of a signed-off
     * award category) keeps every one. Guests already gone are passed over.
     *
     * @return how many were deleted
     * @throws org.conferencedesk.shared.UserFacingException a holder's refusal; nothing is deleted then
     */
    public int deleteAll(long eventId, List<Long> guestIds) {
        return writes.deleteAll(eventId, guestIds).size();
    }

    /**
     * Adds {@code newGuests} to the event in one transaction: all or none. One IMPORTED audit entry
     * (count and file), not one per guest.
     *
     * @param source the file the guests came from, or null
     * @return the number added
     * @throws GuestException naming the first guest that breaks a rule (nothing saved)
     */
    public int addAll(long eventId, List<Guest> newGuests, String source) {
        return importGuests(eventId, newGuests, List.of(), source);
    }

    /**
     * Saves an import in one transaction, all or nothing: adds {@code newGuests} and stores
     * {@code mergedInto} (existing guests, by id, with the file's values merged in, see
     * {@link GuestMerging}). One IMPORTED audit entry (count, updated, file), plus an UPDATED entry
     * for each existing guest that changed, so each merge into a guest can be read back.
     *
     * @param mergedInto existing listed guests as they should become (ids set)
     * @param source the file, or null
     * @return the number of guests added
     * @throws GuestException if a guest breaks a rule, or a guest to merge into was deleted meanwhile (nothing saved)
     */
    public int importGuests(long eventId, List<Guest> newGuests, List<Guest> mergedInto, String source) {
        for (Guest g : newGuests) {
            List<FieldProblem<GuestField>> problems = GuestRules.check(g);
            if (!problems.isEmpty()) {
                throw new GuestException(problems);
            }
        }
        return importGuests(eventId, source, batch -> {
            batch.add(newGuests);
            mergedInto.forEach(batch::update);
        });
    }

    /**
     * Saves an import in one transaction, all or nothing, from what {@code rows} hands over a chunk at
     * a time: new guests ({@link RecordBatch#add}) and existing guests with the file's values merged in
     * ({@link RecordBatch#update}, by id, see {@link GuestMerging}). One IMPORTED audit entry (count,
     * updated, file), plus an UPDATED entry for each existing guest that changed, so each merge into
     * a guest can be read back. An exception from {@code rows} undoes everything.
     *
     * @param source the file, or null
     * @return the number of guests added
     * @throws GuestException if a guest breaks a rule, or a guest to merge into was deleted meanwhile (nothing saved)
     */
    public int importGuests(long eventId, String source, Consumer<RecordBatch<Guest>> rows) {
        int added = database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            int[] inserted = {0};
            List<Guest[]> merged = new ArrayList<>();
            rows.accept(new RecordBatch<>() {
                @Override
                public void add(List<Guest> chunk) {
                    for (Guest g : chunk) {
                        List<FieldProblem<GuestField>> problems = GuestRules.check(g);
                        if (!problems.isEmpty()) {
                            throw new GuestException(problems);
                        }
                    }
                    // Rows read for this event already carry its id: copied only when they do not.
                    inserted[0] += repository.insertAll(chunk.stream().allMatch(g -> g.eventId() == eventId) ? chunk
                            : chunk.stream().map(g -> g.withEventId(eventId)).toList());
                }

                @Override
                public void update(Guest after) {
                    List<FieldProblem<GuestField>> problems = GuestRules.check(after);
                    if (!problems.isEmpty()) {
                        throw new GuestException(problems);
                    }
                    List<Guest> before = repository.lockListed(List.of(after.id()));
                    if (before.isEmpty()) {
                        throw goneMeanwhile();
                    }
                    merged.add(new Guest[] {before.get(0), repository.update(after).orElseThrow(GuestService::goneMeanwhile)});
                }
            });
            for (Guest[] pair : merged) {
                writes.recordUpdate(tx, pair[0], pair[1]);
            }
            Map<String, String> summary = new LinkedHashMap<>();
            summary.put("count", String.valueOf(inserted[0]));
            summary.put("updated", String.valueOf(merged.size()));
            summary.put("file", source);
            writes.recordImport(tx, eventId, source, summary);
            return inserted[0];
        });
        changes.reloaded(eventId);
        return added;
    }

    /**
     * Sets the invitation status of the listed guests with these ids, in one transaction; guests
     * already in that status are left alone (no audit line).
     *
     * @return the guests changed, as stored
     */
    public List<Guest> setInvitationStatus(long eventId, Collection<Long> guestIds, InvitationStatus status) {
        List<Guest> changed = database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            List<Guest> saved = new ArrayList<>();
            for (Guest before : repository.lockListed(guestIds)) {
                if (before.invitationStatus() != status) {
                    Guest after = repository.update(before.withInvitationStatus(status)).orElseThrow(GuestService::goneMeanwhile);
                    writes.recordUpdate(tx, before, after);
                    saved.add(after);
                }
            }
            return saved;
        });
        if (!changed.isEmpty()) {
            changes.saved(eventId, changed);
        }
        return changed;
    }

    /**
     * What a check-in did.
     *
     * @param guest the guest as stored after it
     * @param alreadyCheckedIn true if the guest had been checked in before (at {@code guest.checkedInAt()}):
     *        nothing changed and the guest is not counted twice
     */
    public record CheckIn(Guest guest, boolean alreadyCheckedIn) {
    }

    /**
     * Checks a listed guest in at {@code at}; a guest already checked in keeps the first time.
     *
     * @throws GuestException ({@code checkIn.gone}) if the guest was deleted or merged away
     */
    public CheckIn checkIn(long eventId, long guestId, Instant at) {
        List<CheckIn> result = checkInAll(eventId, List.of(guestId), at);
        if (result.isEmpty()) {
            throw new GuestException("checkIn.gone");
        }
        return result.get(0);
    }

    /**
     * Checks in the listed guests with these ids at {@code at}, in one transaction; those already
     * checked in are reported, not changed.
     *
     * @return one result per listed guest found, in id order
     */
    public List<CheckIn> checkInAll(long eventId, Collection<Long> guestIds, Instant requestedAt) {
        // The database keeps microseconds; the time handed back must be the one stored (undo matches on it).
        Instant at = requestedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        List<CheckIn> results = database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            List<CheckIn> done = new ArrayList<>();
            for (Guest before : repository.lockListed(guestIds)) {
                if (before.isCheckedIn() || !repository.checkIn(before.id(), at)) {
                    done.add(new CheckIn(before, true));
                    continue;
                }
                Guest after = before.withCheckedInAt(at);
                writes.recordUpdate(tx, before, after);
                done.add(new CheckIn(after, false));
            }
            return done;
        });
        List<Guest> changed = results.stream().filter(r -> !r.alreadyCheckedIn()).map(CheckIn::guest).toList();
        if (!changed.isEmpty()) {
            changes.saved(eventId, changed);
        }
        return results;
    }

    /**
     * Undoes a check-in made at {@code at}: clears it if the guest's check-in time is still that one.
     *
     * @return the guest as stored after the undo, or empty if there was nothing to undo
     */
    public Optional<Guest> undoCheckIn(long eventId, long guestId, Instant checkedInAt) {
        Instant at = checkedInAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Optional<Guest> undone = database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            List<Guest> before = repository.lockListed(List.of(guestId));
            if (before.isEmpty() || !repository.clearCheckIn(guestId, at)) {
                return Optional.<Guest>empty();
            }
            Guest after = before.get(0).withCheckedInAt(null);
            writes.recordUpdate(tx, before.get(0), after);
            return Optional.of(after);
        });
        undone.ifPresent(g -> changes.saved(eventId, List.of(g)));
        return undone;
    }

    /**
     * A merge as done.
     *
     * @param mergeId the merge's id (to undo it)
     * @param kept the kept guest as stored after the merge
     * @param mergedIds the guests merged into it (now hidden)
     */
    public record Merge(long mergeId, Guest kept, List<Long> mergedIds) {
    }

    /**
     * Merges the guests {@code mergedIds} into {@code keptId} ({@link GuestMerging}): the kept guest
     * takes every non-empty value, the others leave the list (kept in the database so the merge can
     * be undone). The others are taken in list order (by id) whatever order they are named in, so
     * that the merge can be worked out again when an earlier one is undone. One MERGED audit entry on
     * the kept guest, with the fields that changed and {@code mergedIds}. Only on the user's word: the
     * service never merges by itself.
     *
     * @param locale the language of any lines added to the notes
     * @throws GuestException if a guest is no longer listed ({@code merge.gone}), fewer than two
     *         guests are named ({@code merge.tooFew}), or the merged notes would not fit
     */
    public Merge merge(long eventId, long keptId, List<Long> mergedIds, Locale locale) {
        java.util.TreeSet<Long> others = new java.util.TreeSet<>(mergedIds);
        others.remove(keptId);
        if (others.isEmpty()) {
            throw new GuestException("merge.tooFew");
        }
        Merge merge = database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            List<Long> all = new ArrayList<>(others);
            all.add(keptId);
            Map<Long, Guest> locked = repository.lockListed(all).stream().collect(Collectors.toMap(Guest::id, g -> g));
            if (locked.size() != all.size()) {
                throw new GuestException("merge.gone");
            }
            Guest before = locked.get(keptId);
            List<Guest> merged = others.stream().map(locked::get).toList();
            Guest after = repository.update(GuestMerging.merge(before, merged, locale)).orElseThrow(GuestService::goneMeanwhile);
            Instant now = clock.instant();
            long mergeId = repository.insertMerge(eventId, keptId, toJson(GuestAudit.fields(before)), locale.toLanguageTag(),
                    others, now);
            Map<String, String> beforeView = GuestAudit.fields(before);
            Map<String, String> afterView = GuestAudit.fields(after);
            beforeView.put("mergedIds", null);
            afterView.put("mergedIds", others.stream().map(String::valueOf).collect(Collectors.joining(",")));
            String names = merged.stream().map(Guest::fullName).collect(Collectors.joining("、"));
            audit.record(tx, AuditEntry.of(eventId, GuestAudit.RECORD_TYPE, keptId, AuditAction.MERGED,
                    after.fullName() + " ← " + names, FieldChange.between(beforeView, afterView)));
            return new Merge(mergeId, after, List.copyOf(others));
        });
        changes.removed(eventId, merge.mergedIds());
        changes.saved(eventId, List.of(merge.kept()));
        return merge;
    }

    /**
     * Undoes a merge, in any order: the merged guests come back into the list, and the kept guest
     * loses exactly what this merge brought ({@link GuestUnmerging}): what later merges into it
     * brought stays, and so does whatever was changed on it since (an edit, a check-in). Later merges
     * into the same guest can still be undone as exactly. One UNMERGED audit entry.
     *
     * @return false if the merge was already undone or does not exist (nothing changed)
     * @throws GuestException {@code merge.keptGone} if the kept guest was deleted since;
     *         {@code unmerge.keptMergedSince} if it was itself merged into another guest since (that
     *         merge must be undone first); a rule's problem if the result would break one (nothing changed)
     */
    public boolean undoMerge(long eventId, long mergeId) {
        boolean undone = database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            Optional<GuestRepository.MergeRecord> open = repository.lockOpenMerge(mergeId);
            if (open.isEmpty()) {
                return false;
            }
            GuestRepository.MergeRecord merge = open.get();
            List<Guest> kept = repository.lockListed(List.of(merge.keptId()));
            if (kept.isEmpty()) {
                Optional<GuestRepository.MergeRecord> hiding = repository.mergeHiding(merge.keptId());
                if (hiding.isPresent()) {
                    throw new GuestException("unmerge.keptMergedSince", String.valueOf(merge.keptId()),
                            String.valueOf(hiding.get().keptId()), String.valueOf(hiding.get().id()));
                }
                throw new GuestException("merge.keptGone");
            }
            List<GuestRepository.MergeRecord> into = repository.lockOpenMergesInto(merge.keptId());
            List<GuestUnmerging.Step> steps = steps(repository, into, kept.get(0));
            int index = into.stream().map(GuestRepository.MergeRecord::id).toList().indexOf(mergeId);
            GuestUnmerging.Result result = GuestUnmerging.undo(kept.get(0), steps, index);
            List<FieldProblem<GuestField>> problems = GuestRules.check(result.kept());
            if (!problems.isEmpty()) {
                throw new GuestException(problems);
            }
            Guest after = repository.update(result.kept()).orElseThrow(GuestService::goneMeanwhile);
            result.laterBefore().forEach((laterId, before) -> repository.rewriteKeptBefore(laterId, toJson(GuestAudit.fields(before))));
            repository.undoMerge(mergeId, clock.instant());
            Map<String, String> beforeView = GuestAudit.fields(kept.get(0));
            Map<String, String> afterView = GuestAudit.fields(after);
            beforeView.put("mergedIds", merge.mergedIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
            afterView.put("mergedIds", null);
            audit.record(tx, AuditEntry.of(merge.eventId(), GuestAudit.RECORD_TYPE, merge.keptId(), AuditAction.UNMERGED,
                    after.fullName(), FieldChange.between(beforeView, afterView)));
            return true;
        });
        if (undone) {
            changes.reloaded(eventId);
        }
        return undone;
    }

    /**
     * The open merges into one guest as {@link GuestUnmerging} takes them: each with the kept guest's
     * values before it, the guests it merged (hidden, unchanged since) and the language of its notes
     * lines. A merge made before sql/V8 has no language stored: it is told from the notes.
     */
    private static List<GuestUnmerging.Step> steps(GuestRepository repository, List<GuestRepository.MergeRecord> into, Guest now) {
        List<GuestUnmerging.Step> steps = new ArrayList<>(into.size());
        for (int i = 0; i < into.size(); i++) {
            GuestRepository.MergeRecord record = into.get(i);
            Guest before = GuestAudit.fromFields(record.keptId(), record.eventId(), fromJson(record.keptBeforeJson()));
            List<Guest> merged = record.mergedIds().stream().map(repository::findById).flatMap(Optional::stream).toList();
            Locale locale;
            if (record.notesLocale() != null) {
                locale = Locale.forLanguageTag(record.notesLocale());
            } else {
                Guest next = i + 1 < into.size()
                        ? GuestAudit.fromFields(record.keptId(), record.eventId(), fromJson(into.get(i + 1).keptBeforeJson()))
                        : now;
                locale = GuestUnmerging.notesLocaleOf(before, merged, next, NOTES_LOCALES);
            }
            steps.add(new GuestUnmerging.Step(record.id(), before, merged, locale));
        }
        return steps;
    }

    /**
     * "Not the same person": records that the listed guests {@code guestIds} are all different
     * people, as every pair among them (n guests, n(n−1)/2 pairs), in one transaction; pairs already
     * recorded are left as they are. The duplicates review then never links these pairs again
     * ({@link GuestDuplicates#find(List, java.util.Set)}); a guest added later who matches them still
     * shows with them. One MARKED_DISTINCT audit entry naming the guests (none if every pair was
     * already recorded). Nothing is merged or changed on the guests.
     *
     * @return the pairs newly recorded, sorted (what {@link #undoDistinct} takes back); empty if none
     * @throws GuestException {@code distinct.tooFew} if fewer than two different guests are named,
     *         {@code distinct.gone} if one is not on the event's list (deleted, merged away, another
     *         event's); nothing is recorded then
     */
    public List<GuestPair> markDistinct(long eventId, Collection<Long> guestIds) {
        java.util.Set<Long> ids = new java.util.TreeSet<>(guestIds);
        if (ids.size() < 2) {
            throw new GuestException("distinct.tooFew");
        }
        return database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            List<Guest> listed = repository.lockListed(ids);
            if (listed.size() != ids.size() || listed.stream().anyMatch(g -> g.eventId() != eventId)) {
                throw new GuestException("distinct.gone");
            }
            List<GuestPair> all = GuestPair.allAmong(ids);
            java.util.Set<GuestPair> already = new java.util.HashSet<>(repository.storedDistinct(eventId, all));
            List<GuestPair> added = all.stream().filter(p -> !already.contains(p)).toList();
            if (added.isEmpty()) {
                return added;
            }
            repository.insertDistinct(eventId, added, clock.instant(), audit.actorName());
            audit.record(tx, AuditEntry.of(eventId, GuestAudit.RECORD_TYPE, null, AuditAction.MARKED_DISTINCT,
                    distinctSummary(listed), FieldChange.between(Map.of(), distinctView(added))));
            return added;
        });
    }

    /**
     * Undoes "not the same person": removes these pairs (as {@link #markDistinct} returned them), so
     * the review links those guests again. One UNMARKED_DISTINCT audit entry (none if no pair was
     * still recorded).
     *
     * @return how many pairs were removed
     */
    public int undoDistinct(long eventId, Collection<GuestPair> pairs) {
        return database.inTransaction(tx -> {
            GuestRepository repository = guests.within(tx);
            List<GuestPair> stored = repository.storedDistinct(eventId, pairs);
            if (stored.isEmpty()) {
                return 0;
            }
            repository.deleteDistinct(eventId, stored);
            List<Guest> named = stored.stream().flatMap(p -> java.util.stream.Stream.of(p.low(), p.high())).distinct().sorted()
                    .map(repository::findById).flatMap(Optional::stream).toList();
            audit.record(tx, AuditEntry.of(eventId, GuestAudit.RECORD_TYPE, null, AuditAction.UNMARKED_DISTINCT,
                    distinctSummary(named), FieldChange.between(distinctView(stored), Map.of())));
            return stored.size();
        });
    }

    /**
     * The event's pairs of guests marked as different people, as they apply to the list now: a side
     * merged away stands for the guest it was merged into (B was said to differ from C, and B was
     * merged into A, so A differs from C); a pair whose two sides were merged together is dropped.
     * Undoing the merge brings the pair back as recorded. Pass it to {@link GuestDuplicates#find(List, java.util.Set)}.
     */
    public java.util.Set<GuestPair> distinctPairs(long eventId) {
        List<GuestPair> stored = guests.distinctPairs(eventId);
        if (stored.isEmpty()) {
            return java.util.Set.of();
        }
        Map<Long, Long> mergedInto = guests.mergedInto(eventId);
        java.util.Set<GuestPair> applied = new java.util.HashSet<>();
        for (GuestPair pair : stored) {
            long a = listedAs(pair.low(), mergedInto);
            long b = listedAs(pair.high(), mergedInto);
            if (a != b) {
                applied.add(GuestPair.of(a, b));
            }
        }
        return applied;
    }

    /**
     * The listed guest each of these guests is now, for records of other features that point at a
     * guest (an exhibitor's contact), so that one person is one record: a listed guest is itself; a
     * guest merged away is the guest it was merged into (following a chain of merges), and itself
     * again once the merge is undone; a deleted guest, or one of another event, is left out.
     *
     * @return guest id asked → the listed guest it stands for (ids not found are absent)
     */
    public Map<Long, Guest> listedAs(long eventId, Collection<Long> guestIds) {
        if (guestIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> mergedInto = guests.mergedInto(eventId);
        // A few guests (one exhibitor saved) are read one by one; many (a whole list) in one query.
        Map<Long, Guest> listed = guestIds.size() > 20
                ? guests.findByEvent(eventId).stream().collect(Collectors.toMap(Guest::id, g -> g)) : null;
        Map<Long, Guest> found = new LinkedHashMap<>();
        for (Long id : guestIds) {
            long now = listedAs(id, mergedInto);
            Optional<Guest> guest = listed != null ? Optional.ofNullable(listed.get(now))
                    : guests.findById(now).filter(g -> g.eventId() == eventId && !mergedInto.containsKey(now));
            guest.ifPresent(g -> found.put(id, g));
        }
        return found;
    }

    private static long listedAs(long id, Map<Long, Long> mergedInto) {
        long at = id;
        for (int steps = 0; steps <= mergedInto.size() && mergedInto.containsKey(at); steps++) {
            at = mergedInto.get(at);
        }
        return at;
    }

    /** {@code "张伟 (#12) ≠ 张伟 (#15)"}: the guests of a "not the same person" entry. */
    private static String distinctSummary(List<Guest> named) {
        return named.stream().map(g -> g.fullName() + " (#" + g.id() + ")").collect(Collectors.joining(" ≠ "));
    }

    /** The audit view of pairs: the guests' ids and how many pairs. */
    private static Map<String, String> distinctView(List<GuestPair> pairs) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("distinctIds", pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.low(), p.high())).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(", ")));
        view.put("distinctPairs", String.valueOf(pairs.size()));
        return view;
    }

    private static GuestException goneMeanwhile() {
        return new GuestException("save.gone");
    }

    private static String toJson(Map<String, String> fields) {
        try {
            return Json.MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A guest could not be written as JSON", e);
        }
    }

    private static Map<String, String> fromJson(String json) {
        try {
            return Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A merge record could not be read", e);
        }
    }
}
