package org.conferencedesk.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.io.AwardDocuments;
import org.conferencedesk.events.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code certificates --out FILE.pdf [--category NAME] [--lang zh|en] [--print-boxes]}: one certificate
 * page per award winner, in the ceremony's running order (issue 13). Refused, nothing written, when a
 * name holds characters no bundled font draws (each such text named) unless {@code --print-boxes}.
 */
@Command(name = "certificates", sortOptions = false)
final class CertificatesCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", descriptionKey = "option.certificatesOut")
    private Path out;

    @Option(names = "--category", paramLabel = "NAME", descriptionKey = "option.awardCategory")
    private String category;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang")
    private Lang lang;

    @Option(names = "--print-boxes", descriptionKey = "option.printBoxes")
    private boolean printBoxes;

    @Override
    public Integer call() {
        Commands.requireEnding(spec, out, ".pdf");
        ConferenceDeskCommand root = Commands.root(spec);
        try (AppContext context = root.openContext()) {
            Event event = root.chooseEvent(context, false);
            AwardDocuments documents = context.awardDocuments();
            Long categoryId = category == null ? null : documents.categoryNamed(event.id(), category);
            Locale locale = Lang.or(lang, root.locale());
            int pages = documents.writeCertificates(event.id(), categoryId, locale, printBoxes, out);
            spec.commandLine().getOut().println(root.messages().get("certificates.done", pages, out));
        }
        return ConferenceDeskCli.OK;
    }
}
