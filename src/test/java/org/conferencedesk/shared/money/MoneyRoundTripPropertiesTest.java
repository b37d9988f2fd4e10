package org.conferencedesk.shared.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class MoneyRoundTripPropertiesTest {

    private static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

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

    @Property
    void everyWrittenFormOfAFenValueParsesBackExactly(@ForAll @LongRange(min = 0) long fen) {
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

    @Property
    void headlineOfAYuanAmountParsesBackToTheSameAmount(@ForAll @LongRange(min = 0) long fen) {
        Amount amount = new Amount(BigDecimal.valueOf(fen, 2), "CNY");

        for (Locale locale : LOCALES) {
            assertThat(AmountParser.parse(MoneyFormat.headline(amount.value(), locale))).isEqualTo(amount);
            assertThat(AmountParser.parse(MoneyFormat.headline(amount, locale))).isEqualTo(amount);
        }
    }

    @Property
    void headlineOfAnyKnownCurrencyParsesBackToTheSameAmount(
            @ForAll @LongRange(min = 0) long fen, @ForAll("knownCurrencies") String currency) {
        Amount amount = new Amount(BigDecimal.valueOf(fen, 2), currency);

        for (Locale locale : LOCALES) {
            assertThat(AmountParser.parse(MoneyFormat.headline(amount, locale))).isEqualTo(amount);
        }
    }

    @Provide
    Arbitrary<String> knownCurrencies() {
        return Arbitraries.of("CNY", "USD", "EUR", "JPY", "HKD", "GBP");
    }

    @Property(tries = 3000)
    void parserRefusesArbitraryTextOnlyWithAmountFormatException(@ForAll String text) {
        assertParsesOrRefusesCleanly(text);
    }

    @Property(tries = 3000)
    void parserRefusesMoneyLikeTextOnlyWithAmountFormatException(@ForAll("moneyLike") String text) {
        assertParsesOrRefusesCleanly(text);
    }

    @Property(tries = 3000)
    void parserRefusesJumbledTokensOnlyWithAmountFormatException(@ForAll("jumbledTokens") String text) {
        assertParsesOrRefusesCleanly(text);
    }

    @Provide
    Arbitrary<String> moneyLike() {
        return Arbitraries.strings()
                .withChars("0123456789,.,. 亿万千百十元-负eE+。，．１２RMBUS$¥￥五零 \u3000")
                .ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> jumbledTokens() {
        return Arbitraries.of("1", "23", "1,234", "0.5", "12.5", "999999999", ".", ",", " ", "亿", "万", "千万",
                        "万亿", "元", "人民币", "美元", "RMB", "USD", "$", "¥", "billion", "million", "e9", "-",
                        "负", "零", "五", "欧", "。", "１２", "，")
                .list().ofMaxSize(8)
                .map(parts -> String.join("", parts));
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
