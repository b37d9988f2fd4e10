package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The award categories presented at the WIMC 2020 closing ceremony (Nanjing, 28 November 2020), in the
 * order the closing press release names them (/work/shared/seed/wimc-2020-closing-ceremony.txt): the
 * Most Concerned Forum Award, the Best-Organized Forum, the Most Professionally Influential Forum, the
 * first prize of the 5th Smart Manufacturing Contest, and the Excellent Organization Award to
 * organisations and to individuals.
 *
 * <p>The release names the awards, not the winners, the number of places or the committee: the Chinese
 * names are our rendering, and every nominee, member, place count, criterion and seed below is a
 * made-up sample (the forum titles are plausible, not the real ones). The contest has the first ×1,
 * second ×2, third ×3 prizes of issue 13. Fixture for tests and the README's walk-through.
 */
public final class Wimc2020Awards {

    /** The seed recorded for the contest's seeded draw (the ceremony's date). */
    public static final long CONTEST_SEED = 20201128L;

    /** Category ids by English name, in running order. */
    public final Map<String, Long> categories = new LinkedHashMap<>();
    /** Nominee ids by name (names are unique across this sample). */
    public final Map<String, Long> nominees = new LinkedHashMap<>();
    /** Member ids by category id and name ("categoryId:name"). */
    public final Map<String, Long> members = new LinkedHashMap<>();
    /** Contest criterion ids by Chinese name. */
    public final Map<String, Long> criteria = new LinkedHashMap<>();

    public static final String MOST_CONCERNED = "Most Concerned Forum Award";
    public static final String BEST_ORGANIZED = "Best-Organized Forum";
    public static final String MOST_INFLUENTIAL = "Most Professionally Influential Forum";
    public static final String CONTEST = "The 5th Smart Manufacturing Contest";
    public static final String ORGANISATIONS = "Excellent Organization Award (organisations)";
    public static final String INDIVIDUALS = "Excellent Organization Award (individuals)";

    private static final List<String> FORUMS = List.of("工业互联网创新发展论坛", "智能制造标准化论坛", "5G+工业互联网融合应用论坛",
            "数字化转型与智能工厂论坛");
    private static final List<String> ENTRIES = List.of("智能产线数字孪生系统", "协作机器人柔性装配单元", "工业视觉缺陷检测平台",
            "设备预测性维护云平台", "离散制造排产优化引擎", "AGV 集群调度系统", "能耗智能管控平台");
    private static final List<String> COMMITTEE = List.of("王建国", "李梅", "陈志强");

    /** Creates the six categories with their prizes, committees, contest criteria and nominees in {@code eventId}. */
    public static Wimc2020Awards create(AwardService service, long eventId) {
        Wimc2020Awards ids = new Wimc2020Awards();
        ids.forum(service, eventId, "最受关注论坛奖", MOST_CONCERNED);
        ids.forum(service, eventId, "最佳组织论坛奖", BEST_ORGANIZED);
        ids.forum(service, eventId, "最具专业影响力论坛奖", MOST_INFLUENTIAL);

        AwardCategory contest = service.createCategory(
                AwardCategory.of(eventId, "第五届智能制造大赛", CONTEST, AwardKind.CONTEST_PRIZE, 0, TieRule.SEEDED_DRAW)
                        .withTieRule(TieRule.SEEDED_DRAW, CONTEST_SEED),
                List.of(Prize.of(0, 1, "一等奖", "First prize", 1), Prize.of(0, 2, "二等奖", "Second prize", 2),
                        Prize.of(0, 3, "三等奖", "Third prize", 3)));
        ids.categories.put(CONTEST, contest.id());
        ids.committee(service, contest.id());
        ids.criteria.put("创新性", service.saveCriterion(Criterion.of(contest.id(), "创新性", "Innovation", new BigDecimal("0.4"), 0)).id());
        ids.criteria.put("技术水平", service.saveCriterion(Criterion.of(contest.id(), "技术水平", "Technical level", new BigDecimal("0.4"), 0)).id());
        ids.criteria.put("应用价值", service.saveCriterion(Criterion.of(contest.id(), "应用价值", "Application value", new BigDecimal("0.2"), 0)).id());
        for (String entry : ENTRIES) {
            ids.nominees.put(entry, service.saveNominee(Nominee.entry(contest.id(), entry, null)).id());
        }

        AwardCategory units = service.createCategory(
                AwardCategory.of(eventId, "优秀组织奖（单位）", ORGANISATIONS, AwardKind.ORGANISATION_AWARD, 0, TieRule.SHARED_PLACE),
                List.of(Prize.of(0, 1, "优秀组织奖", "Excellent Organization Award", 5)));
        ids.categories.put(ORGANISATIONS, units.id());
        ids.committee(service, units.id());
        for (String unit : List.of("南京市工业和信息化局", "江北新区管理委员会", "江宁经济技术开发区管理委员会")) {
            ids.nominees.put(unit, service.saveNominee(Nominee.organisation(units.id(), unit)).id());
        }

        AwardCategory people = service.createCategory(
                AwardCategory.of(eventId, "优秀组织奖（个人）", INDIVIDUALS, AwardKind.PERSONAL_AWARD, 0, TieRule.SHARED_PLACE),
                List.of(Prize.of(0, 1, "优秀组织奖", "Excellent Organization Award", 8)));
        ids.categories.put(INDIVIDUALS, people.id());
        ids.committee(service, people.id());
        for (String person : List.of("赵晓东", "约翰·史密斯", "吉田𠮷子")) {
            ids.nominees.put(person, service.saveNominee(Nominee.person(people.id(), person, "大会组委会秘书处")).id());
        }
        return ids;
    }

    private void forum(AwardService service, long eventId, String zh, String en) {
        AwardCategory c = service.createCategory(AwardCategory.of(eventId, zh, en, AwardKind.FORUM_AWARD, 0, TieRule.COMMITTEE_VOTE),
                List.of(Prize.of(0, 1, zh, en, 1)));
        categories.put(en, c.id());
        committee(service, c.id());
        for (String forum : FORUMS) {
            nominees.put(en + ":" + forum, service.saveNominee(Nominee.entry(c.id(), forum, "大会组委会")).id());
        }
    }

    private void committee(AwardService service, long categoryId) {
        for (String name : COMMITTEE) {
            members.put(categoryId + ":" + name, service.saveMember(CommitteeMember.of(categoryId, name)).id());
        }
    }

    /** The member's id in a category. */
    public long member(String category, String name) {
        return members.get(categories.get(category) + ":" + name);
    }
}
