package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an {@link AwardCategoryContent} in memory (no database) for the arithmetic tests: members,
 * nominees and criteria are named, and given ids in the order they are added.
 */
final class ContentBuilder {

    private static final long CATEGORY = 1;

    private AwardCategory category = new AwardCategory(CATEGORY, 1, "测试奖", "Test award", AwardKind.FORUM_AWARD, 1,
            TieRule.COMMITTEE_VOTE, null, AwardCategory.DEFAULT_MIN, AwardCategory.DEFAULT_MAX, null);
    private final List<Prize> prizes = new ArrayList<>();
    private final List<Criterion> criteria = new ArrayList<>();
    private final Map<String, CommitteeMember> members = new LinkedHashMap<>();
    private final Map<String, Nominee> nominees = new LinkedHashMap<>();
    private final List<Recusal> recusals = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();
    private final List<Winner> winners = new ArrayList<>();
    private long nextId = 100;

    ContentBuilder tieRule(TieRule rule, Long seed) {
        category = category.withTieRule(rule, seed);
        return this;
    }

    ContentBuilder prize(int rank, int places) {
        prizes.add(new Prize(nextId++, CATEGORY, rank, rank + "等奖", "Prize " + rank, places));
        return this;
    }

    ContentBuilder criterion(String name, String weight) {
        criteria.add(new Criterion(nextId++, CATEGORY, name, name + " (en)", new BigDecimal(weight), criteria.size() + 1));
        return this;
    }

    ContentBuilder members(String... names) {
        for (String name : names) {
            members.put(name, new CommitteeMember(nextId++, CATEGORY, name));
        }
        return this;
    }

    ContentBuilder nominees(String... names) {
        for (String name : names) {
            nominees.put(name, new Nominee(nextId++, CATEGORY, NomineeKind.ENTRY, name, null, null, null, null));
        }
        return this;
    }

    /** The member's scores of the nominee, one per criterion in order. */
    ContentBuilder score(String member, String nominee, String... values) {
        for (int i = 0; i < values.length; i++) {
            scores.add(new Score(nextId++, CATEGORY, member(member), nominee(nominee), criteria.get(i).id(), new BigDecimal(values[i]), null));
        }
        return this;
    }

    ContentBuilder recuse(String member, String nominee) {
        recusals.add(new Recusal(nextId++, CATEGORY, member(member), nominee(nominee), "利益冲突", null));
        return this;
    }

    ContentBuilder winner(int rank, String nominee, int place) {
        Prize prize = prizes.stream().filter(p -> p.rank() == rank).findFirst().orElseThrow();
        winners.add(new Winner(nextId++, CATEGORY, prize.id(), place, nominee(nominee), null));
        return this;
    }

    long member(String name) {
        return members.get(name).id();
    }

    long nominee(String name) {
        return nominees.get(name).id();
    }

    long prizeId(int rank) {
        return prizes.stream().filter(p -> p.rank() == rank).findFirst().orElseThrow().id();
    }

    String nomineeName(long id) {
        return nominees.values().stream().filter(n -> n.id() == id).findFirst().orElseThrow().name();
    }

    AwardCategoryContent build() {
        return new AwardCategoryContent(category, prizes, criteria, new ArrayList<>(members.values()),
                new ArrayList<>(nominees.values()), recusals, scores, winners, List.of());
    }
}
