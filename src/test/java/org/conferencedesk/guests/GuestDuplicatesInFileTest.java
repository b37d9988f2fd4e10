package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GuestDuplicatesInFileTest {

    private static GuestDuplicates.Keys keys(String name, String email, String phone) {
        return GuestDuplicates.Keys.of(new Guest(null, 1, name, null, null, null, null, GuestCategory.OTHER, null,
                Attendance.ON_SITE, InvitationStatus.NOT_INVITED, null, email, phone, null, null));
    }

    @Test
    void eachRowIsComparedWithTheRowsBeforeItAndNamesTheFirstOfItsGroup() {
        GuestDuplicates.InFile rows = new GuestDuplicates.InFile();

        assertThat(rows.add(keys("周济", "zj@example.cn", null))).isNull();
        assertThat(rows.add(keys("李四", null, "13800000001"))).isNull();
        assertThat(rows.add(keys("周 济", null, null)))
                .isEqualTo(new GuestDuplicates.InFile.Earlier(0, Set.of(GuestDuplicates.Reason.SAME_NAME)));
        // Linked to row 1 by e-mail and to row 2 by phone: the group's first row is named.
        assertThat(rows.add(keys("王五", "ZJ@example.cn", "+86 138 0000 0001")))
                .isEqualTo(new GuestDuplicates.InFile.Earlier(0,
                        Set.of(GuestDuplicates.Reason.SAME_EMAIL, GuestDuplicates.Reason.SAME_PHONE)));
        assertThat(rows.add(keys("李四", null, null)).ordinal()).isZero();
    }

    @Test
    void aMillionRowsOfDistinctGuestsAreReadWithoutAMatch() {
        GuestDuplicates.InFile rows = new GuestDuplicates.InFile();
        for (int i = 0; i < 200_000; i++) {
            assertThat(rows.add(keys("嘉宾" + i, "g" + i + "@example.cn", String.valueOf(13_800_000_000L + i)))).isNull();
        }
    }
}
