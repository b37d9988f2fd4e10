package org.conferencedesk.exhibitors.io;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothPlace;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanPalette;
import org.conferencedesk.exhibitors.PlanWords;
import org.conferencedesk.shared.pdf.PageFooter;
import org.conferencedesk.shared.pdf.PdfDocuments;
import org.conferencedesk.shared.pdf.PdfFonts;
import org.conferencedesk.shared.pdf.PdfText;

/**
 * Lays out the hall plans of one PDF with OpenPDF: one page per hall, landscape or portrait as the
 * hall is wide or deep, the floor and its booths drawn to a stated scale ({@link PlanScale}), each
 * booth filled and patterned by its state ({@link PlanPalette}) and labelled with its code and
 * holder(s) in the largest size that fits (7 pt down to 3 pt; a name that does not fit even then is
 * shortened with "…", and the page says how many were), a legend with the count of each state, the
 * booths not yet placed, and page numbers. Fonts are the shared PDF kit's ({@link PdfFonts}), embedded.
 * One instance per PDF; not thread-safe.
 */
final class HallPlanPdfWriter {

    private static final float MARGIN = 28f;
    private static final float HEADER = 46f;
    private static final float LEGEND = 64f;
    private static final float FOOTER = 30f;
    private static final float LARGEST = 7f;
    private static final float SMALLEST = 3f;
    private static final float PADDING = 1f;
    private static final Color TEXT = new Color(PlanPalette.TEXT);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color HOLDER = new Color(0x30, 0x30, 0x30);
    private static final Color OUTLINE = new Color(0x33, 0x33, 0x33);
    private static final String ELLIPSIS = "…";

    private final Event event;
    private final List<HallPlan> plans;
    private final PlanWords words;
    private final HallPlanPdf.Paper paper;
    private final ZonedDateTime printedAt;
    private final PdfText text = new PdfText();
    private PdfContentByte canvas;
    private int shortened;

    HallPlanPdfWriter(Event event, List<HallPlan> plans, PlanWords words, HallPlanPdf.Paper paper, ZonedDateTime printedAt) {
        this.event = event;
        this.plans = plans;
        this.words = words;
        this.paper = paper;
        this.printedAt = printedAt;
    }

    /** Writes the whole PDF to {@code out}; does not close it. */
    void write(OutputStream out) throws DocumentException {
        Document document = new Document(pageFor(plans.get(0)), MARGIN, MARGIN, MARGIN, FOOTER);
        PdfWriter writer = PdfDocuments.open(document, out, words.get("pdf.title", event.displayName()), words.locale(),
                new PageFooter(event.displayName(), (page, total) -> words.get("pdf.page", page, total), text), printedAt);
        boolean first = true;
        for (HallPlan plan : plans) {
            if (!first) {
                document.setPageSize(pageFor(plan));
                document.newPage();
            }
            first = false;
            canvas = writer.getDirectContent();
            shortened = 0;
            page(plan, document.getPageSize());
            writer.setPageEmpty(false);
        }
        document.close();
    }

    private Rectangle pageFor(HallPlan plan) {
        double[] floor = floor(plan);
        Rectangle size = paper.size();
        return floor[0] >= floor[1] ? size.rotate() : size;
    }

    /** The floor drawn, in metres: the hall's size, or what its booths cover when it has none. */
    static double[] floor(HallPlan plan) {
        Hall hall = plan.hall();
        double width = hall.widthM() != null ? hall.widthM().doubleValue() : 0;
        double depth = hall.depthM() != null ? hall.depthM().doubleValue() : 0;
        for (HallPlan.PlannedBooth b : plan.booths()) {
            BoothPlace p = b.booth().place();
            if (p != null) {
                width = Math.max(width, p.right().doubleValue());
                depth = Math.max(depth, p.bottom().doubleValue());
            }
        }
        return new double[] {width > 0 ? width : 10, depth > 0 ? depth : 10};
    }

    private void page(HallPlan plan, Rectangle page) throws DocumentException {
        float width = page.getWidth();
        float height = page.getHeight();
        double[] floor = floor(plan);
        float areaTop = height - MARGIN - HEADER;
        float areaBottom = FOOTER + LEGEND;
        PlanScale scale = PlanScale.fitting(floor[0], floor[1], width - 2 * MARGIN, areaTop - areaBottom);
        float k = (float) scale.pointsPerMetre();
        float floorWidth = (float) (floor[0] * k);
        float floorDepth = (float) (floor[1] * k);
        float left = MARGIN + (width - 2 * MARGIN - floorWidth) / 2;
        float top = areaTop - (areaTop - areaBottom - floorDepth) / 2;

        header(plan.hall(), scale, width, height);
        canvas.saveState();
        canvas.setColorFill(new Color(PlanPalette.FLOOR));
        canvas.setColorStroke(new Color(PlanPalette.WALL));
        canvas.setLineWidth(plan.hall().hasSize() ? 1.2f : 0.5f);
        canvas.rectangle(left, top - floorDepth, floorWidth, floorDepth);
        canvas.fillStroke();
        canvas.restoreState();
        for (HallPlan.PlannedBooth b : plan.booths()) {
            BoothPlace p = b.booth().place();
            if (p != null) {
                float x = left + (float) (p.x().doubleValue() * k);
                float y = top - (float) (p.bottom().doubleValue() * k);
                booth(b, x, y, (float) (p.width().doubleValue() * k), (float) (p.depth().doubleValue() * k));
            }
        }
        legend(plan, width);
    }

