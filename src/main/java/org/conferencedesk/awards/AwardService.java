package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.ExhibitorAudit;
import org.conferencedesk.guests.GuestAudit;
import org.conferencedesk.shared.record.ChangeFeed;
import org.conferencedesk.shared.record.FieldProblem;
import java.util.function.LongSupplier;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.AuditWithholding;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.FieldChange;
import org.conferencedesk.storage.References;

/**
 * An event's awards: categories with their prizes, criteria, committee, nominees, recusals, scores and
 * winners; sign-off and reopening; the score sheet, the proposed winners and the figures.
 *
 * <p>Every write runs in one transaction that first locks the category row (so a sign-off and a change
 * never interleave), refuses any change to a signed-off category ({@code category.frozen}), checks the
 * rules ({@link AwardRules}, then the rules that span records, each refusal an {@link AwardException}
 * with a sentence in both languages), writes, and records what it changed in the {@link AuditTrail} in
 * the same transaction; after the commit the category as it now stands is published on {@link #changes()}
 * (a change to any of its parts is a change of the category: reload its content). Nothing is changed
 * when an exception is thrown. The database refuses the same things on its own
 * ({@link AwardFreezeTrigger}, constraints), should anything get past the service.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread.
 */
public final class AwardService {

    private final Database database;
    private final AwardRepository awards;
    private final AuditTrail audit;
    private final AwardLinks links;
    private final Clock clock;
    private final LongSupplier seeds;
    private final ChangeFeed<AwardCategory> changes = new ChangeFeed<>();

    /**
     * @param database the database (for transactions)
     * @param awards the repository over it
     * @param audit the trail every change is recorded in
     * @param links how nominees read their guest or exhibitor
     * @param clock the time of nominations, scores, winners, sign-offs and reopenings
     * @param seeds where the seed of a new seeded-draw category comes from when none is given
     */
    public AwardService(Database database, AwardRepository awards, AuditTrail audit, AwardLinks links, Clock clock,
                        LongSupplier seeds) {
        this.database = Objects.requireNonNull(database);
        this.awards = Objects.requireNonNull(awards);
        this.audit = Objects.requireNonNull(audit);
        this.links = Objects.requireNonNull(links);
        this.clock = Objects.requireNonNull(clock);
        this.seeds = Objects.requireNonNull(seeds);
        // Scores are this service's to keep from other members until the category is signed off, in the
        // trail too (the score sheet does the same on the screen).
        audit.withhold(AwardAudit.SCORE, this::openScores);
        audit.withhold(AwardAudit.RECUSAL, this::openScores);
    }

    /** A service with the system clock and seeds from {@link SecureRandom}. */
    public AwardService(Database database, AwardRepository awards, AuditTrail audit, AwardLinks links) {
        this(database, awards, audit, links, Clock.systemUTC(), new SecureRandom()::nextLong);
    }

    /**
     * Committed changes, by category: {@code Saved} with the category as stored after any change to it
     * or its parts (prizes, committee, nominees, recusals, criteria, scores, winners, sign-off,
     * reopening: reload its {@link #content}), {@code Removed} with a deleted category's id,
     * {@code Reloaded} after the running order changed. Listeners run on the writing thread.
     */
    public ChangeFeed<AwardCategory> changes() {
        return changes;
    }

    // ------------------------------------------------------------------ reading

    /**
     * The score values in an audit entry that readers may not see now ({@link AuditWithholding}): every
     * criterion of an {@link AwardAudit#SCORE} entry and the {@link AwardAudit#SCORE_REMOVED} fields of
     * a recusal, while their category is not signed off (again after a reopening, as on the score
     * sheet). A score whose nominee, recusal or category is gone stays hidden: it is in no result now.
     */
    private Set<String> openScores(AuditEntry entry) {
        boolean score = AwardAudit.SCORE.equals(entry.recordType());
        Set<String> values = entry.changes().stream().map(FieldChange::field)
                .filter(f -> score || f.startsWith(AwardAudit.SCORE_REMOVED)).collect(Collectors.toSet());
        if (values.isEmpty() || entry.recordId() == null) {
            return values;
        }
        Optional<AwardCategory> category = score ? awards.categoryOfNominee(entry.recordId()) : awards.categoryOfRecusal(entry.recordId());
        return category.filter(AwardCategory::isFrozen).isPresent() ? Set.of() : values;
    }

    /** The event's categories in running order. */
    public List<AwardCategory> categories(long eventId) {
        return awards.categories(eventId);
    }

    /** The category with this id, if any. */
    public Optional<AwardCategory> category(long categoryId) {
        return awards.category(categoryId);
    }

    /**
     * Everything the category holds, read in one transaction, linked nominees showing their guest's or
     * exhibitor's name. Its scores are every member's: show them through {@link #scoreSheet}.
     *
     * @throws AwardException ({@code category.gone}) if there is no such category
     */
    public AwardCategoryContent content(long categoryId) {
        AwardCategoryContent stored = awards.transaction(database, tx -> awards.within(tx).content(categoryId))
                .orElseThrow(() -> new AwardException("category.gone"));
        return resolved(stored);
    }

    /** The event's figures, counted by the database. */
    public AwardTotals totals(long eventId) {
        return awards.totals(eventId);
    }

    /**
     * A nomination of a guest or exhibitor, for their own screens ("linked records are one record, shown
     * on both screens").
     *
     * @param category the category
     * @param nominee the nominee, showing the linked record's name
     * @param prize the prize it won in the category, or null
     */
    public record Nomination(AwardCategory category, Nominee nominee, Prize prize) {
    }

    /**
     * Every nomination of this guest of the event, in nomination order, with those of the guests merged
     * into it (one person, one record: {@link AwardLinks#guests}).
     */
    public List<Nomination> nominationsOfGuest(long eventId, long guestId) {
        List<Nominee> linked = awards.guestNominees(eventId);
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<Long, AwardLinks.Linked> now = links.guests(eventId, linked.stream().map(Nominee::guestId).collect(Collectors.toSet()));
        return nominations(linked.stream().filter(n -> standsFor(now, n.guestId(), guestId)).toList());
    }

    /**
     * The records a nominee of this kind can be linked to: for a person, the event's guests (name and
     * organisation); for an organisation, its exhibitors (company name and other-language name); for an
     * entry, none. Read as they are now.
     */
    public List<AwardLinks.Linked> linkable(long eventId, NomineeKind kind) {
        return switch (kind) {
            case PERSON -> links.allGuests(eventId);
            case ORGANISATION -> links.allExhibitors(eventId);
            default -> List.of();
        };
    }

    /** Every nomination of this exhibitor, in nomination order. */
    public List<Nomination> nominationsOfExhibitor(long exhibitorId) {
        return nominations(awards.nominationsOfExhibitor(exhibitorId));
    }

