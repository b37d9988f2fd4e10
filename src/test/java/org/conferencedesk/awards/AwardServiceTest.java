package org.conferencedesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.FieldChange;
import org.junit.jupiter.api.Test;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class AwardServiceTest extends WithAwardServices {

    /** The database it runs on: H2, and PostgreSQL when a test server is configured (issue 16). */
    @Parameter
    TestDatabases.Backend backend;

    @Override
    protected TestDatabases.Backend backend() {
        return backend;
    }


    private long prize(String category, int rank) {
        return service.content(category(category)).prizes().stream().filter(p -> p.rank() == rank).findFirst().orElseThrow().id();
    }

    private List<AuditEntry> trail() {
        return audit.list(eventId, AuditFilter.ALL, 1000);
    }

    private Map<Long, BigDecimal> contestScores(String innovation, String technical, String application) {
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        scores.put(wimc.criteria.get("创新性"), new BigDecimal(innovation));
        scores.put(wimc.criteria.get("技术水平"), new BigDecimal(technical));
        scores.put(wimc.criteria.get("应用价值"), new BigDecimal(application));
        return scores;
    }

    @Test
    void theWimc2020CeremonyHasSixCategoriesInRunningOrderAndTheirPlacesAreCounted() {
        assertThat(service.categories(eventId)).extracting(AwardCategory::runningOrder, AwardCategory::nameZh, AwardCategory::kind)
                .containsExactly(
                        tuple(1, "最受关注论坛奖", AwardKind.FORUM_AWARD),
                        tuple(2, "最佳组织论坛奖", AwardKind.FORUM_AWARD),
                        tuple(3, "最具专业影响力论坛奖", AwardKind.FORUM_AWARD),
                        tuple(4, "第五届智能制造大赛", AwardKind.CONTEST_PRIZE),
                        tuple(5, "优秀组织奖（单位）", AwardKind.ORGANISATION_AWARD),
                        tuple(6, "优秀组织奖（个人）", AwardKind.PERSONAL_AWARD));
        // 1 + 1 + 1 + (1 + 2 + 3) + 5 + 8 places.
        assertThat(service.totals(eventId)).isEqualTo(new AwardTotals(6, 22, 0, 0, 6));
        assertThat(service.category(category(Wimc2020Awards.CONTEST)).orElseThrow().drawSeed()).isEqualTo(20201128L);
    }

    @Test
    void aPrizeHoldsNoMoreWinnersThanItHasPlaces() {
        long contest = category(Wimc2020Awards.CONTEST);
        long second = prize(Wimc2020Awards.CONTEST, 2);
        service.recordWinner(contest, second, wimc.nominees.get("智能产线数字孪生系统"));
        service.recordWinner(contest, second, wimc.nominees.get("协作机器人柔性装配单元"));

        assertThatThrownBy(() -> service.recordWinner(contest, second, wimc.nominees.get("工业视觉缺陷检测平台")))
                .isInstanceOfSatisfying(AwardException.class, e -> {
                    assertThat(e.key()).isEqualTo("prize.full");
                    assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                            "“二等奖”的 2 个名额已满，无法再加入工业视觉缺陷检测平台。获奖者人数不能超过名额（并列也各占一个名额）：请移除一位获奖者，或增加名额。");
                    assertThat(e.sentence(Locale.ENGLISH)).startsWith("All 2 places of “二等奖” are taken, so 工业视觉缺陷检测平台 cannot be added.");
                });
        assertThat(service.content(contest).winnersOf(second)).extracting(Winner::place).containsExactly(1, 2);
        assertThat(service.totals(eventId).winnersRecorded()).isEqualTo(2);
    }

    @Test
    void aFreedPlaceIsTakenAgainAndAPrizeCannotShrinkBelowItsWinners() {
        long contest = category(Wimc2020Awards.CONTEST);
        long third = prize(Wimc2020Awards.CONTEST, 3);
        Winner a = service.recordWinner(contest, third, wimc.nominees.get("智能产线数字孪生系统"));
        service.recordWinner(contest, third, wimc.nominees.get("协作机器人柔性装配单元"));
        service.removeWinner(contest, a.id());

        Winner c = service.recordWinner(contest, third, wimc.nominees.get("工业视觉缺陷检测平台"));

        assertThat(c.place()).isEqualTo(1);
        Prize prize = service.content(contest).prize(third).orElseThrow();
        assertThatThrownBy(() -> service.savePrize(new Prize(prize.id(), contest, 3, "三等奖", "Third prize", 1)))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.key()).isEqualTo("prize.fewerPlacesThanWinners"));
        assertThat(service.content(contest).prize(third).orElseThrow().places()).isEqualTo(3);
    }

    @Test
    void oneNomineeCannotWinTwoPlacesInOneCategory() {
        long contest = category(Wimc2020Awards.CONTEST);
        long entry = wimc.nominees.get("智能产线数字孪生系统");
        service.recordWinner(contest, prize(Wimc2020Awards.CONTEST, 1), entry);

        assertThatThrownBy(() -> service.recordWinner(contest, prize(Wimc2020Awards.CONTEST, 2), entry))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("智能产线数字孪生系统 already won “一等奖” in this category; a nominee wins one place per category."));
        assertThat(service.content(contest).winners()).hasSize(1);
    }

    @Test
    void aRecusalRemovesTheMembersScoresOfThatNomineeAndTheMemberFromItsAverage() {
        long contest = category(Wimc2020Awards.CONTEST);
        long entry = wimc.nominees.get("智能产线数字孪生系统");
        long wang = wimc.member(Wimc2020Awards.CONTEST, "王建国");
        long li = wimc.member(Wimc2020Awards.CONTEST, "李梅");
        long chen = wimc.member(Wimc2020Awards.CONTEST, "陈志强");
        service.saveScores(contest, wang, entry, contestScores("90", "85", "80"));   // 86.00
        service.saveScores(contest, li, entry, contestScores("80", "70", "75"));     // 75.00
        service.saveScores(contest, chen, entry, contestScores("60", "60", "60"));   // 60.00
        assertThat(standing(contest, entry).rawAverage()).hasToString("73.67");

        Recusal recusal = service.recuse(contest, chen, entry, "其所在单位参与了该作品的研发");

        Scoring.Standing after = standing(contest, entry);
        assertThat(after.rawAverage()).hasToString("80.50");
        assertThat(after.counted()).isEqualTo(2);
        assertThat(after.recused()).isEqualTo(1);
        assertThat(service.content(contest).scores()).noneMatch(s -> s.memberId() == chen);
        AuditEntry entryOfRecusal = trail().get(0);
        assertThat(entryOfRecusal.recordType()).isEqualTo(AwardAudit.RECUSAL);
        assertThat(entryOfRecusal.recordId()).isEqualTo(recusal.id());
        assertThat(entryOfRecusal.changes()).containsExactly(
                new FieldChange("member", null, "陈志强"),
                new FieldChange("nominee", null, "智能产线数字孪生系统"),
                new FieldChange("reason", null, "其所在单位参与了该作品的研发"),
                new FieldChange("scoreRemoved:创新性", null, "60.00"),
                new FieldChange("scoreRemoved:技术水平", null, "60.00"),
                new FieldChange("scoreRemoved:应用价值", null, "60.00"));
        assertThatThrownBy(() -> service.saveScores(contest, chen, entry, contestScores("99", "99", "99")))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("陈志强已回避智能产线数字孪生系统，不能为其评分。"));
        assertThatThrownBy(() -> service.recuse(contest, chen, entry, "  "))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.problems())
                        .extracting(org.conferencedesk.shared.record.FieldProblem::field).containsExactly(AwardField.RECUSAL_REASON));
    }

    private Scoring.Standing standing(long categoryId, long nomineeId) {
        return service.scoreSheet(categoryId, Viewer.secretariat()).standings().stream()
                .filter(s -> s.nomineeId() == nomineeId).findFirst().orElseThrow();
    }

    @Test
    void aMembersScoresAreHiddenFromOtherMembersUntilTheCategoryIsSignedOff() {
        long contest = category(Wimc2020Awards.CONTEST);
        long entry = wimc.nominees.get("智能产线数字孪生系统");
        long wang = wimc.member(Wimc2020Awards.CONTEST, "王建国");
        long li = wimc.member(Wimc2020Awards.CONTEST, "李梅");
        service.saveScores(contest, wang, entry, contestScores("90", "85", "80"));
        service.saveScores(contest, li, entry, contestScores("80", "70", "75"));

        ScoreSheet asLi = service.scoreSheet(contest, Viewer.member(li));
        assertThat(asLi.hidden()).isTrue();
        assertThat(asLi.scores()).extracting(Score::memberId).containsOnly(li).hasSize(3);
        assertThat(asLi.standings()).isEmpty();
        ScoreSheet asSecretariat = service.scoreSheet(contest, Viewer.secretariat());
        assertThat(asSecretariat.scores()).hasSize(6);
        assertThat(asSecretariat.standings()).isNotEmpty();

        service.signOff(contest, wang);

        ScoreSheet closed = service.scoreSheet(contest, Viewer.member(li));
        assertThat(closed.closed()).isTrue();
        assertThat(closed.hidden()).isFalse();
        assertThat(closed.scores()).hasSize(6);
        assertThat(closed.standings()).filteredOn(s -> s.nomineeId() == entry).extracting(Scoring.Standing::rawAverage)
                .containsExactly(new BigDecimal("80.50"));
        assertThatThrownBy(() -> service.scoreSheet(contest, Viewer.member(wimc.member(Wimc2020Awards.ORGANISATIONS, "李梅"))))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.key()).isEqualTo("member.notInCommittee"));
    }

    @Test
    void theTieRuleSeedAndScoreRangeAreDeclaredBeforeAnyScore() {
        long contest = category(Wimc2020Awards.CONTEST);
        AwardCategory before = service.category(contest).orElseThrow();
        service.updateCategory(before.withTieRule(TieRule.SEEDED_DRAW, 7L));
        service.updateCategory(before);
        service.saveScores(contest, wimc.member(Wimc2020Awards.CONTEST, "王建国"), wimc.nominees.get("智能产线数字孪生系统"),
                contestScores("90", "85", "80"));

        assertThatThrownBy(() -> service.updateCategory(before.withTieRule(TieRule.COMMITTEE_VOTE, null)))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "The tie rule, draw seed and score range of “第五届智能制造大赛” are declared before any score, and 3 scores are entered."
                                + " Leave them as they are, or remove the scores first."));
        assertThatThrownBy(() -> service.updateCategory(before.withScoreRange(new BigDecimal("0"), new BigDecimal("10"))))
                .isInstanceOf(AwardException.class);
        assertThat(service.category(contest).orElseThrow().tieRule()).isEqualTo(TieRule.SEEDED_DRAW);
        assertThat(service.updateCategory(before.withNames("第五届智能制造创新大赛", Wimc2020Awards.CONTEST)).nameZh())
                .isEqualTo("第五届智能制造创新大赛");
    }

    @Test
    void aSeededDrawGetsItsSeedWhenDeclaredAndAnotherRuleTakesNone() {
        AwardCategory drawn = service.createCategory(AwardCategory.of(eventId, "抽签奖", "Draw award", AwardKind.FORUM_AWARD, 0,
                TieRule.SEEDED_DRAW), List.of());

        assertThat(drawn.drawSeed()).isEqualTo(42L);
        assertThat(drawn.runningOrder()).isEqualTo(7);
        assertThat(trail().get(0).change("drawSeed")).isEqualTo(new FieldChange("drawSeed", null, "42"));
        assertThatThrownBy(() -> service.createCategory(AwardCategory.of(eventId, "表决奖", "Vote award", AwardKind.FORUM_AWARD, 0,
                TieRule.COMMITTEE_VOTE).withTieRule(TieRule.COMMITTEE_VOTE, 5L), List.of()))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("The Draw seed is only kept for the seeded-draw tie rule; clear it or choose that rule."));
    }

    @Test
    void aScoreOutsideTheRangeOrWithThreeDecimalsIsRefused() {
        long contest = category(Wimc2020Awards.CONTEST);
        long wang = wimc.member(Wimc2020Awards.CONTEST, "王建国");
        long entry = wimc.nominees.get("智能产线数字孪生系统");

        assertThatThrownBy(() -> service.saveScores(contest, wang, entry, contestScores("100.5", "85", "80.125")))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "The Score 100.5 is outside this category's range, 0 to 100. The Score 80.125 has too many decimals; at most 2."));
        assertThat(service.content(contest).scores()).isEmpty();
    }

    @Test
    void aValueOverItsLengthIsRefusedNotCut() {
        long forum = category(Wimc2020Awards.MOST_CONCERNED);

        assertThatThrownBy(() -> service.saveNominee(Nominee.entry(forum, "论".repeat(301), null)))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("候选名称有 301 个字符，最多 300 个。请缩短（系统不会替您截断）。"));
        assertThatThrownBy(() -> service.createCategory(AwardCategory.of(eventId, "奖".repeat(201), "Award", AwardKind.FORUM_AWARD, 0,
                TieRule.COMMITTEE_VOTE), List.of())).isInstanceOf(AwardException.class);
        assertThat(service.content(forum).nominees()).hasSize(4);
        assertThat(service.categories(eventId)).hasSize(6);
        // The length rule all record types share (TextRules): 𠮷 counts two UTF-16 units, surrounding blanks none.
        assertThatThrownBy(() -> service.saveNominee(Nominee.entry(forum, "𠮷".repeat(150) + "论", null)))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).contains("301"));
        assertThat(service.saveNominee(Nominee.entry(forum, "  " + "𠮷".repeat(150) + "  ", null)).name()).isEqualTo("𠮷".repeat(150));
    }

    @Test
    void aCategoryTakesOnlyItsKindOfNominee() {
        long forum = category(Wimc2020Awards.MOST_CONCERNED);

        assertThatThrownBy(() -> service.saveNominee(Nominee.person(forum, "赵晓东", null)))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("论坛奖只能提名论坛。"));
        assertThatThrownBy(() -> service.saveNominee(Nominee.entry(forum, "工业互联网创新发展论坛", null)))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.key()).isEqualTo("nominee.duplicate"));
    }

    @Test
    void aGuestNomineeIsTheGuestItsNameIsReadFromTheGuestList() {
        long people = category(Wimc2020Awards.INDIVIDUALS);
        Guest guest = guests.save(new Guest(null, eventId, "孙丽华", null, "秘书长", "南京市会展办", "中国",
                org.conferencedesk.guests.GuestCategory.OTHER, null, org.conferencedesk.guests.Attendance.ON_SITE,
                org.conferencedesk.guests.InvitationStatus.CONFIRMED, null, null, null, null, null));

        Nominee nominee = service.saveNominee(Nominee.guest(people, guest.id()));

        assertThat(nominee.name()).isEqualTo("孙丽华");
        assertThat(nominee.affiliation()).isEqualTo("南京市会展办");
        guests.save(new Guest(guest.id(), eventId, "孙丽桦", null, "秘书长", "南京市会展办", "中国",
                org.conferencedesk.guests.GuestCategory.OTHER, null, org.conferencedesk.guests.Attendance.ON_SITE,
                org.conferencedesk.guests.InvitationStatus.CONFIRMED, null, null, null, null, null));
        assertThat(service.content(people).nominee(nominee.id()).orElseThrow().name()).isEqualTo("孙丽桦");
        assertThat(service.nominationsOfGuest(eventId, guest.id())).extracting(n -> n.category().nameZh(), n -> n.nominee().name())
                .containsExactly(tuple("优秀组织奖（个人）", "孙丽桦"));
        assertThatThrownBy(() -> service.saveNominee(Nominee.guest(people, guest.id())))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.key()).isEqualTo("nominee.duplicate"));
        assertThatThrownBy(() -> service.saveNominee(Nominee.guest(people, 999_999)))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.key()).isEqualTo("nominee.guestNotFound"));
    }

    @Test
    void aGuestRenamedAfterTheSignOffShowsAsAChangeSinceTheFrozenResult() {
        long people = category(Wimc2020Awards.INDIVIDUALS);
        Guest guest = guests.save(new Guest(null, eventId, "孙丽华", null, null, "南京市会展办", null,
                org.conferencedesk.guests.GuestCategory.OTHER, null, org.conferencedesk.guests.Attendance.ON_SITE,
                org.conferencedesk.guests.InvitationStatus.CONFIRMED, null, null, null, null, null));
        Nominee nominee = service.saveNominee(Nominee.guest(people, guest.id()));
        service.recordWinner(people, prize(Wimc2020Awards.INDIVIDUALS, 1), nominee.id());
        SignOff signOff = service.signOff(people, wimc.member(Wimc2020Awards.INDIVIDUALS, "李梅"));

        guests.save(new Guest(guest.id(), eventId, "孙丽桦", null, null, "南京市会展办", null,
                org.conferencedesk.guests.GuestCategory.OTHER, null, org.conferencedesk.guests.Attendance.ON_SITE,
                org.conferencedesk.guests.InvitationStatus.CONFIRMED, null, null, null, null, null));

        String id = guest.id().toString();
        assertThat(service.changesSinceSignOff(people)).containsExactly(
                new FieldChange("nominee/孙丽华/affiliation", "南京市会展办", null),
                new FieldChange("nominee/孙丽华/guestId", id, null),
                new FieldChange("nominee/孙丽华/kind", "PERSON", null),
                new FieldChange("winner/孙丽华", "1", null),
                new FieldChange("nominee/孙丽桦/affiliation", null, "南京市会展办"),
                new FieldChange("nominee/孙丽桦/guestId", null, id),
                new FieldChange("nominee/孙丽桦/kind", null, "PERSON"),
                new FieldChange("winner/孙丽桦", null, "1"));
        assertThat(service.resultContent(people).sha256()).isNotEqualTo(signOff.resultHash());
        assertThat(service.category(people).orElseThrow().isFrozen()).isTrue();
    }

    @Test
    void signOffFreezesTheCategoryAndEveryChangeIsRefusedUntilReopened() {
        long forum = category(Wimc2020Awards.MOST_CONCERNED);
        long wang = wimc.member(Wimc2020Awards.MOST_CONCERNED, "王建国");
        long winner = wimc.nominees.get(Wimc2020Awards.MOST_CONCERNED + ":工业互联网创新发展论坛");
        long other = wimc.nominees.get(Wimc2020Awards.MOST_CONCERNED + ":智能制造标准化论坛");
        service.recordWinner(forum, prize(Wimc2020Awards.MOST_CONCERNED, 1), winner);
        AwardCategoryContent before = service.content(forum);

        SignOff signOff = service.signOff(forum, wang);

        assertThat(signOff.memberName()).isEqualTo("王建国");
        assertThat(signOff.signedAt()).isEqualTo(CEREMONY);
        assertThat(signOff.resultHash()).isEqualTo(ResultContent.of(before).sha256()).hasSize(64);
        assertThat(service.content(forum).state()).isEqualTo(AwardCategoryContent.SignOffState.SIGNED_OFF);
        assertThat(service.totals(eventId)).isEqualTo(new AwardTotals(6, 22, 1, 1, 5));
        AuditEntry signed = trail().get(0);
        assertThat(signed.action()).isEqualTo(AuditAction.SIGNED_OFF);
        assertThat(signed.changes()).containsExactly(new FieldChange("signedOffBy", null, "王建国"),
                new FieldChange("signedOffAt", null, "2020-11-28T02:00:00Z"), new FieldChange("resultHash", null, signOff.resultHash()));

        long prize = prize(Wimc2020Awards.MOST_CONCERNED, 1);
        List<Runnable> writes = List.of(
                () -> service.recordWinner(forum, prize, other),
                () -> service.removeWinner(forum, service.content(forum).winners().get(0).id()),
                () -> service.replaceWinners(forum, List.of()),
                () -> service.saveNominee(Nominee.entry(forum, "新论坛", null)),
                () -> service.removeNominee(forum, other),
                () -> service.saveMember(CommitteeMember.of(forum, "新评委")),
                () -> service.removeMember(forum, wang),
                () -> service.recuse(forum, wang, other, "利益冲突"),
                () -> service.saveCriterion(Criterion.of(forum, "总分", "Overall", BigDecimal.ONE, 0)),
                () -> service.savePrize(Prize.of(forum, 2, "提名奖", "Nomination", 3)),
                () -> service.deletePrize(forum, prize),
                () -> service.updateCategory(service.category(forum).orElseThrow().withNames("最受关注论坛", "Most Watched Forum")),
                () -> service.deleteCategory(forum),
                () -> service.signOff(forum, wang));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOfSatisfying(AwardException.class, e -> {
                assertThat(e.key()).isEqualTo("category.frozen");
                assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“最受关注论坛奖”已由王建国签字确认（结果 "
                        + signOff.resultHash().substring(0, 12) + "…），任何修改都会被拒绝。请先说明理由重新开启。");
            });
        }
        assertThat(service.content(forum).nominees()).isEqualTo(before.nominees());
        assertThat(service.content(forum).winners()).isEqualTo(before.winners());
        assertThat(service.resultContent(forum).sha256()).isEqualTo(signOff.resultHash());

        // The ceremony can still be reordered: the running order is not part of the result.
        List<Long> order = new ArrayList<>(service.categories(eventId).stream().map(AwardCategory::id).toList());
        java.util.Collections.reverse(order);
        service.reorder(eventId, order);
        assertThat(service.category(forum).orElseThrow().runningOrder()).isEqualTo(6);
        assertThat(service.resultContent(forum).sha256()).isEqualTo(signOff.resultHash());
    }

    @Test
    void reopeningNeedsAReasonAndAfterItTheChangesSinceTheFrozenResultAreShownFieldByField() {
        long contest = category(Wimc2020Awards.CONTEST);
        long wang = wimc.member(Wimc2020Awards.CONTEST, "王建国");
        long li = wimc.member(Wimc2020Awards.CONTEST, "李梅");
        long twin = wimc.nominees.get("智能产线数字孪生系统");
        long cobot = wimc.nominees.get("协作机器人柔性装配单元");
        service.saveScores(contest, wang, twin, contestScores("90", "85", "80"));
        service.recordWinner(contest, prize(Wimc2020Awards.CONTEST, 1), twin);
        service.recordWinner(contest, prize(Wimc2020Awards.CONTEST, 2), cobot);
        SignOff signOff = service.signOff(contest, li);
        assertThat(service.changesSinceSignOff(contest)).isEmpty();

        assertThatThrownBy(() -> service.reopen(contest, "李梅", " "))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                        .isEqualTo("The Reason for reopening is empty; please fill it in."));
        assertThat(service.category(contest).orElseThrow().isFrozen()).isTrue();

        SignOff.Reopening reopening = service.reopen(contest, "李梅", "评委王建国的技术水平分数录入有误（应为 88）");

        assertThat(reopening.reopenedAt()).isEqualTo(CEREMONY);
        assertThat(service.content(contest).state()).isEqualTo(AwardCategoryContent.SignOffState.REOPENED);
        assertThat(service.content(contest).signOffs()).singleElement()
                .satisfies(s -> assertThat(s.reopening().reason()).isEqualTo("评委王建国的技术水平分数录入有误（应为 88）"));
        assertThat(trail().get(0).action()).isEqualTo(AuditAction.REOPENED);
        assertThat(trail().get(0).changes()).contains(new FieldChange("resultHash", null, signOff.resultHash()));

        Map<Long, BigDecimal> fix = new LinkedHashMap<>();
        fix.put(wimc.criteria.get("技术水平"), new BigDecimal("88"));
        service.saveScores(contest, wang, twin, fix);
        Winner second = service.content(contest).winners().stream().filter(w -> w.nomineeId() == cobot).findFirst().orElseThrow();
        service.removeWinner(contest, second.id());
        service.recordWinner(contest, prize(Wimc2020Awards.CONTEST, 3), cobot);
        service.saveNominee(Nominee.entry(contest, "智能仓储机器人", "南京某科技公司"));

        assertThat(service.changesSinceSignOff(contest)).containsExactly(
                new FieldChange("score/王建国/智能产线数字孪生系统/技术水平", "85.00", "88.00"),
                new FieldChange("winner/协作机器人柔性装配单元", "2", "3"),
                new FieldChange("nominee/智能仓储机器人/affiliation", null, "南京某科技公司"),
                new FieldChange("nominee/智能仓储机器人/kind", null, "ENTRY"));

        SignOff again = service.signOff(contest, wang);
        assertThat(again.resultHash()).isNotEqualTo(signOff.resultHash());
        assertThat(service.content(contest).signOffs()).hasSize(2);
        assertThat(service.changesSinceSignOff(contest)).isEmpty();
        assertThatThrownBy(() -> service.reopen(category(Wimc2020Awards.INDIVIDUALS), "李梅", "无"))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.key()).isEqualTo("reopen.notSignedOff"));
    }

    @Test
    void signingOffUnchangedContentAgainGivesTheSameHash() {
        long forum = category(Wimc2020Awards.BEST_ORGANIZED);
        long wang = wimc.member(Wimc2020Awards.BEST_ORGANIZED, "王建国");
        SignOff first = service.signOff(forum, wang);
        service.reopen(forum, "王建国", "核对");

        assertThat(service.signOff(forum, wimc.member(Wimc2020Awards.BEST_ORGANIZED, "陈志强")).resultHash()).isEqualTo(first.resultHash());
    }

    @Test
    void theProposalUnderTheSeededDrawCanBeRecordedAsTheWinners() {
        long contest = category(Wimc2020Awards.CONTEST);
        long wang = wimc.member(Wimc2020Awards.CONTEST, "王建国");
        String[][] scores = {
                {"智能产线数字孪生系统", "90"}, {"协作机器人柔性装配单元", "90"}, {"工业视觉缺陷检测平台", "85"},
                {"设备预测性维护云平台", "80"}, {"离散制造排产优化引擎", "75"}, {"AGV 集群调度系统", "70"}, {"能耗智能管控平台", "65"}};
        for (String[] s : scores) {
            service.saveScores(contest, wang, wimc.nominees.get(s[0]), contestScores(s[1], s[1], s[1]));
        }

        WinnerProposal proposal = service.propose(contest, RankingBasis.RAW);
        List<Winner> winners = service.replaceWinners(contest, proposal.placements());

        // Seed 20201128: the first-nominated of the two tied entries draws 495732825344452544, the other
        // 17870985184378584193, so the second one (协作机器人柔性装配单元) takes the first prize.
        AwardCategoryContent content = service.content(contest);
        assertThat(content.winnersOf(prize(Wimc2020Awards.CONTEST, 1))).extracting(w -> content.nominee(w.nomineeId()).orElseThrow().name())
                .containsExactly("协作机器人柔性装配单元");
        assertThat(content.winnersOf(prize(Wimc2020Awards.CONTEST, 2))).extracting(w -> content.nominee(w.nomineeId()).orElseThrow().name())
                .containsExactly("智能产线数字孪生系统", "工业视觉缺陷检测平台");
        assertThat(winners).hasSize(6);
        assertThat(service.totals(eventId).winnersRecorded()).isEqualTo(6);
    }

    @Test
    void numbersAreKeptAtTheirColumnsScaleSoTheSameValueWrittenAnotherWayIsNoChange() {
        long forum = category(Wimc2020Awards.MOST_CONCERNED);
        int entries = trail().size();

        AwardCategory same = service.updateCategory(service.category(forum).orElseThrow()
                .withScoreRange(new BigDecimal("0"), new BigDecimal("100.0")));
        Criterion weight = service.saveCriterion(Criterion.of(forum, "关注度", "Attention", new BigDecimal("0.4"), 0));
        Score score = service.saveScores(forum, wimc.member(Wimc2020Awards.MOST_CONCERNED, "王建国"),
                wimc.nominees.get(Wimc2020Awards.MOST_CONCERNED + ":智能制造标准化论坛"), Map.of(weight.id(), new BigDecimal("93"))).get(0);

        assertThat(same.scoreMin()).hasToString("0.00");
        assertThat(same.scoreMax()).hasToString("100.00");
        assertThat(weight.weight()).hasToString("0.400");
        assertThat(score.score()).hasToString("93.00");
        // No line for the unchanged category; the criterion and the score as stored.
        assertThat(trail()).hasSize(entries + 2);
        assertThat(trail().get(0).changes()).containsExactly(new FieldChange("关注度", null, "93.00"));
        assertThat(trail().get(1).changes()).contains(new FieldChange("weight", null, "0.400"));
    }

    @Test
    void everyWriteIsAuditedAndHeardByTheListeners() {
        long forum = category(Wimc2020Awards.MOST_CONCERNED);
        long nominee = wimc.nominees.get(Wimc2020Awards.MOST_CONCERNED + ":智能制造标准化论坛");

        Winner w = service.recordWinner(forum, prize(Wimc2020Awards.MOST_CONCERNED, 1), nominee);

        AuditEntry entry = trail().get(0);
        assertThat(entry.recordType()).isEqualTo(AwardAudit.WINNER);
        assertThat(entry.action()).isEqualTo(AuditAction.CREATED);
        assertThat(entry.recordId()).isEqualTo(w.id());
        assertThat(entry.actor()).isEqualTo("秘书处");
        assertThat(entry.summary()).isEqualTo("最受关注论坛奖 / Most Concerned Forum Award › 智能制造标准化论坛");
        assertThat(entry.changes()).containsExactly(new FieldChange("prize", null, "最受关注论坛奖 / Most Concerned Forum Award"),
                new FieldChange("rank", null, "1"), new FieldChange("place", null, "1"), new FieldChange("nominee", null, "智能制造标准化论坛"));
        assertThat(changes).containsExactly(new org.conferencedesk.shared.record.RecordChange.Saved<>(eventId, List.of(service.category(forum).orElseThrow())));
    }

    @Test
    void whenTheAuditEntryCannotBeWrittenTheChangeRollsBack() {
        long forum = category(Wimc2020Awards.MOST_CONCERNED);
        long wang = wimc.member(Wimc2020Awards.MOST_CONCERNED, "王建国");
        long nominee = wimc.nominees.get(Wimc2020Awards.MOST_CONCERNED + ":智能制造标准化论坛");
        database.dsl().execute("ALTER TABLE audit_entry RENAME TO audit_entry_gone");

        assertThatThrownBy(() -> service.recordWinner(forum, prize(Wimc2020Awards.MOST_CONCERNED, 1), nominee))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> service.signOff(forum, wang)).isInstanceOf(RuntimeException.class);

        assertThat(service.content(forum).winners()).isEmpty();
        assertThat(service.content(forum).signOffs()).isEmpty();
        assertThat(service.category(forum).orElseThrow().isFrozen()).isFalse();
        assertThat(changes).isEmpty();
    }

    @Test
    void aChangeRacingTheSignOffIsEitherInTheFrozenResultOrRefused() throws Exception {
        for (int round = 0; round < 10; round++) {
            AwardCategory c = service.createCategory(AwardCategory.of(eventId, "竞速奖" + round, "Race award " + round,
                    AwardKind.FORUM_AWARD, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 1, "竞速奖", "Race award", 5)));
            long prizeId = service.content(c.id()).prizes().get(0).id();
            long nominee = service.saveNominee(Nominee.entry(c.id(), "论坛" + round, null)).id();
            long member = service.saveMember(CommitteeMember.of(c.id(), "王建国")).id();
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<SignOff> signing = two.submit(() -> {
                    start.await();
                    return service.signOff(c.id(), member);
                });
                java.util.concurrent.Future<String> winning = two.submit(() -> {
                    start.await();
                    try {
                        service.recordWinner(c.id(), prizeId, nominee);
                        return "recorded";
                    } catch (AwardException e) {
                        return e.key();
                    }
                });
                SignOff signOff = signing.get();
                String outcome = winning.get();

                assertThat(outcome).isIn("recorded", "category.frozen", "database." + AwardFreezeTrigger.FROZEN);
                assertThat(service.content(c.id()).winners()).hasSize(outcome.equals("recorded") ? 1 : 0);
                assertThat(service.resultContent(c.id()).sha256()).as("round %d, %s", round, outcome).isEqualTo(signOff.resultHash());
            } finally {
                two.shutdownNow();
            }
        }
    }
}
