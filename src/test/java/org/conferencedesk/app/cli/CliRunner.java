package org.conferencedesk.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line in-process, as Main does, and keeps what it printed. */
public final class CliRunner {

    /** What one run printed and returned. */
    public record Result(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Map<String, String> environment;
    private final Locale locale;
    private final Path logFile;
    final List<String> windowsOpened = new ArrayList<>();

    public CliRunner(Map<String, String> environment, Locale locale, Path logFile) {
        this.environment = environment;
        this.locale = locale;
        this.logFile = logFile;
    }

    /**
     * A runner with the process environment (the test server's PGPASSWORD and CONFERENCEDESK_TEST_PG) but no
     * CONFERENCEDESK_DB, the data folder and log in {@code home}, and {@code extra} variables set.
     */
    public static CliRunner inHome(Path home, Locale locale, Map<String, String> extra) {
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        environment.remove("CONFERENCEDESK_DB");
        environment.put("XDG_DATA_HOME", home.toString());
        environment.putAll(extra);
        return new CliRunner(environment, locale, home.resolve("conferencedesk.log"));
    }

    public Result run(String... args) {
        CommandLine commandLine = ConferenceDeskCli.create(new CliEnvironment(environment, locale, windowsOpened::add, logFile));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
