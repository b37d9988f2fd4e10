package org.conferencedesk.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountTest {

    @Test
    void storesValueWithScaleTwo() {
        Amount amount = new Amount(new BigDecimal("1234.5"), "CNY");

        assertThat(amount.value()).isEqualByComparingTo("1234.50");
        assertThat(amount.value().scale()).isEqualTo(2);
    }

    @Test
    void acceptsTrailingZerosBeyondFen() {
        assertThat(new Amount(new BigDecimal("1.5000"), "USD").value()).isEqualTo(new BigDecimal("1.50"));
        assertThat(new Amount(new BigDecimal("5E+9"), "CNY").value()).isEqualTo(new BigDecimal("5000000000.00"));
    }

    @Test
    void amountsEqualRegardlessOfTheScaleTheyWereBuiltWith() {
        assertThat(new Amount(new BigDecimal("1.5"), "CNY")).isEqualTo(new Amount(new BigDecimal("1.500"), "CNY"));
    }

    @Test
    void refusesNegativeValues() {
        assertThatThrownBy(() -> new Amount(new BigDecimal("-0.01"), "CNY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void refusesValuesFinerThanAFen() {
        assertThatThrownBy(() -> new Amount(new BigDecimal("0.001"), "CNY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.01");
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new Amount(null, "CNY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Amount(BigDecimal.ONE, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cny", "RMB", "XYZ", "", "US"})
    void refusesCurrenciesThatAreNotIso4217Codes(String currency) {
        assertThatThrownBy(() -> new Amount(BigDecimal.ONE, currency)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cnyHelperReadsAPlainDecimalInYuan() {
        Amount amount = Amount.cny("53630000000");

        assertThat(amount.value()).isEqualByComparingTo("53630000000.00");
        assertThat(amount.value().scale()).isEqualTo(2);
        assertThat(amount.currency()).isEqualTo("CNY");
        assertThat(amount.isCny()).isTrue();
    }

    @Test
    void cnyHelperRefusesWhatIsNotADecimal() {
        assertThatThrownBy(() -> Amount.cny("5亿")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsWhetherItIsInYuan() {
        assertThat(new Amount(BigDecimal.TEN, "USD").isCny()).isFalse();
    }

    @Test
    void knowsWhetherItFitsDecimal19x2() {
        assertThat(Amount.cny("99999999999999999.99").fitsDecimal19x2()).isTrue();
        assertThat(Amount.cny("100000000000000000").fitsDecimal19x2()).isFalse();
    }
}
