package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the launcher gives each kind of start (issue 15): the window keeps Java's defaults,
 * every command gets the small serial heap, and only the quick commands the client compiler alone;
 * and Main's class-data training mode runs every command line of its file in one JVM.
 */
class LauncherOptionsTest {

    @TempDir
    Path folder;

    /** The sh launcher with pom.xml's values, over a "java" that prints the options it was given. */
    private String optionsFor(String... args) throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Path launcher = folder.resolve("dist/bin/conferencedesk");
        Files.createDirectories(launcher.getParent());
        Files.writeString(launcher, Files.readString(Path.of("packaging/bin/conferencedesk"))
                .replace("@MAIN_CLASS@", Main.class.getName())
                .replace("@COMMAND_HEAP_OPTS@", property(pom, "command.heap-opts"))
                .replace("@QUICK_COMMAND_OPTS@", property(pom, "quick-command.opts"))
                .replace("@QUICK_COMMANDS_CASE@", property(pom, "quick-commands.case")));
        Path java = folder.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nwhile [ \"$1\" != " + Main.class.getName() + " ]; do printf '%s ' \"$1\"; shift; done\n");
        for (Path script : List.of(launcher, java)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new java.util.ArrayList<>(List.of("sh", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", folder.resolve("jdk").toString());
        builder.environment().remove("CONFERENCEDESK_JAVA_OPTS");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(pom);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void quickCommandsRunWithTheClientCompilerOtherCommandsWithTheirHeapOnlyAndTheWindowWithJavasDefaults() throws Exception {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the sh launcher");

        for (String[] quick : List.of(new String[] {"--db", "x", "totals"}, new String[] {"list", "guests"},
                new String[] {"--event=WIMC", "events", "list"}, new String[] {"--db", "x", "--event", "WIMC", "audit"})) {
            assertThat(optionsFor(quick)).as(String.join(" ", quick))
                    .contains("-XX:+UseSerialGC", "-XX:MaxNewSize=32m", " -XX:TieredStopAtLevel=1 ");
        }
        for (String[] work : List.of(new String[] {"--db", "x", "import", "guests", "list.csv"}, new String[] {"export", "contracts"},
                new String[] {"--db", "totals", "report"})) {
            assertThat(optionsFor(work)).as(String.join(" ", work))
                    .contains("-XX:+UseSerialGC").doesNotContain("TieredStopAtLevel");
        }
        for (String[] window : List.of(new String[0], new String[] {"--db", "totals"})) {
            assertThat(optionsFor(window)).as(String.join(" ", window))
                    .doesNotContain("UseSerialGC", "TieredStopAtLevel").contains("--module-path");
        }
    }

    @Test
    void theTrainingModeRunsEveryCommandLineOfItsFileInOneJvm() throws Exception {
        Path db = folder.resolve("training/db");
        Path commands = Files.writeString(folder.resolve("commands.txt"), String.join("\n",
                String.join("\t", "--db", db.toString(), "import", "contracts",
                        Path.of("docs/samples/wimc-2020-signing-ceremony.csv").toAbsolutePath().toString()),
                "",
                String.join("\t", "--db", db.toString(), "totals", "--json"),
                ""), StandardCharsets.UTF_8);
        List<String> command = org.conferencedesk.storage.ChildJvm.command(Main.class, List.of(
                "-D" + Main.TRAINING_PROPERTY + "=" + commands, "-Dconferencedesk.logs=" + folder.resolve("logs"),
                "-Duser.language=en", "-Dfile.encoding=UTF-8"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "en_US.UTF-8");
        builder.environment().remove("LC_ALL");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(out).isZero();
        assertThat(out).contains("Imported 30 contracts from wimc-2020-signing-ceremony.csv", "\"signed\"", "53630000000.00");
    }

    @Test
    void theWindowsLauncherGivesJavaTheSameOptionsAsTheShellLauncher() throws Exception {
        String sh = Files.readString(Path.of("packaging/bin/conferencedesk"));
        String bat = Files.readString(Path.of("packaging/bin/conferencedesk.bat"));
        // The class-data archive, from the same place in lib, with the same options.
        assertThat(normalised(between(bat, "set \"CDS_OPTS=-", "\"")))
                .isEqualTo(normalised(between(sh, "CDS_OPTS=\"-", "\"")));
        // The java command line: the same options in the same order.
        String shLine = between(sh, "exec \"$JAVACMD\"", "\"$@\"").replace("\\\n", " ");
        String batLine = between(bat, "\"%JAVACMD%\"", "%*");
        assertThat(normalised(batLine).split("\\s+")).containsExactly(normalised(shLine).split("\\s+"));
        // The commands' heap and the quick commands' compiler option, for the same commands.
        assertThat(bat).contains("set \"HEAP_OPTS=@COMMAND_HEAP_OPTS@\"", "for %%c in (@QUICK_COMMANDS_LIST@)",
                "set \"JIT_OPTS=@QUICK_COMMAND_OPTS@\"");
        assertThat(sh).contains("HEAP_OPTS=\"@COMMAND_HEAP_OPTS@\"", "@QUICK_COMMANDS_CASE@) JIT_OPTS=\"@QUICK_COMMAND_OPTS@\"");
        // No second JVM started to check that java is there.
        assertThat(bat).doesNotContain("-version");
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        start += from.length();
        int end = text.indexOf(to, start);
        assertThat(end).as(to).isGreaterThan(start);
        return text.substring(start, end);
    }

    /** Windows' and the shell's spellings of the same thing made equal: variables, folders, quotes. */
    private static String normalised(String options) {
        return options.replace("%APP_HOME%", "APP_HOME").replace("$APP_HOME", "APP_HOME").replace('\\', '/')
                .replaceAll("%(\\w+)%", "\\$$1").replace("\"", "").trim();
    }
}
