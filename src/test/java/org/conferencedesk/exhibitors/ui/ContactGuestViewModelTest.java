package org.conferencedesk.exhibitors.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorFixture;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exhibitor form links its contact person to a guest found by pinyin, and unlinks it; both saved with the exhibitor. */
class ContactGuestViewModelTest {

    private ExhibitorFixture f;
    private ExhibitorFormViewModel form;
    private ContactGuestViewModel contact;
    private Guest wu;
    private Exhibitor estun;

    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture();
        wu = f.guests.save(new Guest(null, f.eventId, "吴波", "Wu Bo", "董事长", "南京埃斯顿自动化股份有限公司", "中国",
                GuestCategory.ENTERPRISE_REPRESENTATIVE, null, Attendance.ON_SITE, InvitationStatus.CONFIRMED, null,
                null, null, null, null));
        f.guests.save(Guest.named(f.eventId, "王建国"));
        estun = f.service.save(Exhibitor.named(f.eventId, "南京埃斯顿自动化股份有限公司").withContact("吴先生", null));
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        ExhibitorWords words = new ExhibitorWords(Locale.ENGLISH);
        form = new ExhibitorFormViewModel(f.service, executor, new RecordingDialogs(), words, List::of);
        contact = new ContactGuestViewModel(f.service, executor, Locale.ENGLISH, form);
        contact.load(f.eventId);
        form.edit(estun);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aGuestFoundByPinyinBecomesTheContactWhenSaved() {
        contact.pick().queryProperty().set("wub");
        assertThat(contact.pick().matches()).extracting(Object::toString).containsExactly("吴波 · 南京埃斯顿自动化股份有限公司");

        contact.link();
        assertThat(form.textProperty(ExhibitorField.CONTACT_PERSON).get()).isEqualTo("吴波");
        assertThat(form.contactLinked()).isTrue();
        assertThat(form.dirtyProperty().get()).isTrue();
        form.save();

        Exhibitor saved = f.service.find(estun.id()).orElseThrow();
        assertThat(saved.contactGuestId()).isEqualTo(wu.id());
        assertThat(saved.contactPerson()).isEqualTo("吴波");
        assertThat(f.service.contactsOf(f.eventId, wu.id())).extracting(Exhibitor::id).containsExactly(estun.id());
    }

    @Test
    void unlinkingKeepsTheNameAsWrittenAndTypingAnotherNameUnlinksToo() {
        estun = f.service.save(estun.withContact(null, wu.id()));
        form.edit(estun);
        assertThat(form.contactLinked()).isTrue();
        assertThat(form.dirtyProperty().get()).isFalse();

        contact.unlink();
        assertThat(form.contactLinked()).isFalse();
        assertThat(form.dirtyProperty().get()).isTrue();
        form.save();
        Exhibitor saved = f.service.find(estun.id()).orElseThrow();
        assertThat(saved.contactGuestId()).isNull();
        assertThat(saved.contactPerson()).isEqualTo("吴波");

        // Linked again, then another name typed over it: a contact as written.
        contact.pick().queryProperty().set("wjg");
        contact.link();
        form.textProperty(ExhibitorField.CONTACT_PERSON).set("王工");
        assertThat(form.contactLinked()).isFalse();
    }
}
