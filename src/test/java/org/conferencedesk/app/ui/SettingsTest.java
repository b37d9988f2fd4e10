package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @Test
    void missingFileMeansSystemLanguageAndNoLastEvent(@TempDir Path dir) {
        Settings settings = Settings.load(dir.resolve(Settings.FILE_NAME));

        assertThat(settings.language()).isEqualTo(UiLanguage.SYSTEM);
        assertThat(settings.lastEventId()).isEmpty();
    }

    @Test
    void languageAndLastEventSurviveASaveAndLoad(@TempDir Path dir) {
        Path file = Settings.fileFor(dir.resolve("data").resolve("conferencedesk"));
        Settings settings = Settings.load(file);
        settings.setLanguage(UiLanguage.ZH);
        settings.setLastEventId(42);
        settings.save();

        Settings again = Settings.load(dir.resolve("data").resolve(Settings.FILE_NAME));
        assertThat(again.language()).isEqualTo(UiLanguage.ZH);
        assertThat(again.lastEventId()).hasValue(42);
    }

    @Test
    void unreadableValuesFallBackToDefaults(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(Settings.FILE_NAME);
        Files.writeString(file, "language=klingon\nlastEventId=abc\n");

        Settings settings = Settings.load(file);
        assertThat(settings.language()).isEqualTo(UiLanguage.SYSTEM);
        assertThat(settings.lastEventId()).isEmpty();
    }

    @Test
    void systemLanguageFollowsAChineseSystemAndElseEnglish() {
        assertThat(UiLanguage.SYSTEM.locale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiLanguage.SYSTEM.locale(Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UiLanguage.SYSTEM.locale(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(UiLanguage.EN.locale(Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
    }
}
