package org.conferencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"2020-11-26", "2020/11/26", "2020.11.26", "2020年11月26日", "2020年11月26号", " 2020 年 11 月 26 日 ",
            "２０２０年１１月２６日", "20201126", "2020-11-26 "})
    void readsTheFormsOrganisersType(String text) {
        assertThat(DateText.parse(text)).isEqualTo(LocalDate.of(2020, 11, 26));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-1-5", "2021/1/5", "2021年1月5日"})
    void readsOneDigitMonthAndDay(String text) {
        assertThat(DateText.parse(text)).isEqualTo(LocalDate.of(2021, 1, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26/11/2020", "11/26/2020", "Nov 26, 2020", "2020-13-01", "2020-02-30", "明天"})
    void refusesAmbiguousOrImpossibleDates(String text) {
        assertThatThrownBy(() -> DateText.parse(text)).isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankMeansNoDate(String text) {
        assertThat(DateText.parse(text)).isNull();
        assertThat(DateText.format(null)).isEmpty();
    }
}
