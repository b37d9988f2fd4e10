package org.conferencedesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start, measured side by side with its floor in one run (STACK.md): the real application from
 * {@code target/dist} on a database holding the 30 sample contracts (JVM start → window shown →
 * contracts and totals visible, read from its start-up log line), against a bare JavaFX window from
 * the same JVM and JavaFX (JVM start → window shown). Runs alternate; prints each run and the medians.
 *
 * <p>Needs a display (run under {@code xvfb-run}) and {@code mvn package} first. Arguments: number
 * of runs (default 15), then optionally other distributions' folders (another branch's
 * {@code target/dist}, built in its own folder so that its class-data archive fits), started after
 * this one in each run over the same database: before and after in one run. Command in docs/BENCHMARKS.md.
 */
public final class StartupBenchmark {

    private static final Pattern APP_LINE = Pattern.compile(
            "startup: window shown at (\\d+) ms, contracts visible at (\\d+) ms");
    private static final Pattern BARE_LINE = Pattern.compile("bare: window shown at (\\d+) ms");

    private StartupBenchmark() {
    }

    /** Runs the benchmark; see the class comment. */
    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 15;
        Path dist = Path.of("target/dist").toAbsolutePath();
        Path launcher = dist.resolve("bin/conferencedesk");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("Run mvn -B package -DskipTests first: " + launcher + " is missing");
        }
        Path home = Files.createTempDirectory("startup-bench-home");
        Path db = home.resolve("bench-db");
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_DATA_HOME", home.resolve("data").toString());
        run(List.of(launcher.toString(), "--db", db.toString(), "--event", "WIMC 2020", "import", "contracts",
                Path.of("docs/samples/wimc-2020-signing-ceremony.csv").toAbsolutePath().toString()), env, Map.of());
        Path log = home.resolve("data/ConferenceDesk/logs/conferencedesk.log");

        List<Path> launchers = new ArrayList<>(List.of(launcher));
        for (int i = 1; i < args.length; i++) {
            launchers.add(Path.of(args[i]).toAbsolutePath().resolve("bin/conferencedesk"));
        }
        List<Long> bare = new ArrayList<>();
        List<List<Long>> shown = new ArrayList<>();
        List<List<Long>> visible = new ArrayList<>();
        for (int d = 0; d < launchers.size(); d++) {
            shown.add(new ArrayList<>());
            visible.add(new ArrayList<>());
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 1; i <= runs; i++) {
            String out = run(List.of(java, "--module-path", dist.resolve("lib/javafx").toString(),
                    "--add-modules", "javafx.controls", "-cp", Path.of("target/test-classes").toAbsolutePath().toString(),
                    BareWindow.class.getName()), env, Map.of());
            Matcher b = BARE_LINE.matcher(out);
            if (!b.find()) {
                throw new IllegalStateException("The bare window printed no time: " + out);
            }
            bare.add(Long.parseLong(b.group(1)));
            StringBuilder line = new StringBuilder(String.format("run %2d: bare window %4d ms", i, bare.get(i - 1)));
            for (int d = 0; d < launchers.size(); d++) {
                run(List.of(launchers.get(d).toString(), "--db", db.toString()), env,
                        Map.of("CONFERENCEDESK_JAVA_OPTS", "-Dconferencedesk.exitAfterStartup=true"));
                java.util.regex.MatchResult a = lastMatch(APP_LINE, Files.readString(log, StandardCharsets.UTF_8));
                shown.get(d).add(Long.parseLong(a.group(1)));
                visible.get(d).add(Long.parseLong(a.group(2)));
                line.append(String.format(" | app %d window %4d ms, contracts visible %4d ms", d, shown.get(d).get(i - 1),
                        visible.get(d).get(i - 1)));
            }
            System.out.println(line);
        }
        for (int d = 0; d < launchers.size(); d++) {
            System.out.printf("median of %d: bare window %d ms | app %d (%s) window %d ms, contracts visible %d ms%n",
                    runs, median(bare), d, launchers.get(d).getParent().getParent(), median(shown.get(d)), median(visible.get(d)));
        }
    }

    private static java.util.regex.MatchResult lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        java.util.regex.MatchResult last = null;
        while (m.find()) {
            last = m.toMatchResult();
        }
        if (last == null) {
            throw new IllegalStateException("The application logged no start-up line");
        }
        return last;
    }

    private static String run(List<String> command, Map<String, String> env, Map<String, String> extra)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().putAll(extra);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Timed out: " + command);
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
