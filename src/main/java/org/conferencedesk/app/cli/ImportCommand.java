package org.conferencedesk.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.events.Event;
import java.io.PrintWriter;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.GuestDuplicate;
import org.conferencedesk.importexport.GuestImportOptions;
import org.conferencedesk.importexport.GuestImportResult;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import contracts FILE [--encoding E] [--delimiter C] [--sheet NAME] [--map HEADER=field]...} and
 * {@code import guests FILE [same] [--partial] [--duplicates skip|merge|add]}.
 */
@Command(name = "import", subcommands = {ImportCommand.ImportContracts.class, ImportCommand.ImportGuests.class})
final class ImportCommand {

    /**
     * Imports every row of a CSV or XLSX file into the event, all or nothing. In an empty database
     * the event named by {@code --event} (or "Default event") is created; if the import is then
     * refused, that event is removed again so that nothing is changed.
     */
    @Command(name = "contracts", sortOptions = false)
    static final class ImportContracts implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.importFile")
        private Path file;

        @Mixin
        private FileReadingOptions reading;

        @Option(names = "--map", paramLabel = "HEADER=field", descriptionKey = "option.map")
        private Map<String, String> map = new LinkedHashMap<>();

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            Messages messages = root.messages();
            ImportOptions options = new ImportOptions(reading.charset(spec, messages), reading.delimiter(spec, messages), reading.sheet(), mapping(messages),
                    ignored());
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println(messages.get(Files.isDirectory(file) ? "import.folder" : "import.noFile", file));
                return ConferenceDeskCli.BAD_INPUT;
            }
            try (AppContext context = root.openContext()) {
                // A backup before every import from the command line (the window backs up on start and close);
                // none if nothing changed since the last one, so that retries push no good backup out.
                Path before = context.backupNow();
                boolean existed = eventExists(context, root.eventName());
                Event event = root.chooseEvent(context, true);
                int imported;
                try {
                    imported = context.contractImport().importContracts(event.id(), file, options, ProgressMonitor.NONE, root.locale());
                } catch (RuntimeException e) {
                    if (!existed) {
                        context.events().delete(event.id());
                    }
                    throw e;
                }
                if (imported > 0) {
                    context.backups().keepBeforeImport(before);
                }
                spec.commandLine().getOut().println(messages.get("import.done", imported, file.getFileName(), event.name()));
                spec.commandLine().getOut().println(TotalsCommand.headline(context.contracts().totals(event.id()), root.locale()));
            }
            return ConferenceDeskCli.OK;
        }

        private java.util.Set<String> ignored() {
            return ImportCommand.ignored(map);
        }

        private Map<String, ContractField> mapping(Messages messages) {
            return ImportCommand.mapping(spec, map, ContractField.values(), ContractField::jsonName, "import.badField", messages);
        }
    }

    /**
     * {@code --map HEADER=field} as header → field (headers mapped to {@code ignore} left out), for
     * contracts or guests: {@code fields} and their JSON names say which fields exist.
     *
     * @throws CommandLine.ParameterException (exit 2) with {@code unknownKey} (field, header, the known
     *         names) for a field name that is none of {@code fields}
     */
    static <F> Map<String, F> mapping(CommandSpec spec, Map<String, String> map, F[] fields,
                                      java.util.function.Function<F, String> jsonName, String unknownKey, Messages messages) {
        Map<String, F> mapping = new LinkedHashMap<>();
        map.forEach((header, fieldName) -> {
            if (ImportOptions.IGNORE.equalsIgnoreCase(fieldName.strip())) {
                return;
            }
            F field = Stream.of(fields).filter(f -> jsonName.apply(f).equalsIgnoreCase(fieldName.strip())).findFirst().orElse(null);
            if (field == null) {
                String known = Stream.of(fields).map(jsonName).collect(Collectors.joining(", "));
                throw new CommandLine.ParameterException(spec.commandLine(), messages.get(unknownKey, fieldName, header, known));
            }
            mapping.put(header, field);
        });
        return mapping;
    }

    static boolean eventExists(AppContext context, String name) {
        return name != null && !name.isBlank()
                ? context.events().findByName(name.strip()).isPresent()
                : !context.events().list().isEmpty();
    }

    /** Headers given as {@code --map HEADER=ignore}. */
    static java.util.Set<String> ignored(Map<String, String> map) {
        java.util.Set<String> ignored = new java.util.LinkedHashSet<>();
        map.forEach((header, fieldName) -> {
            if (ImportOptions.IGNORE.equalsIgnoreCase(fieldName.strip())) {
                ignored.add(header);
            }
        });
        return ignored;
    }

    /**
     * Imports the guests of a CSV or XLSX file into the event: all or nothing, or the good rows
     * with {@code --partial}; rows that look like guests already in the event (or earlier rows)
     * refuse the import until {@code --duplicates skip|merge|add} says what to do with them. In an
     * empty database the event is created, and removed again if the import is refused. A backup is
     * taken first.
     */
    @Command(name = "guests", sortOptions = false)
    static final class ImportGuests implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.importFile")
        private Path file;

        @Mixin
        private FileReadingOptions reading;

        @Option(names = "--map", paramLabel = "HEADER=field", descriptionKey = "option.guestMap")
        private Map<String, String> map = new LinkedHashMap<>();

        @Option(names = "--partial", descriptionKey = "option.partial")
        private boolean partial;

        @Option(names = "--duplicates", paramLabel = "skip|merge|add", descriptionKey = "option.duplicates")
        private String duplicates;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            Messages messages = root.messages();
            GuestImportOptions options = new GuestImportOptions(reading.charset(spec, messages),
                    reading.delimiter(spec, messages), reading.sheet(), mapping(messages), ignored(map), partial,
                    duplicates(messages));
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println(messages.get(Files.isDirectory(file) ? "import.folder" : "import.noFile", file));
                return ConferenceDeskCli.BAD_INPUT;
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (AppContext context = root.openContext()) {
                Path before = context.backupNow();
                boolean existed = eventExists(context, root.eventName());
                Event event = root.chooseEvent(context, true);
                GuestImportResult result;
                try {
                    result = context.guestImport().importGuests(event.id(), file, options, ProgressMonitor.NONE, root.locale());
                } catch (RuntimeException e) {
                    if (!existed) {
                        context.events().delete(event.id());
                    }
                    throw e;
                }
                if (result.added() + result.merged() > 0) {
                    context.backups().keepBeforeImport(before);
                }
                out.println(messages.get("import.guests.done", result.added(), file.getFileName(), event.name()));
                if (result.merged() > 0 || result.skipped() > 0) {
                    out.println(messages.get("import.guests.duplicates", result.merged(), result.skipped()));
                }
                if (!result.addedNameOnly().isEmpty()) {
                    out.println(messages.get("import.guests.nameOnlyAdded", result.addedNameOnly().size()));
                    for (GuestDuplicate d : result.addedNameOnly()) {
                        out.println("  " + messages.get("import.guests.lineName", d.line(), d.incoming().fullName()));
                    }
                }
                if (!result.notImported().isEmpty()) {
                    long lines = result.notImported().stream().mapToInt(ImportProblem::line).distinct().count();
                    err.println(messages.get("import.guests.notImported", lines));
                    for (ImportProblem problem : result.notImported()) {
                        err.println(problem.describe(root.locale(), true));
                    }
                }
                out.println(TotalsCommand.guestHeadline(context.guests().totals(event.id()), root.locale()));
            }
            out.flush();
            err.flush();
            return ConferenceDeskCli.OK;
        }

        /** {@code --duplicates skip|merge|add} (any case), or null; another word is refused in the user's language. */
        private DuplicateAction duplicates(Messages messages) {
            if (duplicates == null) {
                return null;
            }
            DuplicateAction action = DuplicateAction.fromName(duplicates);
            if (action == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), messages.get("import.badDuplicates", duplicates));
            }
            return action;
        }

        private Map<String, GuestField> mapping(Messages messages) {
            return ImportCommand.mapping(spec, map, GuestField.values(), GuestField::jsonName, "import.badGuestField", messages);
        }
    }
}
