package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names in any script whatever the locale (issue 9 §5), through the real launcher
 * ({@code packaging/bin/conferencedesk}) started under {@code LANG=C}: Java takes the character set
 * of file names and arguments from the locale, so the launcher must give it a UTF-8 one. Java itself is
 * a stand-in that runs the real one on the test class path with what the launcher passes after the
 * main class, in the environment the launcher made.
 */
class LauncherLocaleTest {

    @TempDir
    Path folder;

    private Path launcher;
    private Path javaHome;

    @BeforeEach
    void makeDistribution() throws Exception {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the sh launcher");
        launcher = folder.resolve("dist/bin/conferencedesk");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, Files.readString(Path.of("packaging/bin/conferencedesk"))
                .replace("@MAIN_CLASS@", Main.class.getName()));
        javaHome = folder.resolve("jdk");
        Path java = javaHome.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, String.join("\n",
                "#!/bin/sh",
                "while [ $# -gt 0 ] && [ \"$1\" != " + Main.class.getName() + " ]; do shift; done",
                "shift",
                "exec \"$REAL_JAVA\" -cp \"$TEST_CLASSPATH\" -Xshare:auto -XX:TieredStopAtLevel=1 " + Main.class.getName() + " \"$@\"",
                ""));
        for (Path script : List.of(launcher, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private Result launch(Map<String, String> locale, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE") || k.startsWith("CONFERENCEDESK_"));
        env.putAll(locale);
        env.put("JAVA_HOME", javaHome.toString());
        env.put("REAL_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        env.put("TEST_CLASSPATH", System.getProperty("java.class.path"));
        env.put("XDG_DATA_HOME", folder.resolve("home").toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
    }

    @Test
    void chineseFileNamesAndDatabasePathsWorkUnderLangC() throws Exception {
        Path guests = Files.copy(Path.of("docs/samples/wimc-2020-guests.csv"), folder.resolve("嘉宾名单.csv"));
        Path db = folder.resolve("会议数据/南京会议");

        Result imported = launch(Map.of("LANG", "C", "LC_ALL", "C"), "--db", db.toString(), "import", "guests", guests.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 326 guests from 嘉宾名单.csv");
        assertThat(folder.resolve("会议数据/南京会议.mv.db")).exists();
        assertThat(imported.err()).doesNotContain("Exception", "Malformed");
    }

    @Test
    void theUsersLanguageIsKeptWhenItsLocaleIsNotInstalledOrNotUtf8() throws Exception {
        Path guests = Files.copy(Path.of("docs/samples/wimc-2020-guests.csv"), folder.resolve("嘉宾名单.csv"));
        Path db = folder.resolve("南京会议");
        assertThat(launch(Map.of("LANG", "C"), "--db", db.toString(), "import", "guests", guests.toString()).exitCode()).isZero();

        for (Map<String, String> chinese : List.of(Map.of("LANG", "zh_CN.UTF-8"), Map.of("LC_ALL", "zh_CN.GB18030"),
                Map.of("LANG", "C", "LC_MESSAGES", "zh_CN.UTF-8"))) {
            Result totals = launch(chinese, "--db", db.toString(), "totals");
            assertThat(totals.exitCode()).as(chinese + ": " + totals.err()).isZero();
            assertThat(totals.out()).as(chinese.toString()).contains("嘉宾326位");
        }
        Result english = launch(Map.of("LANG", "C"), "--db", db.toString(), "totals");
        assertThat(english.out()).contains("326 guests");
    }
}
