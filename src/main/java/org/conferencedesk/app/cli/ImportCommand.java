package org.conferencedesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.ImportNote;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.record.RecordField;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import TYPE FILE [--encoding E] [--delimiter C] [--sheet NAME] [--map HEADER=field|ignore]...
 * [--map-value COLUMN:VALUE=VALUE]... [--add-values] [--partial] [--duplicates skip|merge|add] [--create-event]}, one subcommand per record type
 * ({@link RecordTypes}).
 */
@Command(name = "import")
final class ImportCommand {

    private ImportCommand() {
    }

    /**
     * Imports the records of a CSV or XLSX file into the event through the type's pipeline: all or
     * nothing, or the good rows with {@code --partial}; rows that look like records already there
     * refuse the import until {@code --duplicates} says what to do (types that ask). {@code --event}
     * must name an event of the database, unless the database has none yet or {@code --create-event}
     * is given: then the event is created, and removed again if the import is refused. A backup is
     * taken first. On a terminal a progress bar shows rows done, rows per second and the time left.
     */
    @Command(sortOptions = false)
    static final class ImportRecords implements Callable<Integer> {

        private final RecordTypes.RecordType<?> type;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.importFile")
        private Path file;

        @Mixin
        private FileReadingOptions reading;

        @Option(names = "--map", paramLabel = "HEADER=field", descriptionKey = "option.map")
        private Map<String, String> map = new LinkedHashMap<>();

        @Option(names = "--map-value", paramLabel = "COLUMN:VALUE=VALUE", descriptionKey = "option.mapValue")
        private java.util.List<String> mapValues = new java.util.ArrayList<>();

        @Option(names = "--add-values", descriptionKey = "option.addValues")
        private boolean addValues;

        @Option(names = "--partial", descriptionKey = "option.partial")
        private boolean partial;

        @Option(names = "--duplicates", paramLabel = "skip|merge|add", descriptionKey = "option.duplicates")
        private String duplicates;

        @Option(names = "--create-event", descriptionKey = "option.createEvent")
        private boolean createEvent;

        ImportRecords(RecordTypes.RecordType<?> type) {
            this.type = type;
        }

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            Messages messages = root.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ImportOptions options = new ImportOptions(reading.charset(spec, messages), reading.delimiter(spec, messages),
                    reading.sheet(), mapping(messages), ignored(map), partial, duplicates(messages), reading.decimalMark(spec, messages),
                    values(messages));
            if (!Files.isRegularFile(file)) {
                err.println(messages.get(Files.isDirectory(file) ? "import.folder" : "import.noFile", file));
                err.flush();
                return ConferenceDeskCli.BAD_INPUT;
            }
            try (AppContext context = root.openContext()) {
                ImportService<?, ?> importer = type.importer().apply(context);
                if (options.duplicates() != null && importer.spec().duplicateActions().isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            messages.get("import.duplicatesNotAsked", type.name(), duplicates));
                }
                // A backup before every import from the command line (the window backs up on start and close);
                // none if nothing changed since the last one, so that retries push no good backup out.
                // A shared PostgreSQL database is backed up on its server (pg_dump; docs/decisions/0026).
                Path before = context.database().file().isPresent() ? context.backupNow() : null;
                boolean create = createEvent || context.events().list().isEmpty();
                boolean existed = eventExists(context, root.eventName());
                Event event = root.chooseEvent(context, create);
                ImportResult<?> result;
                try (TerminalProgress progress = TerminalProgress.onConsole(messages)) {
                    result = importer.importFile(event.id(), file, options, progress == null ? ProgressMonitor.NONE : progress,
                            root.locale());
                } catch (RuntimeException e) {
                    if (!existed) {
                        context.events().delete(event.id());
                    }
                    throw e;
                }
                if (before != null && result.added() + result.merged() > 0) {
                    context.backups().keepBeforeImport(before);
                }
                Messages words = Messages.of(importer.spec().bundle(), root.locale());
                out.println(messages.get("import.done", words.get("io.count", result.added()), file.getFileName(), event.name()));
                if (result.merged() > 0 || result.skipped() > 0) {
                    out.println(messages.get("import.duplicatesDone", result.merged(), result.skipped()));
                }
                if (!result.addedForReview().isEmpty()) {
                    out.println(messages.get("import.addedForReview", result.addedForReview().size(), type.name()));
                    for (Duplicate<?> d : result.addedForReview()) {
                        out.println("  " + messages.get("import.lineName", d.line(), name(importer, d)));
                    }
                }
                if (!result.notes().isEmpty()) {
                    out.println(messages.get("import.notes", result.notes().size()));
                    for (ImportNote note : result.notes()) {
                        out.println("  " + note.describe(root.locale(), true));
                    }
                }
                if (!result.notImported().isEmpty()) {
                    long lines = result.notImported().stream().mapToInt(ImportProblem::line).distinct().count();
                    err.println(messages.get("import.notImported", lines));
                    for (ImportProblem problem : result.notImported()) {
                        err.println(problem.describe(root.locale(), true));
                    }
                }
                out.println(type.headline().of(context, event.id(), root.locale()));
            }
            out.flush();
            err.flush();
            return ConferenceDeskCli.OK;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static String name(ImportService<?, ?> importer, Duplicate<?> d) {
            return ((ImportService) importer).spec().displayName(d.incoming());
        }

        /**
         * {@code --duplicates skip|merge|add} (any case), or null; another word, or the option for a type
         * that refuses rows already there instead of asking, is refused in the user's language.
         */
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

        /**
         * {@code --map HEADER=field} as header → field of the type (headers mapped to {@code ignore} left out).
         *
         * @throws CommandLine.ParameterException (exit 2) naming the field, the header and the type's fields
         *         for a field name the type does not have
         */
        /** {@code --map-value COLUMN:VALUE=VALUE}... and {@code --add-values}: the answers for new values. */
        private org.conferencedesk.importexport.ValueAnswers values(Messages messages) {
            var answers = org.conferencedesk.importexport.ValueAnswers.NONE.withAddNew(addValues);
            for (String option : mapValues) {
                try {
                    answers = answers.withParsed(option);
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), messages.get("import.badMapValue", option));
                }
            }
            return answers;
        }

        private Map<String, RecordField> mapping(Messages messages) {
            Map<String, RecordField> mapping = new LinkedHashMap<>();
            RecordField[] fields = type.fields().getEnumConstants();
            map.forEach((header, fieldName) -> {
                if (ImportOptions.IGNORE.equalsIgnoreCase(fieldName.strip())) {
                    return;
                }
                RecordField field = null;
                for (RecordField f : fields) {
                    if (f.jsonName().equalsIgnoreCase(fieldName.strip())) {
                        field = f;
                    }
                }
                if (field == null) {
                    String known = java.util.Arrays.stream(fields).map(RecordField::jsonName).collect(Collectors.joining(", "));
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            messages.get("import.badField", fieldName, header, known, type.name()));
                }
                mapping.put(header, field);
            });
            return mapping;
        }
    }

    static boolean eventExists(AppContext context, String name) {
        return name != null && !name.isBlank()
                ? context.events().findByName(name.strip()).isPresent()
                : !context.events().list().isEmpty();
    }

    /** Headers given as {@code --map HEADER=ignore}. */
    static Set<String> ignored(Map<String, String> map) {
        Set<String> ignored = new LinkedHashSet<>();
        map.forEach((header, fieldName) -> {
            if (ImportOptions.IGNORE.equalsIgnoreCase(fieldName.strip())) {
                ignored.add(header);
            }
        });
        return ignored;
    }
}
