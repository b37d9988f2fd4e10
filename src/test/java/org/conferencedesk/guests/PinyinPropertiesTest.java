package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import org.conferencedesk.shared.property.Gen;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.junit.jupiter.api.Test;

class PinyinPropertiesTest {

    private final Pinyin pinyin = Pinyin.instance();

    /** The per-character memo gives what ICU gives for the whole name, pair rules and surnames included. */
    @Test
    void memoisedReadingEqualsIcuReadingOfTheWholeName() {
        Property.check(500, chineseNames(), name ->
                assertThat(pinyin.read(name).full()).isEqualTo(String.join("", Pinyin.icuWords(name))));
    }

    private static Gen<String> chineseNames() {
        // Surnames with a surname reading, both halves of ICU's pair rules (令狐 万俟 澹台 长孙 藏文 重庆 秘鲁),
        // common characters, Latin letters and separators.
        return Gens.strings("单曾解仇查区乐翟盖朴长孙令狐万俟澹台藏文重庆秘鲁张王李伟芳娜 ·abZ", 1, 8);
    }

    @Test
    void readingIsAlwaysLowerCaseAsciiAndInitialsAreNoLongerThanTheReading() {
        Property.check(1000, anyText(), name -> {
            Pinyin.Reading reading = pinyin.read(name);
            assertThat(reading.full()).matches("[a-z0-9]*");
            assertThat(reading.initials()).matches("[a-z0-9]*");
            assertThat(reading.initials().length()).isLessThanOrEqualTo(reading.full().length());
        });
    }

    private static Gen<String> anyText() {
        return Gens.oneOf(Gens.strings(Gens.anyUnit(), 0, 12), Gens.strings("张三𠮷😀محÉé\u0301 ·ａＢ1", 0, 12));
    }
}
