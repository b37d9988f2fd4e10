package org.conferencedesk.awards.io;

import com.lowagie.text.DocumentException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.io.RunningOrder.Award;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.shared.pdf.PdfFile;
import org.conferencedesk.shared.pdf.UndrawableText;

/**
 * The awards' PDFs (issue 13, "the ceremony"): the running order for the presenter and the winners'
 * certificates, in Simplified Chinese or English, fonts bundled and embedded (every script a name may be
 * written in: docs/decisions/0024), read from {@link AwardService} like the awards screen.
 *
 * <ul>
 *   <li><b>Running order</b>: the categories in presentation order with their prizes, winners (names as
 *       written, with their organisation) and the presenter's lines; for a signed-off category who signed
 *       it off, when (in the event's time zone) and its result hash, else a warning that it may change.
 *       A character no bundled font has is drawn □ and named in a note.</li>
 *   <li><b>Certificates</b>: one A4 landscape page per winner, in running order. Before anything is
 *       printed, every text on them is checked ({@link #undrawableOnCertificates}); a text no bundled
 *       font can draw refuses the whole print, naming it, unless the user chose to print boxes. A
 *       certificate of a category not signed off is marked as a draft.</li>
 * </ul>
 *
 * <p>Files are written whole or not at all ({@link PdfFile}). Thread-safe; knows nothing of JavaFX. Call
 * it off the FX application thread: the first document of a session reads the fonts.
 */
public final class AwardDocuments {

    private final EventService events;
    private final AwardService awards;
    private final Clock clock;

