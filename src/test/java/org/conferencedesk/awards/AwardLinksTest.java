package org.conferencedesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditText;
import org.conferencedesk.storage.FieldChange;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * Nominees linked to guests and exhibitors: one record, read through those features' services; what
 * happens when the guest, the exhibitor or the whole event is deleted (docs/decisions/0017); and the
 * scores of an open category kept out of the audit trail's text.
 */
class AwardLinksTest extends WithAwardServices {

    private Guest guest(String name, String organisation) {
        return guests.save(new Guest(null, eventId, name, null, null, organisation, null, GuestCategory.OTHER, null,
                Attendance.ON_SITE, InvitationStatus.CONFIRMED, null, null, null, null, null));
    }

    private Guest renamed(Guest g, String name) {
        return guests.save(new Guest(g.id(), g.eventId(), name, g.otherName(), g.title(), g.organisation(), g.country(),
                g.category(), g.vipLevel(), g.attendance(), g.invitationStatus(), g.checkedInAt(), g.email(), g.phone(),
                g.host(), g.notes()));
    }

    private Exhibitor renamed(Exhibitor e, String companyName) {
        return exhibitors.save(new Exhibitor(e.id(), e.eventId(), companyName, e.otherName(), e.country(), e.sector(), e.mode(),
                e.contactPerson(), e.contactGuestId(), e.email(), e.phone(), e.website(), e.notes(), e.paymentStatus(),
                e.feeOverride(), e.feeOverrideReason()));
    }

    /** 孙丽华 of 南京市会展办 on the guest list, and 孙立华 (a typo for her, entered again) nominated in the category. */
    private record TypoNominated(Guest kept, Guest typo, Nominee nominee) {
    }

    private TypoNominated typoNominated(long categoryId) {
        Guest kept = guest("孙丽华", "南京市会展办");
        Guest typo = guest("孙立华", null);
        return new TypoNominated(kept, typo, service.saveNominee(Nominee.guest(categoryId, typo.id())));
    }

    private Nominee nominee(long categoryId, long nomineeId) {
        return service.content(categoryId).nominee(nomineeId).orElseThrow();
    }

    private long prize(long categoryId) {
        return service.content(categoryId).prizes().get(0).id();
    }

    /** The event's audit entries of one record type, oldest first. */
    private List<AuditEntry> trail(String recordType) {
        List<AuditEntry> entries = new ArrayList<>(audit.list(eventId, new AuditFilter(recordType, null), 1000));
        Collections.reverse(entries);
        return entries;
    }

    // ------------------------------------------------------------------ one record, read where it lives

    @Test
    void anExhibitorNomineeShowsTheCompanyNameAsItIsNowOnBothSides() {
        long units = category(Wimc2020Awards.ORGANISATIONS);
        Exhibitor estun = exhibitors.save(Exhibitor.named(eventId, "南京埃斯顿自动化股份有限公司"));

        Nominee nominee = service.saveNominee(Nominee.exhibitor(units, estun.id()));
        assertThat(nominee.name()).isEqualTo("南京埃斯顿自动化股份有限公司");
        renamed(estun, "埃斯顿自动化集团");

        assertThat(nominee(units, nominee.id()).name()).isEqualTo("埃斯顿自动化集团");
        assertThat(service.nominationsOfExhibitor(estun.id())).extracting(n -> n.category().nameZh(), n -> n.nominee().name())
                .containsExactly(tuple("优秀组织奖（单位）", "埃斯顿自动化集团"));
        assertThat(service.resultContent(units).entries()).containsEntry("nominee/埃斯顿自动化集团/exhibitorId", estun.id().toString());
        // An exhibitor of another event is not one of this event's.
        long other = new EventRepository(database.dsl()).insert(Event.named("2021 World Intelligent Manufacturing Conference")).id();
        Exhibitor elsewhere = exhibitors.save(Exhibitor.named(other, "徐工集团"));
        assertThatThrownBy(() -> service.saveNominee(Nominee.exhibitor(units, elsewhere.id())))
                .isInstanceOfSatisfying(AwardException.class, e -> assertThat(e.key()).isEqualTo("nominee.exhibitorNotFound"));
    }

