package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PinyinTest {

    private final Pinyin pinyin = Pinyin.instance();

    @ParameterizedTest(name = "{0} reads {1} / {2}")
    @CsvSource({
        "张三, zhangsan, zs",
        "欧阳娜娜, ouyangnana, oynn",
        "单田芳, shantianfang, stf",
        "曾国藩, zengguofan, zgf",
        "解晓东, xiexiaodong, xxd",
        "仇英, qiuying, qy",
        "查良镛, zhaliangyong, zly",
        "万俟卨, moqixie, mqx",
        "长孙无忌, zhangsunwuji, zswj",
        "李长江, lichangjiang, lcj",
        "王乐乐, wanglele, wll",
        "吕布, lubu, lb",
        "張三, zhangsan, zs",
        "李Lei, lilei, ll",
        "John Smith, johnsmith, js",
        "ＪＯＨＮ　ＳＭＩＴＨ, johnsmith, js",
        "Zoë Saldaña, zoesaldana, zs",
        "O'Brien, obrien, ob",
        "约翰·史密斯, yuehanshimisi, yhsms",
        "Wang 伟, wangwei, ww",
    })
    void readsSurnamesGivenNamesAndLatinWords(String name, String full, String initials) {
        assertThat(pinyin.read(name)).isEqualTo(new Pinyin.Reading(full, initials));
    }

    @Test
    void aRareCharacterWithoutReadingContributesNothing() {
        assertThat(pinyin.read("𠮷野家")).isEqualTo(new Pinyin.Reading("yejia", "yj"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "😀", "محمد علي", "דוד לוי", "Иван", "·"})
    void nameWithNothingReadableGivesEmptyReading(String name) {
        assertThat(pinyin.read(name)).isEqualTo(Pinyin.Reading.EMPTY);
    }

    @Test
    void emojiAndRightToLeftTextAroundAChineseNameAreSkipped() {
        assertThat(pinyin.read("😀王伟")).isEqualTo(new Pinyin.Reading("wangwei", "ww"));
        assertThat(pinyin.read("王伟 محمد")).isEqualTo(new Pinyin.Reading("wangwei", "ww"));
    }

    @Test
    void readingIsTheSameFromManyThreadsAtOnce() throws Exception {
        List<String> names = List.of("张三", "单田芳", "曾国藩", "欧阳娜娜", "万俟卨", "令狐冲", "李Lei");
        List<Pinyin.Reading> expected = names.stream().map(pinyin::read).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Pinyin.Reading>>> jobs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                jobs.add(() -> {
                    List<Pinyin.Reading> readings = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        readings = names.stream().map(pinyin::read).toList();
                    }
                    return readings;
                });
            }
            for (Future<List<Pinyin.Reading>> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
