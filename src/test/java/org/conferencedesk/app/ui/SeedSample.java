package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.ProgressMonitor;

/**
 * Fills a database with the 2020 edition and its 30 signing-ceremony projects from the sample file,
 * for looking at the real window: {@code SeedSample DBFILE [zh|en]}.
 */
public final class SeedSample {

    private SeedSample() {
    }

    /** Seeds {@code args[0]}; {@code args[1]} chooses the language of the event's name (default zh). */
    public static void main(String[] args) {
        boolean zh = args.length < 2 || "zh".equals(args[1]);
        try (AppContext context = AppContext.openFile(Path.of(args[0]))) {
            Event event = context.events().create(new Event(null,
                    zh ? "2020世界智能制造大会" : "2020 World Intelligent Manufacturing Conference", "WIMC 2020",
                    zh ? "南京" : "Nanjing", zh ? "南京国际博览中心" : "Nanjing International Expo Center",
                    LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
            int n = context.contractImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-signing-ceremony.csv"),
                    ImportOptions.DETECT, ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE).added();
            System.out.println("Imported " + n + " contracts into " + event.name());
        }
    }
}
