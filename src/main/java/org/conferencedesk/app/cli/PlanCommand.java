package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.io.HallPlanPdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan [--hall CODE] --out FILE.pdf [--lang zh|en] [--paper A3|A4]}: the hall plan as a PDF for
 * the hall managers, one page per hall (every hall when {@code --hall} is left out), to scale.
 */
@Command(name = "plan", sortOptions = false)
final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--hall", paramLabel = "CODE", descriptionKey = "option.planHall")
    private String hall;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "option.planOut")
    private Path out;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang")
    private Lang lang;

    @Option(names = "--paper", paramLabel = "A3|A4", defaultValue = "A3", descriptionKey = "option.paper")
    private HallPlanPdf.Paper paper;

    @Override
    public Integer call() {
        Commands.requireEnding(spec, out, ".pdf");
        ConferenceDeskCommand root = Commands.root(spec);
        try (AppContext context = root.openContext()) {
            Event event = root.chooseEvent(context, false);
            // Without --lang the plan is in the language its names are written in (halls named 5号馆: Chinese).
            java.util.Locale locale = lang != null ? lang.locale() : context.hallPlanPdf().languageOfNames(event.id(), hall);
            int pages = context.hallPlanPdf().write(event.id(), hall, locale, paper, out);
            spec.commandLine().getOut().println(root.messages().get("plan.done", out, pages));
        }
        return ConferenceDeskCli.OK;
    }
}
