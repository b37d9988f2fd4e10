package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GuestService#markDistinct} and {@link GuestService#undoDistinct} on a database file, closed and opened again. */
class GuestDistinctServiceTest {

    @TempDir
    Path folder;

    private Path db;
    private long eventId;
    private long otherEventId;
    private long zhangWeiA;
    private long zhangWeiB;
    private long zhangWeiC;
    private long elsewhere;

    @BeforeEach
    void setUp() {
        db = folder.resolve("data").resolve("wimc");
        try (AppContext context = AppContext.openFile(db, Actor.named("wang.li"))) {
            eventId = context.events().create(Event.named("WIMC 2020")).id();
            otherEventId = context.events().create(Event.named("WIMC 2021")).id();
            zhangWeiA = context.guests().save(guest(eventId, "张伟", "南京大学")).id();
            zhangWeiB = context.guests().save(guest(eventId, "张 伟", "东南大学")).id();
            zhangWeiC = context.guests().save(guest(eventId, "张伟", "新华社")).id();
            elsewhere = context.guests().save(guest(otherEventId, "张伟", "南京大学")).id();
        }
    }

    private static Guest guest(long eventId, String name, String organisation) {
        return new Guest(null, eventId, name, null, null, organisation, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                InvitationStatus.INVITED, null, null, null, null, null);
    }

    private List<List<Long>> groups(AppContext context) {
        GuestService guests = context.guests();
        return GuestDuplicates.find(guests.list(eventId), guests.distinctPairs(eventId)).stream()
                .map(g -> g.guests().stream().map(Guest::id).toList()).toList();
    }

    private List<AuditEntry> distinctEntries(AppContext context) {
        return context.audit().list(eventId, AuditFilter.ALL, 100).stream()
                .filter(e -> e.action() == AuditAction.MARKED_DISTINCT || e.action() == AuditAction.UNMARKED_DISTINCT).toList();
    }

    @Test
    void theDecisionIsKeptWhenTheDatabaseIsOpenedAgain() {
        try (AppContext context = AppContext.openFile(db, Actor.named("wang.li"))) {
            List<GuestPair> added = context.guests().markDistinct(eventId, List.of(zhangWeiC, zhangWeiA, zhangWeiB));
            assertThat(added).containsExactly(GuestPair.of(zhangWeiA, zhangWeiB), GuestPair.of(zhangWeiA, zhangWeiC),
                    GuestPair.of(zhangWeiB, zhangWeiC));
        }

        try (AppContext reopened = AppContext.openFile(db, Actor.named("li.na"))) {
            assertThat(groups(reopened)).isEmpty();
            assertThat(reopened.guests().distinctPairs(eventId)).hasSize(3);
            assertThat(GuestDuplicates.setAside(reopened.guests().list(eventId), reopened.guests().distinctPairs(eventId), List.of()))
                    .isEqualTo(3);
            AuditEntry entry = distinctEntries(reopened).get(0);
            assertThat(entry.actor()).isEqualTo("wang.li");
            assertThat(entry.summary()).isEqualTo("张伟 (#" + zhangWeiA + ") ≠ 张 伟 (#" + zhangWeiB + ") ≠ 张伟 (#" + zhangWeiC + ")");
            assertThat(entry.change("distinctIds").after()).isEqualTo(zhangWeiA + ", " + zhangWeiB + ", " + zhangWeiC);
            assertThat(entry.change("distinctPairs").after()).isEqualTo("3");
            assertThat(reopened.guests().list(eventId)).hasSize(3);
        }
    }

    @Test
    void markingAgainAddsOnlyTheNewPairsAndUndoTakesBackOnlyThose() {
        try (AppContext context = AppContext.openFile(db)) {
            GuestService guests = context.guests();
            guests.markDistinct(eventId, List.of(zhangWeiA, zhangWeiB));
            assertThat(guests.markDistinct(eventId, List.of(zhangWeiB, zhangWeiA))).isEmpty();
            assertThat(distinctEntries(context)).hasSize(1);

            List<GuestPair> added = guests.markDistinct(eventId, List.of(zhangWeiA, zhangWeiB, zhangWeiC));
            assertThat(added).containsExactly(GuestPair.of(zhangWeiA, zhangWeiC), GuestPair.of(zhangWeiB, zhangWeiC));

            assertThat(guests.undoDistinct(eventId, added)).isEqualTo(2);
            assertThat(guests.distinctPairs(eventId)).containsExactly(GuestPair.of(zhangWeiA, zhangWeiB));
            assertThat(groups(context)).containsExactly(List.of(zhangWeiA, zhangWeiB, zhangWeiC));
            assertThat(guests.undoDistinct(eventId, added)).as("already undone").isZero();
            assertThat(distinctEntries(context)).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.UNMARKED_DISTINCT, AuditAction.MARKED_DISTINCT, AuditAction.MARKED_DISTINCT);
        }
    }

    @Test
    void guestsNotOnTheEventsListOrFewerThanTwoAreRefusedAndNothingIsRecorded() {
        try (AppContext context = AppContext.openFile(db)) {
            GuestService guests = context.guests();

            assertThatThrownBy(() -> guests.markDistinct(eventId, List.of(zhangWeiA, zhangWeiA)))
                    .isInstanceOfSatisfying(GuestException.class, e -> assertThat(e.sentence(Locale.ENGLISH))
                            .isEqualTo("Choose at least two guests who are different people."));
            assertThatThrownBy(() -> guests.markDistinct(eventId, List.of(zhangWeiA, elsewhere)))
                    .isInstanceOfSatisfying(GuestException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("其中一位嘉宾已不在本活动名单中（刚被删除或合并）；请重新查看该组。"));
            guests.merge(eventId, zhangWeiA, List.of(zhangWeiC), Locale.ENGLISH);
            assertThatThrownBy(() -> guests.markDistinct(eventId, List.of(zhangWeiB, zhangWeiC)))
                    .isInstanceOf(GuestException.class);

            assertThat(guests.distinctPairs(eventId)).isEmpty();
            assertThat(distinctEntries(context)).isEmpty();
        }
    }

    @Test
    void deletingAGuestForgetsItsPairsAndDeletingTheEventForgetsAll() {
        try (AppContext context = AppContext.openFile(db)) {
            GuestService guests = context.guests();
            guests.markDistinct(eventId, List.of(zhangWeiA, zhangWeiB, zhangWeiC));

            guests.delete(eventId, zhangWeiB);

            assertThat(guests.distinctPairs(eventId)).containsExactly(GuestPair.of(zhangWeiA, zhangWeiC));
            context.events().delete(eventId);
            assertThat(guests.distinctPairs(eventId)).isEmpty();
        }
    }
}
