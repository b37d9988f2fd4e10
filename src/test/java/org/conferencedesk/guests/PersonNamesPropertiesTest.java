package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PersonNamesPropertiesTest {

    /** Zero-width characters, spaces and middle dots: inserting any of them never changes a key. */
    private static final String IGNORABLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD \u00A0\u3000\t\u00B7\u0387\u2022\u2027"
            + "\u2219\u22C5\u2E31\u30FB\uFF65";

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> chinese = Arbitraries.strings().withChars("张王李赵欧阳娜芳伟三山汪張約翰史密斯单曾").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> latin = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "
                + "éÉüÜßñçØł\u0301\u0308").ofMaxLength(12);
        Arbitrary<String> mixed = Arbitraries.strings().withChars(
                "张三Ｚａ1１·・ é\u0301\u200Bが\u3099かمح😀𠮷ǅﬁⅫ\u0345ΐ").ofMaxLength(10);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(10);
        return Arbitraries.oneOf(chinese, latin, mixed, anything);
    }

    @Property(tries = 2000)
    void comparisonKeyIsIdempotent(@ForAll("names") String name) {
        String key = PersonNames.comparisonKey(name);
        assertThat(PersonNames.comparisonKey(key)).isEqualTo(key);
    }

    @Property(tries = 2000)
    void insertingZeroWidthSpacesOrMiddleDotsAnywhereNeverChangesTheKey(
            @ForAll("names") String name, @ForAll("insertions") Insertion insertion) {
        int at = Math.min(insertion.position(), name.length());
        // Insert between code points only: splitting a surrogate pair would make another string.
        if (at > 0 && at < name.length() && Character.isLowSurrogate(name.charAt(at))) {
            at--;
        }
        String written = name.substring(0, at) + insertion.text() + name.substring(at);
        assertThat(PersonNames.comparisonKey(written)).isEqualTo(PersonNames.comparisonKey(name));
    }

    record Insertion(int position, String text) {
    }

    @Provide
    Arbitrary<Insertion> insertions() {
        return Combinators.combine(Arbitraries.integers().between(0, 20),
                Arbitraries.strings().withChars(IGNORABLE).ofMinLength(1).ofMaxLength(3)).as(Insertion::new);
    }

    @Property(tries = 1000)
    void fullWidthAndUpperCaseLatinGiveTheSameKey(@ForAll("asciiNames") String name) {
        StringBuilder fullWidth = new StringBuilder();
        for (char c : name.toCharArray()) {
            fullWidth.append(c == ' ' ? '\u3000' : (char) (Character.toUpperCase(c) + 0xFEE0));
        }
        assertThat(PersonNames.comparisonKey(fullWidth.toString())).isEqualTo(PersonNames.comparisonKey(name));
    }

    @Provide
    Arbitrary<String> asciiNames() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789 ").ofMaxLength(16);
    }

    /** The characters the one-scan path answers for, the ones just outside its ranges, and some it must leave to ICU. */
    private static final String NEAR_PLAIN = "aZ09 -.'\u0021\u007E\u007F\u0020\u00A0\u00B6\u00B7\u00B8\u30FA\u30FB\u30FC"
            + "\u2FFF\u3000\u3001\u33FF\u3400\u4DBF\u4DC0\u4DFF\u4E00\u9FFF\uA000\uF900\uFA0E\uFF21\uFF41"
            + "\u0301\u0308\u200B\u3099\u1100\u1161\uAC00\u212A\u00C5\u0130\u0131\u00DF";

    @Provide
    Arbitrary<String> plainOrNearlyPlainNames() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('\u0020', '\u007E').withCharRange('\u3400', '\u4DBF')
                .withCharRange('\u4E00', '\u9FFF').withChars("\u00B7\u30FB\u3000").ofMaxLength(12);
        Arbitrary<String> near = Arbitraries.strings().withChars(NEAR_PLAIN).ofMaxLength(10);
        return Arbitraries.oneOf(plain, near, names());
    }

    @Property(tries = 5000)
    void theOneScanKeyEqualsTheFullFoldingWheneverItAnswers(@ForAll("plainOrNearlyPlainNames") String name) {
        String plain = PersonNames.plainKey(name);
        if (plain != null) {
            assertThat(plain).isEqualTo(PersonNames.foldedKey(name));
        }
        assertThat(PersonNames.comparisonKey(name)).isEqualTo(PersonNames.foldedKey(name));
    }

    @Test
    void theOneScanKeyEqualsTheFullFoldingForEveryCharacterItAnswersAlone() {
        for (char c = 0; c < 0xFFFF; c++) {
            String one = String.valueOf(c);
            String plain = PersonNames.plainKey(one);
            if (plain != null) {
                assertThat(plain).as("U+%04X", (int) c).isEqualTo(PersonNames.foldedKey(one));
                assertThat(PersonNames.plainKey("张" + c + "A")).as("U+%04X inside a name", (int) c)
                        .isEqualTo(PersonNames.foldedKey("张" + c + "A"));
            }
        }
    }

    @Test
    void theOneScanKeyAnswersForChineseAndPlainLatinNamesOnly() {
        assertThat(PersonNames.plainKey("张三")).isEqualTo("张三");
        assertThat(PersonNames.plainKey("Zhang San")).isEqualTo("zhangsan");
        assertThat(PersonNames.plainKey("约翰·史密斯")).isEqualTo("约翰史密斯");
        assertThat(PersonNames.plainKey("José")).isNull();
        assertThat(PersonNames.plainKey("ＺＨＡＮＧ")).isNull();
        assertThat(PersonNames.plainKey("张\u200B三")).isNull();
    }

    @Provide
    Arbitrary<String> emailsAndPhones() {
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange('\u0020', '\u007F').ofMaxLength(16);
        Arbitrary<String> shaped = Arbitraries.strings().withChars("aZ.@-+0123456789 \u200B\uFF10\uFF21\u0660\u3000")
                .ofMaxLength(16);
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMaxLength(15);
        Arbitrary<String> prefixed = digits.map(d -> "86" + d);
        Arbitrary<String> international = digits.map(d -> "0086" + d);
        return Arbitraries.oneOf(ascii, shaped, digits, prefixed, international, Arbitraries.strings().all().ofMaxLength(12));
    }

    @Property(tries = 5000)
    void theEmailAndPhoneKeysOfPlainAsciiEqualTheFullFolding(@ForAll("emailsAndPhones") String text) {
        assertThat(PersonNames.emailKey(text)).isEqualTo(PersonNames.foldedEmailKey(text));
        assertThat(PersonNames.phoneKey(text)).isEqualTo(PersonNames.foldedPhoneKey(text));
    }
}
