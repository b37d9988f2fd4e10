package org.conferencedesk.exhibitors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An exhibitor's contact who is a guest of the event: one person, one record, on both lists. */
class ExhibitorContactTest {

    private ExhibitorFixture f;
    private Guest wu;

    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture();
        wu = f.guests.save(new Guest(null, f.eventId, "吴波", "Wu Bo", "董事长", "南京埃斯顿自动化股份有限公司", "中国",
                GuestCategory.ENTERPRISE_REPRESENTATIVE, null, Attendance.ON_SITE, InvitationStatus.CONFIRMED, null,
                "wubo@estun.example.com", "025 5280 0000", null, null));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Exhibitor estunWithContact(long guestId) {
        return f.service.save(Exhibitor.named(f.eventId, "南京埃斯顿自动化股份有限公司").withContact(null, guestId));
    }

    @Test
    void aContactLinkedToAGuestShowsTheGuestsNameAndIsFoundFromTheGuest() {
        Exhibitor estun = estunWithContact(wu.id());

        assertThat(estun.contactPerson()).isEqualTo("吴波");
        assertThat(estun.contactGuestId()).isEqualTo(wu.id());
        assertThat(f.service.contactsOf(f.eventId, wu.id())).extracting(Exhibitor::companyName)
                .containsExactly("南京埃斯顿自动化股份有限公司");
    }

    @Test
    void renamingTheGuestRenamesTheContactWithNothingToSaveTwice() {
        Exhibitor estun = estunWithContact(wu.id());
        f.guests.save(new Guest(wu.id(), f.eventId, "吴 波", wu.otherName(), wu.title(), wu.organisation(), wu.country(),
                wu.category(), null, wu.attendance(), wu.invitationStatus(), null, wu.email(), wu.phone(), null, null));

        assertThat(f.service.find(estun.id()).orElseThrow().contactPerson()).isEqualTo("吴 波");
        // Saving the exhibitor unchanged records nothing: the contact is the same person.
        f.service.save(f.service.find(estun.id()).orElseThrow());
        assertThat(f.auditOf(ExhibitorAudit.EXHIBITOR)).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED);
    }

    @Test
    void aContactGuestMergedIntoAnotherShowsTheKeptGuestAndComesBackWhenTheMergeIsUndone() {
        Guest duplicate = f.guests.save(Guest.named(f.eventId, "吴波 "));
        Exhibitor estun = estunWithContact(duplicate.id());

        var merge = f.guests.merge(f.eventId, wu.id(), List.of(duplicate.id()), Locale.SIMPLIFIED_CHINESE);
        Exhibitor merged = f.service.find(estun.id()).orElseThrow();
        assertThat(merged.contactGuestId()).isEqualTo(wu.id());
        assertThat(f.service.contactsOf(f.eventId, wu.id())).extracting(Exhibitor::id).containsExactly(estun.id());

        f.guests.undoMerge(f.eventId, merge.mergeId());
        assertThat(f.service.find(estun.id()).orElseThrow().contactGuestId()).isEqualTo(duplicate.id());
    }

    @Test
    void linkingAGuestMergedAwayLinksTheGuestItWasMergedInto() {
        Guest duplicate = f.guests.save(Guest.named(f.eventId, "吴波"));
        f.guests.merge(f.eventId, wu.id(), List.of(duplicate.id()), Locale.SIMPLIFIED_CHINESE);

        Exhibitor estun = estunWithContact(duplicate.id());

        assertThat(estun.contactGuestId()).isEqualTo(wu.id());
        assertThat(f.auditOf(ExhibitorAudit.EXHIBITOR).get(0).change("guestId").after()).isEqualTo(String.valueOf(wu.id()));
    }

    @Test
    void deletingTheGuestKeepsTheContactsNameOnTheExhibitor() {
        Exhibitor estun = estunWithContact(wu.id());

        assertThat(f.guests.delete(f.eventId, wu.id())).isTrue();

        Exhibitor after = f.service.find(estun.id()).orElseThrow();
        assertThat(after.contactPerson()).isEqualTo("吴波");
        assertThat(after.contactGuestId()).isNull();
        assertThat(f.service.contactsOf(f.eventId, wu.id())).isEmpty();
        // The deletion is in the trail (as the guest's); the exhibitor is unchanged, so it has no new entry.
        assertThat(f.auditOf("guest")).extracting(AuditEntry::action).containsExactly(AuditAction.CREATED, AuditAction.DELETED);
        assertThat(f.auditOf(ExhibitorAudit.EXHIBITOR)).hasSize(1);
    }

    @Test
    void aGuestOfAnotherEventOrUnknownCannotBeTheContact() {
        long other = new EventRepository(f.database.dsl()).insert(Event.named("WIMC 2021")).id();
        Guest elsewhere = f.guests.save(Guest.named(other, "张三"));

        assertThatThrownBy(() -> estunWithContact(elsewhere.id()))
                .isInstanceOfSatisfying(ExhibitorException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "The contact (guest no. " + elsewhere.id() + ") is not on this event’s guest list; choose a guest of"
                                + " the list, or write the contact’s name."));
        assertThatThrownBy(() -> estunWithContact(999_999L)).isInstanceOf(ExhibitorException.class);
        assertThat(f.service.list(f.eventId)).isEmpty();
    }

    @Test
    void theLinkIsInTheAuditTrailAndReadsWellInBothLanguages() {
        Exhibitor estun = estunWithContact(wu.id());
        f.service.save(f.service.find(estun.id()).orElseThrow().withContact("李四", null));

        List<AuditEntry> entries = f.auditOf(ExhibitorAudit.EXHIBITOR);
        AuditEntry created = entries.get(0);
        assertThat(created.change("contactPerson").after()).isEqualTo("吴波");
        assertThat(created.change("guestId").after()).isEqualTo(String.valueOf(wu.id()));
        AuditEntry unlinked = entries.get(1);
        assertThat(unlinked.changes()).extracting(c -> c.field() + ":" + c.before() + "→" + c.after())
                .containsExactly("contactPerson:吴波→李四", "guestId:" + wu.id() + "→null");

        AuditText zh = new AuditText(Locale.SIMPLIFIED_CHINESE, Event.DEFAULT_TIME_ZONE);
        assertThat(zh.record(unlinked)).isEqualTo("展商：南京埃斯顿自动化股份有限公司");
        assertThat(zh.changes(unlinked)).isEqualTo("联系人：吴波 → 李四；联系人（嘉宾编号）：" + wu.id() + " → （空）");
        AuditText en = new AuditText(Locale.ENGLISH, Event.DEFAULT_TIME_ZONE);
        assertThat(en.changes(unlinked)).isEqualTo("Contact person: 吴波 → 李四; Contact (guest no.): " + wu.id() + " → (empty)");
    }
}