    // ------------------------------------------------------------------ guests, exhibitors and events deleted

    /**
     * Registers what awards hold of other features' records in {@code references}, so that deleting one
     * lets go of it, or is refused, inside the deleting transaction (docs/decisions/0017):
     * <ul>
     *   <li>a guest or an exhibitor nominated in an open category: the nominee keeps the name (and a
     *       guest's organisation) it reads as now and loses the link, audited as an edit of the nominee;
     *       its scores, recusals and any place it won stay. A guest merged into the deleted guest counts
     *       as it (it read as the deleted guest);</li>
     *   <li>nominated in a signed-off category: the deletion is refused, naming the category
     *       ({@code release.guestSignedOff}, {@code release.exhibitorSignedOff}): a frozen result does
     *       not change until it is reopened with a reason;</li>
     *   <li>the name is taken by another nominee of the category: refused ({@code release.nameTaken});</li>
     *   <li>an event: refused if one of its categories is signed off ({@code release.eventSignedOff});
     *       otherwise its categories are deleted first, with everything they hold, as every record of
     *       the event is.</li>
     * </ul>
     * The categories changed are published on {@link #changes()} after the deletion commits.
     */
    public void registerReferences(References references) {
        references.add(GuestAudit.RECORD_TYPE, (tx, eventId, guestId) ->
                releaseGuest(awards.within(tx), entry -> audit.record(tx, entry), eventId, guestId));
        references.add(ExhibitorAudit.EXHIBITOR, (tx, eventId, exhibitorId) ->
                releaseExhibitor(awards.within(tx), entry -> audit.record(tx, entry), eventId, exhibitorId));
        references.add(EventService.RECORD_TYPE, (tx, eventId, id) -> releaseEvent(awards.within(tx), eventId));
    }

    private Runnable releaseGuest(AwardRepository repository, Consumer<AuditEntry> recorder, long eventId, long guestId) {
        List<Nominee> linked = repository.guestNominees(eventId);
        if (linked.isEmpty()) {
            return null;
        }
        Map<Long, AwardLinks.Linked> now = links.guests(eventId, linked.stream().map(Nominee::guestId).collect(Collectors.toSet()));
        List<Nominee> held = linked.stream().filter(n -> standsFor(now, n.guestId(), guestId)).toList();
        return release(repository, recorder, eventId, held, n -> now.get(n.guestId()), "release.guestSignedOff");
    }

    private Runnable releaseExhibitor(AwardRepository repository, Consumer<AuditEntry> recorder, long eventId, long exhibitorId) {
        List<Nominee> held = repository.nominationsOfExhibitor(exhibitorId);
        if (held.isEmpty()) {
            return null;
        }
        AwardLinks.Linked now = links.exhibitor(eventId, exhibitorId).orElse(null);
        return release(repository, recorder, eventId, held, n -> now, "release.exhibitorSignedOff");
    }

    /**
     * Turns the nominees {@code held} into nominees by name, each keeping the name it reads as now
     * ({@code linkedOf}), category by category (locked in id order, so two deletions never wait on each
     * other crosswise); refuses with {@code refusal} if a category is signed off.
     */
    private Runnable release(AwardRepository repository, Consumer<AuditEntry> recorder, long eventId, List<Nominee> held,
                             java.util.function.Function<Nominee, AwardLinks.Linked> linkedOf, String refusal) {
        if (held.isEmpty()) {
            return null;
        }
        java.util.TreeMap<Long, List<Nominee>> byCategory = held.stream()
                .collect(Collectors.groupingBy(Nominee::categoryId, java.util.TreeMap::new, Collectors.toList()));
        List<AwardCategory> changed = new ArrayList<>();
        for (Map.Entry<Long, List<Nominee>> e : byCategory.entrySet()) {
            Optional<AwardCategory> locked = repository.lockCategory(e.getKey());
            if (locked.isEmpty()) {
                continue;
            }
            AwardCategory c = locked.get();
            List<Nominee> shown = resolve(c.eventId(), repository.nominees(c.id()));
            for (Nominee n : e.getValue()) {
                AwardLinks.Linked linked = linkedOf.apply(n);
                String name = linked != null ? linked.name().strip() : ResultContent.nomineeKey(n);
                String affiliation = linked != null ? linked.affiliation() : null;
                if (c.isFrozen()) {
                    throw new AwardException(refusal, name, c.nameZh(), signOffInForce(repository, c).memberName());
                }
                Nominee before = shown.stream().filter(x -> x.id().equals(n.id())).findFirst().orElseThrow();
                if (shown.stream().anyMatch(x -> !x.id().equals(n.id()) && name.equals(x.name() == null ? null : x.name().strip()))) {
                    throw new AwardException("release.nameTaken", name, c.nameZh());
                }
                repository.unlinkNominee(n.id(), name, affiliation);
                Nominee after = new Nominee(n.id(), n.categoryId(), n.kind(), name, affiliation, null, null, n.nominatedAt());
                AuditEntry.updated(c.eventId(), AwardAudit.NOMINEE, n.id(), AwardAudit.summary(c, name), AwardAudit.fields(before),
                        AwardAudit.fields(after)).ifPresent(recorder);
            }
            changed.add(c);
        }
        return () -> changes.saved(eventId, changed);
    }

    private Runnable releaseEvent(AwardRepository repository, long eventId) {
        List<AwardCategory> categories = new ArrayList<>(repository.categories(eventId));
        if (categories.isEmpty()) {
            return null;
        }
        categories.sort(java.util.Comparator.comparing(AwardCategory::id));
        for (AwardCategory listed : categories) {
            Optional<AwardCategory> c = repository.lockCategory(listed.id());
            if (c.isPresent() && c.get().isFrozen()) {
                throw new AwardException("release.eventSignedOff", c.get().nameZh(), signOffInForce(repository, c.get()).memberName());
            }
        }
        List<Long> ids = new ArrayList<>();
        for (AwardCategory c : categories) {
            if (repository.deleteCategory(c.id())) {
                ids.add(c.id());
            }
        }
        return () -> changes.removed(eventId, ids);
    }

    /** True if the guest {@code linkedId} is, or now reads as ({@code now}), the guest {@code guestId}. */
    private static boolean standsFor(Map<Long, AwardLinks.Linked> now, long linkedId, long guestId) {
        AwardLinks.Linked linked = now.get(linkedId);
        return linkedId == guestId || (linked != null && linked.id() == guestId);
    }

    // ------------------------------------------------------------------ categories

