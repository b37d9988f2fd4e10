package org.conferencedesk.events.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

class EventFormViewModelTest {

    private final EventFormViewModel zh = new EventFormViewModel(Messages.of("ui", Locale.SIMPLIFIED_CHINESE));
    private final EventFormViewModel en = new EventFormViewModel(Messages.of("ui", Locale.ENGLISH));

    @Test
    void formIsPrefilledWithNanjingInTheWindowsLanguage() {
        assertThat(zh.cityProperty().get()).isEqualTo("南京");
        assertThat(en.cityProperty().get()).isEqualTo("Nanjing");
    }

    @Test
    void onlyTypedInputCountsAsSomethingCancelWouldDrop() {
        assertThat(en.hasTyping()).isFalse();
        en.endDateTextProperty().set("2020-11-28");
        assertThat(en.hasTyping()).isTrue();
        en.endDateTextProperty().set(" ");
        assertThat(en.hasTyping()).isFalse();
        zh.cityProperty().set("苏州");
        assertThat(zh.hasTyping()).isTrue();
    }

    @Test
    void nameIsRequiredBeforeOkIsEnabled() {
        assertThat(en.canSaveProperty().get()).isFalse();
        assertThatThrownBy(en::toEvent).isInstanceOf(IllegalStateException.class).hasMessageContaining("name");

        en.nameProperty().set("2020 World Intelligent Manufacturing Conference");
        assertThat(en.canSaveProperty().get()).isTrue();

        en.nameProperty().set("   ");
        assertThat(en.canSaveProperty().get()).isFalse();
    }

    @Test
    void chineseSlashedAndIsoDatesAreAllRead() {
        zh.nameProperty().set("2020世界智能制造大会");
        zh.startDateTextProperty().set("2020年11月26日");
        zh.endDateTextProperty().set("2020/11/28");

        assertThat(zh.startDateErrorProperty().get()).isEmpty();
        assertThat(zh.endDateErrorProperty().get()).isEmpty();
        Event event = zh.toEvent();
        assertThat(event.startDate()).isEqualTo(LocalDate.of(2020, 11, 26));
        assertThat(event.endDate()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(event.city()).isEqualTo("南京");
        assertThat(event.timeZone().getId()).isEqualTo("Asia/Shanghai");
    }

    @Test
    void unreadableDateIsReportedAndTheTypedTextKept() {
        en.nameProperty().set("WIMC 2020");
        en.startDateTextProperty().set("26th of November");

        assertThat(en.startDateErrorProperty().get())
                .isEqualTo("“26th of November” is not a date. Write it as 2020-11-26, 2020/11/26 or 2020年11月26日, or pick it from the calendar.");
        assertThat(en.startDateTextProperty().get()).isEqualTo("26th of November");
        assertThat(en.canSaveProperty().get()).isFalse();

        en.startDateTextProperty().set("2020-11-26");
        assertThat(en.startDateErrorProperty().get()).isEmpty();
        assertThat(en.canSaveProperty().get()).isTrue();
    }

    @Test
    void dayThatDoesNotExistIsRefused() {
        zh.startDateTextProperty().set("2020年2月30日");

        assertThat(zh.startDateErrorProperty().get()).startsWith("“2020年2月30日”不是日期。");
    }

    @Test
    void endBeforeStartIsRefusedWithBothDates() {
        en.nameProperty().set("WIMC 2020");
        en.startDateTextProperty().set("2020-11-28");
        en.endDateTextProperty().set("2020年11月26日");

        assertThat(en.endDateErrorProperty().get()).isEqualTo("The end date 2020-11-26 is before the start date 2020-11-28.");
        assertThat(en.canSaveProperty().get()).isFalse();
    }

    @Test
    void blankOptionalFieldsAreLeftEmpty() {
        en.nameProperty().set("  WIMC 2021  ");
        en.cityProperty().set("");

        Event event = en.toEvent();
        assertThat(event.name()).isEqualTo("WIMC 2021");
        assertThat(event.startDate()).isNull();
        assertThat(event.endDate()).isNull();
    }
}
