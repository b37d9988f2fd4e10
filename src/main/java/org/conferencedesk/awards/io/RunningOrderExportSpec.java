package org.conferencedesk.awards.io;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.SignOff;
import org.conferencedesk.awards.io.RunningOrder.Presentation;
import org.conferencedesk.awards.io.RunningOrder.PrizeWinners;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.importexport.ExportColumn;
import org.conferencedesk.importexport.ExportColumn.Kind;
import org.conferencedesk.importexport.ExportSpec;

/**
 * The ceremony's running order as a table (CSV/XLSX), for the stage manager's spreadsheet: one row per
 * line the presenter reads, in presentation order (the category announced, each prize with its winners,
 * the closing line), with the category's place, its name, the prize, the winners as written with their
 * organisations, where the category stands with its sign-off and its result hash. The same lines as the
 * running order PDF ({@link AwardWords#presenterLines}). Read-only: it is not imported back.
 */
public final class RunningOrderExportSpec implements ExportSpec<RunningOrderExportSpec.Line> {

    private final AwardService awards;
    private final EventService events;

    /**
     * One line the presenter reads.
     *
     * @param presentation the category as presented
     * @param prize the prize the line announces, or null for the category's opening or closing line
     * @param closing true for the closing line
     */
    public record Line(Presentation presentation, PrizeWinners prize, boolean closing) {
    }

    /**
     * @param awards the awards
     * @param events the events (their time zone, for the sign-off times)
     */
    public RunningOrderExportSpec(AwardService awards, EventService events) {
        this.awards = Objects.requireNonNull(awards, "awards");
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public String bundle() {
        return "awarddocs";
    }

    @Override
    public List<Line> rows(long eventId) {
        List<Line> lines = new ArrayList<>();
        for (Presentation p : RunningOrder.read(awards, eventId, null).presentations()) {
            lines.add(new Line(p, null, false));
            for (PrizeWinners prize : p.prizes()) {
                lines.add(new Line(p, prize, false));
            }
            if (p.winners() > 0) {
                lines.add(new Line(p, null, true));
            }
        }
        return lines;
    }

    @Override
    public List<ExportColumn<Line>> columns(long eventId, Locale locale) {
        AwardWords words = new AwardWords(locale);
        ZoneId zone = events.find(eventId).map(Event::timeZone).orElse(Event.DEFAULT_TIME_ZONE);
        return List.of(
                new ExportColumn<>(words.get("order.export.order"), Kind.WHOLE_NUMBER, 6, l -> l.presentation().order()),
                new ExportColumn<>(words.get("order.export.category"), Kind.TEXT, 30, l -> words.category(l.presentation())),
                new ExportColumn<>(words.get("order.export.prize"), Kind.TEXT, 16,
                        l -> l.prize() == null ? null : l.prize().prize().name(words.locale()).strip()),
                new ExportColumn<>(words.get("order.export.winners"), Kind.TEXT, 40,
                        l -> l.prize() == null ? null : words.list(l.prize().winners().stream().map(words::winner).toList())),
                new ExportColumn<>(words.get("order.export.line"), Kind.TEXT, 60, l -> line(words, l)),
                new ExportColumn<>(words.get("order.export.status"), Kind.WORD, 30, l -> status(words, l.presentation(), zone)),
                new ExportColumn<>(words.get("order.export.hash"), Kind.TEXT, 66,
                        l -> l.presentation().signOffInForce().map(SignOff::resultHash).orElse(null)));
    }

    private static String line(AwardWords words, Line l) {
        if (l.prize() != null) {
            return words.prizeLine(l.presentation(), l.prize());
        }
        return l.closing() ? words.closingLine() : words.introLine(l.presentation());
    }

    private static String status(AwardWords words, Presentation p, ZoneId zone) {
        if (p.state() == AwardCategoryContent.SignOffState.SIGNED_OFF && p.signOff() != null) {
            SignOff s = p.signOff();
            return words.get("order.signedOff", s.memberName(), words.time(s.signedAt().atZone(zone), zone));
        }
        return words.get(p.state() == AwardCategoryContent.SignOffState.REOPENED ? "order.reopened" : "order.open");
    }
}
