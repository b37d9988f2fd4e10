package org.conferencedesk.awards.io;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.CommitteeMember;
import org.conferencedesk.awards.Criterion;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.NomineeKind;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.awards.io.AwardRow.MemberScore;
import org.conferencedesk.awards.io.AwardRow.PrizePlaces;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.HeaderVocabulary;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.importexport.ImportSpec;
import org.conferencedesk.importexport.RecordImport;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Award categories, their committees, nominees, scores and winners as the import pipeline
 * ({@link org.conferencedesk.importexport.ImportService}) reads them: one row per nominee, the
 * category's columns ({@link AwardColumn}) on its first row and either repeated or left empty on the
 * others (a merged cell in Excel). A category named like one of the event's adds to it: its columns
 * must then say what the event has, or be empty. Saved all or nothing through
 * {@link AwardService#importAll}, each write checked by the service's rules.
 *
 * <p>Refused, each on its row: a category column that differs from the category's first row or from
 * the event; a new category without a kind; a place in the running order taken; a signed-off
 * category; a nominee twice in a category (in the file or in the event); a nominee the kind does not
 * take; a prize won that the category does not have, or that has no place left; a scorer not on the
 * committee, a criterion the category does not have, a score outside its range. A category with
 * scores and no criterion gets one, 综合 / Overall, weight 1.
 */
public final class AwardImportSpec implements ImportSpec<AwardRow, AwardColumn> {

    private final AwardService awards;

    /** The import into {@code awards}. */
    public AwardImportSpec(AwardService awards) {
        this.awards = Objects.requireNonNull(awards, "awards");
    }

    @Override
    public String name() {
        return "awards";
    }

    @Override
    public String bundle() {
        return "awardio";
    }

    @Override
    public HeaderVocabulary<AwardColumn> headers() {
        return AwardHeaders.VOCABULARY;
    }

    @Override
    public Set<AwardColumn> required() {
        return EnumSet.of(AwardColumn.CATEGORY);
    }

    @Override
    public AwardColumn nameField() {
        return AwardColumn.NOMINEE;
    }

    @Override
    public String displayName(AwardRow row) {
        return row.nominee() != null ? row.nominee() : row.categoryZh();
    }

    @Override
    public RecordImport<AwardRow, AwardColumn> start(long eventId, Locale locale) {
        return new Run(eventId, locale);
    }

    @Override
    public int write(long eventId, String source, Consumer<RecordBatch<AwardRow>> rows) {
        Writer writer = new Writer(eventId);
        return awards.importAll(eventId, source, () -> {
            rows.accept(chunk -> chunk.forEach(writer::write));
            return writer.added;
        });
    }

    /** What a category is once its rows so far are merged: the event's, or the file's first row's. */
    private static final class Category {
        final int line;
        final AwardRow first;
        final AwardCategoryContent stored;
        /** Its Chinese name: the event's, or as the first row writes it. */
        final String name;
        final List<PrizePlaces> prizes;
        final Set<String> members = new HashSet<>();
        final Set<String> criteria = new HashSet<>();
        final Map<String, Integer> taken = new HashMap<>();
        final Map<String, Integer> nominees = new HashMap<>();

        Category(int line, AwardRow first, AwardCategoryContent stored) {
            this.line = line;
            this.first = first;
            this.stored = stored;
            this.name = stored != null ? stored.category().nameZh() : first.categoryZh();
            if (stored != null) {
                prizes = stored.prizes().stream().map(p -> new PrizePlaces(p.nameZh(), p.nameEn(), p.places())).toList();
                stored.members().forEach(m -> members.add(m.name().strip()));
                stored.criteria().forEach(c -> {
                    criteria.add(fold(c.nameZh()));
                    criteria.add(fold(c.nameEn()));
                });
                for (Prize p : stored.prizes()) {
                    taken.put(fold(p.nameZh()), stored.winnersOf(p.id()).size());
                }
                stored.nominees().forEach(n -> nominees.put(fold(n.name()), 0));
            } else {
                prizes = first.prizes().isEmpty()
                        ? List.of(new PrizePlaces(first.categoryZh(), first.categoryEn() == null ? first.categoryZh() : first.categoryEn(), 1))
                        : first.prizes();
            }
        }

        AwardKind kind() {
            return stored != null ? stored.category().kind() : first.kind();
        }

        Optional<PrizePlaces> prize(String written) {
            String wanted = fold(written);
            return prizes.stream().filter(p -> fold(p.nameZh()).equals(wanted) || fold(p.nameEn()).equals(wanted)).findFirst();
        }
    }

    /** One import: the categories met so far (the event's and the file's), their nominees, places and scorers. */
    private final class Run implements RecordImport<AwardRow, AwardColumn> {
        private final long eventId;
        private final AwardRowConverter converter;
        private final Messages words;
        private final Messages awardWords;
        private final Locale locale;
        private Map<String, AwardCategoryContent> event;
        private final Map<Integer, String> orders = new HashMap<>();
        private final Map<String, Category> categories = new LinkedHashMap<>();

        Run(long eventId, Locale locale) {
            this.eventId = eventId;
            this.locale = locale;
            this.converter = new AwardRowConverter(locale);
            this.words = Messages.of("awardio", locale);
            this.awardWords = Messages.of("awards", locale);
        }

        @Override
        public AwardRow convert(ImportRow<AwardColumn> row) {
            return converter.convert(row);
        }

        @Override
        public Duplicate<AwardRow> check(AwardRow r, ImportRow<AwardColumn> row) {
            if (event == null) {
                event = new HashMap<>();
                for (AwardCategory c : awards.categories(eventId)) {
                    AwardCategoryContent content = awards.content(c.id());
                    event.putIfAbsent(fold(c.nameZh()), content);
                    event.putIfAbsent(fold(c.nameEn()), content);
                    orders.put(c.runningOrder(), c.nameZh());
                }
            }
            AwardCategoryContent named = event.get(fold(r.categoryZh()));
            String key = named != null ? fold(named.category().nameZh()) : fold(r.categoryZh());
            Category category = categories.get(key);
            if (category == null) {
                category = first(r, row, key);
                if (category == null) {
                    return null;
                }
            } else {
                sameAsFirst(r, row, category);
            }
            category.members.addAll(r.committee());
            if (r.nominee() != null) {
                nominee(r, row, category);
            }
            return null;
        }

        /** The first row of a category: the event's category, or a new one; null if refused. */
        private Category first(AwardRow r, ImportRow<AwardColumn> row, String key) {
            AwardCategoryContent stored = event.get(fold(r.categoryZh()));
            if (stored != null) {
                AwardCategory c = stored.category();
                if (c.isFrozen()) {
                    row.problem(AwardColumn.CATEGORY, words.get("io.row.signedOff", c.nameZh()));
                    return null;
                }
                Category existing = new Category(row.line(), r, stored);
                sameColumns(row, r, c.nameEn(), c.kind(), c.runningOrder(), c.tieRule(), c.drawSeed(), existing, true);
                if (!r.prizes().isEmpty() && !r.prizes().equals(existing.prizes)) {
                    row.problem(AwardColumn.PRIZES, words.get("io.row.differsFromEvent", row.header(AwardColumn.PRIZES),
                            prizesText(r.prizes()), c.nameZh(), prizesText(existing.prizes)));
                }
                categories.put(key, existing);
                return existing;
            }
            if (r.kind() == null && !row.failed(AwardColumn.KIND)) {
                row.problem(AwardColumn.KIND, words.get("io.row.kind.missing", r.categoryZh()));
            }
            if (r.runningOrder() != null) {
                String holder = orders.putIfAbsent(r.runningOrder(), r.categoryZh());
                if (holder != null) {
                    row.problem(AwardColumn.RUNNING_ORDER, awardWords.get("category.orderTaken", r.runningOrder(), holder));
                }
            }
            if (r.drawSeed() != null && r.tieRule() != TieRule.SEEDED_DRAW) {
                row.problem(AwardColumn.DRAW_SEED, words.get("io.row.seed.withoutDraw", String.valueOf(r.drawSeed())));
            }
            Set<String> names = new HashSet<>();
            for (PrizePlaces p : r.prizes()) {
                if (!names.add(fold(p.nameZh()))) {
                    row.problem(AwardColumn.PRIZES, words.get("io.row.prizes.twice", p.nameZh()));
                }
            }
            Category added = new Category(row.line(), r, null);
            categories.put(key, added);
            return added;
        }

        /** A later row of a category: its category columns are empty or the first row's. */
        private void sameAsFirst(AwardRow r, ImportRow<AwardColumn> row, Category c) {
            if (c.stored != null) {
                AwardCategory s = c.stored.category();
                sameColumns(row, r, s.nameEn(), s.kind(), s.runningOrder(), s.tieRule(), s.drawSeed(), c, true);
            } else {
                AwardRow f = c.first;
                sameColumns(row, r, f.categoryEn(), f.kind(), f.runningOrder(), f.tieRule(), f.drawSeed(), c, false);
            }
            if (!r.prizes().isEmpty() && !r.prizes().equals(c.prizes)) {
                row.problem(AwardColumn.PRIZES, c.stored != null
                        ? words.get("io.row.differsFromEvent", row.header(AwardColumn.PRIZES), prizesText(r.prizes()),
                                c.name, prizesText(c.prizes))
                        : words.get("io.row.differsFromLine", row.header(AwardColumn.PRIZES), prizesText(r.prizes()),
                                c.line, prizesText(c.prizes)));
            }
        }

        /** Each category column of the row is empty or says what the event (or the category's first row) says. */
        private void sameColumns(ImportRow<AwardColumn> row, AwardRow r, String nameEn, AwardKind kind, Integer order,
                                 TieRule tie, Long seed, Category c, boolean event) {
            differs(row, AwardColumn.CATEGORY_EN, r.categoryEn(), nameEn, c, event);
            differs(row, AwardColumn.KIND, r.kind(), kind, c, event);
            differs(row, AwardColumn.RUNNING_ORDER, r.runningOrder(), order, c, event);
            differs(row, AwardColumn.TIE_RULE, r.tieRule(), tie, c, event);
            differs(row, AwardColumn.DRAW_SEED, r.drawSeed(), seed, c, event);
        }

        private void differs(ImportRow<AwardColumn> row, AwardColumn column, Object written, Object known, Category c,
                             boolean event) {
            if (written == null || known == null || written.equals(known) || fold(String.valueOf(written)).equals(fold(String.valueOf(known)))) {
                return;
            }
            String shown = shown(written);
            String was = shown(known);
            row.problem(column, event
                    ? words.get("io.row.differsFromEvent", row.header(column), shown, c.name, was)
                    : words.get("io.row.differsFromLine", row.header(column), shown, c.line, was));
        }

        private String shown(Object value) {
            if (value instanceof AwardKind k) {
                return words.get("io.kind." + k.name());
            }
            if (value instanceof TieRule t) {
                return words.get("io.tieRule." + t.name());
            }
            return String.valueOf(value);
        }

        private void nominee(AwardRow r, ImportRow<AwardColumn> row, Category c) {
            String name = fold(r.nominee());
            Integer earlier = c.nominees.get(name);
            if (earlier != null) {
                row.problem(AwardColumn.NOMINEE, earlier == 0
                        ? words.get("io.row.nominee.inEvent", r.nominee(), c.name)
                        : words.get("io.row.nominee.repeatsLine", r.nominee(), earlier));
                return;
            }
            c.nominees.put(name, row.line());
            AwardKind kind = c.kind();
            NomineeKind nomineeKind = r.nomineeKind() != null ? r.nomineeKind() : defaultKind(kind);
            if (kind != null && !kind.accepts(nomineeKind)) {
                row.problem(AwardColumn.NOMINEE_KIND, awardWords.get("rule.nomineeKind." + kind.name()));
            }
            if (r.prizeWon() != null) {
                Optional<PrizePlaces> prize = c.prize(r.prizeWon());
                if (prize.isEmpty()) {
                    row.problem(AwardColumn.PRIZE_WON, words.get("io.row.prizeWon.unknown", c.name, r.prizeWon(),
                            prizesText(c.prizes)));
                } else {
                    int taken = c.taken.merge(fold(prize.get().nameZh()), 1, Integer::sum);
                    if (taken > prize.get().places()) {
                        row.problem(AwardColumn.PRIZE_WON, words.get("io.row.prizeWon.full", prize.get().nameZh(),
                                prize.get().places(), r.nominee()));
                    }
                }
            }
            for (AwardRow.MemberRecusal x : r.recusals()) {
                if (!c.members.contains(x.member())) {
                    row.problem(AwardColumn.RECUSALS, words.get("io.row.recuser.unknown", x.member(), c.name));
                } else if (r.scores().stream().anyMatch(s -> s.member().equals(x.member()))) {
                    row.problem(AwardColumn.RECUSALS, words.get("io.row.recusal.scored", x.member(), r.nominee()));
                } else {
                    org.conferencedesk.awards.AwardRules.checkRecusalReason(x.reason())
                            .forEach(p -> row.problem(AwardColumn.RECUSALS, p.sentence(locale)));
                }
            }
            for (MemberScore s : r.scores()) {
                if (!c.members.contains(s.member())) {
                    row.problem(AwardColumn.SCORES, words.get("io.row.scorer.unknown", s.member(), c.name));
                    break;
                }
                if (s.criterion() == null && c.stored != null && c.stored.criteria().size() > 1) {
                    row.problem(AwardColumn.SCORES, words.get("io.row.criterion.missing", s.member(), c.name,
                            c.stored.criteria().stream().map(x -> org.conferencedesk.shared.i18n.Messages.isChinese(locale) ? x.nameZh() : x.nameEn()).collect(Collectors.joining(", "))));
                    break;
                }
                if (s.criterion() != null && c.stored != null && !c.criteria.isEmpty() && !c.criteria.contains(fold(s.criterion()))) {
                    row.problem(AwardColumn.SCORES, words.get("io.row.criterion.unknown", s.criterion(), c.name));
                    break;
                }
                BigDecimal min = c.stored != null ? c.stored.category().scoreMin() : AwardCategory.DEFAULT_MIN;
                BigDecimal max = c.stored != null ? c.stored.category().scoreMax() : AwardCategory.DEFAULT_MAX;
                if (s.score().compareTo(min) < 0 || s.score().compareTo(max) > 0 || s.score().scale() > 2) {
                    row.problem(AwardColumn.SCORES, words.get("io.row.score.outOfRange", s.member(), s.score().toPlainString(),
                            min.stripTrailingZeros().toPlainString(), max.stripTrailingZeros().toPlainString()));
                    break;
                }
            }
        }

        private String prizesText(List<PrizePlaces> prizes) {
            return AwardExportSpec.prizesText(prizes, locale);
        }
    }

    /** What a category of this kind takes when the row does not say: an entry, an organisation, a person. */
    static NomineeKind defaultKind(AwardKind kind) {
        if (kind == null) {
            return NomineeKind.ENTRY;
        }
        return switch (kind) {
            case FORUM_AWARD, CONTEST_PRIZE -> NomineeKind.ENTRY;
            case ORGANISATION_AWARD -> NomineeKind.ORGANISATION;
            case PERSONAL_AWARD -> NomineeKind.PERSON;
        };
    }

    /** Saves checked rows in file order, inside {@link AwardService#importAll}. */
    private final class Writer {
        private final long eventId;
        private final Map<String, Long> categoryIds = new HashMap<>();
        int added;

        Writer(long eventId) {
            this.eventId = eventId;
        }

        void write(AwardRow r) {
            long categoryId = category(r);
            AwardCategoryContent content = awards.content(categoryId);
            Set<String> members = content.members().stream().map(m -> m.name().strip()).collect(Collectors.toSet());
            for (String name : r.committee()) {
                if (members.add(name)) {
                    awards.saveMember(CommitteeMember.of(categoryId, name));
                }
            }
            if (r.nominee() == null) {
                return;
            }
            NomineeKind kind = r.nomineeKind() != null ? r.nomineeKind() : defaultKind(content.category().kind());
            Nominee nominee = awards.saveNominee(new Nominee(null, categoryId, kind, r.nominee(),
                    kind == NomineeKind.ORGANISATION ? null : r.affiliation(), null, null, null));
            added++;
            if (!r.recusals().isEmpty()) {
                List<CommitteeMember> committee = awards.content(categoryId).members();
                for (AwardRow.MemberRecusal x : r.recusals()) {
                    long memberId = committee.stream().filter(m -> m.name().strip().equals(x.member())).findFirst().orElseThrow().id();
                    awards.recuse(categoryId, memberId, nominee.id(), x.reason());
                }
            }
            if (!r.scores().isEmpty()) {
                scores(categoryId, nominee.id(), r.scores());
            }
            if (r.prizeWon() != null) {
                String wanted = fold(r.prizeWon());
                Prize prize = awards.content(categoryId).prizes().stream()
                        .filter(p -> fold(p.nameZh()).equals(wanted) || fold(p.nameEn()).equals(wanted)).findFirst().orElseThrow();
                awards.recordWinner(categoryId, prize.id(), nominee.id());
            }
        }

        private long category(AwardRow r) {
            String key = fold(r.categoryZh());
            Long id = categoryIds.get(key);
            if (id != null) {
                return id;
            }
            Optional<AwardCategory> existing = awards.categories(eventId).stream()
                    .filter(c -> fold(c.nameZh()).equals(key) || fold(c.nameEn()).equals(key)).findFirst();
            if (existing.isPresent()) {
                id = existing.get().id();
            } else {
                String en = r.categoryEn() == null ? r.categoryZh() : r.categoryEn();
                TieRule tie = r.tieRule() == null ? TieRule.COMMITTEE_VOTE : r.tieRule();
                AwardCategory c = new AwardCategory(null, eventId, r.categoryZh(), en, r.kind(),
                        r.runningOrder() == null ? 0 : r.runningOrder(), tie, r.drawSeed(), AwardCategory.DEFAULT_MIN,
                        AwardCategory.DEFAULT_MAX, null);
                List<PrizePlaces> given = r.prizes().isEmpty() ? List.of(new PrizePlaces(r.categoryZh(), en, 1)) : r.prizes();
                List<Prize> prizes = new ArrayList<>();
                for (int i = 0; i < given.size(); i++) {
                    PrizePlaces p = given.get(i);
                    prizes.add(Prize.of(0, i + 1, p.nameZh(), p.nameEn(), p.places()));
                }
                id = awards.createCategory(c, prizes).id();
                if (r.nominee() == null) {
                    added++;
                }
            }
            categoryIds.put(key, id);
            return id;
        }

        private void scores(long categoryId, long nomineeId, List<MemberScore> scores) {
            AwardCategoryContent content = awards.content(categoryId);
            List<Criterion> criteria = content.criteria();
            if (criteria.isEmpty()) {
                criteria = List.of(awards.saveCriterion(Criterion.of(categoryId, "综合", "Overall", BigDecimal.ONE, 1)));
            }
            Map<String, Map<Long, BigDecimal>> byMember = new LinkedHashMap<>();
            for (MemberScore s : scores) {
                Criterion criterion = s.criterion() == null ? criteria.get(0) : criteria.stream()
                        .filter(c -> fold(c.nameZh()).equals(fold(s.criterion())) || fold(c.nameEn()).equals(fold(s.criterion())))
                        .findFirst().orElseGet(() -> awards.saveCriterion(Criterion.of(categoryId, s.criterion(), s.criterion(),
                                BigDecimal.ONE, awards.content(categoryId).criteria().size() + 1)));
                byMember.computeIfAbsent(s.member(), m -> new LinkedHashMap<>()).put(criterion.id(), s.score());
                criteria = awards.content(categoryId).criteria();
            }
            List<CommitteeMember> members = awards.content(categoryId).members();
            byMember.forEach((name, values) -> {
                long memberId = members.stream().filter(m -> m.name().strip().equals(name)).findFirst().orElseThrow().id();
                awards.saveScores(categoryId, memberId, nomineeId, values);
            });
        }
    }

    /** Width, case and spacing folded: what "the same name" means in a file. */
    static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
