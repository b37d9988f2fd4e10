package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"张 三", "张三", "张\u3000三", "张\u00A0三", " 张三\t", "张\u200B三", "张\uFEFF三"})
    void chineseNameWrittenWithAnySpacingOrZeroWidthCharacterGivesTheSameKey(String written) {
        assertThat(PersonNames.comparisonKey(written)).isEqualTo("张三");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＺＨＡＮＧ San", "zhang san", "Zhangsan", "ZHANGSAN", "Zhang\u00ADsan", "Zhang\u2060San",
            "Ｚｈａｎｇ\u3000Ｓａｎ"})
    void latinNameInAnyCaseWidthOrSpacingGivesTheSameKey(String written) {
        assertThat(PersonNames.comparisonKey(written)).isEqualTo("zhangsan");
    }

    @ParameterizedTest
    @ValueSource(strings = {"约翰·史密斯", "约翰・史密斯", "约翰•史密斯", "约翰‧史密斯", "约翰･史密斯", "约翰∙史密斯", "约翰⋅史密斯",
            "约翰\u0387史密斯", "约翰史密斯", "约翰 · 史密斯", "约翰．史密斯", "约翰.史密斯", "约翰 ． 史密斯"})
    void everyMiddleDotAndNoneGiveTheSameKey(String written) {
        assertThat(PersonNames.comparisonKey(written)).isEqualTo("约翰史密斯");
    }

    @ParameterizedTest
    @ValueSource(strings = {"J.Smith", "Ｊ．Ｓｍｉｔｈ", "J．Smith", "J. Smith", "j smith", "JSMITH"})
    void theFullStopIsAMiddleDotInFullAndHalfWidthAlike(String written) {
        assertThat(PersonNames.comparisonKey(written)).isEqualTo("jsmith");
    }

    @ParameterizedTest
    @ValueSource(strings = {"José", "Jose", "Jose\u0301", "JOSÉ", "JOSE\u0301"})
    void accentsOnLatinLettersComposedOrDecomposedAreIgnored(String written) {
        assertThat(PersonNames.comparisonKey(written)).isEqualTo("jose");
    }

    @Test
    void foldingCoversGermanSharpSAndGreekAccents() {
        assertThat(PersonNames.comparisonKey("Straße")).isEqualTo(PersonNames.comparisonKey("STRASSE")).isEqualTo("strasse");
        assertThat(PersonNames.comparisonKey("Ελένη")).isEqualTo(PersonNames.comparisonKey("ΕΛΕΝΗ")).isEqualTo("ελενη");
    }

    @Test
    void differentPeopleKeepDifferentKeys() {
        // Same pinyin (zhang san), different characters.
        assertThat(PersonNames.comparisonKey("张三")).isNotEqualTo(PersonNames.comparisonKey("张山"));
        assertThat(PersonNames.comparisonKey("王芳")).isNotEqualTo(PersonNames.comparisonKey("汪芳"));
        // Traditional and simplified are not unified.
        assertThat(PersonNames.comparisonKey("張三")).isEqualTo("張三").isNotEqualTo(PersonNames.comparisonKey("张三"));
        // Marks outside Latin and Greek are letters of their own: が is not か.
        assertThat(PersonNames.comparisonKey("ながの")).isNotEqualTo(PersonNames.comparisonKey("なかの"));
        assertThat(PersonNames.comparisonKey("Jose")).isNotEqualTo(PersonNames.comparisonKey("Josef"));
        // 丶 (U+4E36) is a Han character (a radical), not a middle dot.
        assertThat(PersonNames.comparisonKey("约翰丶史密斯")).isEqualTo("约翰丶史密斯");
    }

    @Test
    void spacingInsideLatinNamesIsIgnoredByDesign() {
        // "Li Na" and "Lina" may be different people; they are shown for review, never merged on their own.
        assertThat(PersonNames.comparisonKey("Li Na")).isEqualTo(PersonNames.comparisonKey("Lina")).isEqualTo("lina");
    }

    @Test
    void otherScriptsEmojiAndRightToLeftTextAreKept() {
        assertThat(PersonNames.comparisonKey("محمد علي")).isEqualTo("محمدعلي");
        assertThat(PersonNames.comparisonKey("\u200Fדוד לוי")).isEqualTo("דודלוי");
        assertThat(PersonNames.comparisonKey("Иван Петров")).isEqualTo("иванпетров");
        assertThat(PersonNames.comparisonKey("김민준")).isEqualTo("김민준");
        assertThat(PersonNames.comparisonKey("王😀伟")).isEqualTo("王😀伟");
        assertThat(PersonNames.comparisonKey("𠮷野家")).isEqualTo("𠮷野家");
        assertThat(PersonNames.comparisonKey("नमस्ते")).isEqualTo("नमस्ते");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000", "\u200B", "·", " ・ "})
    void nothingButSeparatorsGivesEmptyKey(String written) {
        assertThat(PersonNames.comparisonKey(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zhang.San@Example.COM", " zhang.san@example.com ", "ｚｈａｎｇ．ｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ",
            "zhang.san@example.com\u200B", "\u3000ZHANG.SAN@EXAMPLE.COM"})
    void emailKeyIgnoresCaseWidthAndSurroundingSpace(String written) {
        assertThat(PersonNames.emailKey(written)).isEqualTo("zhang.san@example.com");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void blankEmailGivesEmptyKey(String written) {
        assertThat(PersonNames.emailKey(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+86 138-0013-8000", "13800138000", "１３８００１３８０００", "0086 138 0013 8000", "8613800138000",
            "(+86) 138 0013 8000", "138 0013 8000", "+86１３８００１３８０００"})
    void chineseMobileNumberWithOrWithoutCountryCodeGivesTheSameKey(String written) {
        assertThat(PersonNames.phoneKey(written)).isEqualTo("13800138000");
    }

    @ParameterizedTest
    @CsvSource({
        "'+86 25 8888 8888', 02588888888",
        "'025-8888 8888', 02588888888",
        "'+86 (0)25 8888 8888', 02588888888",
        "'+49 30 1234567', 49301234567",
        "'+1 (415) 555-0100', 14155550100",
        "'٠١٢٣٤٥٦٧', 01234567",
        "'861380013800', 861380013800",
    })
    void otherNumbersKeepTheirDigits(String written, String key) {
        assertThat(PersonNames.phoneKey(written)).isEqualTo(key);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "n/a", "1234", "+86", "分机 12"})
    void phoneWithFewerThanFiveDigitsGivesEmptyKey(String written) {
        assertThat(PersonNames.phoneKey(written)).isEmpty();
    }
}
