package org.conferencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.shared.DateText.DayMonthOrder;
import org.conferencedesk.shared.DateText.Reading;
import org.conferencedesk.shared.DateText.Serials;
import org.conferencedesk.shared.DateTextException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest
    @ValueSource(strings = {"2020-11-26", "2020/11/26", "2020.11.26", "2020年11月26日", "2020年11月26号", " 2020 年 11 月 26 日 ",
            "２０２０年１１月２６日", "20201126", "2020-11-26 ", "2020年11月26", "２０２０／１１／２６"})
    void readsTheFormsOrganisersType(String text) {
        assertThat(DateText.parse(text)).isEqualTo(LocalDate.of(2020, 11, 26));
    }

    @ParameterizedTest
    @ValueSource(strings = {"28.11.2020", "2020.11.28", "28/11/2020", "11/28/2020", "28-11-2020", "Nov 28, 2020",
            "November 28 2020", "Nov. 28, 2020", "28 Nov 2020", "28 November, 2020", "28-Nov-2020", "28th November 2020",
            "nov 28th, 2020", "2020年11月28日", "2020年11月28日 10:00", "2020年11月28日（周六）", "2020年11月28日(星期六) 10:00",
            "二〇二〇年十一月二十八日", "二○二○年十一月廿八日", "二零二零年十一月二十八号", "Sat, Nov 28, 2020", "Saturday 28 November 2020",
            "2020-11-28T10:00:00+08:00", "2020/11/28 下午3点", "２０２０年１１月２８日（礼拜六）"})
    void readsDatesAsPeopleWriteThem(String text) {
        assertThat(DateText.parse(text)).as(text).isEqualTo(LocalDate.of(2020, 11, 28));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2020年11月28日 10:00              | 10:00
            2020-11-28 9:30                   | 09:30
            2020-11-28 09:30:15.123456        | 09:30:15.123456
            2020年11月28日 9时30分            | 09:30
            2020年11月28日 下午3点            | 15:00
            2020年11月28日 晚上8:15           | 20:15
            2020年11月28日 中午12点           | 12:00
            2020年11月28日 凌晨12:30          | 00:30
            Nov 28, 2020 3:00 pm              | 15:00
            28/11/2020 12:05 am               | 00:05
            2020年11月28日（周六）10:00        | 10:00
            """)
    void readsTheTimeAfterTheDate(String text, String time) {
        DateText.Written written = DateText.parseWritten(text, Reading.STRICT);

        assertThat(written.date()).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(written.time()).isEqualTo(LocalTime.parse(time));
        assertThat(written.offset()).isNull();
    }

    @Test
    void anOffsetWrittenWinsOverTheEventsZone() {
        assertThat(DateText.parseWritten("2020-11-28T10:00:00Z", Reading.STRICT).at(SHANGHAI))
                .isEqualTo(Instant.parse("2020-11-28T10:00:00Z"));
        assertThat(DateText.parseWritten("2020-11-28 10:00 +0100", Reading.STRICT).offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(DateText.parseWritten("2020-11-28 10:00", Reading.STRICT).at(SHANGHAI))
                .isEqualTo(Instant.parse("2020-11-28T02:00:00Z"));
        assertThat(DateText.parseWritten("2020-11-28", Reading.STRICT).time()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-1-5", "2021/1/5", "2021年1月5日", "二〇二一年一月五日"})
    void readsOneDigitMonthAndDay(String text) {
        assertThat(DateText.parse(text)).isEqualTo(LocalDate.of(2021, 1, 5));
    }

    @Test
    void excelSerialsAreDatesOnlyWhereTheCallerSaysSoInTheWorkbooksDateSystem() {
        Reading excel = Reading.of(Serials.EXCEL_1900);
        assertThat(DateText.parse("44163", excel)).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(DateText.parseWritten("44163.75", excel).dateTime()).isEqualTo("2020-11-28T18:00");
        assertThat(DateText.parseWritten("44163.4", excel).time()).isEqualTo(LocalTime.of(9, 36));
        assertThat(DateText.parse("1", excel)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(DateText.parse("59", excel)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(DateText.parse("61", excel)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(problemOf("60", excel)).isEqualTo(Problem.IMPOSSIBLE_DAY);
        assertThat(DateText.parse("42701", Reading.of(Serials.EXCEL_1904))).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(DateText.parse("0", Reading.of(Serials.EXCEL_1904))).isEqualTo(LocalDate.of(1904, 1, 1));
        assertThat(problemOf("44163", Reading.STRICT)).isEqualTo(Problem.NOT_A_DATE);
        assertThat(problemOf("2020", excel)).isEqualTo(Problem.YEAR_ONLY);
        assertThat(problemOf("9999999", excel)).isEqualTo(Problem.NOT_A_DATE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2020年11月           | MONTH_ONLY
            2020年11月份         | MONTH_ONLY
            二〇二〇年十一月     | MONTH_ONLY
            2020-11              | MONTH_ONLY
            2020/11              | MONTH_ONLY
            11/2020              | MONTH_ONLY
            Nov 2020             | MONTH_ONLY
            November, 2020       | MONTH_ONLY
            2020年               | YEAR_ONLY
            2020                 | YEAR_ONLY
            11月28日             | NO_YEAR
            28 Nov               | NO_YEAR
            26th of November     | NO_YEAR
            Nov 28               | NO_YEAR
            11/28                | NO_YEAR
            0000-01-01           | YEAR_ZERO
            0000年1月1日         | YEAR_ZERO
            28/11/20             | TWO_DIGIT_YEAR
            20年11月28日         | TWO_DIGIT_YEAR
            2020-02-30           | IMPOSSIBLE_DAY
            2020-13-01           | IMPOSSIBLE_DAY
            31/04/2020           | IMPOSSIBLE_DAY
            13/13/2020           | IMPOSSIBLE_DAY
            2020-11-28 25:00     | IMPOSSIBLE_TIME
            2020-11-28 9:75      | IMPOSSIBLE_TIME
            2020-11-28 13:00 pm  | IMPOSSIBLE_TIME
            2020年11月28日（周五）| WRONG_WEEKDAY
            Fri, Nov 28, 2020    | WRONG_WEEKDAY
            03/04/2020           | AMBIGUOUS_ORDER
            明天                 | NOT_A_DATE
            2020-11-28 morning   | NOT_A_DATE
            202011280            | NOT_A_DATE
            2020-11.28           | NOT_A_DATE
            """)
    void refusesWhatIsNotOneDayAndSaysWhy(String text, Problem problem) {
        DateTextException e = catchThrowableOfType(DateTextException.class, () -> DateText.parse(text));

        assertThat(e).as(text).isNotNull();
        assertThat(e.problem()).as(text).isEqualTo(problem);
        assertThat(e).isInstanceOf(DateTimeParseException.class);
        assertThat(e.getParsedString()).isEqualTo(text.strip());
        assertThat(e.getMessage()).contains("“" + text.strip() + "”");
        assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).contains("“" + text.strip() + "”").doesNotContain("!date.");
    }

    @Test
    void sentencesNameWhatWasWrittenAndWhatToWrite() {
        assertThat(sentence("2020年11月", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“2020年11月”只写到月，没有日。请写上日，例如 2020-11-28 或 2020年11月28日。");
        assertThat(sentence("2020年11月", Locale.ENGLISH))
                .isEqualTo("“2020年11月” names a month, not a day. Write the day too, e.g. 2020-11-28 or 2020年11月28日.");
        assertThat(sentence("2020年11月28日（周五）", Locale.ENGLISH))
                .isEqualTo("“2020年11月28日（周五）”: 2020-11-28 is a Saturday, not a Friday. Check the date and the day of the week.");
        assertThat(sentence("2020年11月28日（周五）", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“2020年11月28日（周五）”：2020年11月28日是星期六，不是星期五。请检查日期和星期。");
        assertThat(sentence("03/04/2020", Locale.ENGLISH))
                .isEqualTo("“03/04/2020” could be 2020-04-03 (day first) or 2020-03-04 (month first). "
                        + "Write it as year-month-day, e.g. 2020-04-03.");
        assertThat(sentence("28/11/20", Locale.ENGLISH)).contains("1920 or 2020?");
    }

    @Test
    void aColumnsClearDatesDecideItsOrder() {
        Reading dayFirst = DateText.readingOf(List.of("03/04/2020", "28/11/2020", "2020-01-01", "", "05/06/2020"), Serials.NONE);
        assertThat(dayFirst.order()).isEqualTo(DayMonthOrder.DAY_FIRST);
        assertThat(DateText.parse("03/04/2020", dayFirst)).isEqualTo(LocalDate.of(2020, 4, 3));
        assertThat(DateText.parse("05.06.2020", dayFirst)).isEqualTo(LocalDate.of(2020, 6, 5));
        assertThat(DateText.parse("28/11/2020", dayFirst)).isEqualTo(LocalDate.of(2020, 11, 28));

        Reading monthFirst = DateText.readingOf(Arrays.asList("03/04/2020", null, "11/28/2020 10:00", "not a date"), Serials.NONE);
        assertThat(monthFirst.order()).isEqualTo(DayMonthOrder.MONTH_FIRST);
        assertThat(DateText.parse("03/04/2020", monthFirst)).isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(DateText.parse("04/04/2020", monthFirst)).isEqualTo(LocalDate.of(2020, 4, 4));

        Reading none = DateText.readingOf(List.of("2020-11-28", "2020年11月28日", "44163"), Serials.EXCEL_1900);
        assertThat(none.order()).isNull();
        assertThat(DateText.parse("44163", none)).isEqualTo(LocalDate.of(2020, 11, 28));
    }

    @Test
    void aColumnThatCannotTellRefusesItsUnclearDatesAndSaysWhy() {
        Reading cannotTell = DateText.readingOf(List.of("03/04/2020", "12/11/2020", "2020-11-28", "05/05/2020"), Serials.NONE);

        assertThat(cannotTell.order()).isNull();
        assertThat(DateText.parse("05/05/2020", cannotTell)).isEqualTo(LocalDate.of(2020, 5, 5));
        assertThat(DateText.parse("2020-11-28", cannotTell)).isEqualTo(LocalDate.of(2020, 11, 28));
        DateTextException e = catchThrowableOfType(DateTextException.class, () -> DateText.parse("12/11/2020", cannotTell));
        assertThat(e.problem()).isEqualTo(Problem.AMBIGUOUS_ORDER);
        assertThat(e.sentence(Locale.ENGLISH)).isEqualTo("“12/11/2020” could be 2020-11-12 (day first) or 2020-12-11 (month first), "
                + "and no date in this column tells which comes first: in every one, day and month are 12 or less. "
                + "Write the dates as year-month-day, e.g. 2020-11-12.");
    }

    @Test
    void aColumnWithBothOrdersReadsItsClearDatesAndRefusesTheUnclearOnes() {
        Reading mixed = DateText.readingOf(List.of("28/11/2020", "11/29/2020", "03/04/2020"), Serials.NONE);

        assertThat(mixed.order()).isNull();
        assertThat(DateText.parse("28/11/2020", mixed)).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(DateText.parse("11/29/2020", mixed)).isEqualTo(LocalDate.of(2020, 11, 29));
        DateTextException e = catchThrowableOfType(DateTextException.class, () -> DateText.parse("03/04/2020", mixed));
        assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“03/04/2020”既可读作2020年4月3日（日在前），也可读作2020年3月4日（月在前），"
                + "而本列两种写法都有（“28/11/2020”日在前，“11/29/2020”月在前）。请按年-月-日书写，例如 2020年4月3日。");
    }

    @Test
    void anOrderGivenByTheCallerReadsUnclearDates() {
        assertThat(DateText.parse("03/04/2020", Reading.STRICT.withOrder(DayMonthOrder.MONTH_FIRST))).isEqualTo(LocalDate.of(2020, 3, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankMeansNoDate(String text) {
        assertThat(DateText.parse(text)).isNull();
        assertThat(DateText.parseWritten(null, Reading.STRICT)).isNull();
        assertThat(DateText.format(null)).isEmpty();
    }

    @Test
    void anImpossibleDayIsToldApartFromNoDate() {
        assertThat(DateText.isImpossibleDay(catchThrowableOfType(DateTimeParseException.class, () -> DateText.parse("2020-02-30"))))
                .isTrue();
        assertThat(DateText.isImpossibleDay(catchThrowableOfType(DateTimeParseException.class, () -> DateText.parse("明天"))))
                .isFalse();
        assertThatThrownBy(() -> DateText.parse("明天")).isInstanceOf(DateTextException.class);
    }

    private static Problem problemOf(String text, Reading reading) {
        return catchThrowableOfType(DateTextException.class, () -> DateText.parse(text, reading)).problem();
    }

    private static String sentence(String text, Locale locale) {
        return catchThrowableOfType(DateTextException.class, () -> DateText.parse(text)).sentence(locale);
    }
}
