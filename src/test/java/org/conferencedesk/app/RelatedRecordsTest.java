package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.TieRule;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.shared.record.RelatedRecords.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the features registered in {@link AppContext#related()} say about a guest and an exhibitor:
 * the exhibitors a guest is the contact of, the nominations of both (with the prize won), each line
 * naming the record to open; names as they are now; nothing about another event's records.
 */
class RelatedRecordsTest {

    @TempDir
    Path dir;

    @Test
    void aGuestAndAnExhibitorShowWhatTheOtherFeaturesHoldOfThem() {
        try (AppContext context = AppContext.openFile(dir.resolve("wimc"))) {
            long event = context.events().create(Event.named("WIMC 2020")).id();
            Guest wu = context.guests().save(Guest.named(event, "吴波"));
            Exhibitor estun = context.exhibitors().save(Exhibitor.named(event, "南京埃斯顿自动化股份有限公司").withContact(null, wu.id()));
            AwardCategory people = context.awards().createCategory(AwardCategory.of(event, "优秀组织奖（个人）",
                    "Excellent Organization Award (individuals)", AwardKind.PERSONAL_AWARD, 1, TieRule.SHARED_PLACE),
                    List.of(Prize.of(0, 1, "优秀组织奖", "Excellent Organization Award", 2)));
            AwardCategory units = context.awards().createCategory(AwardCategory.of(event, "优秀组织奖（单位）",
                    "Excellent Organization Award (organisations)", AwardKind.ORGANISATION_AWARD, 2, TieRule.SHARED_PLACE),
                    List.of(Prize.of(0, 1, "优秀组织奖", "Excellent Organization Award", 2)));
            long nominee = context.awards().saveNominee(Nominee.guest(people.id(), wu.id())).id();
            context.awards().saveNominee(Nominee.exhibitor(units.id(), estun.id()));
            long prize = context.awards().content(people.id()).prizes().get(0).id();
            context.awards().recordWinner(people.id(), prize, nominee);

            assertThat(context.related().of(event, "guest", wu.id(), Locale.SIMPLIFIED_CHINESE)).containsExactly(
                    new Line("展商联系人：南京埃斯顿自动化股份有限公司", "exhibitor", estun.id()),
                    new Line("奖项候选：优秀组织奖（个人），获优秀组织奖", "award", people.id()));
            assertThat(context.related().of(event, "exhibitor", estun.id(), Locale.ENGLISH)).containsExactly(
                    new Line("Contact person: 吴波 (guest)", "guest", wu.id()),
                    new Line("Nominee: Excellent Organization Award (organisations)", "award", units.id()));

            // The guest's name corrected: the exhibitor's line reads the new one.
            context.guests().save(new Guest(wu.id(), event, "吴 波", null, null, null, null, wu.category(), null,
                    wu.attendance(), wu.invitationStatus(), null, null, null, null, null));
            assertThat(context.related().of(event, "exhibitor", estun.id(), Locale.ENGLISH)).first()
                    .extracting(Line::text).isEqualTo("Contact person: 吴 波 (guest)");

            // Another event's screen asks about these ids: nothing.
            long other = context.events().create(Event.named("WIMC 2021")).id();
            assertThat(context.related().of(other, "guest", wu.id(), Locale.ENGLISH)).isEmpty();
            assertThat(context.related().of(other, "exhibitor", estun.id(), Locale.ENGLISH)).isEmpty();
        }
    }
}
