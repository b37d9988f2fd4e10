package org.conferencedesk.awards.io;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.NomineeKind;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.awards.io.AwardRow.MemberScore;
import org.conferencedesk.awards.io.AwardRow.PrizePlaces;
import org.conferencedesk.importexport.ChoiceWords;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Turns one row of an awards file into an {@link AwardRow}, recording every problem on the row: the
 * words of kinds, tie rules and nominee kinds in both languages (and as the export writes them), the
 * prizes ("一等奖×1；二等奖/Second prize×2", "First prize x1; Second prize (2)"), the committee
 * ("王建国、李梅，陈志强" or one name a line in a multi-line cell) and the scores ("王建国 87.5；李梅：90",
 * "王建国（创新性 80，实用性 90）"). Stateless: the same row always gives the same record.
 */
final class AwardRowConverter {

    static final ChoiceWords<AwardKind> KIND_WORDS = new ChoiceWords<AwardKind>()
            .add(AwardKind.FORUM_AWARD, "论坛奖", "论坛奖项", "论坛", "forum award", "forum")
            .add(AwardKind.CONTEST_PRIZE, "大赛奖项", "大赛", "竞赛", "比赛", "竞赛奖", "contest prize", "contest", "competition")
            .add(AwardKind.ORGANISATION_AWARD, "单位奖", "组织奖", "机构奖", "organisation award", "organization award")
            .add(AwardKind.PERSONAL_AWARD, "个人奖", "个人", "personal award", "individual award");
    static final ChoiceWords<TieRule> TIE_WORDS = new ChoiceWords<TieRule>()
            .add(TieRule.COMMITTEE_VOTE, "评委会表决", "表决", "投票", "评委投票", "committee vote", "vote")
            .add(TieRule.SHARED_PLACE, "并列", "并列名次", "共享名次", "shared place", "share", "shared")
            .add(TieRule.SEEDED_DRAW, "抽签", "随机抽签", "种子抽签", "seeded draw", "draw");
    static final ChoiceWords<NomineeKind> NOMINEE_WORDS = new ChoiceWords<NomineeKind>()
            .add(NomineeKind.ENTRY, "参评项目", "作品", "参赛作品", "项目", "论坛", "entry", "forum", "project")
            .add(NomineeKind.ORGANISATION, "单位", "机构", "组织", "企业", "organisation", "organization", "company")
            .add(NomineeKind.PERSON, "个人", "人员", "person", "individual");

