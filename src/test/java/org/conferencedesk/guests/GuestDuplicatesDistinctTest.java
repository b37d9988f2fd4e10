package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.conferencedesk.guests.GuestDuplicates.Group;
import org.conferencedesk.guests.GuestDuplicates.Reason;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.junit.jupiter.api.Test;

/** Pairs the committee marked "not the same person" are never linked; the groups are built after they are dropped. */
class GuestDuplicatesDistinctTest {

    private static Guest guest(long id, String name, String email, String phone) {
        return new Guest(id, 7, name, null, null, null, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, email, phone, null, null);
    }

    private static Guest guest(long id, String name) {
        return guest(id, name, null, null);
    }

    private static List<List<Long>> ids(List<Group> groups) {
        return groups.stream().map(g -> g.guests().stream().map(Guest::id).toList()).toList();
    }

    private final Guest zhangWei1 = guest(11, "张伟");
    private final Guest wang = guest(12, "王芳");
    private final Guest zhangWei2 = guest(13, "张 伟");
    private final Guest zhangWei3 = guest(14, "ＺＨＡＮＧ伟".replace("ＺＨＡＮＧ", "张"));

    @Test
    void twoNamesakesMarkedDistinctFormNoGroup() {
        List<Guest> list = List.of(zhangWei1, wang, zhangWei2);

        assertThat(ids(GuestDuplicates.find(list))).containsExactly(List.of(11L, 13L));
        assertThat(GuestDuplicates.find(list, Set.of(GuestPair.of(13, 11)))).isEmpty();
        assertThat(GuestDuplicates.setAside(list, Set.of(GuestPair.of(11, 13)), List.of())).isEqualTo(1);
    }

    @Test
    void aThirdNamesakeBringsTheGroupBackWithAllThreeAndNamesThePairSetAside() {
        List<Guest> list = List.of(zhangWei1, wang, zhangWei2, zhangWei3);

        List<Group> groups = GuestDuplicates.find(list, Set.of(GuestPair.of(11, 13)));

        assertThat(ids(groups)).containsExactly(List.of(11L, 13L, 14L));
        Group group = groups.get(0);
        assertThat(group.setAside()).containsExactly(new GuestPair(11, 13));
        assertThat(group.setAside(13, 11)).isTrue();
        assertThat(group.setAside(11, 14)).isFalse();
        assertThat(group.reasonsByGuest()).allMatch(r -> r.equals(Set.of(Reason.SAME_NAME)));
        assertThat(group.nameOnly()).isTrue();
        assertThat(GuestDuplicates.setAside(list, Set.of(GuestPair.of(11, 13)), groups)).as("shown in the group, not out of sight")
                .isZero();
    }

    @Test
    void whenEveryPairOfTheThreeIsMarkedTheGroupIsGoneAgain() {
        List<Guest> list = List.of(zhangWei1, wang, zhangWei2, zhangWei3);
        Set<GuestPair> all = new HashSet<>(GuestPair.allAmong(List.of(11L, 13L, 14L)));

        assertThat(GuestDuplicates.find(list, all)).isEmpty();
        assertThat(GuestDuplicates.setAside(list, all, List.of())).isEqualTo(3);
    }

    @Test
    void aPairMarkedDistinctIsNotLinkedEvenBySharingAnEmailAndTheOtherReasonsStay() {
        // 李娜 (#1) and 李 娜 (#2) share an e-mail and a name and were said to be different people
        // (a shared office address); 李娜 (#3) shares only the phone of #2.
        Guest a = guest(1, "李娜", "office@nj-institute.example", null);
        Guest b = guest(2, "李 娜", "Office@NJ-Institute.example", "13800138000");
        Guest c = guest(3, "Li Na", null, "+86 138 0013 8000");

        List<Group> groups = GuestDuplicates.find(List.of(a, b, c), Set.of(GuestPair.of(1, 2)));

        assertThat(ids(groups)).containsExactly(List.of(2L, 3L));
        assertThat(groups.get(0).reasons()).containsExactly(Reason.SAME_PHONE);
        assertThat(groups.get(0).setAside()).isEmpty();
    }