    private void header(Hall hall, PlanScale scale, float width, float height) throws DocumentException {
        String hallName = hall.name() == null || hall.name().isBlank() ? words.hallName(hall)
                : hall.name() + (words.chinese() ? "（" + hall.code() + "）" : " (" + hall.code() + ")");
        float titleBase = height - MARGIN - 14f;
        text(words.get("pdf.heading", hallName), 15f, TEXT, MARGIN, titleBase, Element.ALIGN_LEFT);
        List<String> facts = new ArrayList<>();
        facts.add(event.name());
        if (event.startDate() != null && event.endDate() != null) {
            facts.add(event.startDate() + " – " + event.endDate());
        }
        String place = List.of(event.venue() == null ? "" : event.venue(), event.city() == null ? "" : event.city()).stream()
                .filter(s -> !s.isBlank()).collect(Collectors.joining(words.chinese() ? "，" : ", "));
        if (!place.isEmpty()) {
            facts.add(place);
        }
        if (hall.hasSize()) {
            facts.add(words.get("pdf.hallSize", PlanWords.metres(hall.widthM()), PlanWords.metres(hall.depthM())));
        } else {
            facts.add(words.get("pdf.noSize"));
        }
        text(String.join(" · ", facts), 8.5f, MUTED, MARGIN, titleBase - 14f, Element.ALIGN_LEFT);
        float right = width - MARGIN;
        text(words.get("pdf.scale", scale.denominator(), PlanWords.metres(scale.metresPerCentimetre())), 9f, TEXT, right,
                titleBase + 2f, Element.ALIGN_RIGHT);
        scaleBar(scale, right, titleBase - 14f);
    }

