package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export contracts --out FILE.csv|FILE.xlsx} and {@code export guests --out FILE.csv|FILE.xlsx}. */
@Command(name = "export", subcommands = {ExportCommand.ExportContracts.class, ExportCommand.ExportGuests.class})
final class ExportCommand {

    /** Writes the event's contracts to CSV (UTF-8 with BOM) or XLSX, chosen by the file name. */
    @Command(name = "contracts", sortOptions = false)
    static final class ExportContracts implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv|FILE.xlsx", descriptionKey = "option.exportOut")
        private Path out;

        @Override
        public Integer call() {
            Commands.requireEnding(spec, out, ".csv", ".xlsx");
            ConferenceDeskCommand root = Commands.root(spec);
            try (AppContext context = root.openContext()) {
                Event event = root.chooseEvent(context, false);
                int written = context.contractExport().export(event.id(), out);
                spec.commandLine().getOut().println(root.messages().get("export.done", written, out));
            }
            return ConferenceDeskCli.OK;
        }
    }

    /**
     * Writes the event's guests to CSV (UTF-8 with BOM) or XLSX, chosen by the file name, headers
     * and choices in the user's language; {@code import guests} reads the file back to the same values.
     */
    @Command(name = "guests", sortOptions = false)
    static final class ExportGuests implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "FILE.csv|FILE.xlsx", descriptionKey = "option.exportOut")
        private Path out;

        @Override
        public Integer call() {
            Commands.requireEnding(spec, out, ".csv", ".xlsx");
            ConferenceDeskCommand root = Commands.root(spec);
            try (AppContext context = root.openContext()) {
                Event event = root.chooseEvent(context, false);
                int written = context.guestExport().export(event.id(), out, root.locale());
                spec.commandLine().getOut().println(root.messages().get("export.guests.done", written, out));
            }
            return ConferenceDeskCli.OK;
        }
    }
}
