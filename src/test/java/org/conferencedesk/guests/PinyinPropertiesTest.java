package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PinyinPropertiesTest {

    private final Pinyin pinyin = Pinyin.instance();

    /** The per-character memo gives what ICU gives for the whole name, pair rules and surnames included. */
    @Property(tries = 500)
    void memoisedReadingEqualsIcuReadingOfTheWholeName(@ForAll("chineseNames") String name) {
        assertThat(pinyin.read(name).full()).isEqualTo(String.join("", Pinyin.icuWords(name)));
    }

    @Provide
    Arbitrary<String> chineseNames() {
        // Surnames with a surname reading, both halves of ICU's pair rules (令狐 万俟 澹台 长孙 藏文 重庆 秘鲁),
        // common characters, Latin letters and separators.
        return Arbitraries.strings().withChars("单曾解仇查区乐翟盖朴长孙令狐万俟澹台藏文重庆秘鲁张王李伟芳娜 ·abZ")
                .ofMinLength(1).ofMaxLength(8);
    }

    @Property(tries = 1000)
    void readingIsAlwaysLowerCaseAsciiAndInitialsAreNoLongerThanTheReading(@ForAll("anyText") String name) {
        Pinyin.Reading reading = pinyin.read(name);
        assertThat(reading.full()).matches("[a-z0-9]*");
        assertThat(reading.initials()).matches("[a-z0-9]*");
        assertThat(reading.initials().length()).isLessThanOrEqualTo(reading.full().length());
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("张三𠮷😀محÉé\u0301 ·ａＢ1").ofMaxLength(12));
    }
}
