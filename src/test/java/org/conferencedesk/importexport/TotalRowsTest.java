package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TotalRowsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"合计", "总计", "共计", "合 计", "合计：10亿元", "合计 326人", "江宁区合计", "總計", "Total", "TOTAL:",
            "Grand total", "Total 350"})
    void totalWords(String text) {
        assertThat(TotalRows.kindOf(text)).isEqualTo(TotalRows.Kind.TOTAL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"小计", "江宁区小计", "Subtotal", "sub-total", "小計"})
    void subtotalWords(String text) {
        assertThat(TotalRows.kindOf(text)).isEqualTo(TotalRows.Kind.SUBTOTAL);
    }

    @ParameterizedTest(name = "“{0}”")
    @ValueSource(strings = {"联合计算中心", "总计划研究院", "Total Energies", "TotalEnergies", "合计金额核对表", "", "南京"})
    void namesThatMerelyContainATotalWordAreNoTotals(String text) {
        assertThat(TotalRows.kindOf(text)).isNull();
    }

    @Test
    void aSubtotalSumsTheRowsSinceThePreviousTotalAndATotalSumsThemAll() {
        TotalRows totals = new TotalRows();
        totals.record(new BigDecimal("6"));
        totals.record(new BigDecimal("2"));
        assertThat(totals.expected(TotalRows.Kind.SUBTOTAL, new BigDecimal("8"))).isNull();
        totals.record(new BigDecimal("2"));
        assertThat(totals.expected(TotalRows.Kind.SUBTOTAL, new BigDecimal("3"))).isEqualByComparingTo("2");
        assertThat(totals.expected(TotalRows.Kind.TOTAL, new BigDecimal("10"))).isNull();
    }

    @Test
    void aRowWithoutANameSumsTheRowsAboveOnlyWhenAtLeastTwoAreKnown() {
        TotalRows totals = new TotalRows();
        totals.record(new BigDecimal("6"));
        assertThat(totals.sumsRowsAbove(new BigDecimal("6"))).isFalse();
        totals.record(new BigDecimal("2"));
        assertThat(totals.sumsRowsAbove(new BigDecimal("8"))).isTrue();
        totals.record(null);
        assertThat(totals.sumsRowsAbove(new BigDecimal("8"))).isFalse();
    }
}
