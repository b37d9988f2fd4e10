package org.conferencedesk.guests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The guests screen's sentences exist in both languages, and the desk says them in each. */
class GuestsUiBundleTest {

    @Test
    void englishAndChineseHaveTheSameKeys() throws java.io.IOException {
        for (String area : new String[] {"guestsui", "ui"}) {
            // The files themselves: a bundle would fill a missing Chinese key from the English file.
            assertThat(keys("/i18n/" + area + "_zh_CN.properties")).as(area)
                    .containsExactlyInAnyOrderElementsOf(keys("/i18n/" + area + ".properties"));
        }
    }

    private static java.util.Set<Object> keys(String resource) throws java.io.IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = new java.io.InputStreamReader(GuestsUiBundleTest.class.getResourceAsStream(resource),
                java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.keySet();
    }

    @Test
    void theDeskCountReadsNaturallyInBothLanguages() {
        assertThat(new GuestWords(Locale.SIMPLIFIED_CHINESE).get("desk.count", 120, 326)).isEqualTo("已签到 120 / 326 位");
        assertThat(new GuestWords(Locale.ENGLISH).get("desk.count", 120, 326)).isEqualTo("Checked in 120 of 326");
        assertThat(new GuestWords(Locale.ENGLISH).get("summary.headline", 100_000, 30_084))
                .isEqualTo("100,000 guests · 30,084 checked in");
    }
}