    /**
     * Adds a category with its prizes, in one transaction. A running order of 0 puts it at the end of the
     * ceremony; a seeded draw without a seed gets one now (recorded, and shown in the audit trail).
     *
     * @param prizes its prizes (their category id is ignored), may be empty
     * @return the category as stored
     * @throws AwardException if it or a prize breaks a rule, its name or place in the running order is
     *         taken, or two prizes share a rank
     */
    public AwardCategory createCategory(AwardCategory category, List<Prize> prizes) {
        AwardCategory c = withSeed(category, null);
        AwardCategory stored = refusing(() -> awards.transaction(database, tx -> {
            AwardRepository repository = awards.within(tx);
            AwardCategory placed = c.runningOrder() == 0 ? c.withRunningOrder(repository.nextRunningOrder(c.eventId())) : c;
            require(AwardRules.check(placed));
            checkNamesAndOrder(repository, placed);
            Set<Integer> ranks = new HashSet<>();
            for (Prize p : prizes) {
                require(AwardRules.check(p));
                if (!ranks.add(p.rank())) {
                    throw new AwardException("prize.rankTaken", p.rank());
                }
            }
            AwardCategory added = repository.insertCategory(placed);
            audit.record(tx, AuditEntry.created(added.eventId(), AwardAudit.CATEGORY, added.id(), added.bothNames(), AwardAudit.fields(added)));
            for (Prize p : prizes) {
                Prize savedPrize = repository.savePrize(new Prize(null, added.id(), p.rank(), p.nameZh(), p.nameEn(), p.places()));
                audit.record(tx, AuditEntry.created(added.eventId(), AwardAudit.PRIZE, savedPrize.id(),
                        AwardAudit.summary(added, savedPrize.nameZh()), AwardAudit.fields(savedPrize)));
            }
            return added;
        }));
        publish(() -> changes.saved(stored.eventId(), List.of(stored)));
        return stored;
    }

    /**
     * Saves a category's names, kind, place in the running order, tie rule and score range. The tie
     * rule, seed and range cannot change once a score is entered. Moving to the seeded draw without a
     * seed keeps the seed there was, or draws one.
     *
     * @throws AwardException if it breaks a rule, is signed off, its name or order is taken, its kind no
     *         longer takes its nominees, or its rules change after scores
     */
    public AwardCategory updateCategory(AwardCategory category) {
        require(AwardRules.check(category));
        return write(category.id(), w -> {
            AwardCategory before = w.category();
            AwardCategory after = withSeed(new AwardCategory(before.id(), before.eventId(), category.nameZh(), category.nameEn(),
                    category.kind(), category.runningOrder(), category.tieRule(), category.drawSeed(), category.scoreMin(),
                    category.scoreMax(), before.signOffId()), before);
            require(AwardRules.check(after));
            checkNamesAndOrder(w.repository(), after);
            boolean rulesChanged = before.tieRule() != after.tieRule() || !Objects.equals(before.drawSeed(), after.drawSeed())
                    || before.scoreMin().compareTo(after.scoreMin()) != 0 || before.scoreMax().compareTo(after.scoreMax()) != 0;
            int scores = w.repository().scoreCount(before.id());
            if (rulesChanged && scores > 0) {
                throw new AwardException("category.rulesAfterScores", before.nameZh(), scores);
            }
            if (before.kind() != after.kind()) {
                for (Nominee n : w.repository().nominees(before.id())) {
                    if (!after.kind().accepts(n.kind())) {
                        throw new AwardException("category.kindRefusesNominees." + after.kind().name(), ResultContent.nomineeKey(resolve(before.eventId(), n)));
                    }
                }
            }
            AwardCategory stored = w.repository().updateCategory(after);
            AuditEntry.updated(stored.eventId(), AwardAudit.CATEGORY, stored.id(), stored.bothNames(), AwardAudit.fields(before),
                    AwardAudit.fields(stored)).ifPresent(w::record);
            return stored;
        });
    }

    /**
     * Deletes an open category with everything it holds (its audit trail stays).
     *
     * @return false if it was already gone
     * @throws AwardException ({@code category.frozen}) if it is signed off
     */
    public boolean deleteCategory(long categoryId) {
        Optional<AwardCategory> deleted = refusing(() -> awards.transaction(database, tx -> {
            AwardRepository repository = awards.within(tx);
            Optional<AwardCategory> found = repository.lockCategory(categoryId);
            if (found.isEmpty()) {
                return Optional.<AwardCategory>empty();
            }
            AwardCategory c = found.get();
            refuseIfFrozen(repository, c);
            repository.deleteCategory(categoryId);
            audit.record(tx, AuditEntry.deleted(c.eventId(), AwardAudit.CATEGORY, c.id(), c.bothNames(), AwardAudit.fields(c)));
            return found;
        }));
        deleted.ifPresent(c -> publish(() -> changes.removed(c.eventId(), List.of(c.id()))));
        return deleted.isPresent();
    }

    /**
     * Puts the event's categories in this running order (1, 2, 3 … in list order). Allowed for
     * signed-off categories: the running order is the ceremony's, not part of a result.
     *
     * @param categoryIds every category of the event, each once
     * @throws AwardException ({@code category.orderIncomplete}) if the list is not exactly the event's categories
     */
    public void reorder(long eventId, List<Long> categoryIds) {
        refusing(() -> awards.transaction(database, tx -> {
            AwardRepository repository = awards.within(tx);
            List<AwardCategory> before = repository.categories(eventId);
            Set<Long> ids = new HashSet<>(categoryIds);
            if (ids.size() != categoryIds.size() || !ids.equals(new HashSet<>(before.stream().map(AwardCategory::id).toList()))) {
                throw new AwardException("category.orderIncomplete", before.size());
            }
            for (AwardCategory c : before) {
                repository.lockCategory(c.id());
            }
            repository.reorder(eventId, categoryIds);
            for (AwardCategory c : before) {
                int order = categoryIds.indexOf(c.id()) + 1;
                if (order != c.runningOrder()) {
                    audit.record(tx, AuditEntry.of(eventId, AwardAudit.CATEGORY, c.id(), AuditAction.UPDATED, c.bothNames(),
                            List.of(new FieldChange("runningOrder", Integer.toString(c.runningOrder()), Integer.toString(order)))));
                }
            }
            return null;
        }));
        publish(() -> changes.reloaded(eventId));
    }

    // ------------------------------------------------------------------ prizes

