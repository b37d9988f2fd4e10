package org.conferencedesk.shared.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The property runner and its generators: failures name the seed and replay, edge cases come first, the generators reach far. */
class PropertyTest {

    @AfterEach
    void clearSeed() {
        System.clearProperty(Property.SEED);
    }

    @Test
    void aFailureNamesTheSeedTheTryAndTheValueAndTheSeedReplaysIt() {
        Gen<Long> numbers = Gens.longs(0, 1_000_000);
        AssertionError first = failure(() -> Property.check(500, numbers, n -> assertThat(n % 97).isNotEqualTo(13L)));
        Matcher m = Pattern.compile("on try (\\d+) of 500, seed (-?\\d+) \\(replay: -Dconferencedesk.seed=\\2\\)\\n  value 1: (\\d+)")
                .matcher(first.getMessage());
        assertThat(m.find()).as(first.getMessage()).isTrue();
        assertThat(Long.parseLong(m.group(3)) % 97).isEqualTo(13L);
        assertThat(first.getCause()).isInstanceOf(AssertionError.class);

        System.setProperty(Property.SEED, m.group(2));
        AssertionError again = failure(() -> Property.check(500, numbers, n -> assertThat(n % 97).isNotEqualTo(13L)));

        assertThat(again.getMessage().lines().limit(2).toList()).isEqualTo(first.getMessage().lines().limit(2).toList());
    }

    @Test
    void anExceptionFailsTheProperty() {
        AssertionError e = failure(() -> Property.check(10, Gens.of("x"), x -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(e.getMessage()).contains("value 1: \"x\"").contains("IllegalStateException: boom");
    }

    @Test
    void everyCombinationOfEdgeCasesIsTriedFirst() {
        List<String> seen = new ArrayList<>();
        Property.check(100, Gens.integers(0, 9), Gens.of("a", "b").withEdgeCases("e"), (n, s) -> seen.add(n + s));

        // 0..9 has the edge cases 0, 9, 1 and 8; the second generator only "e".
        assertThat(seen.subList(0, 4)).containsExactlyInAnyOrder("0e", "9e", "1e", "8e");
        assertThat(seen).hasSize(100);
    }

    @Test
    void valuesShowInvisibleAndUnusualCharactersEscaped() {
        assertThat(Property.shown("张\u200B三 \u00A0\uD800😀\"")).isEqualTo("\"张\\u200B三 \\u00A0\\uD800😀\\u0022\"");
        assertThat(Property.shown(List.of("a", "é\u0301"))).isEqualTo("[\"a\", \"é\\u0301\"]");
        assertThat(Property.shown(new Named(3, "\u3000"))).isEqualTo("Named[id=3, name=\"\\u3000\"]");
    }

    @Test
    void textFromAnAlphabetHasItsSupplementaryCharactersWholeAndInHalves() {
        List<String> texts = draw(Gens.strings("a𠮷", 0, 6), 2_000);

        assertThat(texts).contains("");
        assertThat(texts).anyMatch(t -> t.contains("𠮷"));
        assertThat(texts).anyMatch(t -> t.matches(".*\\uD842(?!\\uDFB7).*"));
        assertThat(texts).anyMatch(t -> t.matches(".*(?<!\\uD842)\\uDFB7.*"));
        assertThat(texts).allMatch(t -> t.codePointCount(0, t.length()) <= 6);
    }

    @Test
    void anyUnitGivesControlsLoneSurrogatesNoncharactersAndWholeSupplementaryCharacters() {
        String all = String.join("", draw(Gens.strings(Gens.anyUnit(), 0, 10), 5_000));

        assertThat(all.chars()).anyMatch(c -> c < 0x20);
        assertThat(all.chars()).anyMatch(c -> c >= 0xE000 && c <= 0xF8FF);
        assertThat(all).contains("\uFFFF");
        assertThat(all.codePoints()).anyMatch(Character::isSupplementaryCodePoint);
        assertThat(all.codePoints()).anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF);
    }

    @Test
    void wideRangesGiveSmallAndHugeNumbersAndTheirEnds() {
        List<Long> values = draw(Gens.longs(0, Long.MAX_VALUE), 2_000);

        assertThat(values).contains(0L, 1L, Long.MAX_VALUE, Long.MAX_VALUE - 1);
        assertThat(values).anyMatch(v -> v > 0 && v < 1_000);
        assertThat(values).anyMatch(v -> v >= 1_000_000 && v < 1_000_000_000L);
        assertThat(values).anyMatch(v -> v > 1_000_000_000_000_000L);
        assertThat(values).allMatch(v -> v >= 0);
    }

    @Test
    void listsAreSometimesEmptyAndNeverLongerThanAllowed() {
        List<List<Integer>> lists = draw(Gens.lists(Gens.integers(1, 3), 0, 40), 2_000);

        assertThat(lists).contains(List.of());
        assertThat(lists).anyMatch(l -> l.size() > 32);
        assertThat(lists).allMatch(l -> l.size() <= 40 && l.stream().allMatch(i -> i >= 1 && i <= 3));
        assertThat(draw(Gens.orNull(Gens.integers(1, 3), 0.2), 200)).containsNull();
    }

    private record Named(int id, String name) {
    }

    private static <T> List<T> draw(Gen<T> gen, int count) {
        SplittableRandom source = new SplittableRandom(Property.seed());
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(gen.next(source));
        }
        return values;
    }

    private static AssertionError failure(Runnable run) {
        try {
            run.run();
        } catch (AssertionError e) {
            return e;
        }
        throw new AssertionError("the property did not fail");
    }
}
