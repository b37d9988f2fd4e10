package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenKeysTest {

    @Test
    void eachKeyKeepsTheFirstLineItWasSeenOnThroughGrowth() {
        SeenKeys seen = new SeenKeys(4);
        for (int line = 1; line <= 100_000; line++) {
            assertThat(seen.firstLine("key " + line, line)).isZero();
        }
        assertThat(seen.size()).isEqualTo(100_000);
        assertThat(seen.firstLine("key 1", 200_000)).isEqualTo(1);
        assertThat(seen.firstLine("key 99999", 200_001)).isEqualTo(99_999);
        assertThat(seen.lineOf("key 50000")).isEqualTo(50_000);
        assertThat(seen.lineOf("no such key")).isZero();
        assertThat(seen.size()).isEqualTo(100_000);
    }

    @Test
    void keysThatDifferOnlyInWidthOrCaseAreDifferentKeys() {
        SeenKeys seen = new SeenKeys(16);
        seen.firstLine("南京", 2);

        assertThat(seen.firstLine("南京 ", 3)).isZero();
        assertThat(seen.firstLine("Ｎanjing", 4)).isZero();
        assertThat(seen.firstLine("nanjing", 5)).isZero();
        assertThat(seen.firstLine("南京", 6)).isEqualTo(2);
    }
}
