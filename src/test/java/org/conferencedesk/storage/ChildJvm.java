package org.conferencedesk.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a {@code main} class of the test class path in a second JVM, as a second process would run. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Starts {@code main} with {@code args}; stderr goes to the test's stderr. */
    public static Process start(Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command(main, List.of(), args)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** The command line of a JVM on the test class path running {@code main}, with {@code options} for the JVM. */
    public static List<String> command(Class<?> main, List<String> options, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dorg.jooq.no-logo=true");
        command.add("-Dorg.jooq.no-tips=true");
        command.addAll(options);
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }
}