    @Test
    void pairsOfGuestsNotOnTheListAndGuestsWithoutIdsAreIgnored() {
        Guest incoming = Guest.named(7, "张伟");
        List<Guest> list = List.of(zhangWei1, zhangWei2, incoming);

        List<Group> groups = GuestDuplicates.find(list, Set.of(GuestPair.of(11, 13), GuestPair.of(11, 99)));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).guests()).containsExactly(zhangWei1, zhangWei2, incoming);
        assertThat(GuestDuplicates.setAside(list, Set.of(GuestPair.of(11, 99)), groups)).isZero();
    }

    @Test
    void aPairNoLongerAlikeIsNotCountedAsSetAside() {
        // 张伟 #13 was corrected to 张纬 after the committee said the two are different people.
        List<Guest> list = List.of(zhangWei1, guest(13, "张纬"));

        assertThat(GuestDuplicates.find(list, Set.of(GuestPair.of(11, 13)))).isEmpty();
        assertThat(GuestDuplicates.setAside(list, Set.of(GuestPair.of(11, 13)), List.of())).isZero();
    }

    @Test
    void aPairIsTwoDifferentGuestsLowerIdFirst() {
        assertThat(GuestPair.of(15, 12)).isEqualTo(new GuestPair(12, 15));
        assertThat(GuestPair.of(15, 12)).hasToString("12 ≠ 15");
        assertThat(GuestPair.allAmong(List.of(18L, 12L, 15L, 12L)))
                .containsExactly(new GuestPair(12, 15), new GuestPair(12, 18), new GuestPair(15, 18));
        assertThatThrownBy(() -> GuestPair.of(12, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The groups are the connected groups of the graph "share a name, e-mail or phone, and not a
     * marked pair", computed the slow way (every pair of guests), for any list and any marked pairs.
     */
    @Test
    void theGroupsAreTheConnectedGroupsOfEveryUnmarkedLink() {
        Property.check(300, Gens.lists(Gens.integers(0, 4), 1, 14), Gens.lists(Gens.integers(0, 3), 0, 14),
                Gens.lists(Gens.integers(0, 13), 0, 30), GuestDuplicatesDistinctTest::groupsAreConnectedGroupsOfUnmarkedLinks);
    }

    /**
     * @param nameChoices one guest per element, with one of five names (two of them the same folded)
     * @param emailChoices the guests' e-mails in order (0: none; 1-3: one of three shared addresses)
     * @param pairEnds pairs of guest positions (modulo the list's size) marked as different people
     */
    private static void groupsAreConnectedGroupsOfUnmarkedLinks(List<Integer> nameChoices, List<Integer> emailChoices,
                                                                List<Integer> pairEnds) {
        List<String> names = List.of("张伟", "张 伟", "王芳", "李娜", "Li Na");
        List<Guest> list = new ArrayList<>();
        for (int i = 0; i < nameChoices.size(); i++) {
            int e = i < emailChoices.size() ? emailChoices.get(i) : 0;
            list.add(guest(100 + i, names.get(nameChoices.get(i)), e == 0 ? null : "desk" + e + "@wimc.example", null));
        }
        Set<GuestPair> distinct = new HashSet<>();
        for (int k = 0; k + 1 < pairEnds.size(); k += 2) {
            int a = pairEnds.get(k) % list.size();
            int b = pairEnds.get(k + 1) % list.size();
            if (a != b) {
                distinct.add(GuestPair.of(100 + a, 100 + b));
            }
        }

        assertThat(ids(GuestDuplicates.find(list, distinct))).isEqualTo(slowGroups(list, distinct));
    }

    private static List<List<Long>> slowGroups(List<Guest> list, Set<GuestPair> distinct) {
        int n = list.size();
        boolean[][] linked = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Guest a = list.get(i);
                Guest b = list.get(j);
                boolean alike = PersonNames.comparisonKey(a.fullName()).equals(PersonNames.comparisonKey(b.fullName()))
                        || (!PersonNames.emailKey(a.email()).isEmpty() && PersonNames.emailKey(a.email()).equals(PersonNames.emailKey(b.email())));
                linked[i][j] = linked[j][i] = alike && !distinct.contains(GuestPair.of(a.id(), b.id()));
            }
        }
        int[] component = new int[n];
        java.util.Arrays.fill(component, -1);
        List<List<Long>> groups = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            if (component[start] >= 0) {
                continue;
            }
            TreeSet<Integer> members = new TreeSet<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(start));
            component[start] = start;
            while (!todo.isEmpty()) {
                int i = todo.pop();
                members.add(i);
                for (int j = 0; j < n; j++) {
                    if (linked[i][j] && component[j] < 0) {
                        component[j] = start;
                        todo.push(j);
                    }
                }
            }
            if (members.size() > 1) {
                groups.add(members.stream().map(i -> list.get(i).id()).toList());
            }
        }
        return groups;
    }
}