    /** A bar of a round length (0, half, whole, in metres), ending at {@code right}. */
    private void scaleBar(PlanScale scale, float right, float baseline) throws DocumentException {
        double metres = scale.barMetres();
        float length = (float) (metres * scale.pointsPerMetre());
        float x = right - length;
        float y = baseline + 6f;
        canvas.saveState();
        canvas.setLineWidth(0.5f);
        canvas.setColorStroke(TEXT);
        canvas.setColorFill(TEXT);
        canvas.rectangle(x, y, length / 2, 3f);
        canvas.fillStroke();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x + length / 2, y, length / 2, 3f);
        canvas.fillStroke();
        canvas.restoreState();
        text("0", 6f, TEXT, x, baseline - 2f, Element.ALIGN_CENTER);
        text(PlanWords.metres(java.math.BigDecimal.valueOf(metres / 2)), 6f, TEXT, x + length / 2, baseline - 2f, Element.ALIGN_CENTER);
        text(PlanWords.metres(java.math.BigDecimal.valueOf(metres)) + " m", 6f, TEXT, right, baseline - 2f, Element.ALIGN_CENTER);
    }

    private void booth(HallPlan.PlannedBooth planned, float x, float y, float w, float h) throws DocumentException {
        tile(PlanPalette.of(planned.state()), x, y, w, h);
        label(planned, x + PADDING, y + PADDING, w - 2 * PADDING, h - 2 * PADDING);
    }

    /** A rectangle filled, patterned and outlined as {@code look} says (a booth, or a legend swatch). */
    private void tile(PlanPalette look, float x, float y, float w, float h) {
        canvas.saveState();
        canvas.setColorFill(new Color(look.fill()));
        canvas.rectangle(x, y, w, h);
        canvas.fill();
        if (look.pattern() == PlanPalette.Pattern.STRIPES) {
            canvas.saveState();
            canvas.rectangle(x, y, w, h);
            canvas.clip();
            canvas.newPath();
            canvas.setColorStroke(new Color(look.ink()));
            canvas.setLineWidth(0.45f);
            for (float d = -h; d < w; d += 3.2f) {
                canvas.moveTo(x + d, y);
                canvas.lineTo(x + d + h, y + h);
            }
            canvas.stroke();
            canvas.restoreState();
        }
        canvas.setColorStroke(OUTLINE);
        canvas.setLineWidth(0.6f);
        canvas.rectangle(x, y, w, h);
        canvas.stroke();
        canvas.restoreState();
    }

    /** The code and holder(s) in the largest size that fits the box; shortened with "…" at the smallest. */
    private void label(HallPlan.PlannedBooth planned, float x, float y, float w, float h) throws DocumentException {
        if (w <= 2 || h <= 2) {
            return;
        }
        String code = planned.booth().code();
        String holders = words.holders(planned.holders());
        for (float size = LARGEST; size >= SMALLEST; size -= 0.5f) {
            if (fits(code, holders, size, x, y, w, h)) {
                draw(code, holders, size, x, y, w, h);
                return;
            }
        }
        if (!fits(code, "", SMALLEST, x, y, w, h)) {
            shortened += holders.isEmpty() ? 0 : 1;
            return;
        }
        if (holders.isEmpty()) {
            draw(code, "", SMALLEST, x, y, w, h);
            return;
        }
        shortened++;
        int low = 0;
        int high = holders.codePointCount(0, holders.length());
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (fits(code, prefix(holders, mid), SMALLEST, x, y, w, h)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        draw(code, low == 0 ? "" : prefix(holders, low), SMALLEST, x, y, w, h);
    }

    /** The first {@code codePoints} characters of {@code text} and "…". */
    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).strip() + ELLIPSIS;
    }

    private boolean fits(String code, String holders, float size, float x, float y, float w, float h) throws DocumentException {
        if (ColumnText.getWidth(run(code, size, false)) > w) {
            return false; // a code is never broken across lines
        }
        ColumnText column = column(code, holders, size, x, y, w, h);
        return !ColumnText.hasMoreText(column.go(true));
    }

    private void draw(String code, String holders, float size, float x, float y, float w, float h) throws DocumentException {
        ColumnText trial = column(code, holders, size, x, y, w, h);
        trial.go(true);
        float used = y + h - trial.getYLine();
        float down = Math.max(0, (h - used) / 2);
        ColumnText column = column(code, holders, size, x, y, w, h - down);
        column.go();
        collectMissing(code, size);
        collectMissing(holders, size);
    }

    private ColumnText column(String code, String holders, float size, float x, float y, float w, float h) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(x, y, x + w, y + h);
        column.setAlignment(Element.ALIGN_CENTER);
        column.setLeading(0, 1.15f);
        column.setUseAscender(true);
        column.addText(run(code, size, false));
        if (!holders.isEmpty()) {
            column.addText(run("\n", size, false));
            column.addText(run(holders, Math.max(SMALLEST, size - 1f), true));
        }
        return column;
    }

    private static Phrase run(String text, float size, boolean holder) {
        return PdfFonts.run(size, holder ? HOLDER : TEXT).add(text).phrase();
    }

    private void collectMissing(String sentence, float size) {
        text.run(sentence, size, TEXT);
    }

    private void legend(HallPlan plan, float width) throws DocumentException {
        float y = FOOTER + LEGEND - 14f;
        float x = MARGIN;
        Map<HallPlan.State, Integer> counts = new EnumMap<>(HallPlan.State.class);
        for (HallPlan.State s : HallPlan.State.values()) {
            counts.put(s, 0);
        }
        plan.booths().forEach(b -> counts.merge(b.state(), 1, Integer::sum));
        text(words.get("pdf.legend"), 8.5f, TEXT, x, y, Element.ALIGN_LEFT);
        x += ColumnText.getWidth(run(words.get("pdf.legend"), 8.5f, false)) + 8f;
        for (PlanPalette look : PlanPalette.values()) {
            tile(look, x, y - 1.5f, 14f, 9f);
            x += 18f;
            String label = words.get("pdf.legendEntry", words.state(look.state()), counts.get(look.state()));
            text(label, 8.5f, TEXT, x, y, Element.ALIGN_LEFT);
            x += ColumnText.getWidth(run(label, 8.5f, false)) + 14f;
        }
        String printed = printedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
        text(words.get("pdf.printed", printed, printedAt.getZone().getId()), 7.5f, MUTED, width - MARGIN, y, Element.ALIGN_RIGHT);
        List<String> notes = new ArrayList<>();
        notes.add(words.get("pdf.actualSize"));
        List<String> unplaced = plan.booths().stream().map(HallPlan.PlannedBooth::booth).filter(b -> b.place() == null)
                .map(Booth::code).toList();
        if (!unplaced.isEmpty()) {
            notes.add(words.get("pdf.unplaced", unplaced.size(), String.join(", ", unplaced)));
        }
        if (shortened > 0) {
            notes.add(words.get("pdf.shortened", shortened));
        }
        if (!text.missing().isEmpty()) {
            notes.add(words.get("pdf.missingGlyphs", text.missingCodes()));
        }
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(MARGIN, FOOTER, width - MARGIN, y - 5f);
        column.setLeading(0, 1.25f);
        column.addText(run(String.join(words.chinese() ? "" : " ", notes), 7.5f, true));
        column.go();
    }

    private void text(String sentence, float size, Color color, float x, float y, int alignment) {
        ColumnText.showTextAligned(canvas, alignment, text.phrase(sentence, size, color), x, y, 0);
    }
}
