package org.conferencedesk.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            53630000000     | 536.3 亿元
            520000000       | 5.2 亿元
            100000000       | 1 亿元
            123456789.01    | 1.2345678901 亿元
            999999999999    | 9999.99999999 亿元
            1234567890000   | 12,345.6789 亿元
            35000000        | 3,500 万元
            125000          | 12.5 万元
            10000           | 1 万元
            99999999.99     | 9,999.999999 万元
            9999.99         | 9,999.99 元
            1234.5          | 1,234.50 元
            0.01            | 0.01 元
            0               | 0 元
            0.00            | 0 元
            """)
    void headlineInChineseUsesYiAndWanWithTheNeededDecimals(BigDecimal yuan, String expected) {
        assertThat(MoneyFormat.headline(yuan, ZH)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            53630000000     | RMB 53.63 billion
            1000000000      | RMB 1 billion
            1234000000000   | RMB 1,234 billion
            35000000        | RMB 35 million
            520000000       | RMB 520 million
            1000000         | RMB 1 million
            1234567.89      | RMB 1.23456789 million
            999999.99       | RMB 999,999.99
            1234.5          | RMB 1,234.50
            0               | RMB 0
            """)
    void headlineInEnglishUsesBillionAndMillion(BigDecimal yuan, String expected) {
        assertThat(MoneyFormat.headline(yuan, EN)).isEqualTo(expected);
    }

    @Test
    void headlineLanguageComesFromTheLocaleLanguage() {
        BigDecimal yuan = new BigDecimal("53630000000");

        assertThat(MoneyFormat.headline(yuan, Locale.CHINESE)).isEqualTo("536.3 亿元");
        assertThat(MoneyFormat.headline(yuan, Locale.TRADITIONAL_CHINESE)).isEqualTo("536.3 亿元");
        assertThat(MoneyFormat.headline(yuan, Locale.US)).isEqualTo("RMB 53.63 billion");
        assertThat(MoneyFormat.headline(yuan, Locale.GERMANY)).isEqualTo("RMB 53.63 billion");
    }

    @Test
    void headlineShowsNegativeDifferencesWithAMinus() {
        assertThat(MoneyFormat.headline(new BigDecimal("-520000000"), ZH)).isEqualTo("-5.2 亿元");
        assertThat(MoneyFormat.headline(new BigDecimal("-1234.5"), EN)).isEqualTo("-RMB 1,234.50");
    }

    @ParameterizedTest(name = "{0} {1} → {2} / {3}")
    @CsvSource(delimiter = '|', textBlock = """
            620000000   | USD | 6.2 亿美元      | USD 620 million
            3000000     | EUR | 300 万欧元      | EUR 3 million
            35000000    | JPY | 3,500 万日元    | JPY 35 million
            500000000   | HKD | 5 亿港元        | HKD 500 million
            1234.5      | GBP | 1,234.50 英镑   | GBP 1,234.50
            620000000   | CHF | 6.2 亿 CHF      | CHF 620 million
            0           | CHF | 0 CHF           | CHF 0
            53630000000 | CNY | 536.3 亿元      | RMB 53.63 billion
            """)
    void headlineOfAnAmountNamesItsCurrency(BigDecimal value, String currency, String zh, String en) {
        Amount amount = new Amount(value, currency);

        assertThat(MoneyFormat.headline(amount, ZH)).isEqualTo(zh);
        assertThat(MoneyFormat.headline(amount, EN)).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            53630000000     | 53,630,000,000.00
            1234.5          | 1,234.50
            999             | 999.00
            0               | 0.00
            0.001           | 0.001
            -1234567.8      | -1,234,567.80
            5.36E+9         | 5,360,000,000.00
            """)
    void fullShowsEveryYuanGroupedWithTwoDecimalsInEveryLocale(BigDecimal yuan, String expected) {
        assertThat(MoneyFormat.full(yuan, ZH)).isEqualTo(expected);
        assertThat(MoneyFormat.full(yuan, EN)).isEqualTo(expected);
        assertThat(MoneyFormat.full(yuan, Locale.GERMANY)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            5360000000      | 5360000000.00
            5.36E+9         | 5360000000.00
            1.5             | 1.50
            0               | 0.00
            0.001           | 0.001
            -12.3           | -12.30
            """)
    void plainHasNoGroupingAndNoExponent(BigDecimal yuan, String expected) {
        assertThat(MoneyFormat.plain(yuan)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void inSentenceWritesChineseFiguresWithoutSpaceAsPressReleasesDo() {
        assertThat(MoneyFormat.inSentence(new java.math.BigDecimal("53630000000.00"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("536.3亿元");
        assertThat(MoneyFormat.inSentence(new java.math.BigDecimal("35000000"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("3,500万元");
        assertThat(MoneyFormat.inSentence(new java.math.BigDecimal("0"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("0元");
        assertThat(MoneyFormat.inSentence(new java.math.BigDecimal("53630000000.00"), Locale.ENGLISH)).isEqualTo("RMB 53.63 billion");
    }

    @org.junit.jupiter.api.Test
    void inSentenceWritesForeignCurrencyFiguresWithoutSpaceBeforeAChineseUnitOnly() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertThat(MoneyFormat.inSentence(new Amount(new java.math.BigDecimal("50000000.00"), "USD"), zh)).isEqualTo("5,000万美元");
        assertThat(MoneyFormat.inSentence(new Amount(new java.math.BigDecimal("620000000.00"), "USD"), zh)).isEqualTo("6.2亿美元");
        assertThat(MoneyFormat.inSentence(new Amount(new java.math.BigDecimal("1234.56"), "EUR"), zh)).isEqualTo("1,234.56欧元");
        assertThat(MoneyFormat.inSentence(new Amount(new java.math.BigDecimal("123456789.00"), "CNY"), zh)).isEqualTo("1.23456789亿元");
        assertThat(MoneyFormat.inSentence(new Amount(new java.math.BigDecimal("620000000.00"), "CHF"), zh)).isEqualTo("6.2亿 CHF");
        assertThat(MoneyFormat.inSentence(new Amount(new java.math.BigDecimal("1234.50"), "CHF"), zh)).isEqualTo("1,234.50 CHF");
        assertThat(MoneyFormat.inSentence(new Amount(new java.math.BigDecimal("50000000.00"), "USD"), Locale.ENGLISH)).isEqualTo("USD 50 million");
        assertThat(AmountParser.parse("5,000万美元")).isEqualTo(new Amount(new java.math.BigDecimal("50000000.00"), "USD"));
    }
}
