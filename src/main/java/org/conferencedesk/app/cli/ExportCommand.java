package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export TYPE --out FILE.csv|FILE.xlsx}, one subcommand per record type ({@link RecordTypes}). */
@Command(name = "export")
final class ExportCommand {

    /**
     * Writes the event's records of one type to CSV (UTF-8 with BOM) or XLSX, chosen by the file name,
     * headers and words in the user's language; {@code import TYPE} reads the file back to the same values.
     */
    @Command(sortOptions = false)
    static final class ExportRecords implements Callable<Integer> {

        private final RecordTypes.RecordType<?> type;

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv|FILE.xlsx", descriptionKey = "option.exportOut")
        private Path out;

        ExportRecords(RecordTypes.RecordType<?> type) {
            this.type = type;
        }

        @Override
        public Integer call() {
            boolean pdf = type.pdf() != null && out.getFileName() != null
                    && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
            if (type.pdf() != null) {
                Commands.requireEnding(spec, out, ".csv", ".xlsx", ".pdf");
            } else {
                Commands.requireEnding(spec, out, ".csv", ".xlsx");
            }
            ConferenceDeskCommand root = Commands.root(spec);
            try (AppContext context = root.openContext()) {
                Event event = root.chooseEvent(context, false);
                if (pdf) {
                    type.pdf().write(context, event.id(), root.locale(), out);
                    spec.commandLine().getOut().println(root.messages().get("report.done", out));
                    return ConferenceDeskCli.OK;
                }
                ExportService<?> exporter = type.exporter().apply(context);
                int written = exporter.export(event.id(), out, root.locale());
                String count = Messages.of(exporter.spec().bundle(), root.locale()).get("io.count", written);
                spec.commandLine().getOut().println(root.messages().get("export.done", count, out));
            }
            return ConferenceDeskCli.OK;
        }
    }
}
