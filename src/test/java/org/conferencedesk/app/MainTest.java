package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void chineseEnvironmentGivesChineseEvenWhenTheJvmFellBackToEnglish() {
        assertThat(Main.userLocale(Locale.ENGLISH, Map.of("LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void lcAllWinsOverLang() {
        assertThat(Main.userLocale(Locale.US, Map.of("LC_ALL", "C.UTF-8", "LANG", "zh_CN.UTF-8"))).isEqualTo(Locale.US);
    }

    @Test
    void theLanguageTheLauncherKeptWinsOverTheUtf8LocaleItRunsJavaIn() {
        // The launcher ran Java with LC_ALL=C.UTF-8 so that file names in any script can be read.
        assertThat(Main.userLocale(Locale.ENGLISH, Map.of("CONFERENCEDESK_LOCALE", "zh_CN.GB18030", "LC_ALL", "C.UTF-8")))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Main.userLocale(Locale.ENGLISH, Map.of("CONFERENCEDESK_LOCALE", "C", "LC_ALL", "C.UTF-8", "LANG", "zh_CN.UTF-8")))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void jvmLocaleIsKeptWithoutLanguageVariables() {
        assertThat(Main.userLocale(Locale.TRADITIONAL_CHINESE, Map.of())).isEqualTo(Locale.TRADITIONAL_CHINESE);
        assertThat(Main.userLocale(Locale.US, Map.of("LANG", "en_GB.UTF-8"))).isEqualTo(Locale.US);
    }

    @Test
    void windowOpensInTheLanguageTheCommandsUseEvenWhenTheJvmFellBackToEnglish() {
        Locale before = Locale.getDefault();
        java.util.List<Locale> seen = new java.util.ArrayList<>();
        try {
            Locale.setDefault(Locale.ENGLISH);
            Locale chosen = Main.userLocale(Locale.getDefault(), Map.of("LANG", "zh_CN.UTF-8"));

            Main.windowIn(chosen, file -> seen.add(Locale.getDefault())).accept("wimc");
        } finally {
            Locale.setDefault(before);
        }

        assertThat(seen).containsExactly(Locale.SIMPLIFIED_CHINESE);
    }
    @Test
    void withoutACommandTheWindowOpensTheDatabaseTheCommandLineWouldHaveOpened() {
        assertThat(Main.windowDatabase(new String[] {"--db", "/data/wimc"}, Map.of())).isEqualTo(new Main.WindowStart(java.nio.file.Path.of("/data/wimc").toAbsolutePath().toString()));
        assertThat(Main.windowDatabase(new String[] {"--event", "WIMC 2020", "--db=/data/wimc"}, Map.of()))
                .isEqualTo(new Main.WindowStart(java.nio.file.Path.of("/data/wimc").toAbsolutePath().toString()));
        // None named: the window opens what Settings › Database… chose (a server, too), else the default file.
        assertThat(Main.windowDatabase(new String[0], Map.of())).isEqualTo(new Main.WindowStart(null));
        assertThat(Main.windowDatabase(new String[] {"--event", "WIMC 2020"}, Map.of("CONFERENCEDESK_DB", " ")))
                .isEqualTo(new Main.WindowStart(null));
        assertThat(Main.windowDatabase(new String[0], Map.of("CONFERENCEDESK_DB", "/data/from-env")))
                .isEqualTo(new Main.WindowStart(java.nio.file.Path.of("/data/from-env").toAbsolutePath().toString()));
        assertThat(Main.windowDatabase(new String[] {"--db", "/data/wimc"}, Map.of("CONFERENCEDESK_DB", "/data/from-env")))
                .isEqualTo(new Main.WindowStart(java.nio.file.Path.of("/data/wimc").toAbsolutePath().toString()));
    }

    @Test
    void commandsHelpMistakesAndServersGoThroughTheCommandLine() {
        assertThat(Main.windowDatabase(new String[] {"--db", "/data/wimc", "totals"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[] {"--help"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[] {"-V"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[] {"--db"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[] {"--db", "--help"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[] {"--db", "a", "--db", "b"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[] {"--dbx", "a"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[] {"--db", "postgresql://desk@server/wimc"}, Map.of())).isNull();
        assertThat(Main.windowDatabase(new String[0], Map.of("CONFERENCEDESK_DB", "postgresql://server/wimc"))).isNull();
    }
}