    @Test
    void aGuestMergedIntoAnotherShowsTheKeptGuestUntilTheMergeIsUndone() {
        long people = category(Wimc2020Awards.INDIVIDUALS);
        TypoNominated sun = typoNominated(people);
        Guest kept = sun.kept();
        Guest typo = sun.typo();
        Nominee nominee = sun.nominee();
        assertThat(nominee.name()).isEqualTo("孙立华");

        GuestService.Merge merge = guests.merge(eventId, kept.id(), List.of(typo.id()), Locale.SIMPLIFIED_CHINESE);

        Nominee merged = nominee(people, nominee.id());
        assertThat(merged.name()).isEqualTo("孙丽华");
        assertThat(merged.affiliation()).isEqualTo("南京市会展办");
        assertThat(merged.guestId()).as("the link as recorded; nothing is rewritten by a merge").isEqualTo(typo.id());
        // The kept guest's screen shows the nomination: one person, one record.
        assertThat(service.nominationsOfGuest(eventId, kept.id())).extracting(n -> n.nominee().id()).containsExactly(nominee.id());
        assertThat(service.nominationsOfGuest(eventId, typo.id())).extracting(n -> n.nominee().id()).containsExactly(nominee.id());

        guests.undoMerge(eventId, merge.mergeId());
        assertThat(nominee(people, nominee.id()).name()).isEqualTo("孙立华");
        assertThat(service.nominationsOfGuest(eventId, kept.id())).isEmpty();
    }

    // ------------------------------------------------------------------ a nominated guest or exhibitor deleted

