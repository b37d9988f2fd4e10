package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.shared.record.FieldProblem;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class GuestServiceTest {

    /** The database it runs on: H2, and PostgreSQL when a test server is configured (issue 16). */
    @Parameter
    TestDatabases.Backend backend;


    private static final Instant NINE = GuestServiceFixture.NINE;

    private GuestServiceFixture fixture;
    private Database database;
    private GuestService service;
    private AuditTrail audit;
    private long eventId;
    private final List<RecordChange<Guest>> changes = new ArrayList<>();

    @BeforeEach
    void openDatabase() {
        fixture = new GuestServiceFixture(backend);
        database = fixture.database;
        eventId = fixture.eventId;
        audit = fixture.audit;
        service = fixture.service;
        service.changes().addListener(changes::add);
    }

    @AfterEach
    void closeDatabase() {
        if (fixture != null) { // null when the PostgreSQL variant was skipped before opening
            fixture.close();
        }
    }

    private Guest guest(String name, GuestCategory category, Attendance attendance, InvitationStatus status) {
        return new Guest(null, eventId, name, null, null, "南京智能制造研究院", "中国", category, null, attendance, status,
                null, null, null, null, null);
    }

    private Guest checkedIn(long event, String name, GuestCategory category, Attendance attendance, InvitationStatus status,
                            Instant at) {
        return new Guest(null, event, name, null, null, "南京智能制造研究院", "中国", category, null, attendance, status,
                at, null, null, null, null);
    }

    @Test
    void oneGroupedQueryGivesEveryTotalOfTheListWithMergedAwayGuestsAndOwnCategoriesLeftAsTheyAre() {
        GuestCategory own = GuestCategory.of("赞助商");
        service.addAll(eventId, List.of(
                checkedIn(eventId, "院士甲", GuestCategory.ACADEMICIAN, Attendance.ON_SITE, InvitationStatus.CONFIRMED, NINE),
                checkedIn(eventId, "院士乙", GuestCategory.ACADEMICIAN, Attendance.ON_SITE, InvitationStatus.CONFIRMED, null),
                checkedIn(eventId, "院士丙", GuestCategory.ACADEMICIAN, Attendance.ONLINE, InvitationStatus.INVITED, NINE),
                checkedIn(eventId, "专家甲", GuestCategory.EXPERT, Attendance.ONLINE, InvitationStatus.DECLINED, null),
                checkedIn(eventId, "赞助甲", own, Attendance.ON_SITE, InvitationStatus.NOT_INVITED, NINE),
                checkedIn(eventId, "赞助乙", own, Attendance.ON_SITE, InvitationStatus.NOT_INVITED, null)), "guests.csv");
        List<Guest> list = service.list(eventId);
        service.merge(eventId, list.get(0).id(), List.of(list.get(2).id()), Locale.SIMPLIFIED_CHINESE); // 院士丙 merged away
        long other = fixture.newEvent();
        service.addAll(other, List.of(checkedIn(other, "别的活动", GuestCategory.EXPERT, Attendance.ON_SITE,
                InvitationStatus.CONFIRMED, NINE)), "other.csv");

        GuestTotals totals = service.totals(eventId);

        assertThat(totals.total()).isEqualTo(5);
        assertThat(totals.byCategory()).containsEntry(GuestCategory.ACADEMICIAN, 2).containsEntry(GuestCategory.EXPERT, 1)
                .containsEntry(own, 2).containsEntry(GuestCategory.MEDIA, 0);
        assertThat(totals.byAttendance()).containsEntry(Attendance.ON_SITE, 4).containsEntry(Attendance.ONLINE, 1);
        assertThat(totals.byInvitationStatus()).containsEntry(InvitationStatus.CONFIRMED, 2)
                .containsEntry(InvitationStatus.DECLINED, 1).containsEntry(InvitationStatus.NOT_INVITED, 2)
                .containsEntry(InvitationStatus.INVITED, 0);
        assertThat(totals.checkedIn()).isEqualTo(2);
        assertThat(GuestTotals.of(service.list(eventId))).isEqualTo(totals);
        assertThat(service.counts(eventId).totals()).isEqualTo(totals);
        assertThat(service.counts(eventId).checkInsPerHour()).containsExactly(
                java.util.Map.entry(NINE.getEpochSecond() / 3600, 2)); // 院士甲 and 赞助甲; 院士丙 merged away
        assertThat(service.totals(fixture.newEvent())).isEqualTo(GuestTotals.NONE);
    }

    @Test
    void checkInsPerHourAreCountedByTheDatabaseInWholeUtcHoursSinceTheEpoch() {
        Instant[] times = {
                Instant.parse("2020-11-26T00:59:59.999Z"), // hour before nine Beijing time
                Instant.parse("2020-11-26T01:00:00Z"),
                Instant.parse("2020-11-26T01:30:00.5Z"),
                Instant.parse("2020-11-26T01:59:59.999999Z"),
                Instant.parse("2020-11-28T06:00:00Z"),
                Instant.parse("1969-12-31T23:30:00Z")}; // before the epoch: floor, not truncation (hour -1)
        List<Guest> guests = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            guests.add(checkedIn(eventId, "嘉宾" + i, GuestCategory.EXPERT, Attendance.ON_SITE, InvitationStatus.CONFIRMED, times[i]));
        }
        guests.add(checkedIn(eventId, "未签到", GuestCategory.EXPERT, Attendance.ON_SITE, InvitationStatus.CONFIRMED, null));
        guests.add(checkedIn(eventId, "合并掉", GuestCategory.EXPERT, Attendance.ON_SITE, InvitationStatus.CONFIRMED,
                Instant.parse("2020-11-27T02:00:00Z")));
        service.addAll(eventId, guests, "guests.csv");
        List<Guest> list = service.list(eventId);
        service.merge(eventId, list.get(0).id(), List.of(list.get(list.size() - 1).id()), Locale.SIMPLIFIED_CHINESE);
        long other = fixture.newEvent();
        service.addAll(other, List.of(checkedIn(other, "别的活动", GuestCategory.EXPERT, Attendance.ON_SITE,
                InvitationStatus.CONFIRMED, Instant.parse("2020-11-26T05:00:00Z"))), "other.csv");

        long nine = Instant.parse("2020-11-26T01:00:00Z").getEpochSecond() / 3600;
        GuestCounts counts = service.counts(eventId);
        assertThat(counts.totals()).isEqualTo(service.totals(eventId));
        assertThat(counts.totals().checkedIn()).isEqualTo(6);
        assertThat(counts.checkInsPerHour()).containsExactly(java.util.Map.entry(-1L, 1),
                java.util.Map.entry(nine - 1, 1), java.util.Map.entry(nine, 3), java.util.Map.entry(nine + 53, 1));
        assertThat(service.counts(fixture.newEvent())).isEqualTo(new GuestCounts(GuestTotals.NONE, new java.util.TreeMap<>()));
    }

    @Test
    void keepsNamesExactlyAsWrittenInAnyScript() {
        List<String> names = List.of("张三", "约翰·史密斯", "José Núñez", "محمد علي", "山田𠮷子", "王🙂五", "O'Brien");
        for (String name : names) {
            service.save(Guest.named(eventId, name));
        }

        assertThat(service.list(eventId)).extracting(Guest::fullName).containsExactlyElementsOf(names);
    }

    @Test
    void refusesAValueOverItsLengthWithoutCuttingIt() {
        Guest tooLong = Guest.named(eventId, "张".repeat(201));

        assertThatThrownBy(() -> service.save(tooLong))
                .isInstanceOfSatisfying(GuestException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(GuestField.FULL_NAME);
                    assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("姓名有 201 个字符，最多 200 个。请缩短（系统不会替您截断）。");
                    assertThat(e.sentence(Locale.ENGLISH)).startsWith("The Name has 201 characters; at most 200 fit.");
                });
        assertThat(service.list(eventId)).isEmpty();
    }

    @Test
    void refusesAnEmailWithoutDomainAndAPhoneWithoutDigits() {
        Guest bad = new Guest(null, eventId, "李四", null, null, null, null, GuestCategory.EXPERT, null,
                Attendance.ONLINE, InvitationStatus.INVITED, null, "lisi@", "n/a", null, null);

        assertThatThrownBy(() -> service.save(bad)).isInstanceOfSatisfying(GuestException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly(GuestField.EMAIL, GuestField.PHONE));
    }

    @Test
    void totalsFromTheDatabaseMatchTheTotalsCountedInMemory() {
        service.addAll(eventId, List.of(
                guest("院士甲", GuestCategory.ACADEMICIAN, Attendance.ON_SITE, InvitationStatus.CONFIRMED),
                guest("院士乙", GuestCategory.ACADEMICIAN, Attendance.ONLINE, InvitationStatus.CONFIRMED),
                guest("专家甲", GuestCategory.EXPERT, Attendance.ON_SITE, InvitationStatus.INVITED),
                guest("记者甲", GuestCategory.MEDIA, Attendance.ON_SITE, InvitationStatus.DECLINED)), "guests.csv");
        long expert = service.list(eventId).get(2).id();
        service.checkIn(eventId, expert, NINE);

        GuestTotals totals = service.totals(eventId);

        assertThat(totals.total()).isEqualTo(4);
        assertThat(totals.byCategory()).containsEntry(GuestCategory.ACADEMICIAN, 2).containsEntry(GuestCategory.EXPERT, 1)
                .containsEntry(GuestCategory.MEDIA, 1).containsEntry(GuestCategory.OTHER, 0);
        assertThat(totals.byAttendance()).containsEntry(Attendance.ON_SITE, 3).containsEntry(Attendance.ONLINE, 1);
        assertThat(totals.byInvitationStatus()).containsEntry(InvitationStatus.CONFIRMED, 2)
                .containsEntry(InvitationStatus.NOT_INVITED, 0);
        assertThat(totals.checkedIn()).isEqualTo(1);
        assertThat(GuestTotals.of(service.list(eventId))).isEqualTo(totals);
    }

    @Test
    void checkingInTwiceKeepsTheFirstTimeAndCountsOnce() {
        Guest g = service.save(Guest.named(eventId, "张三"));

        GuestService.CheckIn first = service.checkIn(eventId, g.id(), NINE);
        GuestService.CheckIn second = service.checkIn(eventId, g.id(), NINE.plusSeconds(600));

        assertThat(first.alreadyCheckedIn()).isFalse();
        assertThat(second.alreadyCheckedIn()).isTrue();
        assertThat(second.guest().checkedInAt()).isEqualTo(NINE);
        assertThat(service.totals(eventId).checkedIn()).isEqualTo(1);
        assertThat(audit.list(eventId, AuditFilter.ALL, 10)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.UPDATED, AuditAction.CREATED);
    }

    @Test
    void theAuditTrailShowsACheckInInTheEventsTimeZone() {
        Guest g = service.save(Guest.named(eventId, "张三"));
        service.checkIn(eventId, g.id(), NINE);

        AuditEntry entry = audit.list(eventId, AuditFilter.ALL, 1).get(0);
        org.conferencedesk.storage.AuditText text = new org.conferencedesk.storage.AuditText(Locale.SIMPLIFIED_CHINESE,
                java.time.ZoneId.of("Asia/Shanghai"), java.util.List.of(GuestAudit.WORDS));

        assertThat(text.changes(entry)).isEqualTo("签到时间：（空） → 2020-11-26 09:00:00");
    }

    @Test
    void undoingACheckInClearsItOnlyIfItIsStillThatCheckIn() {
        Guest g = service.save(Guest.named(eventId, "张三"));
        service.checkIn(eventId, g.id(), NINE);

        assertThat(service.undoCheckIn(eventId, g.id(), NINE.plusSeconds(1))).isEmpty();
        assertThat(service.undoCheckIn(eventId, g.id(), NINE)).get().extracting(Guest::checkedInAt).isNull();
        assertThat(service.totals(eventId).checkedIn()).isZero();
    }

    @Test
    void bulkStatusChangeSkipsGuestsAlreadyInThatStatus() {
        service.addAll(eventId, List.of(
                guest("甲", GuestCategory.EXPERT, Attendance.ON_SITE, InvitationStatus.NOT_INVITED),
                guest("乙", GuestCategory.EXPERT, Attendance.ON_SITE, InvitationStatus.INVITED)), null);
        List<Long> ids = service.list(eventId).stream().map(Guest::id).toList();

        List<Guest> changed = service.setInvitationStatus(eventId, ids, InvitationStatus.INVITED);

        assertThat(changed).extracting(Guest::fullName).containsExactly("甲");
        assertThat(service.totals(eventId).byInvitationStatus()).containsEntry(InvitationStatus.INVITED, 2);
    }

    @Test
    void mergeKeepsEveryNonEmptyValueAndCanBeUndone() {
        Guest kept = service.save(new Guest(null, eventId, "约翰·史密斯", null, "CTO", null, "英国",
                GuestCategory.OTHER, null, Attendance.ON_SITE, InvitationStatus.NOT_INVITED, null,
                "john@example.com", "+44 20 7946 0000", null, "素食"));
        Guest other = service.save(new Guest(null, eventId, "约翰・史密斯", "John Smith", null, "Acme Robotics", null,
                GuestCategory.ENTERPRISE_REPRESENTATIVE, "A", Attendance.ONLINE, InvitationStatus.CONFIRMED, NINE,
                "john@example.com", "+44 20 7946 1111", "王处长", null));

        GuestService.Merge merge = service.merge(eventId, kept.id(), List.of(other.id()), Locale.SIMPLIFIED_CHINESE);

        Guest merged = merge.kept();
        assertThat(merged.fullName()).isEqualTo("约翰·史密斯");
        assertThat(merged.otherName()).isEqualTo("John Smith");
        assertThat(merged.title()).isEqualTo("CTO");
        assertThat(merged.organisation()).isEqualTo("Acme Robotics");
        assertThat(merged.category()).isEqualTo(GuestCategory.ENTERPRISE_REPRESENTATIVE);
        assertThat(merged.invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(merged.checkedInAt()).isEqualTo(NINE);
        assertThat(merged.phone()).isEqualTo("+44 20 7946 0000");
        // The name written with another middle dot is the same name: no line for it.
        assertThat(merged.notes()).isEqualTo("素食\n另有电话：+44 20 7946 1111");
        assertThat(service.list(eventId)).extracting(Guest::id).containsExactly(kept.id());
        AuditEntry entry = audit.list(eventId, AuditFilter.ALL, 1).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.MERGED);
        assertThat(entry.change("mergedIds").after()).isEqualTo(String.valueOf(other.id()));

        assertThat(service.undoMerge(eventId, merge.mergeId())).isTrue();

        assertThat(service.list(eventId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactly(kept, other);
        assertThat(service.undoMerge(eventId, merge.mergeId())).isFalse();
        assertThat(audit.list(eventId, AuditFilter.ALL, 1).get(0).action()).isEqualTo(AuditAction.UNMERGED);
    }

    @Test
    void importWithAGuestThatBreaksARuleSavesNothing() {
        Guest existing = service.save(Guest.named(eventId, "张三"));
        Guest filled = existing.withNotes("来自导入");

        assertThatThrownBy(() -> service.importGuests(eventId,
                List.of(Guest.named(eventId, "李四"), Guest.named(eventId, " ")), List.of(filled), "bad.csv"))
                .isInstanceOf(GuestException.class);

        assertThat(service.list(eventId)).containsExactly(existing);
    }

    @Test
    void importAddsNewGuestsAndUpdatesMergedOnesInOneGo() {
        Guest existing = service.save(Guest.named(eventId, "张三"));
        changes.clear();

        int added = service.importGuests(eventId, List.of(Guest.named(eventId, "李四")),
                List.of(existing.withNotes("来自导入")), "guests.xlsx");

        assertThat(added).isEqualTo(1);
        assertThat(service.list(eventId)).extracting(Guest::fullName, Guest::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", "来自导入"),
                        org.assertj.core.groups.Tuple.tuple("李四", null));
        assertThat(changes).containsExactly(new RecordChange.Reloaded<Guest>(eventId));
        assertThat(audit.list(eventId, AuditFilter.ALL, 1).get(0).change("count").after()).isEqualTo("1");
    }
}
