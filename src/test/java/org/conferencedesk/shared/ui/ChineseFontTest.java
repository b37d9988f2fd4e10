package org.conferencedesk.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseFontTest {

    @Test
    void simplifiedChineseFaceIsChosenOverFontconfigsJapaneseDefault() {
        assertThat(ChineseFont.preferredInstalled(List.of("DejaVu Sans", "Noto Sans CJK JP", "Noto Sans CJK KR",
                "WenQuanYi Micro Hei", "Noto Sans CJK SC"))).isEqualTo("Noto Sans CJK SC");
        assertThat(ChineseFont.preferredInstalled(List.of("Arial", "PingFang SC", "microsoft yahei"))).isEqualTo("microsoft yahei");
        assertThat(ChineseFont.preferredInstalled(List.of("DejaVu Sans", "Noto Sans CJK JP"))).isNull();
    }

    @Test
    void stylesheetSetsTheFamilyOnTheRoot() {
        String url = ChineseFont.stylesheet("Noto Sans CJK SC");

        String css = new String(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(css).isEqualTo(".root { -fx-font-family: \"Noto Sans CJK SC\"; }");
    }

    @Test
    void chineseFontCheckRecognisesCommonFamilies() {
        assertThat(ChineseFont.hasChineseFamily(java.util.List.of("DejaVu Sans", "Noto Sans CJK SC"))).isTrue();
        assertThat(ChineseFont.hasChineseFamily(java.util.List.of("Microsoft YaHei UI"))).isTrue();
        assertThat(ChineseFont.hasChineseFamily(java.util.List.of("DejaVu Sans", "Liberation Serif"))).isFalse();
    }
}