    @Test
    void deletingAGuestNominatedInAnOpenCategoryKeepsTheNomineeByNameWithItsScoresAndPlace() {
        long contest = category(Wimc2020Awards.CONTEST);
        Guest sun = guest("孙丽华", "南京市会展办");
        Nominee nominee = service.saveNominee(new Nominee(null, contest, NomineeKind.PERSON, null, null, sun.id(), null, null));
        long member = wimc.member(Wimc2020Awards.CONTEST, "王建国");
        service.saveScores(contest, member, nominee.id(), Map.of(wimc.criteria.get("创新性"), new BigDecimal("91.50"),
                wimc.criteria.get("技术水平"), new BigDecimal("88"), wimc.criteria.get("应用价值"), new BigDecimal("90")));
        service.recordWinner(contest, service.content(contest).prizes().stream().filter(p -> p.rank() == 1).findFirst().orElseThrow().id(),
                nominee.id());
        changes.clear();

        assertThat(guests.delete(eventId, sun.id())).isTrue();

        assertThat(guests.find(sun.id())).isEmpty();
        Nominee kept = nominee(contest, nominee.id());
        assertThat(kept.name()).isEqualTo("孙丽华");
        assertThat(kept.affiliation()).isEqualTo("南京市会展办");
        assertThat(kept.guestId()).isNull();
        AwardCategoryContent content = service.content(contest);
        assertThat(content.scores()).filteredOn(s -> s.nomineeId() == nominee.id()).hasSize(3);
        assertThat(content.winners()).extracting(Winner::nomineeId).containsExactly(nominee.id());
        // The trail says the nominee lost its link, in the same transaction as the guest's deletion.
        AuditEntry unlinked = trail(AwardAudit.NOMINEE).get(trail(AwardAudit.NOMINEE).size() - 1);
        assertThat(unlinked.action()).isEqualTo(AuditAction.UPDATED);
        assertThat(unlinked.recordId()).isEqualTo(nominee.id());
        assertThat(unlinked.summary()).isEqualTo("第五届智能制造大赛 / The 5th Smart Manufacturing Contest › 孙丽华");
        assertThat(unlinked.changes()).containsExactly(new FieldChange("guestId", sun.id().toString(), null));
        assertThat(trail("guest")).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.DELETED);
        assertThat(changes).containsExactly(new RecordChange.Saved<>(eventId, List.of(service.category(contest).orElseThrow())));
    }

    @Test
    void deletingTheGuestANominatedGuestWasMergedIntoLetsGoOfItToo() {
        long people = category(Wimc2020Awards.INDIVIDUALS);
        TypoNominated sun = typoNominated(people);
        Nominee nominee = sun.nominee();
        guests.merge(eventId, sun.kept().id(), List.of(sun.typo().id()), Locale.SIMPLIFIED_CHINESE);

        guests.delete(eventId, sun.kept().id());

        Nominee after = nominee(people, nominee.id());
        assertThat(after.name()).as("the name it read as when the guest went").isEqualTo("孙丽华");
        assertThat(after.guestId()).isNull();
    }

    @Test
    void deletingAnExhibitorNominatedInAnOpenCategoryKeepsTheCompanyNameAsItLastRead() {
        long units = category(Wimc2020Awards.ORGANISATIONS);
        Exhibitor estun = exhibitors.save(Exhibitor.named(eventId, "南京埃斯顿自动化股份有限公司"));
        Nominee nominee = service.saveNominee(Nominee.exhibitor(units, estun.id()));
        renamed(estun, "埃斯顿自动化集团");

        assertThat(exhibitors.delete(eventId, estun.id())).isTrue();

        Nominee kept = nominee(units, nominee.id());
        assertThat(kept.name()).isEqualTo("埃斯顿自动化集团");
        assertThat(kept.exhibitorId()).isNull();
        assertThat(kept.kind()).isEqualTo(NomineeKind.ORGANISATION);
        assertThat(trail(AwardAudit.NOMINEE).get(trail(AwardAudit.NOMINEE).size() - 1).changes())
                .containsExactly(new FieldChange("exhibitorId", estun.id().toString(), null));
    }

    @Test
    void aGuestOrExhibitorNominatedInASignedOffCategoryIsNotDeletedUntilTheCategoryIsReopened() {
        long people = category(Wimc2020Awards.INDIVIDUALS);
        long units = category(Wimc2020Awards.ORGANISATIONS);
        Guest sun = guest("孙丽华", "南京市会展办");
        Exhibitor estun = exhibitors.save(Exhibitor.named(eventId, "南京埃斯顿自动化股份有限公司"));
        Nominee person = service.saveNominee(Nominee.guest(people, sun.id()));
        service.saveNominee(Nominee.exhibitor(units, estun.id()));
        service.recordWinner(people, prize(people), person.id());
        SignOff signOff = service.signOff(people, wimc.member(Wimc2020Awards.INDIVIDUALS, "李梅"));
        service.signOff(units, wimc.member(Wimc2020Awards.ORGANISATIONS, "王建国"));

        assertThatThrownBy(() -> guests.delete(eventId, sun.id())).isInstanceOfSatisfying(AwardException.class, e -> {
            assertThat(e.key()).isEqualTo("release.guestSignedOff");
            assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("孙丽华是已由李梅签字确认的“优秀组织奖（个人）”的候选对象，"
                    + "因此不能删除这位嘉宾：已签字确认的结果不会改变。如确需删除，请先说明理由重新开启该类别。");
            assertThat(e.sentence(Locale.ENGLISH)).isEqualTo("孙丽华 is a nominee of “优秀组织奖（个人）”, which 李梅 signed off, so the "
                    + "guest cannot be deleted: a signed-off result does not change. If the guest must go, reopen the category with a reason first.");
        });
        assertThatThrownBy(() -> exhibitors.delete(eventId, estun.id())).isInstanceOfSatisfying(AwardException.class, e ->
                assertThat(e.sentence(Locale.ENGLISH)).startsWith("南京埃斯顿自动化股份有限公司 is a nominee of “优秀组织奖（单位）”, which 王建国 "
                        + "signed off, so the exhibitor cannot be deleted"));
        // Nothing changed: the guest and exhibitor are there, the frozen result still reads the same.
        assertThat(guests.find(sun.id())).isPresent();
        assertThat(exhibitors.find(estun.id())).isPresent();
        assertThat(service.changesSinceSignOff(people)).isEmpty();
        assertThat(service.resultContent(people).sha256()).isEqualTo(signOff.resultHash());
        assertThat(trail("guest")).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED);

        service.reopen(people, "秘书处", "嘉宾信息重复录入，需删除");
        assertThat(guests.delete(eventId, sun.id())).isTrue();
        assertThat(nominee(people, person.id()).name()).isEqualTo("孙丽华");
        assertThat(service.changesSinceSignOff(people)).containsExactly(new FieldChange("nominee/孙丽华/guestId", sun.id().toString(), null));
    }

    @Test
    void theNameANomineeWouldKeepMustBeFreeInItsCategory() {
        long people = category(Wimc2020Awards.INDIVIDUALS);
        Guest zhao = guest("赵小东", null);
        Nominee linked = service.saveNominee(Nominee.guest(people, zhao.id()));
        // Renamed on the guest list to the name another nominee of the category has.
        renamed(zhao, "赵晓东");

        assertThatThrownBy(() -> guests.delete(eventId, zhao.id())).isInstanceOfSatisfying(AwardException.class, e ->
                assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("赵晓东是“优秀组织奖（个人）”的候选对象，删除后将以这个名称保留为候选对象，"
                        + "但该类别中已有同名候选对象。请先在该类别中为其中一位改名或移除其中一位。"));
        assertThat(guests.find(zhao.id())).isPresent();
        assertThat(nominee(people, linked.id()).guestId()).isEqualTo(zhao.id());
    }

    @Test
    void anotherProgramCannotDeleteANominatedGuestOrExhibitor() {
        long units = category(Wimc2020Awards.ORGANISATIONS);
        long people = category(Wimc2020Awards.INDIVIDUALS);
        Exhibitor estun = exhibitors.save(Exhibitor.named(eventId, "南京埃斯顿自动化股份有限公司"));
        Guest sun = guest("孙丽华", null);
        service.saveNominee(Nominee.exhibitor(units, estun.id()));
        service.saveNominee(Nominee.guest(people, sun.id()));

        assertThatThrownBy(() -> database.dsl().execute("DELETE FROM exhibitor WHERE id = ?", estun.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("AWARD_NOMINEE_EXHIBITOR_FK");
        assertThatThrownBy(() -> database.dsl().execute("DELETE FROM guest WHERE id = ?", sun.id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("AWARD_NOMINEE_GUEST_FK");
        // Nor link a nominee to an exhibitor that does not exist.
        assertThatThrownBy(() -> database.dsl().execute("INSERT INTO award_nominee (category_id, kind, exhibitor_id, nominated_at) "
                + "VALUES (?, 'ORGANISATION', 999999, CURRENT_TIMESTAMP)", units)).isInstanceOf(DataAccessException.class);
        assertThat(database.dsl().fetchCount(DSL.table("exhibitor"))).isEqualTo(1);
    }

    // ------------------------------------------------------------------ the event deleted

    @Test
    void anEventWithASignedOffCategoryIsNotDeletedAndOtherwiseGoesWithItsAwardsAndNominatedGuests() {
        long people = category(Wimc2020Awards.INDIVIDUALS);
        long units = category(Wimc2020Awards.ORGANISATIONS);
        Guest sun = guest("孙丽华", null);
        Exhibitor estun = exhibitors.save(Exhibitor.named(eventId, "南京埃斯顿自动化股份有限公司"));
        service.saveNominee(Nominee.guest(people, sun.id()));
        service.saveNominee(Nominee.exhibitor(units, estun.id()));
        service.signOff(people, wimc.member(Wimc2020Awards.INDIVIDUALS, "李梅"));

        assertThatThrownBy(() -> events.delete(eventId)).isInstanceOfSatisfying(AwardException.class, e -> {
            assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("本届大会的奖项类别“优秀组织奖（个人）”已由李梅签字确认，因此不能删除本届大会："
                    + "已签字确认的结果不能随之丢失。如确需删除，请先说明理由重新开启该类别。");
            assertThat(e.sentence(Locale.ENGLISH)).isEqualTo("The award category “优秀组织奖（个人）” of this event was signed off by 李梅, so "
                    + "the event cannot be deleted: a signed-off result is not lost with it. If the event must go, reopen the category with a reason first.");
        });
        assertThat(events.find(eventId)).isPresent();
        assertThat(service.categories(eventId)).hasSize(6);

        service.reopen(people, "秘书处", "测试数据，整届删除");
        changes.clear();
        assertThat(events.delete(eventId)).isTrue();

        assertThat(events.find(eventId)).isEmpty();
        assertThat(service.categories(eventId)).isEmpty();
        assertThat(guests.find(sun.id())).isEmpty();
        assertThat(exhibitors.find(estun.id())).isEmpty();
        assertThat(changes).hasSize(1).first().isInstanceOfSatisfying(RecordChange.Removed.class,
                removed -> assertThat(removed.ids()).hasSize(6));
    }

    // ------------------------------------------------------------------ scores in the audit trail

    @Test
    void scoresOfAnOpenCategoryAreNotShownInTheAuditTrailUntilItIsSignedOff() {
        long contest = category(Wimc2020Awards.CONTEST);
        long member = wimc.member(Wimc2020Awards.CONTEST, "王建国");
        long entry = wimc.nominees.get("智能产线数字孪生系统");
        long other = wimc.nominees.get("协作机器人柔性装配单元");
        service.saveScores(contest, member, entry, Map.of(wimc.criteria.get("创新性"), new BigDecimal("91.50")));
        service.saveScores(contest, member, entry, Map.of(wimc.criteria.get("创新性"), new BigDecimal("93")));
        service.saveScores(contest, member, other, Map.of(wimc.criteria.get("技术水平"), new BigDecimal("77.25")));
        service.recuse(contest, member, other, "曾参与该项目研发");
        AuditText zh = new AuditText(Locale.SIMPLIFIED_CHINESE, Event.DEFAULT_TIME_ZONE, audit.withholding());
        AuditText en = new AuditText(Locale.ENGLISH, Event.DEFAULT_TIME_ZONE, audit.withholding());
        List<AuditEntry> scores = trail(AwardAudit.SCORE);
        AuditEntry recusal = trail(AwardAudit.RECUSAL).get(0);

        assertThat(scores).extracting(en::changes).containsExactly(
                "创新性: (not shown until the category is signed off)",
                "创新性: (not shown until the category is signed off) → (not shown until the category is signed off)",
                "技术水平: (not shown until the category is signed off)");
        assertThat(zh.changes(scores.get(0))).isEqualTo("创新性：（签字确认后显示）");
        assertThat(en.changes(recusal)).isEqualTo("Member: 王建国; Nominee: 协作机器人柔性装配单元; Reason: 曾参与该项目研发; "
                + "scoreRemoved:技术水平: (not shown until the category is signed off)");
        // The trail keeps the values as written: they are only not shown.
        assertThat(scores.get(1).changes()).containsExactly(new FieldChange("创新性", "91.50", "93.00"));
        // Other records' values are shown as before.
        assertThat(en.changes(trail(AwardAudit.MEMBER).get(0))).isEqualTo("Name: 王建国");

        service.signOff(contest, member);
        assertThat(en.changes(scores.get(1))).isEqualTo("创新性: 91.50 → 93.00");
        assertThat(en.changes(recusal)).endsWith("scoreRemoved:技术水平: 77.25");

        // Reopened, the category is open again: its scores are not shown again, as on the score sheet.
        service.reopen(contest, "秘书处", "补充评分");
        assertThat(en.changes(scores.get(1))).isEqualTo(
                "创新性: (not shown until the category is signed off) → (not shown until the category is signed off)");
        // A score whose nominee is gone belongs to no result: it stays hidden.
        service.removeNominee(contest, entry);
        assertThat(audit.withholding().withheldFields(scores.get(0))).containsExactly("创新性");
    }
}