    /**
     * @param clock gives the "generated at" time of the running order, and the certificates' date for an
     *              event without an end date (its zone is ignored: the event's is used)
     */
    public AwardDocuments(EventService events, AwardService awards, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.awards = Objects.requireNonNull(awards, "awards");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Documents stamped with the system clock. */
    public AwardDocuments(EventService events, AwardService awards) {
        this(events, awards, Clock.systemUTC());
    }

    /**
     * The id of the event's category named {@code name}, in Chinese or English (surrounding blanks and,
     * for English, case ignored).
     *
     * @throws AwardDocumentException ({@code category.unknown}) naming the event's categories if none is
     */
    public long categoryNamed(long eventId, String name) {
        String wanted = name == null ? "" : name.strip();
        List<AwardCategory> categories = awards.categories(eventId);
        for (AwardCategory c : categories) {
            if (c.nameZh().strip().equals(wanted) || c.nameEn().strip().equalsIgnoreCase(wanted)) {
                return c.id();
            }
        }
        String known = String.join(", ", categories.stream().map(AwardCategory::bothNames).toList());
        throw new AwardDocumentException("category.unknown", wanted, known.isEmpty() ? "–" : known);
    }

    /**
     * Writes the event's running order to {@code out} (created or replaced only when whole).
     *
     * @throws AwardDocumentException if there is no such event, or the layout fails
     * @throws java.io.UncheckedIOException if the file cannot be written; the message names it
     */
    public void writeRunningOrder(long eventId, Locale locale, Path out) {
        runningOrder(eventId, locale, layout -> PdfFile.write(out, layout));
    }

    /** Writes the event's running order to a stream (flushed, not closed). Errors as for a file. */
    public void writeRunningOrder(long eventId, Locale locale, OutputStream out) {
        runningOrder(eventId, locale, layout -> PdfFile.write(out, layout));
    }

    /**
     * Writes the event's running order as a table, one row per line the presenter reads
     * ({@link RunningOrderExportSpec}): CSV (UTF-8 with BOM, as Excel opens it) if {@code out} ends in
     * .csv, XLSX if .xlsx; created or replaced only when whole.
     *
     * @return the number of rows written
     * @throws IllegalArgumentException if the name ends neither in .csv nor in .xlsx
     * @throws java.io.UncheckedIOException if the file cannot be written; the message names it
     */
    public int writeRunningOrderTable(long eventId, Locale locale, Path out) {
        return new org.conferencedesk.importexport.ExportService<>(new RunningOrderExportSpec(awards, events))
                .export(eventId, out, locale);
    }

    /**
     * The texts printed on the certificates (winners' names and organisations, the awards' and the
     * event's names) that hold characters no bundled font can draw; empty when all print.
     *
     * @param categoryId one category, or null for every category of the event
     * @param locale the certificates' language (the awards' names are checked in it)
     */
    public List<UndrawableText> undrawableOnCertificates(long eventId, Long categoryId, Locale locale) {
        Event event = event(eventId);
        return UndrawableText.among(certificateTexts(event, RunningOrder.read(awards, eventId, categoryId).awards(),
                new AwardWords(locale)));
    }

    /**
     * Writes one certificate per winner to {@code out}, in running order.
     *
     * @param categoryId one category, or null for every category of the event
     * @param printBoxes true if the user chose to print texts with characters no font has (drawn □)
     * @return the number of certificates (pages) written
     * @throws AwardDocumentException nothing written: {@code certificates.undrawable} naming every text that
     *         cannot be drawn (unless {@code printBoxes}), {@code certificates.none} with no winner recorded,
     *         no such event, or a layout failure
     * @throws java.io.UncheckedIOException if the file cannot be written; the message names it
     */
    public int writeCertificates(long eventId, Long categoryId, Locale locale, boolean printBoxes, Path out) {
        return certificates(eventId, categoryId, locale, printBoxes, layout -> PdfFile.write(out, layout));
    }

    /** Writes certificates to a stream (flushed, not closed); as {@link #writeCertificates(long, Long, Locale, boolean, Path)}. */
    public int writeCertificates(long eventId, Long categoryId, Locale locale, boolean printBoxes, OutputStream out) {
        return certificates(eventId, categoryId, locale, printBoxes, layout -> PdfFile.write(out, layout));
    }

    /** Where a laid-out document goes: a stream or a file. */
    @FunctionalInterface
    private interface Destination {
        void write(PdfFile.Layout layout) throws DocumentException;
    }

    private void runningOrder(long eventId, Locale locale, Destination destination) {
        Event event = event(eventId);
        RunningOrder order = RunningOrder.read(awards, eventId, null);
        ZonedDateTime now = clock.instant().atZone(event.timeZone());
        AwardWords words = new AwardWords(locale);
        lay(event, destination, new RunningOrderPdf(event, order, now, words)::write);
    }

    private int certificates(long eventId, Long categoryId, Locale locale, boolean printBoxes, Destination destination) {
        Event event = event(eventId);
        List<Award> winners = RunningOrder.read(awards, eventId, categoryId).awards();
        if (winners.isEmpty()) {
            throw new AwardDocumentException("certificates.none");
        }
        AwardWords words = new AwardWords(locale);
        List<UndrawableText> undrawable = UndrawableText.among(certificateTexts(event, winners, words));
        if (!undrawable.isEmpty() && !printBoxes) {
            throw AwardDocumentException.undrawable(undrawable);
        }
        LocalDate date = event.endDate() != null ? event.endDate() : clock.instant().atZone(event.timeZone()).toLocalDate();
        lay(event, destination, new CertificatesPdf(event, winners, date, words)::write);
        return winners.size();
    }

    private static void lay(Event event, Destination destination, PdfFile.Layout layout) {
        try {
            destination.write(layout);
        } catch (DocumentException e) {
            throw new AwardDocumentException(e, "error.layout", event.name(), String.valueOf(e.getMessage()));
        }
    }

    /** Every text a certificate prints that comes from the data: names, organisations, the awards, the event. */
    private static List<String> certificateTexts(Event event, List<Award> winners, AwardWords words) {
        Set<String> texts = new LinkedHashSet<>();
        for (Award a : winners) {
            texts.add(a.winner().name());
            texts.add(a.winner().affiliation());
        }
        texts.add(event.name());
        for (Award a : winners) {
            texts.add(words.award(a.presentation(), a.prize()));
        }
        texts.remove(null);
        return new ArrayList<>(texts);
    }

    private Event event(long eventId) {
        return events.find(eventId).orElseThrow(() -> new AwardDocumentException("error.noEvent", String.valueOf(eventId)));
    }
}
