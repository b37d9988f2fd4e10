package org.conferencedesk.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.conferencedesk.storage.FieldChange;
import org.junit.jupiter.api.Test;

/** The canonical text and SHA-256 a sign-off freezes, and the field-by-field comparison. */
class ResultContentTest {

    private static final long C = 1;

    private static AwardCategoryContent sample(UnaryOperator<List<Object>> change) {
        AwardCategory category = new AwardCategory(C, 1, "最受关注论坛奖", "Most Concerned Forum Award", AwardKind.FORUM_AWARD, 3,
                TieRule.SEEDED_DRAW, 20201128L, new BigDecimal("0.00"), new BigDecimal("100.00"), null);
        List<Object> parts = new ArrayList<>(List.of(
                category,
                new Prize(10L, C, 1, "最受关注论坛奖", "Most Concerned Forum Award", 1),
                new Criterion(20L, C, "关注度", "Attention", new BigDecimal("1.000"), 1),
                new CommitteeMember(30L, C, "王建国"),
                new CommitteeMember(31L, C, "李梅"),
                new Nominee(40L, C, NomineeKind.ENTRY, "AI/机器人\"前沿\"论坛", "大会组委会\n秘书处", null, null, null),
                new Nominee(41L, C, NomineeKind.ENTRY, "吉田𠮷子论坛", null, null, null, null),
                new Recusal(50L, C, 31L, 40L, "利益冲突", null),
                new Score(60L, C, 30L, 40L, 20L, new BigDecimal("88.50"), null),
                new Winner(70L, C, 10L, 1, 40L, null)));
        parts = change.apply(parts);
        return new AwardCategoryContent((AwardCategory) parts.get(0), only(parts, Prize.class), only(parts, Criterion.class),
                only(parts, CommitteeMember.class), only(parts, Nominee.class), only(parts, Recusal.class), only(parts, Score.class),
                only(parts, Winner.class), List.of());
    }

