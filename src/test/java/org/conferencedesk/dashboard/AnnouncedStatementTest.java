package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AnnouncedStatementTest {

    private static AnnouncedStatement count(String text) {
        return AnnouncedStatement.parse(text, FigureUnit.COUNT);
    }

    private static AnnouncedStatement yuan(String text) {
        return AnnouncedStatement.parse(text, FigureUnit.YUAN);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void readsThePressReleaseFiguresAsTheIssueWritesThem() {
        AnnouncedStatement projects = count("30 projects");
        assertThat(projects.bound()).isEqualTo(Bound.EXACT);
        assertThat(projects.value()).isEqualByComparingTo("30");
        assertThat(projects.precision()).isEqualByComparingTo("1");

        AnnouncedStatement amount = yuan("536.3 亿元");
        assertThat(amount.bound()).isEqualTo(Bound.EXACT);
        assertThat(amount.value()).isEqualTo(d("53630000000.00"));
        assertThat(amount.precision()).isEqualByComparingTo("10000000");

        AnnouncedStatement english = yuan("RMB 53.63 billion");
        assertThat(english.value()).isEqualTo(d("53630000000.00"));
        assertThat(english.precision()).isEqualByComparingTo("10000000");

        assertThat(count("320+ guests").bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(count("320+ guests").value()).isEqualByComparingTo("320");
        assertThat(count("24 academicians").bound()).isEqualTo(Bound.EXACT);
        assertThat(count("3,200+ cloud exhibitors").value()).isEqualByComparingTo("3200");
        assertThat(count("3,200+ cloud exhibitors").bound()).isEqualTo(Bound.AT_LEAST);
    }

    @Test
    void readsEveryWayOfSayingAtLeastMoreThanAboutAndNearly() {
        assertThat(count("320人以上").bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(count("不少于320人").bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(count("no fewer than 320 guests").bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(count("no less than 320").bound()).isEqualTo(Bound.AT_LEAST);
        assertThat(count("３２０＋").bound()).isEqualTo(Bound.AT_LEAST);

        assertThat(count("逾3,200家").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(count("超过320人").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(count("超3200家企业").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(count("嘉宾320余人").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(count("3200多家").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(count("more than 320 important guests").bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(count("over 200 representatives").bound()).isEqualTo(Bound.MORE_THAN);
        AnnouncedStatement millions = count("300多万人次");
        assertThat(millions.bound()).isEqualTo(Bound.MORE_THAN);
        assertThat(millions.value()).isEqualByComparingTo("3000000");
        assertThat(millions.precision()).isEqualByComparingTo("10000");

        assertThat(count("约300人").bound()).isEqualTo(Bound.ABOUT);
        assertThat(count("300人左右").bound()).isEqualTo(Bound.ABOUT);
        assertThat(count("about 300").bound()).isEqualTo(Bound.ABOUT);
        assertThat(count("近300人").bound()).isEqualTo(Bound.NEARLY);
        assertThat(count("nearly 300").bound()).isEqualTo(Bound.NEARLY);

        // 签约 is "to sign", not "about"; 最近 is "recent", not "nearly".
        assertThat(count("签约30个").bound()).isEqualTo(Bound.EXACT);
        assertThat(count("签约项目30个").bound()).isEqualTo(Bound.EXACT);
        assertThat(yuan("签约总额536.3亿元").bound()).isEqualTo(Bound.EXACT);
        assertThat(count("最近30天").bound()).isEqualTo(Bound.EXACT);
        // "turnover" holds no "over".
        assertThat(count("turnover of 30").bound()).isEqualTo(Bound.EXACT);
    }

    @Test
    void anExactAmountAgreesWhenTheDataRoundHalfUpToItsPrecision() {
        AnnouncedStatement s = yuan("536.3 亿元");
        assertThat(s.agreesWith(d("53630000000.00"))).isTrue();
        assertThat(s.agreesWith(d("53625000000.00"))).isTrue();
        assertThat(s.agreesWith(d("53624999999.99"))).isFalse();
        assertThat(s.agreesWith(d("53634999999.99"))).isTrue();
        assertThat(s.agreesWith(d("53635000000.00"))).isFalse();
        assertThat(s.rounded(d("53628765432.10"))).isEqualTo(d("53630000000.00"));
        // The same figure stated to the yuan must be met to the yuan.
        assertThat(yuan("53,630,000,000元").agreesWith(d("53629999999.00"))).isFalse();
        assertThat(yuan("53,630,000,000元").agreesWith(d("53630000000.49"))).isTrue();
    }

    @Test
    void floorsAreNotRoundedAndMoreThanExcludesTheNumber() {
        assertThat(count("320+").agreesWith(d("320"))).isTrue();
        assertThat(count("320+").agreesWith(d("319"))).isFalse();
        assertThat(count("超过320").agreesWith(d("320"))).isFalse();
        assertThat(count("超过320").agreesWith(d("321"))).isTrue();
        assertThat(count("320人以上").agreesWith(d("320"))).isTrue();
    }

    @Test
    void aboutRoundsToTheLastNonZeroDigitAndNearlyStaysBelow() {
        AnnouncedStatement about = count("约300人");
        assertThat(about.roundingPrecision()).isEqualByComparingTo("100");
        assertThat(about.agreesWith(d("250"))).isTrue();
        assertThat(about.agreesWith(d("249"))).isFalse();
        assertThat(about.agreesWith(d("349"))).isTrue();
        assertThat(about.agreesWith(d("350"))).isFalse();
        AnnouncedStatement nearly = count("近300人");
        assertThat(nearly.agreesWith(d("300"))).isTrue();
        assertThat(nearly.agreesWith(d("301"))).isFalse();
        assertThat(nearly.agreesWith(d("250"))).isTrue();
        assertThat(yuan("约536亿元").roundingPrecision()).isEqualByComparingTo("100000000");
    }

    @Test
    void refusesWhatItCannotCompareWithASentenceInBothLanguages() {
        assertThatThrownBy(() -> count("很多")).isInstanceOfSatisfying(DashboardException.class, e -> {
            assertThat(e.key()).isEqualTo("statement.noNumber");
            assertThat(e.sentence(Locale.ENGLISH)).isEqualTo("“很多” has no figure in digits: write it e.g. as 320+, 536.3 亿元 or 逾3,200家.");
            assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("“很多”中没有用阿拉伯数字写的数据，请写成例如：320+、536.3 亿元、逾3,200家。");
        });
        assertThatThrownBy(() -> count("30个项目和10个")).hasMessageContaining("more than one number");
        assertThatThrownBy(() -> yuan("6.2亿美元")).isInstanceOfSatisfying(DashboardException.class,
                e -> assertThat(e.key()).isEqualTo("statement.currency"));
        assertThatThrownBy(() -> count("536.3亿元")).isInstanceOfSatisfying(DashboardException.class,
                e -> assertThat(e.key()).isEqualTo("statement.amountForCount"));
        assertThatThrownBy(() -> count("3.5人")).isInstanceOfSatisfying(DashboardException.class,
                e -> assertThat(e.key()).isEqualTo("statement.notWhole"));
        assertThatThrownBy(() -> count("1,23")).isInstanceOfSatisfying(DashboardException.class, e -> {
            assertThat(e.key()).isEqualTo("statement.number");
            assertThat(e.sentence(Locale.ENGLISH)).startsWith("In “1,23”, “1,23” is not a number");
        });
        assertThatThrownBy(() -> count("about 300+")).isInstanceOfSatisfying(DashboardException.class,
                e -> assertThat(e.key()).isEqualTo("statement.bounds"));
        assertThatThrownBy(() -> count("不超过300人")).isInstanceOfSatisfying(DashboardException.class,
                e -> assertThat(e.key()).isEqualTo("statement.upperBound"));
        assertThatThrownBy(() -> count("no more than 300")).isInstanceOfSatisfying(DashboardException.class,
                e -> assertThat(e.key()).isEqualTo("statement.upperBound"));
        assertThatThrownBy(() -> count(" ")).isInstanceOfSatisfying(DashboardException.class,
                e -> assertThat(e.key()).isEqualTo("statement.empty"));
    }

    @Test
    void figureKeysReadBackWhatTheyWrite() {
        FigureKey hall = FigureKey.of(FigureName.EXHIBITORS_IN_HALL, "9.2");
        assertThat(hall).hasToString("exhibitors.hall[9.2]");
        FigureKey odd = FigureKey.of(FigureName.CONTRACTS_SECTOR, "软件]和\\信息");
        assertThat(odd).hasToString("contracts.sector[软件\\]和\\\\信息]");
        assertThat(FigureKey.parse(odd.toString())).contains(odd);
        assertThat(FigureKey.parse("contracts.sector[]")).contains(FigureKey.of(FigureName.CONTRACTS_SECTOR, ""));
        assertThat(FigureKey.parse("guests.academicians")).contains(FigureKey.of(FigureName.GUESTS_ACADEMICIANS));
        assertThat(FigureKey.parse("guests.academicians[x]")).isEmpty();
        assertThat(FigureKey.parse("contracts.sector")).isEmpty();
        assertThat(FigureKey.parse("guests.vips")).isEmpty();
    }
}
