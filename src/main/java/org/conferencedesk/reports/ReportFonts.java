package org.conferencedesk.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * The fonts of the PDF report, all bundled in the application so that a report prints right on a
 * laptop with no Chinese fonts (see {@code docs/decisions/0003-pdf-fonts.md}).
 *
 * <ol>
 *   <li>Noto Sans SC Regular ({@code fonts/NotoSansSC_400Regular.ttf}): Latin, Simplified Chinese,
 *       the middle dot of transliterated names (·) and most of the text.</li>
 *   <li>Noto Sans JP Regular ({@code fonts/NotoSansJP_400Regular.ttf}), the same design family:
 *       only for characters Noto Sans SC lacks, such as 𠮷 (U+20BB7, CJK Extension B). Loaded the
 *       first time such a character is met.</li>
 * </ol>
 *
 * <p>Both are TrueType, embedded as subsets with Identity-H encoding. Each font file is read and
 * parsed once per JVM and shared by every report: OpenPDF keeps the glyphs a document uses in its
 * own writer, not in the {@link BaseFont}.
 *
 * <p>A character no bundled font has is drawn as {@value #MISSING_GLYPH} and reported by
 * {@link Run#missing()}, so the report can say so instead of dropping it silently.
 */
public final class ReportFonts {

    /** Drawn in place of a character that no bundled font has (U+25A1 WHITE SQUARE). */
    public static final String MISSING_GLYPH = "\u25A1";

    private static final String MAIN_RESOURCE = "/fonts/NotoSansSC_400Regular.ttf";
    private static final String FALLBACK_RESOURCE = "/fonts/NotoSansJP_400Regular.ttf";

    /**
     * Held while a PDF is laid out with these fonts: they are parsed once and shared, and OpenPDF does
     * not promise that a font may serve two writers at once, so PDFs are laid out one at a time.
     */
    public static final Object LAYOUT_LOCK = new Object();

    private ReportFonts() {
    }

    /** The main font, Noto Sans SC Regular; loaded on first use. */
    public static BaseFont main() {
        return MainHolder.FONT;
    }

    /** The fallback font for characters the main one lacks, Noto Sans JP Regular; loaded on first use. */
    static BaseFont fallback() {
        return FallbackHolder.FONT;
    }

    /** The main font in this size and colour. */
    static Font font(float size, Color color) {
        return new Font(main(), size, Font.NORMAL, color);
    }

    /** True if some bundled font can draw the code point. */
    static boolean canDraw(int codePoint) {
        return fontFor(codePoint) != null;
    }

    private static BaseFont fontFor(int codePoint) {
        if (main().charExists(codePoint) || isLayoutOnly(codePoint)) {
            return main();
        }
        if (fallback().charExists(codePoint)) {
            return fallback();
        }
        return null;
    }

    /** Line breaks and tabs: not glyphs, handled by the layout. */
    private static boolean isLayoutOnly(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }

    /**
     * Starts a run of text in one size and colour, to which text is appended with font switching
     * per character.
     *
     * @param size font size in points
     * @param color text colour
     */
    public static Run run(float size, Color color) {
        return new Run(size, color);
    }

    /**
     * A phrase being built: each character is set in the first bundled font that has it, and
     * lines end where {@link ChineseLineBreaks} allows. Not
     * thread-safe; one per phrase.
     */
    public static final class Run {
        private final float size;
        private final Color color;
        private final Phrase phrase = new Phrase();
        private final Set<Integer> missing = new java.util.TreeSet<>();

        private Run(float size, Color color) {
            this.size = size;
            this.color = color;
        }

        /** Appends {@code text} (may be null: nothing is appended) and returns this run. */
        public Run add(String text) {
            if (text == null || text.isEmpty()) {
                return this;
            }
            BaseFont current = null;
            StringBuilder pending = new StringBuilder();
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                BaseFont font = fontFor(codePoint);
                String drawn = new String(Character.toChars(codePoint));
                if (font == null) {
                    missing.add(codePoint);
                    font = main();
                    drawn = MISSING_GLYPH;
                }
                if (font != current && pending.length() > 0) {
                    phrase.add(chunk(pending.toString(), current));
                    pending.setLength(0);
                }
                current = font;
                pending.append(drawn);
            }
            if (pending.length() > 0) {
                phrase.add(chunk(pending.toString(), current));
            }
            return this;
        }

        /** A chunk that ends lines by the Chinese line-breaking rules of {@link ChineseLineBreaks}. */
        private Chunk chunk(String text, BaseFont font) {
            Chunk chunk = new Chunk(text, new Font(font, size, Font.NORMAL, color));
            chunk.setSplitCharacter(ChineseLineBreaks.INSTANCE);
            return chunk;
        }

        /** The phrase built so far, with the leading of 1.3 × the size. */
        public Phrase phrase() {
            phrase.setLeading(size * 1.3f);
            phrase.setFont(font(size, color)); // for anything OpenPDF adds itself (spacing, empty cells)
            return phrase;
        }

        /** Code points that no bundled font has, drawn as {@value ReportFonts#MISSING_GLYPH}. */
        public Set<Integer> missing() {
            return missing;
        }
    }

    private static final class MainHolder {
        static final BaseFont FONT = load(MAIN_RESOURCE);
    }

    private static final class FallbackHolder {
        static final BaseFont FONT = load(FALLBACK_RESOURCE);
    }

    private static BaseFont load(String resource) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + resource
                        + " is missing from the application; reinstall ConferenceDesk.");
            }
            byte[] bytes = in.readAllBytes();
            // The name only identifies the font to OpenPDF; the bytes are the font. Not cached by
            // OpenPDF (cached=false): we keep the one instance ourselves.
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled font " + resource + ": " + e.getMessage(), e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The bundled font " + resource + " cannot be used: " + e.getMessage(), e);
        }
    }
}
