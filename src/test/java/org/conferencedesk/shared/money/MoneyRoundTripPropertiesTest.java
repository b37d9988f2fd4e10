package org.conferencedesk.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.conferencedesk.shared.property.Gen;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.junit.jupiter.api.Test;

class MoneyRoundTripPropertiesTest {

    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    /**
     * Any amount in fen, 0 to Long.MAX_VALUE (92,233,720,368,547,758.07 yuan: the largest that fits
     * DECIMAL(19,2)), small and large magnitudes alike, with the amounts around the unit boundaries
     * (1 fen, 1 yuan, 1 万, 1 亿, 536.3 亿) as edge cases.
     */
    private static final Gen<Long> FEN = Gens.longs(0, Long.MAX_VALUE)
            .withEdgeCases(99L, 100L, 101L, 999_999L, 1_000_000L, 9_999_999_999L, 10_000_000_000L, 10_000_000_001L,
                    5_363_000_000_000L, Long.MAX_VALUE / 100 * 100, 99_999_999_999_999_999L);

    private static String scaled(BigDecimal yuan, int powerOfTen) {
        return yuan.movePointLeft(powerOfTen).stripTrailingZeros().toPlainString();
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    @Test
    void everyWrittenFormOfAFenValueParsesBackExactly() {
        Property.check(1000, FEN, MoneyRoundTripPropertiesTest::everyWrittenFormParsesBack);
    }

    private static void everyWrittenFormParsesBack(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2);
        List<String> forms = List.of(
                yuan.toPlainString(),
                MoneyFormat.full(yuan, Locale.ENGLISH),
                MoneyFormat.full(yuan, Locale.ENGLISH) + "元",
                "¥" + MoneyFormat.full(yuan, Locale.ENGLISH),
                scaled(yuan, 8) + "亿元",
                scaled(yuan, 8) + "亿",
                scaled(yuan, 4) + "万元",
                fullWidth(MoneyFormat.full(yuan, Locale.ENGLISH)),
                fullWidth(scaled(yuan, 8)) + "亿元",
                "RMB " + scaled(yuan, 9) + " billion",
                scaled(yuan, 9) + " billion yuan",
                "RMB " + scaled(yuan, 6) + " million");

        for (String form : forms) {
            Amount parsed = AmountParser.parse(form);
            assertThat(parsed.value()).as(form).isEqualByComparingTo(yuan);
            assertThat(parsed.value().scale()).as(form).isEqualTo(2);
            assertThat(parsed.currency()).as(form).isEqualTo("CNY");
        }
    }

    @Test
    void headlineOfAYuanAmountParsesBackToTheSameAmount() {
        Property.check(1000, FEN, fen -> {
            Amount amount = new Amount(BigDecimal.valueOf(fen, 2), "CNY");

            for (Locale locale : LOCALES) {
                assertThat(AmountParser.parse(MoneyFormat.headline(amount.value(), locale))).isEqualTo(amount);
                assertThat(AmountParser.parse(MoneyFormat.headline(amount, locale))).isEqualTo(amount);
            }
        });
    }

    @Test
    void headlineOfAnyKnownCurrencyParsesBackToTheSameAmount() {
        Gen<String> knownCurrencies = Gens.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP");
        Property.check(1000, FEN, knownCurrencies, (fen, currency) -> {
            Amount amount = new Amount(BigDecimal.valueOf(fen, 2), currency);

            for (Locale locale : LOCALES) {
                assertThat(AmountParser.parse(MoneyFormat.headline(amount, locale))).isEqualTo(amount);
            }
        });
    }

    /** Any text up to 255 units: every UTF-16 unit (lone surrogates included) and whole supplementary characters. */
    @Test
    void parserRefusesArbitraryTextOnlyWithAmountFormatException() {
        Property.check(3000, Gens.strings(Gens.anyUnit(), 0, 255), MoneyRoundTripPropertiesTest::assertParsesOrRefusesCleanly);
    }

    @Test
    void parserRefusesMoneyLikeTextOnlyWithAmountFormatException() {
        Gen<String> moneyLike = Gens.strings("0123456789,.,. 亿万千百十元-负eE+。，．１２RMBUS$¥￥五零 \u3000", 0, 24);
        Property.check(3000, moneyLike, MoneyRoundTripPropertiesTest::assertParsesOrRefusesCleanly);
    }

    @Test
    void parserRefusesJumbledTokensOnlyWithAmountFormatException() {
        Gen<String> token = Gens.of("1", "23", "1,234", "0.5", "12.5", "999999999", ".", ",", " ", "亿", "万", "千万",
                "万亿", "元", "人民币", "美元", "RMB", "USD", "$", "¥", "billion", "million", "e9", "-",
                "负", "零", "五", "欧", "。", "１２", "，");
        Gen<String> jumbledTokens = Gens.lists(token, 0, 8).map(parts -> String.join("", parts));
        Property.check(3000, jumbledTokens, MoneyRoundTripPropertiesTest::assertParsesOrRefusesCleanly);
    }

    private static void assertParsesOrRefusesCleanly(String text) {
        Amount amount;
        try {
            amount = AmountParser.parse(text);
        } catch (AmountFormatException e) {
            assertThat(e.input()).isEqualTo(text);
            assertThat(e.reason()).isNotNull();
            assertThat(text.substring(e.fragmentStart(), e.fragmentStart() + e.fragment().length()))
                    .isEqualTo(e.fragment());
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(amount.value().signum()).isGreaterThanOrEqualTo(0);
        assertThat(amount.value().scale()).isEqualTo(2);
        assertThat(amount.fitsDecimal19x2()).isTrue();
    }
}