    private static <T> List<T> only(List<Object> parts, Class<T> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static final String CANONICAL = "{"
            + "\"category/drawSeed\":\"20201128\","
            + "\"category/kind\":\"FORUM_AWARD\","
            + "\"category/nameEn\":\"Most Concerned Forum Award\","
            + "\"category/nameZh\":\"最受关注论坛奖\","
            + "\"category/scoreMax\":\"100.00\","
            + "\"category/scoreMin\":\"0.00\","
            + "\"category/tieRule\":\"SEEDED_DRAW\","
            + "\"criterion/关注度/nameEn\":\"Attention\","
            + "\"criterion/关注度/order\":\"1\","
            + "\"criterion/关注度/weight\":\"1.000\","
            + "\"format\":\"1\","
            + "\"member/李梅\":\"李梅\","
            + "\"member/王建国\":\"王建国\","
            + "\"nominee/AI\\\\/机器人\\\"前沿\\\"论坛/affiliation\":\"大会组委会\\n秘书处\","
            + "\"nominee/AI\\\\/机器人\\\"前沿\\\"论坛/kind\":\"ENTRY\","
            + "\"nominee/吉田𠮷子论坛/kind\":\"ENTRY\","
            + "\"prize/1/nameEn\":\"Most Concerned Forum Award\","
            + "\"prize/1/nameZh\":\"最受关注论坛奖\","
            + "\"prize/1/places\":\"1\","
            + "\"recusal/李梅/AI\\\\/机器人\\\"前沿\\\"论坛\":\"利益冲突\","
            + "\"score/王建国/AI\\\\/机器人\\\"前沿\\\"论坛/关注度\":\"88.50\","
            + "\"winner/AI\\\\/机器人\\\"前沿\\\"论坛\":\"1\""
            + "}";

    @Test
    void theCanonicalTextIsSortedEscapedOnlyWhereJsonMustAndNamesRecordsByWhatTheCommitteeSees() {
        assertThat(ResultContent.of(sample(p -> p)).canonicalJson()).isEqualTo(CANONICAL);
    }

    @Test
    void theHashIsTheSha256OfTheUtf8TextAndTheSameOnEveryRun() {
        // Worked out independently: printf '%s' "$CANONICAL" | sha256sum
        assertThat(ResultContent.of(sample(p -> p)).sha256())
                .isEqualTo("710add1a5a11418dc7a1368fd114c151cbce2ca7633e65f9618e2ded41c10d3e");
        assertThat(ResultContent.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theOrderRecordsAreReadInAndTheirIdsDoNotMatterButTheRunningOrderIsNotPartOfTheResult() {
        String hash = ResultContent.of(sample(p -> p)).sha256();

        assertThat(ResultContent.of(sample(p -> {
            List<Object> reversed = new ArrayList<>(p.subList(1, p.size()));
            java.util.Collections.reverse(reversed);
            reversed.add(0, ((AwardCategory) p.get(0)).withRunningOrder(1));
            return reversed;
        })).sha256()).isEqualTo(hash);
    }

    @Test
    void anyChangeToTheResultChangesTheHash() {
        List<UnaryOperator<List<Object>>> changes = List.of(
                p -> replace(p, 0, ((AwardCategory) p.get(0)).withNames("最受关注论坛", "Most Concerned Forum Award")),
                p -> replace(p, 0, ((AwardCategory) p.get(0)).withTieRule(TieRule.SEEDED_DRAW, 20201129L)),
                p -> replace(p, 0, ((AwardCategory) p.get(0)).withScoreRange(new BigDecimal("0.00"), new BigDecimal("10.00"))),
                p -> replace(p, 1, new Prize(10L, C, 1, "最受关注论坛奖", "Most Concerned Forum Award", 2)),
                p -> replace(p, 2, new Criterion(20L, C, "关注度", "Attention", new BigDecimal("2.000"), 1)),
                p -> replace(p, 4, new CommitteeMember(31L, C, "李 梅")),
                p -> replace(p, 5, new Nominee(40L, C, NomineeKind.ENTRY, "AI/机器人\"前沿\"论坛", "大会组委会", null, null, null)),
                p -> replace(p, 6, new Nominee(41L, C, NomineeKind.ENTRY, "吉田吉子论坛", null, null, null, null)),
                p -> replace(p, 7, new Recusal(50L, C, 31L, 40L, "利益冲突。", null)),
                p -> replace(p, 8, new Score(60L, C, 30L, 40L, 20L, new BigDecimal("88.51"), null)),
                p -> replace(p, 9, new Winner(70L, C, 10L, 1, 41L, null)),
                p -> remove(p, 9),
                p -> remove(p, 7));
        Set<String> hashes = new HashSet<>();
        hashes.add(ResultContent.of(sample(p -> p)).sha256());
        for (UnaryOperator<List<Object>> change : changes) {
            hashes.add(ResultContent.of(sample(change)).sha256());
        }
        assertThat(hashes).hasSize(changes.size() + 1);
    }

    @Test
    void theChangesSinceAFrozenResultAreListedFieldByFieldAndTheFrozenTextReadsBack() {
        ResultContent frozen = ResultContent.parse(ResultContent.of(sample(p -> p)).canonicalJson());
        ResultContent now = ResultContent.of(sample(p -> remove(replace(p, 8, new Score(60L, C, 30L, 40L, 20L, new BigDecimal("90"), null)), 7)));

        assertThat(frozen).isEqualTo(ResultContent.of(sample(p -> p)));
        assertThat(now.changesSince(frozen)).containsExactly(
                new FieldChange("recusal/李梅/AI\\/机器人\"前沿\"论坛", "利益冲突", null),
                new FieldChange("score/王建国/AI\\/机器人\"前沿\"论坛/关注度", "88.50", "90.00"));
        assertThat(ResultContent.segments("score/王建国/AI\\/机器人\"前沿\"论坛/关注度"))
                .containsExactly("score", "王建国", "AI/机器人\"前沿\"论坛", "关注度");
    }

    private static List<Object> replace(List<Object> parts, int index, Object part) {
        List<Object> copy = new ArrayList<>(parts);
        copy.set(index, part);
        return copy;
    }

    private static List<Object> remove(List<Object> parts, int index) {
        List<Object> copy = new ArrayList<>(parts);
        copy.remove(index);
        return copy;
    }
}
