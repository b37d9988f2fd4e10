package org.conferencedesk.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import org.conferencedesk.shared.money.AmountFormatException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    private static void assertAmount(Amount amount, String expectedValue, String expectedCurrency) {
        assertThat(amount.value()).isEqualByComparingTo(new BigDecimal(expectedValue));
        assertThat(amount.value().scale()).isEqualTo(2);
        assertThat(amount.currency()).isEqualTo(expectedCurrency);
    }

    @ParameterizedTest(name = "{0} → {1} CNY")
    @CsvSource(delimiter = '|', textBlock = """
            536.3亿元             | 53630000000.00
            5.2亿                 | 520000000.00
            3,500万元             | 35000000.00
            3500万                | 35000000.00
            120,000,000元         | 120000000.00
            １２３，４５６        | 123456.00
            １２３４．５万        | 12345000.00
            RMB 1.2 billion       | 1200000000.00
            53.63 billion yuan    | 53630000000.00
            ¥1,234.50             | 1234.50
            ￥1,234.50            | 1234.50
            CNY 1,000             | 1000.00
            1000 CNY              | 1000.00
            RMB1000               | 1000.00
            rmb 1.2 BILLION       | 1200000000.00
            RMB 1.2bn             | 1200000000.00
            1.5 million           | 1500000.00
            1.5m                  | 1500000.00
            2 thousand            | 2000.00
            5k                    | 5000.00
            1.2 trillion          | 1200000000000.00
            人民币5亿元            | 500000000.00
            5亿人民币              | 500000000.00
            5亿元人民币            | 500000000.00
            12.5万                | 125000.00
            0.5亿元               | 50000000.00
            1亿2000万             | 120000000.00
            1亿2000万元           | 120000000.00
            1亿 2000万            | 120000000.00
            1亿零500万            | 105000000.00
            3千万                 | 30000000.00
            3千万元               | 30000000.00
            3百万                 | 3000000.00
            2.5百万               | 2500000.00
            5十亿                 | 5000000000.00
            3千亿                 | 300000000000.00
            1.2万亿               | 1200000000000.00
            5億元                 | 500000000.00
            3千萬                 | 30000000.00
            人民幣5億             | 500000000.00
            8千                   | 8000.00
            5000块                | 5000.00
            1234.5                | 1234.50
            1,234,567.89          | 1234567.89
            0                     | 0.00
            0.01                  | 0.01
            007                   | 7.00
            0.000000001亿         | 0.10
            99999999999999999.99  | 99999999999999999.99
            '  5.2  亿  元  '      | 520000000.00
            5.2　亿元              | 520000000.00
            """)
    void parsesEveryCnyNotationExactly(String text, String expected) {
        assertAmount(AmountParser.parse(text), expected, "CNY");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            6.2亿美元         | 620000000.00  | USD
            USD 5 million     | 5000000.00    | USD
            $5 million        | 5000000.00    | USD
            US$5m             | 5000000.00    | USD
            5 million USD     | 5000000.00    | USD
            500万美金         | 5000000.00    | USD
            EUR 3 million     | 3000000.00    | EUR
            €3 million        | 3000000.00    | EUR
            300万欧元         | 3000000.00    | EUR
            100万日元         | 1000000.00    | JPY
            JPY 1,000,000     | 1000000.00    | JPY
            5亿港元           | 500000000.00  | HKD
            5亿港币           | 500000000.00  | HKD
            港币5亿元         | 500000000.00  | HKD
            HKD 1 million     | 1000000.00    | HKD
            HK$1m             | 1000000.00    | HKD
            1000英镑          | 1000.00       | GBP
            GBP 2 million     | 2000000.00    | GBP
            £2m               | 2000000.00    | GBP
            ￡2m              | 2000000.00    | GBP
            """)
    void keepsOtherCurrencies(String text, String expected, String currency) {
        assertAmount(AmountParser.parse(text), expected, currency);
    }

    @Test
    void usesTheDefaultCurrencyWhenTheTextNamesNone() {
        assertAmount(AmountParser.parse("5亿", "USD"), "500000000", "USD");
        assertAmount(AmountParser.parse("5亿元", "HKD"), "500000000", "HKD");
        assertAmount(AmountParser.parse("RMB 5", "USD"), "5", "CNY");
    }

    @Test
    void refusesADefaultCurrencyThatIsNotAnIsoCode() {
        assertThatThrownBy(() -> AmountParser.parse("5", "RMB"))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(AmountFormatException.class);
    }

    @ParameterizedTest(name = "{0} → {1} at \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''                     | EMPTY              | ''
            '   '                  | EMPTY              | ''
            abc                    | NOT_A_NUMBER       | abc
            EUR                    | NOT_A_NUMBER       | EUR
            亿元                   | NOT_A_NUMBER       | 亿元
            百万                   | NOT_A_NUMBER       | 百万
            ٣                      | NOT_A_NUMBER       | ٣
            5亿欧                  | UNKNOWN_UNIT       | 欧
            5.2亿欧                | UNKNOWN_UNIT       | 欧
            5亿欧洲元              | UNKNOWN_UNIT       | 欧洲
            5 min                  | UNKNOWN_UNIT       | min
            5 euro                 | UNKNOWN_UNIT       | euro
            5亿亿                  | UNKNOWN_UNIT       | 亿
            5 million billion      | UNKNOWN_UNIT       | billion
            亿5                    | UNKNOWN_UNIT       | 亿
            5元亿                  | UNKNOWN_UNIT       | 亿
            元5                    | UNKNOWN_UNIT       | 元
            $5亿人民币             | UNKNOWN_UNIT       | 人民币
            USD 5 EUR              | UNKNOWN_UNIT       | EUR
            5-6亿                  | UNKNOWN_UNIT       | -
            1.2 quadrillion        | UNKNOWN_UNIT       | quadrillion
            -5亿                   | NEGATIVE           | -
            负5亿                  | NEGATIVE           | 负
            －5亿                  | NEGATIVE           | －
            −5亿                   | NEGATIVE           | −
            RMB -5 billion         | NEGATIVE           | -
            ¥-1,234.50             | NEGATIVE           | -
            1,23,4                 | AMBIGUOUS_GROUPING | 1,23,4
            1,2345                 | AMBIGUOUS_GROUPING | 1,2345
            12345,678              | AMBIGUOUS_GROUPING | 12345,678
            '1,234,'               | AMBIGUOUS_GROUPING | '1,234,'
            '0,123'                | AMBIGUOUS_GROUPING | '0,123'
            '1.234,56'             | AMBIGUOUS_GROUPING | '1.234,56'
            １２３，４５，６        | AMBIGUOUS_GROUPING | １２３，４５，６
            1 234                  | AMBIGUOUS_GROUPING | 1 234
            1亿2000                | AMBIGUOUS_GROUPING | 2000
            1亿2000元              | AMBIGUOUS_GROUPING | 2000
            1万2亿                 | AMBIGUOUS_GROUPING | 2亿
            1亿20000万             | AMBIGUOUS_GROUPING | 20000万
            1.5亿2000万            | AMBIGUOUS_GROUPING | 1.5亿2000
            5亿元2000万            | AMBIGUOUS_GROUPING | 2000
            1.2.3                  | NOT_A_NUMBER       | 1.2.3
            .5                     | NOT_A_NUMBER       | .5
            5.                     | NOT_A_NUMBER       | 5.
            1e9                    | NOT_A_NUMBER       | e9
            1.5E+3                 | NOT_A_NUMBER       | E+3
            2e-2亿                 | NOT_A_NUMBER       | e-2
            负五亿                 | NEGATIVE           | 负
            叁亿伍仟               | UNCLEAR_NUMERALS   | 叁亿伍仟
            叁亿伍仟元             | UNCLEAR_NUMERALS   | 叁亿伍仟
            贰拾万伍佰元           | UNCLEAR_NUMERALS   | 贰拾万伍佰
            伍佰伍元               | UNCLEAR_NUMERALS   | 伍佰伍
            一千五                 | UNCLEAR_NUMERALS   | 一千五
            壹万伍                 | UNCLEAR_NUMERALS   | 壹万伍
            二三万                 | NOT_A_NUMBER       | 二三
            壹佰拾元               | NOT_A_NUMBER       | 壹佰拾
            伍拾佰元               | NOT_A_NUMBER       | 伍拾佰
            伍佰零元               | NOT_A_NUMBER       | 伍佰零
            零伍佰元               | NOT_A_NUMBER       | 零
            伍亿零                 | NOT_A_NUMBER       | 零
            5仟万                  | UNKNOWN_UNIT       | 仟
            伍亿元伍               | AMBIGUOUS_GROUPING | 伍
            壹佰元伍角伍角         | UNKNOWN_UNIT       | 角
            壹佰元陆分伍角         | UNKNOWN_UNIT       | 角
            壹佰元拾角             | NOT_A_NUMBER       | 拾角
            伍角                   | UNKNOWN_UNIT       | 角
            伍亿整元               | UNKNOWN_UNIT       | 整
            伍万亿亿               | UNKNOWN_UNIT       | 亿
            伍亿伍亿               | AMBIGUOUS_GROUPING | 伍亿
            壹拾万亿亿             | UNKNOWN_UNIT       | 亿
            12。5万                | NOT_A_NUMBER       | 。
            12｡5万                 | NOT_A_NUMBER       | ｡
            1234.567               | TOO_PRECISE        | 1234.567
            0.001                  | TOO_PRECISE        | 0.001
            0.00000000001亿        | TOO_PRECISE        | 0.00000000001亿
            1.2345678万            | TOO_PRECISE        | 1.2345678万
            1亿0.001               | AMBIGUOUS_GROUPING | 0.001
            100000000000000000     | TOO_LARGE          | 100000000000000000
            99999999999999999.999  | TOO_PRECISE        | 99999999999999999.999
            10亿亿                 | UNKNOWN_UNIT       | 亿
            1000000000亿元         | TOO_LARGE          | 1000000000亿
            100000 trillion        | TOO_LARGE          | 100000 trillion
            """)
    void refusesWithReasonAndFragment(String text, Reason reason, String fragment) {
        AmountFormatException e = catchThrowableOfType(AmountFormatException.class, () -> AmountParser.parse(text));

        assertThat(e).as("refused: %s", text).isNotNull();
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.fragment()).isEqualTo(fragment);
        assertThat(e.input()).isEqualTo(text);
        assertThat(text.substring(e.fragmentStart(), e.fragmentStart() + e.fragment().length())).isEqualTo(fragment);
        if (reason != Reason.EMPTY) {
            assertThat(e.getMessage()).startsWith("\"" + text + "\" — ").contains("\"" + fragment + "\"");
        }
    }

    @Test
    void namesTheFragmentInAnEnglishSentence() {
        assertThatThrownBy(() -> AmountParser.parse("5.2亿欧"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"5.2亿欧\" — \"欧\" is not a unit I know; write e.g. 5.2亿元, 3,500万元 or RMB 1.2 billion");
    }

    @ParameterizedTest(name = "{0} → {1} CNY")
    @CsvSource(delimiter = '|', textBlock = """
            伍亿元整                | 500000000.00
            壹仟万元                | 10000000.00
            叁亿伍仟万元            | 350000000.00
            五亿元                  | 500000000.00
            5亿元整                 | 500000000.00
            贰拾万零伍佰元          | 200500.00
            壹佰元伍角陆分          | 100.56
            壹佰元零伍分            | 100.05
            壹佰元伍角整            | 100.50
            100元5角6分             | 100.56
            人民币伍亿元整          | 500000000.00
            人民币 叁仟伍佰万元     | 35000000.00
            伍亿元正                | 500000000.00
            一千万元                | 10000000.00
            五百元                  | 500.00
            5亿五千万               | 550000000.00
            拾万元                  | 100000.00
            十五万                  | 150000.00
            壹拾伍万                | 150000.00
            一千零十元              | 1010.00
            一千零五元              | 1005.00
            壹仟零伍拾元            | 1050.00
            两千万                  | 20000000.00
            陸佰萬元                | 6000000.00
            伍億元整                | 500000000.00
            叁亿零伍仟元            | 300005000.00
            叁亿零伍佰万元          | 305000000.00
            壹万亿元                | 1000000000000.00
            壹仟贰佰叁拾肆万伍仟陆佰柒拾捌亿玖仟捌佰柒拾陆万伍仟肆佰叁拾贰元玖角捌分 | 1234567898765432.98
            玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元 | 9999999999999999.00
            五点二亿元              | 520000000.00
            三点一四一六万          | 31416.00
            零元                    | 0.00
            1亿零500                | 100000500.00
            """)
    void readsChineseNumeralsExactly(String text, String yuan) {
        assertAmount(AmountParser.parse(text), yuan, "CNY");
    }

    @Test
    void chineseNumeralsKeepTheirCurrency() {
        assertAmount(AmountParser.parse("伍佰万美元"), "5000000.00", "USD");
        assertAmount(AmountParser.parse("港币贰亿元整"), "200000000.00", "HKD");
    }

    @Test
    void explainsChineseNumeralsAndScientificNotation() {
        assertThatThrownBy(() -> AmountParser.parse("叁亿伍仟")).hasMessage("\"叁亿伍仟\" — \"叁亿伍仟\" can be read two ways: "
                + "write 零 where a place is skipped (叁亿零伍仟 = 300,005,000) or the unit of the last part (叁亿伍仟万 = 350,000,000)");
        assertThatThrownBy(() -> AmountParser.parse("伍佰伍")).hasMessageContaining("伍佰零伍 = 505", "伍佰伍拾 = 550");
        assertThatThrownBy(() -> AmountParser.parse("1e9")).hasMessageContaining("scientific notation");
        assertThatThrownBy(() -> AmountParser.parse("12。5万")).hasMessageContaining("not a decimal point");
    }

    @Test
    void pointsAtTheSecondOfTwoStackedUnits() {
        AmountFormatException e = catchThrowableOfType(AmountFormatException.class, () -> AmountParser.parse("5亿亿"));

        assertThat(e.fragmentStart()).isEqualTo(2);
    }

    @Test
    void treatsNullAsEmpty() {
        AmountFormatException e = catchThrowableOfType(AmountFormatException.class, () -> AmountParser.parse(null));

        assertThat(e.reason()).isEqualTo(Reason.EMPTY);
        assertThat(e.input()).isEmpty();
    }

    @Test
    void parsesYiWithFenPrecision() {
        assertAmount(AmountParser.parse("1.2345678901亿"), "123456789.01", "CNY");
    }

    @Test
    void parsesTrillionAndWanYiAlike() {
        assertThat(AmountParser.parse("1.2 trillion")).isEqualTo(AmountParser.parse("1.2万亿"));
    }
}
