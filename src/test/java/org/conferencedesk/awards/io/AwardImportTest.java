package org.conferencedesk.awards.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Awards through the one import pipeline: the WIMC 2020 sample (Chinese headers, a committee in a
 * multi-line cell, a "" escape, trailing lines of commas and blank lines), refusals named by line,
 * column and value with nothing saved, an export that imports back to the same awards.
 */
class AwardImportTest {

    static final Path SAMPLE = Path.of("docs/samples/wimc-2020-awards.csv");
    private static final Locale EN = Locale.ENGLISH;

    @TempDir
    Path folder;
    private AppContext context;
    private long eventId;
    private AwardService awards;

    @BeforeEach
    void open() {
        context = new AppContext(Database.openInMemory(UUID.randomUUID().toString()), Actor.named("秘书处"));
        eventId = context.events().create(Event.named("2020 World Intelligent Manufacturing Conference")).id();
        awards = context.awards();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int importFile(long event, Path file) {
        return context.awardImport().importFile(event, file, ImportOptions.DETECT, ProgressMonitor.NONE, EN).added();
    }

    private AwardCategoryContent content(long event, String nameZh) {
        return awards.content(awards.categories(event).stream().filter(c -> c.nameZh().equals(nameZh)).findFirst().orElseThrow().id());
    }

    private static Map<String, String> winners(AwardCategoryContent content) {
        return content.winners().stream().collect(Collectors.toMap(w -> content.nominee(w.nomineeId()).orElseThrow().name(),
                w -> content.prize(w.prizeId()).orElseThrow().nameZh() + "#" + w.place()));
    }

    private Path file(String name, String... lines) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theSampleMakesTheSixCategoriesWithCommitteesNomineesWinnersAndScores() {
        int added = importFile(eventId, SAMPLE);

        assertThat(added).isEqualTo(13);
        assertThat(awards.categories(eventId)).extracting(AwardCategory::nameZh).containsExactly("最受关注论坛奖", "最佳组织论坛奖",
                "最具专业影响力论坛奖", "第五届智能制造大赛", "优秀组织奖（单位）", "优秀组织奖（个人）");
        AwardCategoryContent contest = content(eventId, "第五届智能制造大赛");
        assertThat(contest.category().kind()).isEqualTo(AwardKind.CONTEST_PRIZE);
        assertThat(contest.category().tieRule()).isEqualTo(TieRule.SEEDED_DRAW);
        assertThat(contest.category().drawSeed()).isEqualTo(20201128L);
        assertThat(contest.prizes()).extracting(p -> p.rank() + " " + p.nameZh() + "/" + p.nameEn() + "×" + p.places())
                .containsExactly("1 一等奖/First prize×1", "2 二等奖/Second prize×2", "3 三等奖/Third prize×3");
        // The committee was one name a line in a quoted multi-line cell.
        assertThat(contest.members()).extracting(m -> m.name()).containsExactly("王建国", "李梅", "陈志强");
        assertThat(contest.nominee(contest.nominees().get(0).id()).orElseThrow().affiliation()).isEqualTo("南京\"智造\"创新联盟");
        assertThat(winners(contest)).containsExactlyInAnyOrderEntriesOf(Map.of("智能产线数字孪生系统", "一等奖#1",
                "协作机器人柔性装配单元", "二等奖#1", "工业视觉缺陷检测平台", "二等奖#2", "设备预测性维护云平台", "三等奖#1"));
        assertThat(contest.criteria()).singleElement().satisfies(c -> assertThat(c.nameZh() + "/" + c.nameEn() + " " + c.weight().stripTrailingZeros().toPlainString())
                .isEqualTo("综合/Overall 1"));
        assertThat(contest.scores()).hasSize(12).anySatisfy(s -> assertThat(s.score()).isEqualByComparingTo(new BigDecimal("92.50")));
        AwardCategoryContent people = content(eventId, "优秀组织奖（个人）");
        assertThat(people.nominees()).extracting(Nominee::name).containsExactly("赵晓东", "吉田𠮷子", "王堃");
        assertThat(winners(people)).containsOnlyKeys("赵晓东", "吉田𠮷子");
        assertThat(content(eventId, "最具专业影响力论坛奖").winners()).isEmpty();
        assertThat(awards.totals(eventId).winnersRecorded()).isEqualTo(9);
    }

    @Test
    void everyBadRowIsNamedWithItsLineColumnAndValueAndNothingIsSaved() throws Exception {
        Path bad = file("bad.csv",
                "奖项,奖项类型,奖次设置,评委,候选,获奖,评分",
                "第五届智能制造大赛,大赛奖项,一等奖×1；二等奖×2,王建国、李梅,甲系统,一等奖,王建国 90",
                "第五届智能制造大赛,,,,乙系统,一等奖,",
                "第五届智能制造大赛,论坛奖,,,丙系统,,",
                "第五届智能制造大赛,,,,甲系统,,",
                "最佳新人奖,,,,张三,,",
                "第五届智能制造大赛,,,,丁系统,特等奖,",
                "第五届智能制造大赛,,,,戊系统,,赵六 88",
                "第五届智能制造大赛,,,,己系统,,李梅 120",
                "优秀组织奖,单位奖,一等奖 一,,某某局,,");

        assertThatThrownBy(() -> importFile(eventId, bad)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "获奖", "“一等奖” has 1 place, all taken by earlier rows, so 乙系统 cannot win it too. "
                                + "A prize holds no more winners than it has places."),
                        org.assertj.core.groups.Tuple.tuple(4, "奖项类型", "The 奖项类型 “forum award” differs from line 2 of the same award "
                                + "(“contest prize”). An award's columns say the same on each of its rows, or are left empty after its first row."),
                        org.assertj.core.groups.Tuple.tuple(5, "候选", "甲系统 is already nominated for this award on line 2; each nominee once per award."),
                        org.assertj.core.groups.Tuple.tuple(6, "奖项类型", "The award “最佳新人奖” is new and its kind is empty. Write 论坛奖 / forum award, "
                                + "大赛奖项 / contest prize, 单位奖 / organisation award or 个人奖 / personal award on its first row."),
                        org.assertj.core.groups.Tuple.tuple(7, "获奖", "The award “第五届智能制造大赛” has no prize “特等奖”. Its prizes: "
                                + "一等奖/First prize×1; 二等奖/Second prize×2."),
                        org.assertj.core.groups.Tuple.tuple(8, "评分", "赵六 is not on the committee of “第五届智能制造大赛”, so their score cannot be kept. "
                                + "Add them to the committee column, or correct the name."),
                        org.assertj.core.groups.Tuple.tuple(9, "评分", "李梅's score 120 is outside the award's range, 0 to 100 (two decimals at most)."),
                        org.assertj.core.groups.Tuple.tuple(10, "奖次设置", "“一等奖 一” is not a prize with its places. Write the prizes highest first "
                                + "as 一等奖×1；二等奖×2；三等奖×3 (or First prize ×1; Second prize ×2), both names as 一等奖/First prize×1.")));
        assertThat(awards.categories(eventId)).isEmpty();
        assertThat(context.audit().list(eventId, org.conferencedesk.storage.AuditFilter.ALL, 100)).isEmpty();
    }

    @Test
    void rowsForACategoryOfTheEventAddToItAndASignedOffOneIsRefused() throws Exception {
        AwardCategory forum = awards.createCategory(AwardCategory.of(eventId, "最受关注论坛奖", "Most Concerned Forum Award",
                AwardKind.FORUM_AWARD, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 1, "最受关注论坛奖", "Most Concerned Forum Award", 1)));
        awards.saveNominee(Nominee.entry(forum.id(), "工业互联网创新发展论坛", "大会组委会"));
        Path more = file("more.csv",
                "Award,Kind,Nominee,Organisation",
                "Most Concerned Forum Award,,智能制造标准化论坛,大会组委会",
                "最受关注论坛奖,personal award,数字化转型与智能工厂论坛,",
                "最受关注论坛奖,,工业互联网创新发展论坛,");

        assertThatThrownBy(() -> importFile(eventId, more)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(p -> p.line() + " " + p.column() + ": " + p.reason()).containsExactly(
                        "3 Kind: The Kind “personal award” differs from the award “最受关注论坛奖” already in this event (“forum award”). "
                                + "Leave it empty or write what the event has; change the award itself on the awards screen.",
                        "4 Nominee: 工业互联网创新发展论坛 is already a nominee of “最受关注论坛奖” in this event."));

        Path ok = file("ok.csv", "Award,Nominee,Organisation,Prize won",
                "Most Concerned Forum Award,智能制造标准化论坛,大会组委会,Most Concerned Forum Award");
        assertThat(importFile(eventId, ok)).isEqualTo(1);
        AwardCategoryContent after = content(eventId, "最受关注论坛奖");
        assertThat(after.nominees()).extracting(Nominee::name).containsExactly("工业互联网创新发展论坛", "智能制造标准化论坛");
        assertThat(winners(after)).containsExactly(Map.entry("智能制造标准化论坛", "最受关注论坛奖#1"));
        long member = awards.saveMember(org.conferencedesk.awards.CommitteeMember.of(forum.id(), "王建国")).id();
        awards.signOff(forum.id(), member);

        Path late = file("late.csv", "奖项,候选", "最受关注论坛奖,5G+工业互联网融合应用论坛");
        assertThatThrownBy(() -> importFile(eventId, late)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(p -> p.line() + " " + p.reason()).containsExactly(
                        "2 The award “最受关注论坛奖” is signed off, so nothing can be added to it. Reopen it with a reason first, or leave its rows out."));
    }

    @Test
    void anExportImportsBackToTheSameAwardsInBothLanguagesAndBothFormats() throws Exception {
        importFile(eventId, SAMPLE);
        AwardCategoryContent contest = content(eventId, "第五届智能制造大赛");
        awards.signOff(contest.category().id(), contest.members().get(0).id());
        for (String name : List.of("awards-zh.csv", "awards-en.xlsx")) {
            Path out = folder.resolve(name);
            Locale locale = name.contains("zh") ? Locale.SIMPLIFIED_CHINESE : EN;
            assertThat(context.awardExport().export(eventId, out, locale)).isEqualTo(13);
            long copy = context.events().create(Event.named("Copy " + name)).id();

            assertThat(importFile(copy, out)).as(name).isEqualTo(13);

            for (AwardCategory c : awards.categories(eventId)) {
                AwardCategoryContent was = awards.content(c.id());
                AwardCategoryContent now = content(copy, c.nameZh());
                AwardCategory stored = now.category();
                assertThat(List.of(stored.nameEn(), stored.kind(), stored.runningOrder(), stored.tieRule(), String.valueOf(stored.drawSeed()))).as(name)
                        .isEqualTo(List.of(c.nameEn(), c.kind(), c.runningOrder(), c.tieRule(), String.valueOf(c.drawSeed())));
                assertThat(now.prizes()).extracting(p -> p.rank() + p.nameZh() + p.nameEn() + p.places())
                        .isEqualTo(was.prizes().stream().map(p -> p.rank() + p.nameZh() + p.nameEn() + p.places()).toList());
                assertThat(now.members()).extracting(m -> m.name()).isEqualTo(was.members().stream().map(m -> m.name()).toList());
                assertThat(now.nominees()).extracting(n -> n.name() + "|" + n.kind() + "|" + n.affiliation())
                        .isEqualTo(was.nominees().stream().map(n -> n.name() + "|" + n.kind() + "|" + n.affiliation()).toList());
                assertThat(winners(now)).as(c.nameZh()).isEqualTo(winners(was));
            }
            // The signed-off contest's scores come back; they were written because it is signed off.
            assertThat(content(copy, "第五届智能制造大赛").scores()).extracting(s -> s.score().stripTrailingZeros().toPlainString())
                    .containsExactlyInAnyOrderElementsOf(contest.scores().stream().map(s -> s.score().stripTrailingZeros().toPlainString()).toList());
        }
    }

    @Test
    void aCategoryScoredOnSeveralCriteriaTakesScoresPerCriterion() throws Exception {
        org.conferencedesk.awards.Wimc2020Awards.create(awards, eventId);
        Path one = file("one.csv", "奖项,候选,评分", "第五届智能制造大赛,新参赛作品,王建国 87");
        Path each = file("each.csv", "奖项,候选,评分",
                "第五届智能制造大赛,新参赛作品,\"王建国（创新性 80，技术水平 85.5，应用价值 90）\n李梅（创新性 70，技术水平 75，应用价值 72.25）\"");

        assertThatThrownBy(() -> importFile(eventId, one)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(p -> p.line() + " " + p.column() + ": " + p.reason()).containsExactly(
                        "2 评分: “第五届智能制造大赛” is scored on several criteria (Innovation, Technical level, Application value), "
                                + "so one score of 王建国 cannot be placed. Write it per criterion: 王建国 (criterion score, criterion score)."));
        assertThat(importFile(eventId, each)).isEqualTo(1);

        AwardCategoryContent contest = content(eventId, "第五届智能制造大赛");
        long entry = contest.nominees().stream().filter(n -> n.name().equals("新参赛作品")).findFirst().orElseThrow().id();
        assertThat(contest.scores().stream().filter(x -> x.nomineeId() == entry)
                .map(x -> contest.member(x.memberId()).orElseThrow().name() + " " + contest.criterion(x.criterionId()).orElseThrow().nameZh()
                        + " " + x.score().stripTrailingZeros().toPlainString()))
                .containsExactlyInAnyOrder("王建国 创新性 80", "王建国 技术水平 85.5", "王建国 应用价值 90",
                        "李梅 创新性 70", "李梅 技术水平 75", "李梅 应用价值 72.25");
    }

    @Test
    void recusalsComeInWithTheirReasonsLeaveTheMemberOutOfTheAverageAndGoBackOutInTheExport() throws Exception {
        Path withRecusals = file("recusals.csv",
                "奖项,奖项类型,奖次设置,评委,候选,评分,回避",
                "第五届智能制造大赛,大赛奖项,一等奖×1,王建国、李梅、陈志强,甲系统,王建国 90；李梅 80,陈志强（同一单位，利益冲突）",
                "第五届智能制造大赛,,,,乙系统,王建国 70；李梅 75；陈志强 72,");
        importFile(eventId, withRecusals);

        AwardCategoryContent contest = content(eventId, "第五届智能制造大赛");
        long first = contest.nominees().get(0).id();
        long chen = contest.members().stream().filter(m -> m.name().equals("陈志强")).findFirst().orElseThrow().id();
        assertThat(contest.recusals()).singleElement().satisfies(r -> {
            assertThat(r.memberId()).isEqualTo(chen);
            assertThat(r.nomineeId()).isEqualTo(first);
            assertThat(r.reason()).isEqualTo("同一单位，利益冲突");
        });
        // (90 + 80) / 2: 陈志强 is left out of 甲系统's average.
        org.conferencedesk.awards.Scoring.Standing standing = awards.scoreSheet(contest.category().id(),
                org.conferencedesk.awards.Viewer.secretariat()).standings().get(0);
        assertThat(standing.rawAverage()).isEqualByComparingTo("85.00");
        assertThat(standing.counted()).isEqualTo(2);
        assertThat(standing.recused()).isEqualTo(1);

        Path out = folder.resolve("out.csv");
        context.awardExport().export(eventId, out, Locale.SIMPLIFIED_CHINESE);
        java.util.List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).contains(",回避,");
        assertThat(lines.get(1)).contains(",陈志强（同一单位，利益冲突）,");
        long other = context.events().create(Event.named("WIMC 2021")).id();
        importFile(other, out);
        assertThat(content(other, "第五届智能制造大赛").recusals()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("同一单位，利益冲突"));
    }

    @Test
    void aRecusalOfSomeoneNotOnTheCommitteeOrOfAMemberWhoAlsoScoresIsNamedAndNothingIsSaved() throws Exception {
        Path bad = file("bad-recusals.csv",
                "奖项,奖项类型,奖次设置,评委,候选,评分,回避",
                "第五届智能制造大赛,大赛奖项,一等奖×1,王建国、李梅,甲系统,王建国 90,赵六（同一单位）",
                "第五届智能制造大赛,,,,乙系统,李梅 80,李梅（评审回避）",
                "第五届智能制造大赛,,,,丙系统,,王建国");

        assertThatThrownBy(() -> importFile(eventId, bad)).isInstanceOfSatisfying(ImportRejectedException.class, e ->
                assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column, ImportProblem::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "回避", "赵六 is not on the committee of “第五届智能制造大赛”, so they cannot "
                                + "stand aside from a nominee. Add them to the committee column, or correct the name."),
                        org.assertj.core.groups.Tuple.tuple(3, "回避", "李梅 stands aside from 乙系统 on this row and also scores it. "
                                + "A recused member does not score the nominee: remove the score or the recusal."),
                        org.assertj.core.groups.Tuple.tuple(4, "回避", "“王建国” is not a recusal with its reason. Write the member and the "
                                + "reason in brackets, as 李梅（同一单位）; several separated by ；.")));
        assertThat(awards.categories(eventId)).isEmpty();
    }
}
