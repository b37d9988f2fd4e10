package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestService;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guest form without a window: a copy is edited, checked live, saved or reset. */
class GuestFormViewModelTest {

    private Database database;
    private GuestService service;
    private GuestFormViewModel form;
    private long eventId;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new GuestService(database);
        form = new GuestFormViewModel(service, new CurrentThreadTaskExecutor(), dialogs, new GuestWords(Locale.SIMPLIFIED_CHINESE));
        form.startNew(eventId);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewGuestIsSavedExactlyAsTypedApartFromSurroundingBlanks() {
        form.textProperty(GuestField.FULL_NAME).set(" 约翰·史密斯 ");
        form.textProperty(GuestField.ORGANISATION).set("Acme Robotics GmbH");
        form.categoryProperty().set(GuestCategory.EXPERT);
        assertThat(form.canSaveProperty().get()).isTrue();

        form.save();

        assertThat(service.list(eventId)).singleElement().satisfies(g -> {
            assertThat(g.fullName()).isEqualTo("约翰·史密斯");
            assertThat(g.organisation()).isEqualTo("Acme Robotics GmbH");
            assertThat(g.category()).isEqualTo(GuestCategory.EXPERT);
            assertThat(g.otherName()).isNull();
        });
        assertThat(form.titleProperty().get()).isEqualTo("嘉宾：约翰·史密斯");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void tooLongAndBadValuesSayWhatToDoAndNothingIsSavedOrCut() {
        form.textProperty(GuestField.FULL_NAME).set("张三");
        form.textProperty(GuestField.VIP_LEVEL).set("V".repeat(21));
        form.textProperty(GuestField.PHONE).set("无");

        assertThat(form.messageProperty(GuestField.VIP_LEVEL).get()).isEqualTo("贵宾级别有 21 个字符，最多 20 个。请缩短（系统不会替您截断）。");
        assertThat(form.messageProperty(GuestField.PHONE).get()).isEqualTo("电话“无”中没有数字；请填写号码，如 +86 25 8888 0000。");
        assertThat(form.canSaveProperty().get()).isFalse();
        form.save();
        assertThat(service.list(eventId)).isEmpty();
        assertThat(form.textProperty(GuestField.VIP_LEVEL).get()).hasSize(21);
    }

    @Test
    void anEmptyNameSpeaksOnlyAfterSaveIsTried() {
        assertThat(form.messageProperty(GuestField.FULL_NAME).get()).isNull();
        form.save();
        assertThat(form.messageProperty(GuestField.FULL_NAME).get()).isEqualTo("姓名为空；每位嘉宾都需要姓名。");
    }

    @Test
    void editingACopyAndResettingLeavesTheStoredGuestAlone() {
        Guest stored = service.save(Guest.named(eventId, "王五"));
        form.edit(stored);
        form.textProperty(GuestField.TITLE).set("副主任");
        assertThat(form.dirtyProperty().get()).isTrue();

        dialogs.answer = false;
        assertThat(form.requestEdit(Guest.named(eventId, "另一位").withId(999L))).isFalse();
        assertThat(form.textProperty(GuestField.TITLE).get()).isEqualTo("副主任");

        form.reset();
        assertThat(form.textProperty(GuestField.TITLE).get()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(service.find(stored.id()).orElseThrow().title()).isNull();
    }

    @Test
    void aNewCategoryTypedInIsAskedAboutOnceAndAKnownOneTakesTheEventsSpelling() {
        form.followCategories(() -> java.util.List.of(GuestCategory.ACADEMICIAN, GuestCategory.EXPERT,
                GuestCategory.ENTERPRISE_REPRESENTATIVE, GuestCategory.GOVERNMENT_OFFICIAL, GuestCategory.MEDIA,
                GuestCategory.OTHER, GuestCategory.of("演讲嘉宾")));
        assertThat(form.categoryOf("Academician")).isEqualTo(GuestCategory.ACADEMICIAN);
        assertThat(form.categoryOf("演讲 嘉宾")).isEqualTo(GuestCategory.of("演讲嘉宾"));
        assertThat(form.categoryOf(" ")).isEqualTo(GuestCategory.OTHER);

        form.textProperty(GuestField.FULL_NAME).set("李开复");
        form.categoryProperty().set(form.categoryOf("VIP"));
        dialogs.answer = false;
        form.save();

        assertThat(dialogs.questions).containsExactly("“VIP”还不是本活动的嘉宾类别（已有：院士、专家、企业代表、政府官员、媒体、其他、演讲嘉宾）。"
                + "添加为新类别吗？选“否”可改正：写法不同的类别会单独统计。");
        assertThat(service.list(eventId)).isEmpty();

        dialogs.answer = true;
        form.save();
        assertThat(service.list(eventId)).singleElement().satisfies(g -> assertThat(g.category()).isEqualTo(GuestCategory.of("VIP")));
        assertThat(service.categories(eventId)).endsWith(GuestCategory.OTHER, GuestCategory.of("VIP"));

        form.startNew(eventId);
        form.textProperty(GuestField.FULL_NAME).set("王坚");
        form.categoryProperty().set(form.categoryOf("演讲嘉宾"));
        form.save();
        assertThat(dialogs.questions).hasSize(2);
    }
}
