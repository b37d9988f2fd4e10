package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.conferencedesk.guests.GuestDuplicates.Group;
import org.conferencedesk.guests.GuestDuplicates.Match;
import org.conferencedesk.guests.GuestDuplicates.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuestDuplicatesTest {

    private static long nextId = 1;

    private static Guest guest(String name) {
        return Guest.named(7, name).withId(nextId++);
    }

    private static Guest guest(String name, String email, String phone) {
        Guest g = guest(name);
        return new Guest(g.id(), 7, name, null, null, null, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, email, phone, null, null);
    }

    private static List<List<String>> names(List<Group> groups) {
        return groups.stream().map(g -> g.guests().stream().map(Guest::fullName).toList()).toList();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "张三|张 三",
        "张三|张\u3000三",
        "Zhang San|zhangsan",
        "Zhang San|ＺＨＡＮＧ　ＳＡＮ",
        "Li Na|LI  NA",
        "李娜2|李娜２",
        "约翰·史密斯|约翰・史密斯",
        "约翰·史密斯|约翰•史密斯",
        "约翰·史密斯|约翰‧史密斯",
        "约翰·史密斯|约翰･史密斯",
        "约翰·史密斯|约翰史密斯",
        "约翰·史密斯|约翰．史密斯",
        "约翰．史密斯|约翰.史密斯",
        "José Núñez|Jose\u0301 Nu\u0303n\u0303ez",
        "José Núñez|JOSÉ NÚÑEZ",
        "王五|王\u200B五",
        "王五|\uFEFF王五\u200D",
        "Anna Müller|anna mu\u0308ller"
    })
    void theSamePersonWrittenDifferentlyIsOneGroupBySameName(String one, String other) {
        List<Group> groups = GuestDuplicates.find(List.of(guest(one), guest(other)));

        assertThat(names(groups)).containsExactly(List.of(one, other));
        assertThat(groups.get(0).reasons()).containsExactly(Reason.SAME_NAME);
        assertThat(groups.get(0).nameOnly()).isTrue();
    }

    @ParameterizedTest(name = "{0} ≠ {1}")
    @CsvSource(delimiter = '|', value = {
        "张三|张山",
        "王芳|汪芳",
        "張三|张三",
        "李娜|李哪",
        "Zhang San|Zhang Shan",
        "约翰·史密斯|约翰·史密",
        "山田が|山田か"
    })
    void differentPeopleAreNotGrouped(String one, String other) {
        assertThat(GuestDuplicates.find(List.of(guest(one), guest(other)))).isEmpty();
    }

    @Test
    void theSameEmailWithDifferentCaseAndNamesIsOneGroup() {
        List<Group> groups = GuestDuplicates.find(List.of(
                guest("王芳", "Wang.Fang@Example.com", null),
                guest("Fang Wang", " wang.fang@example.com ", null)));

        assertThat(names(groups)).containsExactly(List.of("王芳", "Fang Wang"));
        assertThat(groups.get(0).reasons()).containsExactly(Reason.SAME_EMAIL);
        assertThat(groups.get(0).nameOnly()).isFalse();
    }

    @Test
    void theSamePhoneWrittenWithPrefixSpacesAndDashesIsOneGroup() {
        List<Group> groups = GuestDuplicates.find(List.of(
                guest("李四", null, "+86 138-0013-8000"),
                guest("李 四 先生", null, "13800138000"),
                guest("Li Si", null, "0086 138 0013 8000")));

        assertThat(names(groups)).containsExactly(List.of("李四", "李 四 先生", "Li Si"));
        assertThat(groups.get(0).reasons()).containsExactly(Reason.SAME_PHONE);
    }

    @ParameterizedTest(name = "{0} and {1}: same {2}")
    @CsvSource(delimiter = '|', value = {
        "025-8888-0000|+86 25 8888 0000|true",
        "13800138000|１３８ ００１３ ８０００|true",
        "13800138000|8613800138000|true",
        "+44 20 7946 0000|+44 20 7946 0001|false",
        "13800138000|13800138001|false"
    })
    void phonesWrittenDifferentlyAreTheSamePhoneAndOtherNumbersAreNot(String one, String other, String same) {
        List<Group> groups = GuestDuplicates.find(List.of(guest("甲", null, one), guest("乙", null, other)));

        if ("false".equals(same)) {
            assertThat(groups).isEmpty();
        } else {
            assertThat(groups).hasSize(1);
            assertThat(groups.get(0).reasons()).containsExactly(Reason.SAME_PHONE);
        }
    }

    @Test
    void anEmailWithAZeroWidthSpaceOrFullWidthLettersIsTheSameEmail() {
        List<Group> groups = GuestDuplicates.find(List.of(guest("甲", "wang@example.com", null),
                guest("乙", "wang\u200B@example.com", null), guest("丙", "ｗａｎｇ@example.com", null)));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).guests()).extracting(Guest::fullName).containsExactly("甲", "乙", "丙");
    }

    @Test
    void differentEmailsPhonesAndNamesAreNotGrouped() {
        assertThat(GuestDuplicates.find(List.of(
                guest("张三", "zhang.san@example.com", "13800138000"),
                guest("李四", "li.si@example.com", "13900139000"),
                guest("王五", "zhang.san@example.org", "13800138001")))).isEmpty();
    }

    @Test
    void emptyEmailsPhonesAndNamesLinkNobody() {
        assertThat(GuestDuplicates.find(List.of(
                guest("张三", "", ""), guest("李四", null, null), guest("\u200B", " ", "-"), guest("\u200B", null, "-")))).isEmpty();
    }

    @Test
    void linksChainIntoOneGroupWithEveryReasonAndEachGuestsOwnReasons() {
        Guest a = guest("张伟", "zhang.wei@nj-institute.example", null);
        Guest b = guest("陈静", "ZHANG.WEI@nj-institute.example", "025-8888-0000");
        Guest c = guest("张伟", null, null);
        Guest stranger = guest("刘洋", null, null);
        Guest d = guest("Chen Jing", null, "+86 025 8888 0000");

        List<Group> groups = GuestDuplicates.find(List.of(a, stranger, b, c, d));

        assertThat(groups).hasSize(1);
        Group group = groups.get(0);
        assertThat(group.guests()).containsExactly(a, b, c, d);
        assertThat(group.reasons()).containsExactlyInAnyOrder(Reason.SAME_NAME, Reason.SAME_EMAIL, Reason.SAME_PHONE);
        assertThat(group.nameOnly()).isFalse();
        assertThat(group.reasonsOf(0)).containsExactlyInAnyOrder(Reason.SAME_NAME, Reason.SAME_EMAIL);
        assertThat(group.reasonsOf(1)).containsExactlyInAnyOrder(Reason.SAME_EMAIL, Reason.SAME_PHONE);
        assertThat(group.reasonsOf(2)).containsExactly(Reason.SAME_NAME);
        assertThat(group.reasonsOf(3)).containsExactly(Reason.SAME_PHONE);
    }

    @Test
    void groupsComeInListOrderOfTheirFirstGuestAndEachGuestIsInOneGroup() {
        List<Group> groups = GuestDuplicates.find(List.of(
                guest("李娜"), guest("张三"), guest("Li Na"), guest("张 三"), guest("LINA"), guest("王五")));

        // 李娜 and "Li Na" are different scripts: not the same name key (review by e-mail or phone instead).
        assertThat(names(groups)).containsExactly(List.of("张三", "张 三"), List.of("Li Na", "LINA"));
    }

    @Test
    void matchIncomingFindsExistingGuestsByEachRuleStrongestFirst() {
        Guest zhangSan = guest("张三", "zhangsan@example.com", null);
        Guest otherZhangSan = guest("张三", "san.zhang@example.org", null);
        Guest liSi = guest("李四", null, "13800138000");
        List<Guest> existing = List.of(zhangSan, otherZhangSan, liSi);
        List<Guest> incoming = List.of(
                Guest.named(7, "赵六"),
                guest("张 三", "ZhangSan@Example.com", null),
                guest("Li Si", null, "+86 138 0013 8000"),
                Guest.named(7, "张三"),
                Guest.named(7, "張三"));

        List<Match> matches = GuestDuplicates.matchIncoming(existing, incoming);

        assertThat(matches).extracting(Match::incomingIndex).containsExactly(1, 2, 3);
        Match byEmail = matches.get(0);
        assertThat(byEmail.existing()).containsExactly(zhangSan, otherZhangSan);
        assertThat(byEmail.reasonsByExisting()).containsExactly(EnumSet.of(Reason.SAME_NAME, Reason.SAME_EMAIL),
                EnumSet.of(Reason.SAME_NAME));
        assertThat(byEmail.reasons()).containsExactlyInAnyOrder(Reason.SAME_NAME, Reason.SAME_EMAIL);
        assertThat(byEmail.nameOnly()).isFalse();
        assertThat(byEmail.best()).isEqualTo(zhangSan);
        Match byPhone = matches.get(1);
        assertThat(byPhone.existing()).containsExactly(liSi);
        assertThat(byPhone.reasons()).containsExactly(Reason.SAME_PHONE);
        Match byNameOnly = matches.get(2);
        assertThat(byNameOnly.existing()).containsExactly(zhangSan, otherZhangSan);
        assertThat(byNameOnly.nameOnly()).isTrue();
    }

    @Test
    void matchIncomingPutsAGuestSharingThePhoneBeforeAnEarlierOneSharingOnlyTheName() {
        Guest sameName = guest("王芳", null, null);
        Guest samePhone = guest("Wang Fang", null, "025-5280-0000");

        List<Match> matches = GuestDuplicates.matchIncoming(List.of(sameName, samePhone),
                List.of(guest("王芳", null, "02552800000")));

        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).existing()).containsExactly(samePhone, sameName);
        assertThat(matches.get(0).reasonsByExisting()).containsExactly(Set.of(Reason.SAME_PHONE), Set.of(Reason.SAME_NAME));
    }

    @Test
    void findAndMatchIncomingLeaveTheGuestsUntouched() {
        List<Guest> guests = List.of(guest("张三", "a@example.com", "13800138000"), guest("张 三", "A@example.com", "13800138000"));
        List<Guest> copy = List.copyOf(guests);

        GuestDuplicates.find(guests);
        GuestDuplicates.matchIncoming(guests, guests);

        assertThat(guests).isEqualTo(copy);
    }

    @Test
    void keysComputedOnceGiveTheSameGroupsAndMatchesAsTheKeysComputedInside() {
        Guest zhangSan = guest("张三", "zhangsan@example.com", null);
        Guest liSi = guest("李四", null, "13800138000");
        List<Guest> existing = List.of(zhangSan, liSi);
        List<Guest> incoming = List.of(guest("张 三", "ZhangSan@Example.com", null), guest("Li Si", null, "+86 138 0013 8000"),
                guest("ＺＨＡＮＧ　ＳＡＮ", "zhangsan@example.com", null), Guest.named(7, "赵六"));
        List<GuestDuplicates.Keys> keys = GuestDuplicates.keysOf(incoming);

        assertThat(keys.get(0)).isEqualTo(new GuestDuplicates.Keys("张三", "zhangsan@example.com", ""));
        assertThat(keys.get(1)).isEqualTo(new GuestDuplicates.Keys("lisi", "", "13800138000"));
        assertThat(GuestDuplicates.find(incoming, keys)).isEqualTo(GuestDuplicates.find(incoming));
        assertThat(GuestDuplicates.matchIncoming(existing, incoming, keys)).isEqualTo(GuestDuplicates.matchIncoming(existing, incoming));
        assertThat(names(GuestDuplicates.find(incoming, keys))).containsExactly(List.of("张 三", "ＺＨＡＮＧ　ＳＡＮ"));
    }

    @Test
    void keysForAnotherListAreRefused() {
        List<Guest> two = List.of(guest("张三"), guest("李四"));
        List<GuestDuplicates.Keys> one = GuestDuplicates.keysOf(List.of(guest("张三")));

        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> GuestDuplicates.find(two, one));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> GuestDuplicates.matchIncoming(two, two, one));
    }
}