    /**
     * Adds (no id) or edits (id) a prize of an open category.
     *
     * @throws AwardException if it breaks a rule, its rank is taken, or it would have fewer places than winners
     */
    public Prize savePrize(Prize prize) {
        require(AwardRules.check(prize));
        return write(prize.categoryId(), w -> {
            List<Prize> prizes = w.repository().prizes(prize.categoryId());
            if (prizes.stream().anyMatch(p -> p.rank() == prize.rank() && !Objects.equals(p.id(), prize.id()))) {
                throw new AwardException("prize.rankTaken", prize.rank());
            }
            Prize before = null;
            if (prize.id() != null) {
                before = prizes.stream().filter(p -> p.id().equals(prize.id())).findFirst()
                        .orElseThrow(() -> new AwardException("part.gone"));
                long winners = w.repository().winners(prize.categoryId()).stream().filter(x -> x.prizeId() == prize.id()).count();
                if (prize.places() < winners) {
                    throw new AwardException("prize.fewerPlacesThanWinners", prize.nameZh().strip(), prize.places(), winners);
                }
            }
            Prize stored = w.repository().savePrize(prize);
            w.saved(AwardAudit.PRIZE, stored.id(), before == null ? null : AwardAudit.fields(before), AwardAudit.fields(stored), stored.nameZh());
            return stored;
        });
    }

    /**
     * Deletes a prize of an open category.
     *
     * @throws AwardException if it has winners (remove them first)
     */
    public void deletePrize(long categoryId, long prizeId) {
        write(categoryId, w -> {
            Prize prize = w.repository().prizes(categoryId).stream().filter(p -> p.id() == prizeId).findFirst()
                    .orElseThrow(() -> new AwardException("part.gone"));
            if (w.repository().winners(categoryId).stream().anyMatch(x -> x.prizeId() == prizeId)) {
                throw new AwardException("prize.hasWinners", prize.nameZh());
            }
            w.repository().deletePrize(prizeId);
            w.deleted(AwardAudit.PRIZE, prizeId, AwardAudit.fields(prize), prize.nameZh());
            return null;
        });
    }

    // ------------------------------------------------------------------ criteria

    /**
     * Adds (no id) or edits (id) a scoring criterion of an open category. An order of 0 puts it last.
     *
     * @throws AwardException if it breaks a rule or its name or order is taken
     */
    public Criterion saveCriterion(Criterion criterion) {
        return write(criterion.categoryId(), w -> {
            List<Criterion> criteria = w.repository().criteria(criterion.categoryId());
            Criterion c = criterion.order() != 0 ? criterion : new Criterion(criterion.id(), criterion.categoryId(), criterion.nameZh(),
                    criterion.nameEn(), criterion.weight(), criteria.stream().mapToInt(Criterion::order).max().orElse(0) + 1);
            require(AwardRules.check(c));
            for (Criterion other : criteria) {
                if (Objects.equals(other.id(), c.id())) {
                    continue;
                }
                if (other.nameZh().equals(c.nameZh().strip()) || other.nameEn().equals(c.nameEn().strip())) {
                    throw new AwardException("criterion.nameTaken", c.nameZh().strip());
                }
                if (other.order() == c.order()) {
                    throw new AwardException("criterion.orderTaken", c.order(), other.nameZh());
                }
            }
            Criterion before = c.id() == null ? null : criteria.stream().filter(x -> x.id().equals(c.id())).findFirst()
                    .orElseThrow(() -> new AwardException("part.gone"));
            Criterion stored = w.repository().saveCriterion(c);
            w.saved(AwardAudit.CRITERION, stored.id(), before == null ? null : AwardAudit.fields(before), AwardAudit.fields(stored), stored.nameZh());
            return stored;
        });
    }

    /** Deletes a criterion of an open category with its scores (how many is recorded in the audit trail). */
    public void deleteCriterion(long categoryId, long criterionId) {
        write(categoryId, w -> {
            Criterion c = w.repository().criteria(categoryId).stream().filter(x -> x.id() == criterionId).findFirst()
                    .orElseThrow(() -> new AwardException("part.gone"));
            long scores = w.repository().scores(categoryId).stream().filter(s -> s.criterionId() == criterionId).count();
            w.repository().deleteCriterion(criterionId);
            Map<String, String> fields = AwardAudit.fields(c);
            fields.put("scoresRemoved", Long.toString(scores));
            w.deleted(AwardAudit.CRITERION, criterionId, fields, c.nameZh());
            return null;
        });
    }

    // ------------------------------------------------------------------ committee

    /**
     * Adds (no id) or renames (id) a member of an open category's committee.
     *
     * @throws AwardException if the name breaks a rule or another member has it
     */
    public CommitteeMember saveMember(CommitteeMember member) {
        require(AwardRules.check(member));
        return write(member.categoryId(), w -> {
            List<CommitteeMember> members = w.repository().members(member.categoryId());
            if (members.stream().anyMatch(m -> m.name().equals(member.name().strip()) && !Objects.equals(m.id(), member.id()))) {
                throw new AwardException("member.nameTaken", member.name().strip());
            }
            CommitteeMember before = member.id() == null ? null : members.stream().filter(m -> m.id().equals(member.id()))
                    .findFirst().orElseThrow(() -> new AwardException("part.gone"));
            CommitteeMember stored = w.repository().saveMember(member);
            w.saved(AwardAudit.MEMBER, stored.id(), before == null ? null : AwardAudit.fields(before), AwardAudit.fields(stored), stored.name());
            return stored;
        });
    }

    /** Removes a member from an open category's committee, with their recusals and scores (counted in the audit trail). */
    public void removeMember(long categoryId, long memberId) {
        write(categoryId, w -> {
            CommitteeMember m = member(w.repository(), categoryId, memberId);
            long scores = w.repository().scores(categoryId).stream().filter(s -> s.memberId() == memberId).count();
            long recusals = w.repository().recusals(categoryId).stream().filter(r -> r.memberId() == memberId).count();
            w.repository().deleteMember(memberId);
            Map<String, String> fields = AwardAudit.fields(m);
            fields.put("scoresRemoved", Long.toString(scores));
            fields.put("recusalsRemoved", Long.toString(recusals));
            w.deleted(AwardAudit.MEMBER, memberId, fields, m.name());
            return null;
        });
    }

    // ------------------------------------------------------------------ nominees

