package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import org.conferencedesk.shared.property.Gen;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.junit.jupiter.api.Test;

class PersonNamesPropertiesTest {

    /** Zero-width characters, spaces, middle dots and full stops: inserting any of them never changes a key. */
    private static final String IGNORABLE = "\u200B\u200C\u200D\u2060\uFEFF\u00AD \u00A0\u3000\t\u00B7\u0387\u2022\u2027"
            + "\u2219\u22C5\u2E31\u30FB\uFF65\uFF0E.";

    /** Chinese names, Latin names with accents (composed and decomposed), mixed scripts with marks, emoji and 𠮷, and any text. */
    private static Gen<String> names() {
        Gen<String> chinese = Gens.strings("张王李赵欧阳娜芳伟三山汪張約翰史密斯单曾", 1, 6);
        Gen<String> latin = Gens.strings("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ "
                + "éÉüÜßñçØł\u0301\u0308", 0, 12);
        Gen<String> mixed = Gens.strings("张三Ｚａ1１·・ é\u0301\u200Bが\u3099かمح😀𠮷ǅﬁⅫ\u0345ΐ", 0, 10);
        Gen<String> anything = Gens.strings(Gens.anyUnit(), 0, 10);
        return Gens.oneOf(chinese, latin, mixed, anything);
    }

    @Test
    void comparisonKeyIsIdempotent() {
        Property.check(2000, names(), name -> {
            String key = PersonNames.comparisonKey(name);
            assertThat(PersonNames.comparisonKey(key)).isEqualTo(key);
        });
    }

    @Test
    void insertingZeroWidthSpacesOrMiddleDotsAnywhereNeverChangesTheKey() {
        Property.check(2000, names(), insertions(), PersonNamesPropertiesTest::insertionNeverChangesTheKey);
    }

    private static void insertionNeverChangesTheKey(String name, Insertion insertion) {
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

    private static Gen<Insertion> insertions() {
        Gen<Integer> position = Gens.integers(0, 20);
        Gen<String> text = Gens.strings(IGNORABLE, 1, 3);
        return Gen.of(r -> new Insertion(position.next(r), text.next(r)));
    }

    @Test
    void fullWidthAndUpperCaseLatinGiveTheSameKey() {
        Property.check(1000, Gens.strings("abcdefghijklmnopqrstuvwxyz0123456789 ", 0, 16), name -> {
            StringBuilder fullWidth = new StringBuilder();
            for (char c : name.toCharArray()) {
                fullWidth.append(c == ' ' ? '\u3000' : (char) (Character.toUpperCase(c) + 0xFEE0));
            }
            assertThat(PersonNames.comparisonKey(fullWidth.toString())).isEqualTo(PersonNames.comparisonKey(name));
        });
    }

    /** The characters the one-scan path answers for, the ones just outside its ranges, and some it must leave to ICU. */
    private static final String NEAR_PLAIN = "aZ09 -.'\u0021\u007E\u007F\u0020\u00A0\u00B6\u00B7\u00B8\u30FA\u30FB\u30FC"
            + "\u2FFF\u3000\u3001\u33FF\u3400\u4DBF\u4DC0\u4DFF\u4E00\u9FFF\uA000\uF900\uFA0E\uFF21\uFF41"
            + "\u0301\u0308\u200B\u3099\u1100\u1161\uAC00\u212A\u00C5\u0130\u0131\u00DF\uFF0E";

    /** Text of the characters the one-scan path answers for, text just around them, and {@link #names()}. */
    private static Gen<String> plainOrNearlyPlainNames() {
        Gen<String> plainUnit = Gens.oneOf(Gens.charRange('\u0020', '\u007E'), Gens.charRange('\u3400', '\u4DBF'),
                Gens.charRange('\u4E00', '\u9FFF'), Gens.unitsOf("\u00B7\u30FB\u3000"));
        Gen<String> plain = Gens.strings(plainUnit, 0, 12);
        Gen<String> near = Gens.strings(NEAR_PLAIN, 0, 10);
        return Gens.oneOf(plain, near, names());
    }

    @Test
    void theOneScanKeyEqualsTheFullFoldingWheneverItAnswers() {
        Property.check(5000, plainOrNearlyPlainNames(), name -> {
            String plain = PersonNames.plainKey(name);
            if (plain != null) {
                assertThat(plain).isEqualTo(PersonNames.foldedKey(name));
            }
            assertThat(PersonNames.comparisonKey(name)).isEqualTo(PersonNames.foldedKey(name));
        });
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

    /** ASCII text, address- and number-shaped text (with full-width and Arabic-Indic digits), digits with and without 86 / 0086, any text. */
    private static Gen<String> emailsAndPhones() {
        Gen<String> ascii = Gens.strings(Gens.charRange('\u0020', '\u007F'), 0, 16);
        Gen<String> shaped = Gens.strings("aZ.@-+0123456789 \u200B\uFF10\uFF21\u0660\u3000", 0, 16);
        Gen<String> digits = Gens.strings("0123456789", 0, 15);
        Gen<String> prefixed = digits.map(d -> "86" + d);
        Gen<String> international = digits.map(d -> "0086" + d);
        return Gens.oneOf(ascii, shaped, digits, prefixed, international, Gens.strings(Gens.anyUnit(), 0, 12));
    }

    @Test
    void theEmailAndPhoneKeysOfPlainAsciiEqualTheFullFolding() {
        Property.check(5000, emailsAndPhones(), text -> {
            assertThat(PersonNames.emailKey(text)).isEqualTo(PersonNames.foldedEmailKey(text));
            assertThat(PersonNames.phoneKey(text)).isEqualTo(PersonNames.foldedPhoneKey(text));
        });
    }
}
