package org.conferencedesk.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine;

/**
 * Builds the {@code conferencedesk} command line: the commands, their help texts (bundle
 * {@code i18n/cli}), and the exit codes.
 *
 * <p>Exit codes: {@value #OK} on success; {@value #BAD_INPUT} on bad input (a rejected import, an
 * unknown event, a file that cannot be read or written) with each problem on stderr and nothing
 * changed; {@value #USAGE} on wrong usage (unknown command or option, a missing or wrongly named
 * {@code --out} file).
 */
public final class ConferenceDeskCli {

    /** Success. */
    public static final int OK = 0;
    /** Bad input; nothing was changed. */
    public static final int BAD_INPUT = 1;
    /** Wrong usage of the command line. */
    public static final int USAGE = 2;

    private ConferenceDeskCli() {
    }

    /** Wrong usage: what was wrong, suggestions for a mistyped name, and where to find help; exit 2. */
    private static int wrongUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        ConferenceDeskCommand root = (ConferenceDeskCommand) commandLine.getCommandSpec().root().userObject();
        Messages messages = root.messages();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            err.println(messages.get("error.unmatched", unmatched.getUnmatched().get(0)));
        } else if (e.getArgSpec() != null && e.getCause() instanceof java.time.format.DateTimeParseException bad) {
            err.println(messages.get(org.conferencedesk.shared.DateText.isImpossibleDay(bad) ? "error.impossibleDate" : "error.badDate",
                    optionName(e.getArgSpec()), bad.getParsedString().strip()));
        } else if (e instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<String> names = new ArrayList<>();
            missing.getMissing().forEach(spec -> names.add(usageName(spec)));
            // picocli names only the first missing positional parameter; the required ones after it are missing too.
            if (missing.getMissing().get(0) instanceof CommandLine.Model.PositionalParamSpec first) {
                for (CommandLine.Model.PositionalParamSpec later : commandLine.getCommandSpec().positionalParameters()) {
                    if (later.index().min() > first.index().min() && later.arity().min() > 0 && !names.contains(later.paramLabel())) {
                        names.add(later.paramLabel());
                    }
                }
            }
            err.println(messages.get("error.missing", String.join(messages.get("error.and"), names)));
        } else if (e.getCause() instanceof CommandLine.TypeConversionException badName && e.getArgSpec() != null
                && e.getArgSpec().type() == java.nio.file.Path.class) {
            err.println(badName.getMessage());
        } else if (e.getArgSpec() != null && e.getValue() != null && isWholeNumber(e.getArgSpec())) {
            err.println(messages.get("error.notAWholeNumber", optionName(e.getArgSpec()), e.getValue()));
        } else {
            err.println(e.getMessage());
        }
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println(root.messages().get("error.usageHint", commandLine.getCommandSpec().qualifiedName()));
        err.flush();
        return USAGE;
    }

    /** An option with its value's label ({@code --out FILE.csv|FILE.xlsx}), or a parameter's label ({@code KEEP_ID}). */
    private static String usageName(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option && option.arity().max() > 0
                ? option.longestName() + " " + option.paramLabel() : optionName(spec);
    }

    private static boolean isWholeNumber(CommandLine.Model.ArgSpec spec) {
        Class<?> type = spec.auxiliaryTypes().length > 0 ? spec.auxiliaryTypes()[0] : spec.type();
        return type == long.class || type == Long.class || type == int.class || type == Integer.class;
    }

    private static String optionName(CommandLine.Model.ArgSpec spec) {
        return spec instanceof CommandLine.Model.OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    /**
     * A command line ready to {@link CommandLine#execute(String...)}, printing to the process's
     * stdout and stderr in UTF-8. Tests replace the writers with {@link CommandLine#setOut} and
     * {@link CommandLine#setErr}.
     */
    public static CommandLine create(CliEnvironment environment) {
        ConferenceDeskCommand root = new ConferenceDeskCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        // import, export and list: one implementation each, a subcommand per record type.
        for (RecordTypes.RecordType<?> type : RecordTypes.ALL) {
            commandLine.getSubcommands().get("import").addSubcommand(type.name(), new ImportCommand.ImportRecords(type));
            commandLine.getSubcommands().get("export").addSubcommand(type.name(), new ExportCommand.ExportRecords(type));
            commandLine.getSubcommands().get("list").addSubcommand(type.name(), new ListCommand.ListRecords<>(type));
        }
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        // Dates as organisers write them (2020-11-26, 2020/11/26, 2020年11月26日), as in the window.
        commandLine.registerConverter(java.time.LocalDate.class, org.conferencedesk.shared.DateText::parse);
        // File names: a name the system cannot write (a locale without these characters) gets a sentence, not
        // Java's text; run by the window for a command line elsewhere, names are relative to the user's folder.
        commandLine.registerConverter(java.nio.file.Path.class, name -> {
            try {
                java.nio.file.Path path = java.nio.file.Path.of(name);
                return environment.workingDirectory() == null ? path : environment.workingDirectory().resolve(path);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException(Messages.of("cli", environment.locale()).get("error.badFileName", name));
            }
        });
        // One writer: the database's lock for the whole command, or the window runs a command that only reads.
        commandLine.setExecutionStrategy(new CommandSession(environment));
        commandLine.setExecutionExceptionHandler(new ErrorReporter(environment));
        commandLine.setParameterExceptionHandler(ConferenceDeskCli::wrongUsage);
        // Help in the user's language, whatever the JVM's default locale.
        commandLine.setResourceBundle(Messages.of("cli", environment.locale()).bundle());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }
}