    static {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages words = Messages.of("awardio", locale);
            for (AwardKind k : AwardKind.values()) {
                KIND_WORDS.addIfAbsent(k, words.get("io.kind." + k.name()));
                KIND_WORDS.addIfAbsent(k, k.name());
            }
            for (TieRule t : TieRule.values()) {
                TIE_WORDS.addIfAbsent(t, words.get("io.tieRule." + t.name()));
                TIE_WORDS.addIfAbsent(t, t.name());
            }
            for (NomineeKind n : NomineeKind.values()) {
                NOMINEE_WORDS.addIfAbsent(n, words.get("io.nomineeKind." + n.name()));
                NOMINEE_WORDS.addIfAbsent(n, n.name());
            }
        }
    }

    /** Between list items: Chinese and Latin semicolons, line breaks. */
    private static final Pattern ITEMS = Pattern.compile("\\s*[;；\\n]+\\s*");
    /** Between names: also commas and the enumeration comma. */
    private static final Pattern NAMES = Pattern.compile("\\s*[;；,，、\\n]+\\s*");
    /** "一等奖×1", "一等奖 x 1", "一等奖*1", "一等奖（1名）", "First prize (1)", "一等奖 1名". */
    private static final Pattern PRIZE = Pattern.compile(
            "(.+?)\\s*(?:[×xX*]\\s*(\\d+)\\s*(?:名|个|places?)?|[（(]\\s*(\\d+)\\s*(?:名|个|places?)?\\s*[)）]|\\s(\\d+)\\s*(?:名|个|places?))");
    /** "王建国 87.5", "王建国：87.5", "Li Mei: 90". */
    private static final Pattern SCORE = Pattern.compile("(.+?)\\s*[:：]?\\s*([-+]?\\d+(?:\\.\\d+)?)");
    /** "王建国（创新性 80，实用性 90）". */
    private static final Pattern PER_CRITERION = Pattern.compile("(.+?)\\s*[（(](.+)[)）]");
    /** Common prize names in English, for a prize written in Chinese only. */
    private static final List<String[]> PRIZE_NAMES = List.of(new String[] {"特等奖", "Grand prize"},
            new String[] {"一等奖", "First prize"}, new String[] {"二等奖", "Second prize"}, new String[] {"三等奖", "Third prize"},
            new String[] {"优秀奖", "Excellence award"}, new String[] {"金奖", "Gold award"}, new String[] {"银奖", "Silver award"},
            new String[] {"铜奖", "Bronze award"});

    private final Messages words;

    AwardRowConverter(Locale locale) {
        this.words = Messages.of("awardio", locale);
    }

    /** The row's record; null if it has a problem (every one recorded on the row). */
    AwardRow convert(ImportRow<AwardColumn> row) {
        String category = row.text(AwardColumn.CATEGORY);
        if (category == null && !row.failed(AwardColumn.CATEGORY)) {
            row.problem(AwardColumn.CATEGORY, words.get("io.row.category.empty"));
        }
        String categoryEn = row.text(AwardColumn.CATEGORY_EN);
        AwardKind kind = row.choice(AwardColumn.KIND, KIND_WORDS, null, w -> words.get("io.row.kind.unknown", w));
        Integer order = row.positiveWholeNumber(AwardColumn.RUNNING_ORDER, w -> words.get("io.row.runningOrder.invalid", w));
        TieRule tie = row.choice(AwardColumn.TIE_RULE, TIE_WORDS, null, w -> words.get("io.row.tieRule.unknown", w));
        Long seed = seed(row, tie);
        List<PrizePlaces> prizes = prizes(row);
        List<String> committee = names(row.text(AwardColumn.COMMITTEE));
        String nominee = row.text(AwardColumn.NOMINEE);
        NomineeKind nomineeKind = row.choice(AwardColumn.NOMINEE_KIND, NOMINEE_WORDS, null,
                w -> words.get("io.row.nomineeKind.unknown", w));
        String affiliation = row.text(AwardColumn.AFFILIATION);
        String prizeWon = row.text(AwardColumn.PRIZE_WON);
        List<MemberScore> scores = scores(row);
        List<AwardRow.MemberRecusal> recusals = recusals(row);
        if (nominee == null) {
            for (AwardColumn c : List.of(AwardColumn.NOMINEE_KIND, AwardColumn.AFFILIATION, AwardColumn.PRIZE_WON, AwardColumn.SCORES,
                    AwardColumn.RECUSALS)) {
                if (row.text(c) != null) {
                    row.problem(c, words.get("io.row.withoutNominee", row.header(c)));
                }
            }
        }
        if (row.hasProblems()) {
            return null;
        }
        return new AwardRow(category, categoryEn, kind, order, tie, seed, prizes, committee, nominee, nomineeKind,
                affiliation, prizeWon, scores, recusals, null);
    }

    private Long seed(ImportRow<AwardColumn> row, TieRule tie) {
        String written = row.text(AwardColumn.DRAW_SEED);
        if (written == null) {
            return null;
        }
        String folded = fold(written).replace(",", "");
        try {
            long seed = Long.parseLong(folded);
            if (tie != null && tie != TieRule.SEEDED_DRAW) {
                row.problem(AwardColumn.DRAW_SEED, words.get("io.row.seed.withoutDraw", written));
            }
            return seed;
        } catch (NumberFormatException e) {
            row.problem(AwardColumn.DRAW_SEED, words.get("io.row.seed.invalid", written));
            return null;
        }
    }

    private List<PrizePlaces> prizes(ImportRow<AwardColumn> row) {
        String written = row.text(AwardColumn.PRIZES);
        List<PrizePlaces> prizes = new ArrayList<>();
        if (written == null) {
            return prizes;
        }
        for (String item : ITEMS.split(written.strip())) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = PRIZE.matcher(fold(item));
            if (!m.matches()) {
                row.problem(AwardColumn.PRIZES, words.get("io.row.prizes.invalid", item));
                continue;
            }
            String places = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            int count = Integer.parseInt(places);
            if (count < 1 || count > 1000) {
                row.problem(AwardColumn.PRIZES, words.get("io.row.prizes.places", item));
                continue;
            }
            prizes.add(prizeNamed(m.group(1).strip(), count));
        }
        return prizes;
    }

    /** "一等奖/First prize", "一等奖", "First prize": both names, the English one known for common Chinese prizes. */
    static PrizePlaces prizeNamed(String name, int places) {
        int slash = name.indexOf('/');
        if (slash > 0 && slash < name.length() - 1) {
            return new PrizePlaces(name.substring(0, slash).strip(), name.substring(slash + 1).strip(), places);
        }
        for (String[] known : PRIZE_NAMES) {
            if (known[0].equals(name) || known[1].equalsIgnoreCase(name)) {
                return new PrizePlaces(known[0], known[1], places);
            }
        }
        return new PrizePlaces(name, name, places);
    }

    private List<MemberScore> scores(ImportRow<AwardColumn> row) {
        String written = row.text(AwardColumn.SCORES);
        List<MemberScore> scores = new ArrayList<>();
        if (written == null) {
            return scores;
        }
        for (String item : ITEMS.split(written.strip())) {
            if (item.isBlank()) {
                continue;
            }
            String folded = fold(item);
            Matcher per = PER_CRITERION.matcher(folded);
            Matcher one = SCORE.matcher(folded);
            if (per.matches()) {
                for (String part : per.group(2).split("\\s*[,，、]\\s*")) {
                    Matcher c = SCORE.matcher(part.strip());
                    if (!c.matches()) {
                        row.problem(AwardColumn.SCORES, words.get("io.row.scores.invalid", item));
                        break;
                    }
                    scores.add(new MemberScore(per.group(1).strip(), c.group(1).strip(), new BigDecimal(c.group(2))));
                }
            } else if (one.matches()) {
                scores.add(new MemberScore(one.group(1).strip(), null, new BigDecimal(one.group(2))));
            } else {
                row.problem(AwardColumn.SCORES, words.get("io.row.scores.invalid", item));
            }
        }
        return scores;
    }

    /** "李梅（同一单位）；王建国 (same employer)": each member with the reason in brackets, one per item. */
    private List<AwardRow.MemberRecusal> recusals(ImportRow<AwardColumn> row) {
        String written = row.text(AwardColumn.RECUSALS);
        List<AwardRow.MemberRecusal> recusals = new ArrayList<>();
        if (written == null) {
            return recusals;
        }
        for (String item : ITEMS.split(written.strip())) {
            if (item.isBlank()) {
                continue;
            }
            Matcher m = PER_CRITERION.matcher(item.strip());
            if (!m.matches() || m.group(2).isBlank()) {
                row.problem(AwardColumn.RECUSALS, words.get("io.row.recusal.invalid", item.strip()));
                continue;
            }
            recusals.add(new AwardRow.MemberRecusal(fold(m.group(1)), m.group(2).strip()));
        }
        return recusals;
    }

    /** The names in a list cell, in order, without blanks. */
    static List<String> names(String written) {
        List<String> names = new ArrayList<>();
        if (written != null) {
            for (String name : NAMES.split(written.strip())) {
                if (!name.isBlank() && !names.contains(name.strip())) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }

    /** Full-width digits, letters and signs as half-width (NFKC), so "一等奖×１" reads like "一等奖×1". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
