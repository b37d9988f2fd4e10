package org.conferencedesk.shared.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The fonts of every PDF the application writes (the summary report, the ceremony's running order,
 * certificates), all bundled so that a PDF prints right on a laptop with no Chinese, Arabic or Hebrew
 * fonts (docs/decisions/0003-pdf-fonts.md and 0024-pdf-fonts-for-every-script.md). Each character is
 * set in the first font of this chain that has it:
 *
 * <ol>
 *   <li>Noto Sans SC Regular: Latin, Simplified Chinese (堃 too), the middle dot of transliterated
 *       names (·), most of the text;</li>
 *   <li>Noto Sans Arabic Regular: Arabic letters, with the presentation forms that OpenPDF's Arabic
 *       shaping draws;</li>
 *   <li>Noto Sans Hebrew Regular: Hebrew letters and points;</li>
 *   <li>Noto Sans JP Regular, the same design as Noto Sans SC: CJK characters Noto Sans SC lacks, such
 *       as 𠮷 (U+20BB7, CJK Extension B);</li>
 *   <li>Noto Emoji Regular (monochrome): emoji such as 🌟.</li>
 * </ol>
 *
 * <p>All are TrueType, OFL-1.1 (licence texts beside them in {@code /fonts}), embedded as subsets with
 * Identity-H encoding: a PDF holds only the glyphs it uses. Each font file is read and parsed once per
 * JVM, the first time a character needs it, and shared by every document: OpenPDF keeps the glyphs a
 * document uses in its writer, not in the {@link BaseFont}. OpenPDF does not promise that one font may
 * serve two writers at once, so documents are laid out one at a time ({@link PdfFile}).
 *
 * <p>A character no bundled font has is drawn as {@value #MISSING_GLYPH} and reported by
 * {@link TextRun#missing()}; {@link #undrawable} finds such characters before anything is printed.
 * Right-to-left runs are ordered and Arabic shaped by OpenPDF itself: see {@link TextRun#runDirection()}.
 *
 * <p>Thread-safe.
 */
public final class PdfFonts {

    /** Drawn in place of a character that no bundled font has (U+25A1 WHITE SQUARE). */
    public static final String MISSING_GLYPH = "\u25A1";

    private static final Bundled SC = new Bundled("NotoSansSC_400Regular.ttf");
    private static final Bundled ARABIC = new Bundled("NotoSansArabic_400Regular.ttf");
    private static final Bundled HEBREW = new Bundled("NotoSansHebrew_400Regular.ttf");
    private static final Bundled JP = new Bundled("NotoSansJP_400Regular.ttf");
    private static final Bundled EMOJI = new Bundled("NotoEmoji_400Regular.ttf");

    /** The fallback chain after the main font, in the order it is tried. */
    private static final List<Bundled> CHAIN = List.of(SC, ARABIC, HEBREW, JP, EMOJI);

    private PdfFonts() {
    }

    /** The main font, Noto Sans SC Regular; loaded on first use. */
    public static BaseFont main() {
        return SC.font();
    }

    /** The main font in this size (points) and colour. */
    public static Font font(float size, Color color) {
        return new Font(main(), size, Font.NORMAL, color);
    }

    /**
     * Starts a run of text in one size (points) and colour, to which text is appended with the font
     * chosen per character.
     */
    public static TextRun run(float size, Color color) {
        return new TextRun(size, color);
    }

    /** True if some bundled font can draw the code point (line breaks and tabs count as drawable). */
    public static boolean canDraw(int codePoint) {
        return fontFor(codePoint) != null || isLayoutOnly(codePoint) || isInvisible(codePoint);
    }

    /**
     * The code points of {@code text} that no bundled font can draw, in code point order; empty when
     * every character prints (null text: empty).
     */
    public static SortedSet<Integer> undrawable(CharSequence text) {
        SortedSet<Integer> missing = new TreeSet<>();
        if (text != null) {
            text.codePoints().filter(c -> !canDraw(c)).forEach(missing::add);
        }
        return missing;
    }

    /**
     * The first font of the chain that has a glyph for the code point, or null. Line breaks, tabs and
     * invisible characters are not looked up (see {@link #isLayoutOnly}, {@link #isInvisible}).
     */
    static BaseFont fontFor(int codePoint) {
        for (Bundled bundled : CHAIN) {
            BaseFont font = bundled.font();
            if (font.charExists(codePoint)) {
                return font;
            }
        }
        return null;
    }

    /** Line breaks and tabs: not glyphs, handled by the layout. */
    static boolean isLayoutOnly(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }

    /**
     * Characters that draw nothing of their own: variation selectors (emoji and ideographic variants),
     * joiners and direction marks. They go with the character before them when its font has them, and
     * are left out otherwise (the base character is drawn in its usual form); never reported missing.
     */
    static boolean isInvisible(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                || (codePoint >= 0x200B && codePoint <= 0x200F) || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2060 && codePoint <= 0x2069) || codePoint == 0xFEFF;
    }

    /** One bundled font file, parsed on first use and kept for the life of the JVM. */
    private static final class Bundled {
        private final String resource;
        private volatile BaseFont font;

        Bundled(String file) {
            this.resource = "/fonts/" + file;
        }

        BaseFont font() {
            BaseFont loaded = font;
            if (loaded == null) {
                synchronized (this) {
                    loaded = font;
                    if (loaded == null) {
                        loaded = load(resource);
                        font = loaded;
                    }
                }
            }
            return loaded;
        }
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
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
