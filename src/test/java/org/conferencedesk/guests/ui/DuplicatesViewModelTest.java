package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestPair;
import org.conferencedesk.guests.GuestRepository;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.InvitationStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditText;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DuplicatesViewModelTest {

    private static final Instant NINE = Instant.parse("2020-11-26T01:00:00Z");

    private Database database;
    private GuestService service;
    private AuditTrail audit;
    private Event event;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private DuplicatesViewModel model;
    private Guest zhangSan;
    private Guest zhangSanAgain;
    private Guest liSi;
    private Guest liSiAgain;

    @BeforeEach
    void openDatabase() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        event = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020"));
        Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);
        audit = new AuditTrail(new AuditRepository(database.dsl()), () -> "秘书处", clock);
        service = new GuestService(database, new GuestRepository(database.dsl()), audit, clock);
        zhangSan = service.save(guest("张三", "南京智能制造研究院", "zhangsan@nj-institute.example", null, GuestCategory.EXPERT));
        service.save(guest("王芳", "江苏省工业和信息化厅", null, null, GuestCategory.GOVERNMENT_OFFICIAL));
        zhangSanAgain = service.save(guest("张 三", null, "ZhangSan@NJ-Institute.example", "13800138000", GuestCategory.OTHER));
        service.save(guest("汪芳", "Acme Robotics", null, null, GuestCategory.ENTERPRISE_REPRESENTATIVE));
        liSi = service.save(guest("李四", "Nanjing Robotics", "lisi@robotics.example", null, GuestCategory.ENTERPRISE_REPRESENTATIVE));
        liSiAgain = service.save(guest("李 四", "新华社", "li.si@xinhua.example", null, GuestCategory.MEDIA));
        model = new DuplicatesViewModel(service, new CurrentThreadTaskExecutor(), dialogs, Locale.ENGLISH);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    private Guest guest(String name, String organisation, String email, String phone, GuestCategory category) {
        return new Guest(null, event.id(), name, null, null, organisation, "中国", category, null, Attendance.ON_SITE,
                InvitationStatus.INVITED, null, email, phone, null, null);
    }

    private List<AuditEntry> merges() {
        return audit.list(event.id(), AuditFilter.ALL, 100).stream()
                .filter(e -> e.action() == AuditAction.MERGED || e.action() == AuditAction.UNMERGED).toList();
    }

    private DuplicateGroupItem select(String firstName) {
        DuplicateGroupItem item = model.groups().stream()
                .filter(g -> g.members().get(0).guest().fullName().equals(firstName)).findFirst().orElseThrow();
        model.selectedProperty().set(item);
        return item;
    }

    @Test
    void showingListsTheGroupsWithTheirReasonsAndMergesNothing() {
        model.show(event);

        assertThat(model.titleProperty().get()).isEqualTo("Duplicate guests — WIMC 2020");
        assertThat(model.groups()).extracting(DuplicateGroupItem::title)
                .containsExactly("张三 — 2 guests — same name, same e-mail", "李四 — 2 guests — same name");
        assertThat(model.groups()).extracting(DuplicateGroupItem::nameOnly).containsExactly(false, true);
        assertThat(model.summaryProperty().get()).isEqualTo("2 groups to review (1 with the same name only) among 6 guests.");
        DuplicateGroupItem first = model.selectedProperty().get();
        assertThat(first).isSameAs(model.groups().get(0));
        assertThat(first.members()).extracting(m -> m.guest().fullName(), DuplicateGroupItem.Member::category,
                        DuplicateGroupItem.Member::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("张三", "Expert", "same name, same e-mail"),
                        org.assertj.core.groups.Tuple.tuple("张 三", "Other", "same name, same e-mail"));
        assertThat(service.totals(event.id()).total()).isEqualTo(6);
        assertThat(service.list(event.id())).hasSize(6);
        assertThat(merges()).isEmpty();
        assertThat(dialogs.questions).isEmpty();
    }

    @Test
    void groupsSharingAnEmailOrPhoneComeBeforeSameNameOnlyOnes() {
        Event other = new EventRepository(database.dsl()).insert(Event.named("WIMC 2021"));
        for (String[] g : new String[][] {{"王五", null}, {"王 五", null}, {"赵六", "zhao.liu@example.com"}, {"Zhao Liu", "ZHAO.LIU@example.com"}}) {
            service.save(new Guest(null, other.id(), g[0], null, null, null, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                    InvitationStatus.NOT_INVITED, null, g[1], null, null, null));
        }

        model.show(other);

        assertThat(model.groups()).extracting(DuplicateGroupItem::title)
                .containsExactly("赵六 — 2 guests — same e-mail", "王五 — 2 guests — same name");
    }

    @Test
    void speaksChineseToAChineseUser() {
        DuplicatesViewModel chinese = new DuplicatesViewModel(service, new CurrentThreadTaskExecutor(), dialogs, Locale.SIMPLIFIED_CHINESE);

        chinese.show(event);

        assertThat(chinese.titleProperty().get()).isEqualTo("重复嘉宾 — WIMC 2020");
        assertThat(chinese.summaryProperty().get()).isEqualTo("6 位嘉宾中有 2 组待核对（其中 1 组仅姓名相同）。");
        assertThat(chinese.groups()).extracting(DuplicateGroupItem::title)
                .containsExactly("张三 — 2 位 — 姓名相同、邮箱相同", "李四 — 2 位 — 姓名相同");
        assertThat(chinese.groups().get(0).members()).extracting(DuplicateGroupItem.Member::category).containsExactly("专家", "其他");
        chinese.merge();
        assertThat(chinese.lastActionProperty().get()).isEqualTo("已将 2 位嘉宾合并为张三。点击“撤销”可恢复。");
    }

    @Test
    void theEnglishAndChineseSentencesHaveTheSameKeys() throws Exception {
        java.util.Properties english = new java.util.Properties();
        java.util.Properties chinese = new java.util.Properties();
        try (var en = getClass().getResourceAsStream("/i18n/duplicates.properties");
             var zh = getClass().getResourceAsStream("/i18n/duplicates_zh_CN.properties")) {
            english.load(new java.io.InputStreamReader(en, java.nio.charset.StandardCharsets.UTF_8));
            chinese.load(new java.io.InputStreamReader(zh, java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThat(chinese.keySet()).isEqualTo(english.keySet());
    }

    @Test
    void keepsTheMostCompleteGuestByDefault() {
        model.show(event);

        // 张三 has an organisation and a category; 张 三 only a phone more: 张三 has more filled in.
        assertThat(select("张三").keptProperty().get().guest().id()).isEqualTo(zhangSan.id());
        assertThat(select("张三").keptProperty().get().label()).isEqualTo("张三 — 南京智能制造研究院 (#" + zhangSan.id() + ")");
    }

    @Test
    void mergeMergesTheGroupIntoTheKeptGuestAndTheTotalsDrop() {
        model.show(event);
        select("张三");

        model.merge();

        List<Guest> listed = service.list(event.id());
        assertThat(listed).hasSize(5).extracting(Guest::id).doesNotContain(zhangSanAgain.id());
        Guest kept = service.find(zhangSan.id()).orElseThrow();
        assertThat(kept.phone()).isEqualTo("13800138000");
        assertThat(kept.organisation()).isEqualTo("南京智能制造研究院");
        assertThat(kept.category()).isEqualTo(GuestCategory.EXPERT);
        assertThat(service.totals(event.id()).total()).isEqualTo(5);
        assertThat(model.groups()).extracting(DuplicateGroupItem::title).containsExactly("李四 — 2 guests — same name");
        assertThat(model.lastActionProperty().get()).isEqualTo("Merged 2 guests into 张三. Undo brings them back.");
        assertThat(model.summaryProperty().get())
                .isEqualTo("1 groups to review (1 with the same name only) among 5 guests. Merged in this window: 1.");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(merges()).hasSize(1);
        assertThat(dialogs.questions).as("e-mail in common: no question").isEmpty();
    }

    @Test
    void aSameNameOnlyGroupIsMergedOnlyAfterTheUserConfirms() {
        model.show(event);
        DuplicateGroupItem item = select("李四");
        assertThat(item.members()).allMatch(m -> m.includedProperty().get());
        dialogs.answer = false;

        model.merge();

        assertThat(dialogs.questions).containsExactly("These guests share only the name (李四, 李 四): no e-mail or phone in common. "
                + "Two different people may share a name. Merge them into 李四 — Nanjing Robotics (#" + liSi.id() + ") anyway?");
        assertThat(service.list(event.id())).hasSize(6);
        assertThat(merges()).isEmpty();
        assertThat(model.groups()).hasSize(2);

        dialogs.answer = true;
        model.merge();

        assertThat(service.list(event.id())).extracting(Guest::id).doesNotContain(liSiAgain.id());
        assertThat(service.find(liSi.id()).orElseThrow().notes()).isEqualTo("Also Organisation: 新华社\nAlso E-mail: li.si@xinhua.example");
    }

    private List<AuditEntry> distinctEntries() {
        return audit.list(event.id(), AuditFilter.ALL, 100).stream()
                .filter(e -> e.action() == AuditAction.MARKED_DISTINCT || e.action() == AuditAction.UNMARKED_DISTINCT).toList();
    }

    @Test
    void notTheSamePersonIsStoredSoTheGroupStaysHiddenAtTheNextLookWithoutChangingAnyGuest() {
        model.show(event);
        select("李四");

        model.notTheSamePerson();

        assertThat(model.groups()).extracting(DuplicateGroupItem::title).containsExactly("张三 — 2 guests — same name, same e-mail");
        assertThat(model.selectedProperty().get()).isSameAs(model.groups().get(0));
        assertThat(model.lastActionProperty().get()).isEqualTo("Marked 李四, 李 四 as different people: they are not shown "
                + "together again (a new guest who matches them is). Undo takes it back.");
        assertThat(model.summaryProperty().get()).isEqualTo("1 groups to review (0 with the same name only) among 6 guests. "
                + "1 pair marked as different people is set aside.");
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(service.distinctPairs(event.id())).containsExactly(GuestPair.of(liSi.id(), liSiAgain.id()));
        assertThat(service.list(event.id())).hasSize(6);
        assertThat(service.find(liSi.id()).orElseThrow()).isEqualTo(liSi);
        assertThat(merges()).isEmpty();

        DuplicatesViewModel nextLook = new DuplicatesViewModel(service, new CurrentThreadTaskExecutor(), dialogs, Locale.ENGLISH);
        nextLook.show(event);
        assertThat(nextLook.groups()).extracting(DuplicateGroupItem::title).containsExactly("张三 — 2 guests — same name, same e-mail");
        assertThat(nextLook.canUndoProperty().get()).as("undo belongs to the window that did it").isFalse();
    }

    @Test
    void undoBringsTheGroupMarkedNotTheSamePersonBack() {
        model.show(event);
        select("李四");
        model.notTheSamePerson();

        model.undoLast();

        assertThat(model.groups()).extracting(DuplicateGroupItem::title)
                .containsExactly("张三 — 2 guests — same name, same e-mail", "李四 — 2 guests — same name");
        assertThat(model.lastActionProperty().get())
                .isEqualTo("李四, 李 四 are no longer marked as different people; they are shown for review again.");
        assertThat(model.summaryProperty().get()).isEqualTo("2 groups to review (1 with the same name only) among 6 guests.");
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(service.distinctPairs(event.id())).isEmpty();
        assertThat(distinctEntries()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.UNMARKED_DISTINCT, AuditAction.MARKED_DISTINCT);
    }

    @Test
    void undoTakesBackTheLastActionFirstAMergeAfterANotTheSamePerson() {
        model.show(event);
        select("李四");
        model.notTheSamePerson();
        select("张三");
        model.merge();
        assertThat(model.groups()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No likely duplicates among 5 guests. "
                + "1 pair marked as different people is set aside. Merged in this window: 1.");

        model.undoLast();

        assertThat(service.list(event.id())).hasSize(6);
        assertThat(model.groups()).extracting(DuplicateGroupItem::title).containsExactly("张三 — 2 guests — same name, same e-mail");
        assertThat(model.canUndoProperty().get()).isTrue();
        model.undoLast();
        assertThat(model.groups()).hasSize(2);
        assertThat(model.canUndoProperty().get()).isFalse();
    }

    @Test
    void aThirdGuestOfTheSameNameBringsTheGroupBackWithAllThreeAndTheKeptOnesNamesakeUnticked() {
        model.show(event);
        select("李四");
        model.notTheSamePerson();
        Guest liSiThird = service.save(guest("李四", "东南大学", "lisi@seu.example", "13900139000", GuestCategory.EXPERT));

        model.reload();

        assertThat(model.groups()).extracting(DuplicateGroupItem::title)
                .containsExactly("张三 — 2 guests — same name, same e-mail", "李四 — 3 guests — same name");
        DuplicateGroupItem item = select("李四");
        assertThat(item.setAsideText()).isEqualTo("Already marked as different people: 李四 (#" + liSi.id() + ") ≠ 李 四 (#"
                + liSiAgain.id() + "). The group is back because another guest matches them.");
        // 李四 of 东南大学 has the most filled in and is kept; 李 四 was said to differ from 李四 #liSi,
        // not from the newcomer, so both are ticked: the question is which one the newcomer is.
        assertThat(item.keptProperty().get().guest().id()).isEqualTo(liSiThird.id());
        assertThat(item.members()).extracting(m -> m.guest().id(), m -> m.includedProperty().get())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(liSi.id(), true),
                        org.assertj.core.groups.Tuple.tuple(liSiAgain.id(), true),
                        org.assertj.core.groups.Tuple.tuple(liSiThird.id(), true));
        assertThat(model.summaryProperty().get()).as("the pair is shown in the group, not set aside out of sight")
                .isEqualTo("2 groups to review (1 with the same name only) among 7 guests.");

        dialogs.answer = false;
        model.merge();
        assertThat(dialogs.questions).containsExactly("You marked 李四 (#" + liSi.id() + ") ≠ 李 四 (#" + liSiAgain.id()
                + ") as different people. Merge them into 李四 — 东南大学 (#" + liSiThird.id() + ") anyway?");
        assertThat(service.list(event.id())).hasSize(7);

        item.keptProperty().set(item.members().get(0));
        item.members().get(1).includedProperty().set(false);
        dialogs.answer = true;
        model.merge();
        assertThat(dialogs.questions).hasSize(2).last().asString().startsWith("These guests share only the name (李四)");
        assertThat(service.list(event.id())).extracting(Guest::id).contains(liSi.id(), liSiAgain.id()).doesNotContain(liSiThird.id());
        assertThat(model.groups()).extracting(DuplicateGroupItem::title).as("李四 (with the newcomer merged in) still differs from 李 四")
                .containsExactly("张三 — 2 guests — same name, same e-mail");
    }

    @Test
    void aGuestMergedAwayPassesItsDifferentPeopleToTheGuestItWasMergedInto() {
        // 李 四 is not 李四 (#liSi); then 李 四 turns out to be the same person as a newcomer 李四 of 新华社.
        model.show(event);
        select("李四");
        model.notTheSamePerson();
        Guest xinhua = service.save(guest("李四", "新华社", "li.si@xinhua.example", null, GuestCategory.MEDIA));
        GuestService.Merge merge = service.merge(event.id(), xinhua.id(), List.of(liSiAgain.id()), Locale.ENGLISH);

        model.reload();

        assertThat(service.distinctPairs(event.id())).containsExactly(GuestPair.of(liSi.id(), xinhua.id()));
        assertThat(model.groups()).extracting(DuplicateGroupItem::title).containsExactly("张三 — 2 guests — same name, same e-mail");

        service.undoMerge(event.id(), merge.mergeId());
        model.reload();
        assertThat(service.distinctPairs(event.id())).containsExactly(GuestPair.of(liSi.id(), liSiAgain.id()));
        assertThat(model.groups()).extracting(DuplicateGroupItem::title)
                .containsExactly("张三 — 2 guests — same name, same e-mail", "李四 — 3 guests — same name, same e-mail");
    }

    @Test
    void notTheSamePersonIsReadableInTheAuditTrailInBothLanguages() {
        model.show(event);
        select("李四");
        model.notTheSamePerson();
        model.undoLast();

        AuditEntry marked = distinctEntries().get(1);
        AuditEntry unmarked = distinctEntries().get(0);
        AuditText english = new AuditText(Locale.ENGLISH, event.timeZone(), java.util.List.of(org.conferencedesk.guests.GuestAudit.WORDS));
        AuditText chinese = new AuditText(Locale.SIMPLIFIED_CHINESE, event.timeZone(), java.util.List.of(org.conferencedesk.guests.GuestAudit.WORDS));
        String ids = liSi.id() + ", " + liSiAgain.id();
        String names = "李四 (#" + liSi.id() + ") ≠ 李 四 (#" + liSiAgain.id() + ")";
        assertThat(marked.actor()).isEqualTo("秘书处");
        assertThat(english.time(marked)).isEqualTo("2020-11-26 09:00:00");
        assertThat(english.action(marked)).isEqualTo("Marked as different people");
        assertThat(english.record(marked)).isEqualTo("Guests " + names);
        assertThat(english.changes(marked)).isEqualTo("Guests (ids): " + ids + "; Pairs of different people: 1");
        assertThat(chinese.action(marked)).isEqualTo("标记为不同的人");
        assertThat(chinese.record(marked)).isEqualTo("嘉宾 " + names);
        assertThat(chinese.changes(marked)).isEqualTo("嘉宾（编号）：" + ids + "；不同的人（对数）：1");
        assertThat(english.action(unmarked)).isEqualTo("Different people mark undone");
        assertThat(english.changes(unmarked)).isEqualTo("Guests (ids): " + ids + "; Pairs of different people: 1");
        assertThat(chinese.action(unmarked)).isEqualTo("撤销“不是同一人”");
    }

    @Test
    void undoLastMergeBringsTheGuestsBackAsTheyWere() {
        model.show(event);
        select("张三");
        model.merge();

        model.undoLast();

        assertThat(service.list(event.id())).hasSize(6);
        assertThat(service.find(zhangSan.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("version").isEqualTo(zhangSan);
        assertThat(service.totals(event.id()).total()).isEqualTo(6);
        assertThat(model.groups()).hasSize(2);
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.lastActionProperty().get())
                .isEqualTo("Merge undone: 张三 and the guests merged into them are back as they were.");
        assertThat(model.summaryProperty().get()).isEqualTo("2 groups to review (1 with the same name only) among 6 guests.");
        assertThat(merges()).extracting(AuditEntry::action).containsExactly(AuditAction.UNMERGED, AuditAction.MERGED);
    }

    @Test
    void aGuestSharingOnlyTheNameInAMixedGroupIsNotTickedAndStays() {
        Guest sameNameOnly = service.save(guest("张三", "新华社", "zhang.san@xinhua.example", null, GuestCategory.MEDIA));
        model.show(event);
        DuplicateGroupItem item = select("张三");

        assertThat(item.members()).extracting(m -> m.guest().id(), m -> m.includedProperty().get(), DuplicateGroupItem.Member::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(zhangSan.id(), true, "same name, same e-mail"),
                        org.assertj.core.groups.Tuple.tuple(zhangSanAgain.id(), true, "same name, same e-mail"),
                        org.assertj.core.groups.Tuple.tuple(sameNameOnly.id(), false, "same name"));
        model.merge();

        assertThat(dialogs.questions).isEmpty();
        assertThat(service.list(event.id())).extracting(Guest::id).contains(zhangSan.id(), sameNameOnly.id())
                .doesNotContain(zhangSanAgain.id());
    }

    @Test
    void mergeIsNotPossibleUntilTheKeptGuestAndAnotherAreTicked() {
        model.show(event);
        DuplicateGroupItem item = select("张三");
        assertThat(model.canMergeProperty().get()).isTrue();

        item.members().get(1).includedProperty().set(false);
        assertThat(model.canMergeProperty().get()).isFalse();
        model.merge();
        assertThat(service.list(event.id())).hasSize(6);

        item.members().get(1).includedProperty().set(true);
        item.keptProperty().set(item.members().get(1));
        assertThat(model.canMergeProperty().get()).isTrue();
        model.merge();
        assertThat(service.list(event.id())).extracting(Guest::id).contains(zhangSanAgain.id()).doesNotContain(zhangSan.id());
    }

    @Test
    void aMergeIsReadableInTheAuditTrailInBothLanguages() {
        model.show(event);
        select("张三");
        model.merge();

        AuditEntry merged = merges().get(0);
        AuditText english = new AuditText(Locale.ENGLISH, event.timeZone(), java.util.List.of(org.conferencedesk.guests.GuestAudit.WORDS));
        AuditText chinese = new AuditText(Locale.SIMPLIFIED_CHINESE, event.timeZone(), java.util.List.of(org.conferencedesk.guests.GuestAudit.WORDS));
        assertThat(english.action(merged)).isEqualTo("Merged");
        assertThat(english.record(merged)).isEqualTo("Guest: 张三 ← 张 三");
        // The e-mail differs only in case: no "Also e-mail" line in the notes.
        assertThat(english.changes(merged)).isEqualTo("Phone: (empty) → 13800138000; Merged guests (ids): (empty) → "
                + zhangSanAgain.id());
        assertThat(chinese.action(merged)).isEqualTo("合并");
        assertThat(chinese.record(merged)).isEqualTo("嘉宾：张三 ← 张 三");
        assertThat(chinese.changes(merged)).isEqualTo("电话：（空） → 13800138000；并入的嘉宾（编号）：（空） → " + zhangSanAgain.id());
    }

    @Test
    void aGuestMergedMeanwhileIsToldAndTheGroupsAreReadAgain() {
        model.show(event);
        select("张三");
        service.delete(event.id(), zhangSanAgain.id());

        model.merge();

        assertThat(dialogs.errors).containsExactly("The guests could not be merged: One of these guests is no longer on the list "
                + "(deleted or merged meanwhile); look at the group again.");
        assertThat(model.groups()).extracting(DuplicateGroupItem::title).containsExactly("李四 — 2 guests — same name");
    }
}
