package org.conferencedesk.awards.io;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.CommitteeMember;
import org.conferencedesk.awards.Criterion;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.Score;
import org.conferencedesk.awards.SignOff;
import org.conferencedesk.awards.io.AwardRow.MemberScore;
import org.conferencedesk.awards.io.AwardRow.PrizePlaces;
import org.conferencedesk.events.EventService;
import org.conferencedesk.importexport.ExportColumn;
import org.conferencedesk.importexport.ExportColumn.Kind;
import org.conferencedesk.importexport.ExportSpec;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The columns of an awards export: the event's categories in running order, one row per nominee (a
 * category without nominees on a row of its own), the category's columns on every row, then who
 * signed it off, when (in the event's time zone) and its result hash. The scores are written only for
 * signed-off categories: until then a member's scores are not shown to anyone else (issue 13), in
 * the audit trail neither. An export imports back to the same categories, committees, nominees,
 * winners and (signed-off) scores; the sign-off itself is not imported (a new sign-off is the committee's).
 */
public final class AwardExportSpec implements ExportSpec<AwardRow> {

    private final AwardService awards;
    private final EventService events;

    /**
     * @param awards the awards exported
     * @param events the events (for their time zone)
     */
    public AwardExportSpec(AwardService awards, EventService events) {
        this.awards = Objects.requireNonNull(awards, "awards");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public String bundle() {
        return "awardio";
    }

    @Override
    public List<AwardRow> rows(long eventId) {
        List<AwardRow> rows = new ArrayList<>();
        for (AwardCategory category : awards.categories(eventId)) {
            AwardCategoryContent content = awards.content(category.id());
            List<PrizePlaces> prizes = content.prizes().stream().map(p -> new PrizePlaces(p.nameZh(), p.nameEn(), p.places())).toList();
            List<String> committee = content.members().stream().map(CommitteeMember::name).toList();
            if (content.nominees().isEmpty()) {
                rows.add(new AwardRow(category.nameZh(), category.nameEn(), category.kind(), category.runningOrder(),
                        category.tieRule(), category.drawSeed(), prizes, committee, null, null, null, null, List.of(), List.of(),
                        content));
            }
            for (Nominee n : content.nominees()) {
                String won = content.winners().stream().filter(w -> w.nomineeId() == n.id()).findFirst()
                        .flatMap(w -> content.prize(w.prizeId())).map(Prize::nameZh).orElse(null);
                rows.add(new AwardRow(category.nameZh(), category.nameEn(), category.kind(), category.runningOrder(),
                        category.tieRule(), category.drawSeed(), prizes, committee, n.name(), n.kind(), n.affiliation(), won,
                        category.isFrozen() ? scores(content, n.id()) : List.of(), recusals(content, n.id()), content));
            }
        }
        return rows;
    }

    /** The members recused from the nominee, in the order recorded, with their reasons. */
    private static List<AwardRow.MemberRecusal> recusals(AwardCategoryContent content, long nomineeId) {
        return content.recusals().stream().filter(x -> x.nomineeId() == nomineeId)
                .map(x -> new AwardRow.MemberRecusal(content.member(x.memberId()).map(CommitteeMember::name).orElse("?"), x.reason()))
                .toList();
    }

    /** "李梅（同一单位）；王建国（评审回避）" / "Li Mei (same employer); …". */
    static String recusalsText(List<AwardRow.MemberRecusal> recusals, Locale locale) {
        if (recusals.isEmpty()) {
            return null;
        }
        boolean chinese = Messages.isChinese(locale);
        return recusals.stream().map(x -> x.member() + (chinese ? "（" + x.reason() + "）" : " (" + x.reason() + ")"))
                .collect(Collectors.joining(chinese ? "；" : "; "));
    }

    /** The nominee's scores by member (committee order) and criterion (sheet order). */
    private static List<MemberScore> scores(AwardCategoryContent content, long nomineeId) {
        List<MemberScore> scores = new ArrayList<>();
        boolean one = content.criteria().size() == 1;
        for (CommitteeMember m : content.members()) {
            for (Criterion c : content.criteria()) {
                for (Score s : content.scores()) {
                    if (s.memberId() == m.id() && s.nomineeId() == nomineeId && s.criterionId() == c.id()) {
                        scores.add(new MemberScore(m.name(), one ? null : c.nameZh(), s.score()));
                    }
                }
            }
        }
        return scores;
    }

    @Override
    public List<ExportColumn<AwardRow>> columns(long eventId, Locale locale) {
        Messages words = Messages.of("awardio", locale);
        ZoneId zone = events.find(eventId).map(e -> e.timeZone()).orElse(ZoneId.of("Asia/Shanghai"));
        String separator = Messages.isChinese(locale) ? "、" : ", ";
        List<ExportColumn<AwardRow>> columns = new ArrayList<>();
        columns.add(column(AwardColumn.CATEGORY, locale, Kind.TEXT, 28, AwardRow::categoryZh));
        columns.add(column(AwardColumn.CATEGORY_EN, locale, Kind.TEXT, 34, AwardRow::categoryEn));
        columns.add(column(AwardColumn.KIND, locale, Kind.WORD, 12, r -> words.get("io.kind." + r.kind().name())));
        columns.add(column(AwardColumn.RUNNING_ORDER, locale, Kind.WHOLE_NUMBER, 8, AwardRow::runningOrder));
        columns.add(column(AwardColumn.TIE_RULE, locale, Kind.WORD, 12, r -> words.get("io.tieRule." + r.tieRule().name())));
        columns.add(column(AwardColumn.DRAW_SEED, locale, Kind.TEXT, 12, r -> r.drawSeed() == null ? null : String.valueOf(r.drawSeed())));
        columns.add(column(AwardColumn.PRIZES, locale, Kind.TEXT, 36, r -> prizesText(r.prizes(), locale)));
        columns.add(column(AwardColumn.COMMITTEE, locale, Kind.TEXT, 24, r -> String.join(separator, r.committee())));
        columns.add(column(AwardColumn.NOMINEE, locale, Kind.TEXT, 30, AwardRow::nominee));
        columns.add(column(AwardColumn.NOMINEE_KIND, locale, Kind.WORD, 10,
                r -> r.nomineeKind() == null ? null : words.get("io.nomineeKind." + r.nomineeKind().name())));
        columns.add(column(AwardColumn.AFFILIATION, locale, Kind.TEXT, 24, AwardRow::affiliation));
        columns.add(column(AwardColumn.PRIZE_WON, locale, Kind.TEXT, 12, r -> won(r, locale)));
        columns.add(column(AwardColumn.SCORES, locale, Kind.TEXT, 30, r -> scoresText(r.scores(), locale)));
        columns.add(column(AwardColumn.RECUSALS, locale, Kind.TEXT, 30, r -> recusalsText(r.recusals(), locale)));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        columns.add(new ExportColumn<>(words.get("io.export.signedOffBy"), Kind.TEXT, 12,
                r -> signOff(r, SignOff::memberName)));
        columns.add(new ExportColumn<>(words.get("io.export.signedOffAt"), Kind.TEXT, 17,
                r -> signOff(r, s -> time.format(s.signedAt().atZone(zone)))));
        columns.add(new ExportColumn<>(words.get("io.export.resultHash"), Kind.TEXT, 20, r -> signOff(r, SignOff::resultHash)));
        return columns;
    }

    private static String signOff(AwardRow r, Function<SignOff, String> part) {
        return r.content() == null ? null : r.content().signOffInForce().map(part).orElse(null);
    }

    /** The prize won in the language of the file. */
    private static String won(AwardRow r, Locale locale) {
        if (r.prizeWon() == null || r.content() == null) {
            return r.prizeWon();
        }
        return r.content().prizes().stream().filter(p -> p.nameZh().equals(r.prizeWon())).findFirst()
                .map(p -> p.name(locale)).orElse(r.prizeWon());
    }

    /** "一等奖/First prize×1；二等奖/Second prize×2" (Chinese) or "…; …" (English); a name alike in both once. */
    static String prizesText(List<PrizePlaces> prizes, Locale locale) {
        String separator = Messages.isChinese(locale) ? "；" : "; ";
        return prizes.stream().map(p -> (p.nameZh().equals(p.nameEn()) ? p.nameZh() : p.nameZh() + "/" + p.nameEn())
                + "×" + p.places()).collect(Collectors.joining(separator));
    }

    /** "王建国 87.5；李梅 90" or, with several criteria, "王建国（创新性 80，实用性 90）". */
    static String scoresText(List<MemberScore> scores, Locale locale) {
        if (scores.isEmpty()) {
            return null;
        }
        boolean chinese = Messages.isChinese(locale);
        Map<String, List<MemberScore>> byMember = scores.stream()
                .collect(Collectors.groupingBy(MemberScore::member, java.util.LinkedHashMap::new, Collectors.toList()));
        List<String> parts = new ArrayList<>();
        byMember.forEach((member, list) -> {
            if (list.size() == 1 && list.get(0).criterion() == null) {
                parts.add(member + " " + list.get(0).score().toPlainString());
            } else {
                String inner = list.stream().map(s -> s.criterion() + " " + s.score().toPlainString())
                        .collect(Collectors.joining(chinese ? "，" : ", "));
                parts.add(member + (chinese ? "（" + inner + "）" : " (" + inner + ")"));
            }
        });
        return String.join(chinese ? "；" : "; ", parts);
    }

    private static ExportColumn<AwardRow> column(AwardColumn field, Locale locale, Kind kind, int width,
                                                 Function<AwardRow, Object> value) {
        return new ExportColumn<>(field.label(locale), kind, width, value);
    }
}
