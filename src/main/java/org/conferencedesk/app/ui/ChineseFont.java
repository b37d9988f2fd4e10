package org.conferencedesk.app.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the window can show Chinese: if the system has no Chinese font family, loads the
 * bundled Noto Sans SC ({@code /fonts/NotoSansSC_400Regular.ttf}, OFL-1.1) and makes it the window's
 * default font with a {@code .root} rule. Loading the 10 MB font takes a moment: call
 * {@link #prepare()} off the JavaFX thread.
 */
final class ChineseFont {

    private static final Logger LOG = LoggerFactory.getLogger(ChineseFont.class);

    /** Family names (or their starts) of common fonts with Simplified Chinese glyphs. */
    private static final List<String> CJK_FAMILIES = List.of("noto sans cjk", "noto serif cjk", "noto sans sc",
            "source han sans", "microsoft yahei", "pingfang", "wenquanyi", "wqy", "simsun", "simhei", "nsimsun",
            "dengxian", "hiragino sans gb", "heiti sc", "songti sc", "stheiti", "ar pl", "droid sans fallback");

    private ChineseFont() {
    }

    /** True if one of {@code families} is a font with Simplified Chinese glyphs. */
    static boolean hasChineseFamily(Collection<String> families) {
        for (String family : families) {
            String f = family.toLowerCase(Locale.ROOT);
            for (String known : CJK_FAMILIES) {
                if (f.startsWith(known)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Loads the bundled font if the system lacks a Chinese one.
     *
     * @return a stylesheet URL (a {@code data:} URL) setting the bundled family on {@code .root}, or null
     *         if nothing is needed or the font could not be loaded (the window then shows what it can)
     */
    static String prepare() {
        if (!Boolean.getBoolean("conferencedesk.forceBundledFont") && hasChineseFamily(Font.getFamilies())) {
            return null;
        }
        try (InputStream in = ChineseFont.class.getResourceAsStream("/fonts/NotoSansSC_400Regular.ttf")) {
            Font font = in == null ? null : Font.loadFont(in, 14);
            if (font == null) {
                LOG.warn("The bundled Chinese font could not be loaded; Chinese text may show as boxes");
                return null;
            }
            LOG.info("No Chinese font on this system; using the bundled {}", font.getFamily());
            return stylesheet(font.getFamily());
        } catch (IOException e) {
            LOG.warn("The bundled Chinese font could not be read", e);
            return null;
        }
    }

    /** A {@code data:} stylesheet URL that sets {@code family} as the default font of the window. */
    static String stylesheet(String family) {
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
