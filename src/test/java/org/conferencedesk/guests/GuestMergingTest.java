package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GuestMergingTest {

    private static Guest guest(String name, String email, String phone, String notes) {
        return new Guest(1L, 7L, name, null, null, null, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, email, phone, null, notes);
    }

    @Test
    void theSameEmailPhoneOrNameWrittenDifferentlyAddsNoLineToTheNotes() {
        Guest kept = guest("张三", "zhangsan@example.com", "13800138000", null);
        Guest other = guest("张 三", "ZhangSan@Example.com", "+86 138-0013-8000", null);

        Guest merged = GuestMerging.merge(kept, List.of(other), Locale.ENGLISH);

        assertThat(merged.notes()).isNull();
        assertThat(merged.phone()).isEqualTo("13800138000");
    }

    @Test
    void aDifferentPhoneIsKeptInTheNotesInTheUsersLanguage() {
        Guest kept = guest("张三", null, "13800138000", "素食");
        Guest other = guest("张三", "zs@example.com", "13900139000", "需要翻译");

        Guest merged = GuestMerging.merge(kept, List.of(other), Locale.ENGLISH);

        assertThat(merged.email()).isEqualTo("zs@example.com");
        assertThat(merged.notes()).isEqualTo("素食\n需要翻译\nAlso Phone: 13900139000");
    }

    @Test
    void theEarliestCheckInAndTheFirstKnownCategoryAndStatusWin() {
        Instant nine = Instant.parse("2020-11-26T01:00:00Z");
        Guest kept = guest("张三", null, null, null).withCheckedInAt(nine.plusSeconds(60));
        Guest other = new Guest(2L, 7L, "张三", null, null, null, null, GuestCategory.ACADEMICIAN, null,
                Attendance.ONLINE, InvitationStatus.CONFIRMED, nine, null, null, null, null);

        Guest merged = GuestMerging.merge(kept, List.of(other), Locale.ENGLISH);

        assertThat(merged.checkedInAt()).isEqualTo(nine);
        assertThat(merged.category()).isEqualTo(GuestCategory.ACADEMICIAN);
        assertThat(merged.invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(merged.attendance()).isEqualTo(Attendance.ON_SITE);
        assertThat(merged.id()).isEqualTo(1L);
    }

    @Test
    void notesThatWouldNotFitAreRefusedNotCut() {
        Guest kept = guest("张三", null, null, "甲".repeat(1500));
        Guest other = guest("张三", null, null, "乙".repeat(600));

        assertThatThrownBy(() -> GuestMerging.merge(kept, List.of(other), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOfSatisfying(GuestException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("合并后备注将有 2,101 个字符，最多 2,000 个。请先缩短其中一位嘉宾的备注。"));
    }
}