    /**
     * Adds (no id) or edits (id) a nominee of an open category. A linked nominee must be a guest or
     * exhibitor of the category's event; its name is the linked record's.
     *
     * @return the nominee as stored, showing its name
     * @throws AwardException if it breaks a rule, the category does not take its kind, its link is not a
     *         guest or exhibitor of the event, or another nominee has the same name or link
     */
    public Nominee saveNominee(Nominee nominee) {
        return write(nominee.categoryId(), w -> {
            AwardCategory c = w.category();
            require(AwardRules.check(nominee, c.kind()));
            Nominee shown = resolve(c.eventId(), nominee);
            if (nominee.isLinked() && shown.name() == null) {
                throw nominee.guestId() != null ? new AwardException("nominee.guestNotFound", nominee.guestId())
                        : new AwardException("nominee.exhibitorNotFound", nominee.exhibitorId());
            }
            List<Nominee> others = new ArrayList<>();
            Nominee before = null;
            for (Nominee n : w.repository().nominees(c.id())) {
                if (Objects.equals(n.id(), nominee.id())) {
                    before = resolve(c.eventId(), n);
                } else {
                    others.add(resolve(c.eventId(), n));
                }
            }
            if (nominee.id() != null && before == null) {
                throw new AwardException("part.gone");
            }
            for (Nominee o : others) {
                boolean sameLink = (nominee.guestId() != null && nominee.guestId().equals(o.guestId()))
                        || (nominee.exhibitorId() != null && nominee.exhibitorId().equals(o.exhibitorId()));
                if (sameLink || (o.name() != null && o.name().equals(shown.name().strip()))) {
                    throw new AwardException("nominee.duplicate", shown.name().strip());
                }
            }
            Nominee stored = resolve(c.eventId(), w.repository().saveNominee(nominee, now()));
            w.saved(AwardAudit.NOMINEE, stored.id(), before == null ? null : AwardAudit.fields(before), AwardAudit.fields(stored), stored.name());
            return stored;
        });
    }

    /**
     * Removes a nominee of an open category with its recusals and scores (counted in the audit trail).
     *
     * @throws AwardException ({@code nominee.isWinner}) if it is a winner (remove the winner first)
     */
    public void removeNominee(long categoryId, long nomineeId) {
        write(categoryId, w -> {
            Nominee n = resolve(w.category().eventId(), nominee(w.repository(), categoryId, nomineeId));
            if (w.repository().winners(categoryId).stream().anyMatch(x -> x.nomineeId() == nomineeId)) {
                throw new AwardException("nominee.isWinner", n.name());
            }
            long scores = w.repository().scores(categoryId).stream().filter(s -> s.nomineeId() == nomineeId).count();
            w.repository().deleteNominee(nomineeId);
            Map<String, String> fields = AwardAudit.fields(n);
            fields.put("scoresRemoved", Long.toString(scores));
            w.deleted(AwardAudit.NOMINEE, nomineeId, fields, n.name());
            return null;
        });
    }

    // ------------------------------------------------------------------ recusals

    /**
     * Records that a member stands aside from a nominee, with the reason. The member's scores of that
     * nominee, if any, are removed in the same transaction (their values are kept in the audit entry),
     * so the nominee's averages are computed without them.
     *
     * @throws AwardException if the reason is empty or too long, the member or nominee is not the
     *         category's, or the member is already recused from it
     */
    public Recusal recuse(long categoryId, long memberId, long nomineeId, String reason) {
        require(AwardRules.checkRecusalReason(reason));
        return write(categoryId, w -> {
            CommitteeMember m = member(w.repository(), categoryId, memberId);
            Nominee n = resolve(w.category().eventId(), nominee(w.repository(), categoryId, nomineeId));
            if (w.repository().recusals(categoryId).stream().anyMatch(r -> r.memberId() == memberId && r.nomineeId() == nomineeId)) {
                throw new AwardException("recusal.exists", m.name(), n.name());
            }
            Map<Long, Criterion> criteria = new LinkedHashMap<>();
            w.repository().criteria(categoryId).forEach(c -> criteria.put(c.id(), c));
            List<Score> removed = w.repository().scores(categoryId).stream()
                    .filter(s -> s.memberId() == memberId && s.nomineeId() == nomineeId).toList();
            w.repository().deleteScores(memberId, nomineeId);
            Recusal stored = w.repository().insertRecusal(new Recusal(null, categoryId, memberId, nomineeId, reason, now()));
            LinkedHashMap<String, String> fields = AwardAudit.fields(stored, m.name(), n.name());
            for (Score s : removed) {
                fields.put(AwardAudit.SCORE_REMOVED + criteria.get(s.criterionId()).nameZh(), AwardAudit.plain(s.score()));
            }
            w.saved(AwardAudit.RECUSAL, stored.id(), null, fields, m.name() + " ≠ " + n.name());
            return stored;
        });
    }

    /** Withdraws a recusal of an open category (the member may then score the nominee). */
    public void withdrawRecusal(long categoryId, long recusalId) {
        write(categoryId, w -> {
            Recusal r = w.repository().recusals(categoryId).stream().filter(x -> x.id() == recusalId).findFirst()
                    .orElseThrow(() -> new AwardException("part.gone"));
            CommitteeMember m = member(w.repository(), categoryId, r.memberId());
            Nominee n = resolve(w.category().eventId(), nominee(w.repository(), categoryId, r.nomineeId()));
            w.repository().deleteRecusal(recusalId);
            w.deleted(AwardAudit.RECUSAL, recusalId, AwardAudit.fields(r, m.name(), n.name()), m.name() + " ≠ " + n.name());
            return null;
        });
    }

    // ------------------------------------------------------------------ scores

    /**
     * Stores a member's scores of one nominee, criterion by criterion, in one transaction; a null score
     * removes that criterion's score. One audit entry holds every criterion that changed.
     *
     * @param byCriterion criterion id → score (in the category's range, two decimals at most) or null
     * @return the member's scores of the nominee as stored, by criterion order
     * @throws AwardException if the member is recused from the nominee, a score is out of range, or the
     *         member, nominee or a criterion is not the category's
     */
    public List<Score> saveScores(long categoryId, long memberId, long nomineeId, Map<Long, BigDecimal> byCriterion) {
        return write(categoryId, w -> {
            AwardCategory c = w.category();
            CommitteeMember m = member(w.repository(), categoryId, memberId);
            Nominee n = resolve(c.eventId(), nominee(w.repository(), categoryId, nomineeId));
            if (w.repository().recusals(categoryId).stream().anyMatch(r -> r.memberId() == memberId && r.nomineeId() == nomineeId)) {
                throw new AwardException("score.recused", m.name(), n.name());
            }
            List<Criterion> criteria = w.repository().criteria(categoryId);
            if (criteria.isEmpty()) {
                throw new AwardException("score.noCriteria");
            }
            List<FieldProblem<AwardField>> problems = new ArrayList<>();
            for (Map.Entry<Long, BigDecimal> e : byCriterion.entrySet()) {
                if (criteria.stream().noneMatch(x -> x.id().equals(e.getKey()))) {
                    throw new AwardException("part.gone");
                }
                if (e.getValue() != null) {
                    problems.addAll(AwardRules.checkScore(e.getValue(), c));
                }
            }
            require(problems);
            Map<Long, Score> before = new LinkedHashMap<>();
            w.repository().scores(categoryId).stream().filter(s -> s.memberId() == memberId && s.nomineeId() == nomineeId)
                    .forEach(s -> before.put(s.criterionId(), s));
            Instant at = now();
            List<Score> after = new ArrayList<>();
            List<FieldChange> changes = new ArrayList<>();
            for (Criterion criterion : criteria) {
                Score was = before.get(criterion.id());
                if (!byCriterion.containsKey(criterion.id())) {
                    if (was != null) {
                        after.add(was);
                    }
                    continue;
                }
                BigDecimal value = byCriterion.get(criterion.id());
                String beforeText = was == null ? null : AwardAudit.plain(was.score());
                if (value == null) {
                    if (was != null) {
                        w.repository().deleteScore(memberId, nomineeId, criterion.id());
                        changes.add(new FieldChange(criterion.nameZh(), beforeText, null));
                    }
                    continue;
                }
                if (was != null && was.score().compareTo(value) == 0) {
                    after.add(was);
                    continue;
                }
                Score stored = w.repository().saveScore(new Score(null, categoryId, memberId, nomineeId, criterion.id(), value, at));
                after.add(stored);
                changes.add(new FieldChange(criterion.nameZh(), beforeText, AwardAudit.plain(stored.score())));
            }
            if (!changes.isEmpty()) {
                w.record(AuditEntry.of(c.eventId(), AwardAudit.SCORE, nomineeId,
                        before.isEmpty() ? AuditAction.CREATED : AuditAction.UPDATED, AwardAudit.summary(c, m.name() + " → " + n.name()), changes));
            }
            return after;
        });
    }

