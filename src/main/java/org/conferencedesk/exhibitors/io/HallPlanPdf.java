package org.conferencedesk.exhibitors.io;

import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanWords;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.WholeFile;
import org.conferencedesk.shared.pdf.PdfFile;

/**
 * The hall plan as a PDF for the hall managers: one page per hall, the floor and its booths to scale
 * with the scale stated and a scale bar, each booth labelled with its code and holder(s) and filled by
 * its state, a legend, fonts embedded (the report's bundled Noto Sans SC and its fallback,
 * decision 0003). The plans are {@link BoothService#plan}'s, the same as on screen.
 *
 * <p>Thread-safe; knows nothing of JavaFX. Call it off the FX application thread (the first PDF of a
 * session reads the 10.5 MB font). PDFs are laid out one at a time ({@link PdfFile}).
 */
public final class HallPlanPdf {

    /** The paper the plan is printed on; the page is turned to landscape for a hall wider than deep. */
    public enum Paper {
        /** 297 × 420 mm, the usual size of a printed floor plan. */
        A3,
        /** 210 × 297 mm. */
        A4;

        Rectangle size() {
            return this == A3 ? PageSize.A3 : PageSize.A4;
        }
    }

    private final EventService events;
    private final BoothService booths;
    private final Clock clock;

    /**
     * @param events the events (name, dates, venue in the heading; time zone of the "printed" time)
     * @param booths the halls and their plans
     * @param clock the time printed on the pages
     */
    public HallPlanPdf(EventService events, BoothService booths, Clock clock) {
        this.events = events;
        this.booths = booths;
        this.clock = clock;
    }

    /**
     * Writes the plan of the hall with code {@code hallCode} (or of every hall of the event, in code
     * order, if null) to {@code out}, whole or not at all ({@link WholeFile}).
     *
     * @return the number of pages (halls) written
     * @throws UserFacingException {@code pdf.noEvent}, {@code pdf.noHalls} (the event has none) or
     *         {@code pdf.noSuchHall} (naming the halls there are); {@code file.cannotWrite} if the file
     *         cannot be written. Nothing is written then.
     */
    public int write(long eventId, String hallCode, Locale locale, Paper paper, Path out) {
        Event event = event(eventId);
        List<HallPlan> plans = plans(event, hallCode);
        WholeFile.write(out, stream -> write(event, plans, locale, paper, stream));
        return plans.size();
    }

    /**
     * Writes the plans of the hall {@code hallCode} (null: every hall) to a stream (flushed, not closed).
     *
     * @return the number of pages
     * @throws UserFacingException as {@link #write(long, String, Locale, Paper, Path)}
     */
    public int write(long eventId, String hallCode, Locale locale, Paper paper, OutputStream out) throws IOException {
        Event event = event(eventId);
        List<HallPlan> plans = plans(event, hallCode);
        write(event, plans, locale, paper, out);
        return plans.size();
    }

    /**
     * The language of a plan asked for without one (the command line without {@code --lang}): the
     * language its names are written in. Simplified Chinese when the event's name or a hall's name is
     * written in Chinese characters ("5号馆", "2020世界智能制造大会"), else English; so a plan of halls
     * named in Chinese is never titled "Hall plan" in English.
     *
     * @param eventId the event
     * @param hallCode the hall printed, or null for every hall
     * @throws UserFacingException as {@link #write(long, String, Locale, Paper, Path)}
     */
    public Locale languageOfNames(long eventId, String hallCode) {
        Event event = event(eventId);
        boolean chinese = hasHan(event.name()) || hasHan(event.shortName());
        for (HallPlan plan : plans(event, hallCode)) {
            chinese |= hasHan(plan.hall().name());
        }
        return chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    private static boolean hasHan(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private Event event(long eventId) {
        return events.find(eventId).orElseThrow(() -> new UserFacingException("hallplan", "pdf.noEvent"));
    }

    private List<HallPlan> plans(Event event, String hallCode) {
        List<Hall> all = booths.halls(event.id());
        List<Hall> halls = all;
        if (all.isEmpty()) {
            throw new UserFacingException("hallplan", "pdf.noHalls", event.displayName());
        }
        if (hallCode != null) {
            Hall hall = booths.findHall(event.id(), hallCode).orElseThrow(() -> new UserFacingException("hallplan",
                    "pdf.noSuchHall", hallCode.strip(), all.stream().map(Hall::code).collect(Collectors.joining(", "))));
            halls = List.of(hall);
        }
        return halls.stream().map(h -> booths.plan(event.id(), h.id())).toList();
    }

    private void write(Event event, List<HallPlan> plans, Locale locale, Paper paper, OutputStream out) throws IOException {
        try {
            PdfFile.write(out, stream -> new HallPlanPdfWriter(event, plans, new PlanWords(locale), paper,
                    clock.instant().atZone(event.timeZone())).write(stream));
        } catch (DocumentException e) {
            throw new UserFacingException(e, "hallplan", "pdf.layout", event.displayName(), String.valueOf(e.getMessage()));
        }
    }
}
