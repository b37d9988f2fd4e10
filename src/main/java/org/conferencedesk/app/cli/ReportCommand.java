package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.reports.ReportOptions;
import org.conferencedesk.shared.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report --out FILE.pdf [--lang zh|en] [--appendices]}: the PDF summary report of the event, with the full lists if asked. */
@Command(name = "report", sortOptions = false)
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "option.reportOut")
    private Path out;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang")
    private Lang lang;

    @Option(names = "--appendices", descriptionKey = "option.reportAppendices")
    private boolean appendices;

    @Override
    public Integer call() {
        Commands.requireEnding(spec, out, ".pdf");
        ConferenceDeskCommand root = Commands.root(spec);
        try (AppContext context = root.openContext()) {
            Event event = root.chooseEvent(context, false);
            context.report().writePdf(event.id(), new ReportOptions(Lang.or(lang, root.locale()), appendices), out,
                    ProgressMonitor.NONE);
            spec.commandLine().getOut().println(root.messages().get("report.done", out));
        }
        return ConferenceDeskCli.OK;
    }
}