    /**
     * The category's scores, averages and rankings as {@code viewer} may see them (see {@link ScoreSheet}
     * for the rule: a member sees only their own scores until the category is signed off).
     *
     * @throws AwardException if the viewer is a member of another category's committee, or the category is gone
     */
    public ScoreSheet scoreSheet(long categoryId, Viewer viewer) {
        AwardCategoryContent content = content(categoryId);
        boolean closed = content.category().isFrozen();
        if (viewer instanceof Viewer.Member member) {
            if (content.member(member.memberId()).isEmpty()) {
                throw new AwardException("member.notInCommittee");
            }
            if (!closed) {
                List<Score> own = content.scores().stream().filter(s -> s.memberId() == member.memberId()).toList();
                List<Scoring.Incomplete> ownIncomplete = Scoring.incomplete(content).stream()
                        .filter(i -> i.memberId() == member.memberId()).toList();
                return new ScoreSheet(viewer, false, own, true, List.of(), ownIncomplete);
            }
        }
        return new ScoreSheet(viewer, closed, content.scores(), false, Scoring.standings(content), Scoring.incomplete(content));
    }

    // ------------------------------------------------------------------ winners

    /**
     * Winners proposed from the ranking by {@code basis} under the category's tie rule (nothing is stored).
     *
     * @throws AwardException ({@code category.gone}) if there is no such category
     */
    public WinnerProposal propose(long categoryId, RankingBasis basis) {
        AwardCategoryContent content = content(categoryId);
        return WinnerProposal.propose(content, Scoring.standings(content), basis);
    }

    /**
     * Records a nominee as a winner of a prize of an open category, in the prize's lowest free place.
     *
     * @throws AwardException if every place of the prize is taken ({@code prize.full}), the nominee already
     *         won a place in the category ({@code nominee.alreadyWinner}), or the prize or nominee is not the category's
     */
    public Winner recordWinner(long categoryId, long prizeId, long nomineeId) {
        return write(categoryId, w -> addWinner(w, prizeId, nomineeId));
    }

    /** Removes a winner of an open category. */
    public void removeWinner(long categoryId, long winnerId) {
        write(categoryId, w -> {
            removeWinner(w, winnerId);
            return null;
        });
    }

    /**
     * Replaces an open category's winners with {@code placements} (e.g. a {@link WinnerProposal}'s), in
     * one transaction: all of them, or none if one breaks a rule.
     *
     * @return the winners as stored, in the order given
     */
    public List<Winner> replaceWinners(long categoryId, List<WinnerProposal.Placement> placements) {
        return write(categoryId, w -> {
            for (Winner old : w.repository().winners(categoryId)) {
                removeWinner(w, old.id());
            }
            List<Winner> added = new ArrayList<>();
            for (WinnerProposal.Placement p : placements) {
                added.add(addWinner(w, p.prizeId(), p.nomineeId()));
            }
            return added;
        });
    }

    // ------------------------------------------------------------------ sign-off

    /**
     * A committee member signs the category off: its content ({@link ResultContent}, linked names as
     * they read now) is frozen with its SHA-256 hash, and from then on every change to the category is
     * refused, by this service and by the database, until it is reopened.
     *
     * @return the sign-off, with the hash to show on the screen and print on the PDF
     * @throws AwardException if it is already signed off, or the member is not on its committee
     */
    public SignOff signOff(long categoryId, long memberId) {
        return write(categoryId, w -> {
            CommitteeMember m = member(w.repository(), categoryId, memberId);
            AwardCategoryContent content = resolved(w.repository().content(categoryId).orElseThrow());
            ResultContent result = ResultContent.of(content);
            String json = result.canonicalJson();
            SignOff draft = new SignOff(null, categoryId, m.id(), m.name(), now(), ResultContent.sha256(json), json, null);
            long id = w.repository().insertSignOff(draft);
            w.repository().setSignOff(categoryId, id);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("signedOffBy", m.name());
            fields.put("signedOffAt", draft.signedAt().toString());
            fields.put("resultHash", draft.resultHash());
            w.record(AuditEntry.of(w.category().eventId(), AwardAudit.CATEGORY, categoryId, AuditAction.SIGNED_OFF,
                    w.category().bothNames(), FieldChange.between(Map.of(), fields)));
            return new SignOff(id, categoryId, m.id(), m.name(), draft.signedAt(), draft.resultHash(), json, null);
        });
    }

    /**
     * Reopens a signed-off category with a reason: changes are allowed again, and
     * {@link #changesSinceSignOff} shows what changes from the frozen result.
     *
     * @param reopenedBy who reopens it, as written (a committee member, the secretariat)
     * @throws AwardException if who or why is empty or too long, or the category is not signed off
     */
    public SignOff.Reopening reopen(long categoryId, String reopenedBy, String reason) {
        require(AwardRules.checkReopening(reopenedBy, reason));
        SignOff.Reopening[] done = new SignOff.Reopening[1];
        AwardCategory category = refusing(() -> awards.transaction(database, tx -> {
            AwardRepository repository = awards.within(tx);
            AwardCategory c = repository.lockCategory(categoryId).orElseThrow(() -> new AwardException("category.gone"));
            if (!c.isFrozen()) {
                throw new AwardException("reopen.notSignedOff", c.nameZh());
            }
            SignOff inForce = signOffInForce(repository, c);
            SignOff.Reopening draft = new SignOff.Reopening(null, inForce.id(), now(), reopenedBy.strip(), reason.strip());
            long id = repository.insertReopening(categoryId, draft);
            repository.setSignOff(categoryId, null);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("reopenedBy", draft.reopenedBy());
            fields.put("reason", draft.reason());
            fields.put("resultHash", inForce.resultHash());
            audit.record(tx, AuditEntry.of(c.eventId(), AwardAudit.CATEGORY, categoryId, AuditAction.REOPENED, c.bothNames(),
                    FieldChange.between(Map.of(), fields)));
            done[0] = new SignOff.Reopening(id, inForce.id(), draft.reopenedAt(), draft.reopenedBy(), draft.reason());
            return repository.category(categoryId).orElseThrow();
        }));
        publish(() -> changes.saved(category.eventId(), List.of(category)));
        return done[0];
    }

