package org.conferencedesk.app.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
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
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import contracts FILE [--encoding E] [--delimiter C] [--sheet NAME] [--map HEADER=field]...}. */
@Command(name = "import", subcommands = ImportCommand.ImportContracts.class)
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

        @Option(names = "--encoding", paramLabel = "E", descriptionKey = "option.encoding")
        private String encoding;

        @Option(names = "--delimiter", paramLabel = "C", descriptionKey = "option.delimiter")
        private String delimiter;

        @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "option.sheet")
        private String sheet;

        @Option(names = "--map", paramLabel = "HEADER=field", descriptionKey = "option.map")
        private Map<String, String> map = new LinkedHashMap<>();

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            Messages messages = root.messages();
            ImportOptions options = new ImportOptions(charset(messages), delimiter(messages), sheet, mapping(messages),
                    ignored());
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println(messages.get(Files.isDirectory(file) ? "import.folder" : "import.noFile", file));
                return ConferenceDeskCli.BAD_INPUT;
            }
            try (AppContext context = root.openContext()) {
                // A backup before every import from the command line (the window backs up on start and close).
                context.backupNow();
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
                spec.commandLine().getOut().println(messages.get("import.done", imported, file.getFileName(), event.name()));
                spec.commandLine().getOut().println(TotalsCommand.headline(context.contracts().totals(event.id()), root.locale()));
            }
            return ConferenceDeskCli.OK;
        }

        private static boolean eventExists(AppContext context, String name) {
            return name != null && !name.isBlank()
                    ? context.events().findByName(name.strip()).isPresent()
                    : !context.events().list().isEmpty();
        }

        private Charset charset(Messages messages) {
            if (encoding == null || encoding.isBlank()) {
                return null;
            }
            try {
                return Charset.forName(encoding.strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), messages.get("import.badEncoding", encoding));
            }
        }

        private Character delimiter(Messages messages) {
            if (delimiter == null || delimiter.isEmpty()) {
                return null;
            }
            String d = delimiter.toLowerCase(Locale.ROOT);
            if (d.equals("tab") || d.equals("\\t")) {
                return '\t';
            }
            if (delimiter.length() == 1) {
                return delimiter.charAt(0);
            }
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("import.badDelimiter", delimiter));
        }

        /** Headers given as {@code --map HEADER=ignore}. */
        private java.util.Set<String> ignored() {
            java.util.Set<String> ignored = new java.util.LinkedHashSet<>();
            map.forEach((header, fieldName) -> {
                if (ImportOptions.IGNORE.equalsIgnoreCase(fieldName.strip())) {
                    ignored.add(header);
                }
            });
            return ignored;
        }

        private Map<String, ContractField> mapping(Messages messages) {
            Map<String, ContractField> mapping = new LinkedHashMap<>();
            map.forEach((header, fieldName) -> {
                if (ImportOptions.IGNORE.equalsIgnoreCase(fieldName.strip())) {
                    return;
                }
                ContractField field = ContractField.fromJsonName(fieldName);
                if (field == null) {
                    String known = Stream.of(ContractField.values()).map(ContractField::jsonName).collect(Collectors.joining(", "));
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            messages.get("import.badField", fieldName, header, known));
                }
                mapping.put(header, field);
            });
            return mapping;
        }
    }
}
