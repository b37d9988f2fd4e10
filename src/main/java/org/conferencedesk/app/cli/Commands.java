package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** What every command shares: the root command's options, and checks of file names. */
final class Commands {

    private Commands() {
    }

    /** The root command of the command line {@code spec} belongs to. */
    static ConferenceDeskCommand root(CommandSpec spec) {
        return (ConferenceDeskCommand) spec.root().userObject();
    }

    /**
     * Checks that {@code out} ends in one of {@code endings} (case-insensitive).
     *
     * @throws CommandLine.ParameterException (wrong usage, exit 2) naming the endings accepted
     */
    static Path requireEnding(CommandSpec spec, Path out, String... endings) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ending : endings) {
            if (name.endsWith(ending)) {
                return out;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                root(spec).messages().get("error.outEnding", out,
                        String.join(root(spec).messages().get("error.or"), endings)));
    }
}