    /** The category's content as it stands now ({@link ResultContent}). */
    public ResultContent resultContent(long categoryId) {
        return ResultContent.of(content(categoryId));
    }

    /**
     * What differs between the category's last sign-off and its content now, field by field (path,
     * frozen value, value now; see {@link ResultContent} for the paths). After a reopening: what the
     * committee changed since the frozen result. While signed off it is normally empty; a change there
     * means a linked guest or exhibitor was renamed since. Empty if the category was never signed off.
     */
    public List<FieldChange> changesSinceSignOff(long categoryId) {
        AwardCategoryContent content = content(categoryId);
        return content.lastSignOff()
                .map(s -> ResultContent.of(content).changesSince(ResultContent.parse(s.content())))
                .orElse(List.of());
    }

    /**
     * The category's audit trail, newest first: its own entries (created, changed, signed off, reopened)
     * and those of its parts (prizes, criteria, committee, nominees, recusals, scores, winners), found by
     * the category's names in their summaries ("最受关注论坛奖 / Most Concerned Forum Award › …"). Entries
     * recorded under a former name of the category are not found. Score values are withheld as the trail
     * withholds them ({@link AuditTrail#withholding()}) when shown.
     *
     * @param limit at most this many entries (at least 1)
     * @throws AwardException ({@code category.gone}) if there is no such category
     */
    public List<AuditEntry> history(long categoryId, int limit) {
        AwardCategory c = category(categoryId).orElseThrow(() -> new AwardException("category.gone"));
        String names = c.bothNames();
        return audit.list(c.eventId(), org.conferencedesk.storage.AuditFilter.containing(names), Math.max(limit, 1)).stream()
                .filter(e -> e.recordType() != null && e.recordType().startsWith(AwardAudit.CATEGORY))
                .filter(e -> names.equals(e.summary()) || (e.summary() != null && e.summary().startsWith(names + " › ")))
                .toList();
    }

    // ------------------------------------------------------------------ internals

    /** One write to one category, inside its transaction. */
    private record Write(AwardRepository repository, AwardCategory category, Consumer<AuditEntry> recorder) {

        void record(AuditEntry entry) {
            recorder.accept(entry);
        }

        /** Records a part of the category added ({@code before} null) or edited; nothing if no field changed. */
        void saved(String recordType, long id, Map<String, String> before, Map<String, String> after, String part) {
            String summary = AwardAudit.summary(category, part);
            if (before == null) {
                record(AuditEntry.created(category.eventId(), recordType, id, summary, after));
            } else {
                AuditEntry.updated(category.eventId(), recordType, id, summary, before, after).ifPresent(this::record);
            }
        }

        /** Records a part of the category deleted, with its last values. */
        void deleted(String recordType, long id, Map<String, String> before, String part) {
            record(AuditEntry.deleted(category.eventId(), recordType, id, AwardAudit.summary(category, part), before));
        }
    }

    private interface WriteWork<T> {
        T apply(Write write);
    }

    /**
     * Runs {@code work} in a transaction with the open category locked; refuses a frozen or missing
     * category; publishes the category as it stands after the commit.
     */
    private <T> T write(Long categoryId, WriteWork<T> work) {
        if (categoryId == null) {
            throw new AwardException("category.gone");
        }
        Object[] after = new Object[1];
        T result = refusing(() -> awards.transaction(database, tx -> {
            AwardRepository repository = awards.within(tx);
            AwardCategory c = repository.lockCategory(categoryId).orElseThrow(() -> new AwardException("category.gone"));
            refuseIfFrozen(repository, c);
            T done = work.apply(new Write(repository, c, entry -> audit.record(tx, entry)));
            after[0] = repository.category(categoryId).orElseThrow();
            return done;
        }));
        AwardCategory stored = (AwardCategory) after[0];
        publish(() -> changes.saved(stored.eventId(), List.of(stored)));
        return result;
    }

    /**
     * Runs {@code work}, any of this service's writes, as one import into the event: all of them in one
     * transaction with every rule checked as for a single change, recorded in the audit trail with an
     * "imported" entry naming {@code source}; nothing is kept if {@code work} throws. The feed publishes
     * one reload of the event after the commit instead of a change per write. Writes of this service on
     * other threads meanwhile run in their own transactions.
     *
     * @param source the file's name, for the audit trail, or null
     * @param work the writes; returns the number of records it added (nominees, categories without one)
     * @return what {@code work} returned
     * @throws AwardException the first rule broken; nothing was saved
     */
    public int importAll(long eventId, String source, java.util.function.IntSupplier work) {
        if (awards.inJoinedTransaction()) {
            return work.getAsInt();
        }
        int added = refusing(() -> awards.joinedTransaction(database, tx -> {
            int count = work.getAsInt();
            audit.record(tx, AuditEntry.of(eventId, AwardAudit.CATEGORY, null, AuditAction.IMPORTED, source,
                    FieldChange.between(Map.of(), Map.of("count", String.valueOf(count)))));
            return count;
        }));
        changes.reloaded(eventId);
        return added;
    }

    /** Publishes a committed change; inside an import, the import publishes once when it commits. */
    private void publish(Runnable publication) {
        if (!awards.inJoinedTransaction()) {
            publication.run();
        }
    }

    /** Turns the database's own refusals into sentences. */
    private static <T> T refusing(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (AwardException e) {
            throw e;
        } catch (RuntimeException e) {
            Optional<String> code = AwardRepository.refusal(e);
            if (code.isPresent()) {
                throw new AwardException("database." + code.get());
            }
            throw e;
        }
    }

    private static void refuseIfFrozen(AwardRepository repository, AwardCategory c) {
        if (c.isFrozen()) {
            SignOff s = signOffInForce(repository, c);
            throw new AwardException("category.frozen", c.nameZh(), s.memberName(), s.resultHash().substring(0, 12));
        }
    }

