package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.money.Amount;
import org.junit.jupiter.api.Test;

class CellReaderTest {

    private final CellReader csv = new CellReader(Locale.ENGLISH);
    private static final DateText.Reading TEXT = DateText.Reading.of(DateText.Serials.NONE);
    private static final DateText.Reading WORKBOOK = DateText.Reading.of(DateText.Serials.EXCEL_1900);

    @Test
    void textIsKeptAsWrittenWithSpacesAroundItDroppedAndTheExportsApostropheRemoved() {
        assertThat(csv.text("  南京\u3000")).isEqualTo("南京");
        assertThat(csv.text("")).isNull();
        assertThat(csv.text("   ")).isNull();
        assertThat(csv.text("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(csv.text("'＝1")).isEqualTo("＝1");
        assertThat(csv.text("''=x")).isEqualTo("'=x");
        assertThat(csv.text("'abc")).isEqualTo("'abc");
        assertThat(csv.text("a\tb")).isEqualTo("a\tb");
        assertThat(csv.text("一\n二")).isEqualTo("一\n二");
    }

    @Test
    void textThatCannotBeKeptIsRefusedWithTheReason() {
        Map<String, String> refused = Map.of(
                "\t张三", "The text starts with a TAB character",
                "张三\t", "The text ends with a TAB character",
                "'\t张三", "The text starts with a TAB character",
                "#REF!", "Excel error #REF!",
                "#N/A", "Excel error #N/A",
                "张\u0000三", "U+0000");
        refused.forEach((cell, reason) -> assertThatThrownBy(() -> csv.text(cell)).as(cell)
                .isInstanceOf(CellReader.CellProblem.class).hasMessageContaining(reason));
    }

    @Test
    void datesAreReadByDateTextWithTheirColumnsReadingAndRefusedWithItsSentences() {
        assertThat(csv.date("2020-11-28", TEXT)).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(csv.date("2020年11月28日", TEXT)).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(csv.date("28/11/2020", TEXT)).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(csv.date("2020-11-28 00:00:00", TEXT)).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(csv.date("44163", WORKBOOK)).isEqualTo(LocalDate.of(2020, 11, 28));
        assertThat(csv.date("44163.75", WORKBOOK)).isEqualTo(LocalDate.of(2020, 11, 28));
        DateText.Reading dayFirst = DateText.readingOf(List.of("28/11/2020", "03/04/2020"), DateText.Serials.NONE);
        assertThat(csv.date("03/04/2020", dayFirst)).isEqualTo(LocalDate.of(2020, 4, 3));
        assertThatThrownBy(() -> csv.date("44163", TEXT)).hasMessageContaining("not understood");
        assertThatThrownBy(() -> csv.date("03/04/2020", TEXT)).hasMessageContaining("day first");
        assertThatThrownBy(() -> csv.date("2020-02-30", TEXT)).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> csv.date("0000-01-01", TEXT)).hasMessageContaining("year 0000");
    }

    @Test
    void timesWithoutAnOffsetAreInTheZoneGiven() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertThat(csv.dateTime("2020-11-26 09:30", TEXT, shanghai)).isEqualTo(Instant.parse("2020-11-26T01:30:00Z"));
        assertThat(csv.dateTime("2020-11-26T09:30:00Z", TEXT, shanghai)).isEqualTo(Instant.parse("2020-11-26T09:30:00Z"));
        assertThatThrownBy(() -> csv.dateTime("2020-11-26 25:00", TEXT, shanghai)).hasMessageContaining("does not exist");
    }

    @Test
    void amountsTakeTheColumnsUnitAndRefuseACellThatSaysAnother() {
        AmountUnit wan = AmountUnit.of("万元");
        assertThat(csv.amount("3500", wan, "CNY")).isEqualTo(new Amount(new BigDecimal("35000000.00"), "CNY"));
        assertThat(csv.amount("3500万元", wan, "CNY")).isEqualTo(new Amount(new BigDecimal("35000000.00"), "CNY"));
        assertThat(csv.amount("5.2亿元", null, "CNY")).isEqualTo(new Amount(new BigDecimal("520000000.00"), "CNY"));
        assertThat(csv.amount("12", AmountUnit.of("万美元"), "CNY")).isEqualTo(new Amount(new BigDecimal("120000.00"), "USD"));
        assertThatThrownBy(() -> csv.amount("5.2亿元", wan, "CNY")).hasMessageContaining("says its own unit");
        assertThatThrownBy(() -> csv.amount("5000万元", AmountUnit.of("元"), "CNY")).hasMessageContaining("says its own unit");
        assertThatThrownBy(() -> csv.amount("很多", null, "CNY")).hasMessageContaining("not understood");
    }

    @Test
    void unitsAreReadFromTheWaysTheyAreWritten() {
        assertThat(AmountUnit.of("(单位：亿元)").multiplier()).isEqualByComparingTo("100000000");
        assertThat(AmountUnit.of("单位: 万元").multiplier()).isEqualByComparingTo("10000");
        assertThat(AmountUnit.of("RMB 10k").multiplier()).isEqualByComparingTo("10000");
        assertThat(AmountUnit.of("million yuan").multiplier()).isEqualByComparingTo("1000000");
        assertThat(AmountUnit.of("万美元").currency()).isEqualTo("USD");
        assertThat(AmountUnit.of("线下")).isNull();
        assertThat(AmountUnit.of("很多")).isNull();
    }
}