    /** The sign-off that froze the category {@code c}. */
    private static SignOff signOffInForce(AwardRepository repository, AwardCategory c) {
        return repository.signOffs(c.id()).stream().filter(x -> x.id().equals(c.signOffId())).findFirst().orElseThrow();
    }

    private Winner addWinner(Write w, long prizeId, long nomineeId) {
        long categoryId = w.category().id();
        Prize prize = w.repository().prizes(categoryId).stream().filter(p -> p.id() == prizeId).findFirst()
                .orElseThrow(() -> new AwardException("part.gone"));
        Nominee n = resolve(w.category().eventId(), nominee(w.repository(), categoryId, nomineeId));
        List<Winner> winners = w.repository().winners(categoryId);
        Optional<Winner> already = winners.stream().filter(x -> x.nomineeId() == nomineeId).findFirst();
        if (already.isPresent()) {
            String won = w.repository().prizes(categoryId).stream().filter(p -> p.id() == already.get().prizeId())
                    .map(Prize::nameZh).findFirst().orElse("");
            throw new AwardException("nominee.alreadyWinner", n.name(), won);
        }
        Set<Integer> taken = new HashSet<>();
        winners.stream().filter(x -> x.prizeId() == prizeId).forEach(x -> taken.add(x.place()));
        int place = 1;
        while (taken.contains(place)) {
            place++;
        }
        if (place > prize.places()) {
            throw new AwardException("prize.full", prize.nameZh(), prize.places(), n.name());
        }
        Winner stored = w.repository().insertWinner(new Winner(null, categoryId, prizeId, place, nomineeId, now()), prize.places());
        w.saved(AwardAudit.WINNER, stored.id(), null, AwardAudit.fields(stored, prize, n.name()), n.name());
        return stored;
    }

    private void removeWinner(Write w, long winnerId) {
        long categoryId = w.category().id();
        Winner winner = w.repository().winners(categoryId).stream().filter(x -> x.id() == winnerId).findFirst()
                .orElseThrow(() -> new AwardException("part.gone"));
        Prize prize = w.repository().prizes(categoryId).stream().filter(p -> p.id() == winner.prizeId()).findFirst().orElseThrow();
        Nominee n = resolve(w.category().eventId(), nominee(w.repository(), categoryId, winner.nomineeId()));
        w.repository().deleteWinner(winnerId);
        w.deleted(AwardAudit.WINNER, winnerId, AwardAudit.fields(winner, prize, n.name()), n.name());
    }

    private static CommitteeMember member(AwardRepository repository, long categoryId, long memberId) {
        return repository.members(categoryId).stream().filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new AwardException("member.notInCommittee"));
    }

    private static Nominee nominee(AwardRepository repository, long categoryId, long nomineeId) {
        return repository.nominees(categoryId).stream().filter(n -> n.id() == nomineeId).findFirst()
                .orElseThrow(() -> new AwardException("nominee.notInCategory"));
    }

    /** Refuses a name or running-order place another category of the event has. */
    private static void checkNamesAndOrder(AwardRepository repository, AwardCategory c) {
        for (AwardCategory other : repository.categories(c.eventId())) {
            if (Objects.equals(other.id(), c.id())) {
                continue;
            }
            if (other.nameZh().equals(c.nameZh().strip()) || other.nameEn().equals(c.nameEn().strip())) {
                throw new AwardException("category.nameTaken", c.nameZh().strip(), c.nameEn().strip());
            }
            if (other.runningOrder() == c.runningOrder()) {
                throw new AwardException("category.orderTaken", c.runningOrder(), other.nameZh());
            }
        }
    }

    /**
     * The seed a seeded-draw category without one keeps (from {@code before}) or gets (drawn now); any
     * other category as given (a seed with another rule is refused by the rules, not dropped).
     */
    private AwardCategory withSeed(AwardCategory c, AwardCategory before) {
        if (c.tieRule() != TieRule.SEEDED_DRAW || c.drawSeed() != null) {
            return c;
        }
        if (before != null && before.drawSeed() != null) {
            return c.withTieRule(TieRule.SEEDED_DRAW, before.drawSeed());
        }
        return c.withTieRule(TieRule.SEEDED_DRAW, seeds.getAsLong());
    }

    private AwardCategoryContent resolved(AwardCategoryContent stored) {
        return new AwardCategoryContent(stored.category(), stored.prizes(), stored.criteria(), stored.members(),
                resolve(stored.category().eventId(), stored.nominees()), stored.recusals(), stored.scores(),
                stored.winners(), stored.signOffs());
    }

    /** The nominee showing its linked record's name (null name if the link cannot be read). */
    private Nominee resolve(long eventId, Nominee n) {
        return n.isLinked() ? resolve(eventId, List.of(n)).get(0) : n;
    }

    /** The nominees showing their linked records' names, the links of each kind read at once. */
    private List<Nominee> resolve(long eventId, List<Nominee> nominees) {
        Set<Long> guestIds = new HashSet<>();
        Set<Long> exhibitorIds = new HashSet<>();
        for (Nominee n : nominees) {
            if (n.guestId() != null) {
                guestIds.add(n.guestId());
            } else if (n.exhibitorId() != null) {
                exhibitorIds.add(n.exhibitorId());
            }
        }
        Map<Long, AwardLinks.Linked> guests = guestIds.isEmpty() ? Map.of() : links.guests(eventId, guestIds);
        Map<Long, AwardLinks.Linked> exhibitors = exhibitorIds.isEmpty() ? Map.of() : links.exhibitors(eventId, exhibitorIds);
        return nominees.stream().map(n -> {
            AwardLinks.Linked linked = n.guestId() != null ? guests.get(n.guestId())
                    : n.exhibitorId() != null ? exhibitors.get(n.exhibitorId()) : null;
            if (!n.isLinked()) {
                return n;
            }
            return linked == null ? n.showing(null, null) : n.showing(linked.name(), linked.affiliation());
        }).toList();
    }

    private List<Nomination> nominations(List<Nominee> nominees) {
        List<Nomination> list = new ArrayList<>();
        for (Nominee n : nominees) {
            AwardCategory c = awards.category(n.categoryId()).orElseThrow();
            Prize prize = awards.winners(c.id()).stream().filter(x -> x.nomineeId() == n.id()).findFirst()
                    .flatMap(x -> awards.prizes(c.id()).stream().filter(p -> p.id() == x.prizeId()).findFirst()).orElse(null);
            list.add(new Nomination(c, resolve(c.eventId(), n), prize));
        }
        return list;
    }

    private static void require(List<FieldProblem<AwardField>> problems) {
        if (!problems.isEmpty()) {
            throw new AwardException(problems);
        }
    }

    private Instant now() {
        // The database keeps microseconds: the time handed back is the one stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
