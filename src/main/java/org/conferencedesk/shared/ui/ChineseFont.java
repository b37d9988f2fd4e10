package org.conferencedesk.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font of the window in Chinese. Without an explicit family, JavaFX on Linux takes fontconfig's
 * default CJK face, which for fonts-noto-cjk is the Japanese/Korean design: full-width punctuation
 * then sits centred ("序号 ( 签约顺序 )", "计划 0 个 , 0 元") instead of low at the left as in
 * Simplified Chinese. So, while the window is in Chinese, every window's root uses the first of
 * {@link #PREFERRED} that is installed, else the bundled Noto Sans SC
 * ({@code /fonts/NotoSansSC_400Regular.ttf}, OFL-1.1), through a {@code .root { -fx-font-family }}
 * stylesheet added to each window's scene (dialogs included). In English too: the names, sectors
 * and districts in the tables are Chinese in both languages, and the default font's fallback draws
 * them as boxes on a Linux without a Chinese sans default (seen under Xvfb with fonts-noto-cjk's serif
 * faces only), or in the Japanese design; these faces' Latin letters read well.
 *
 * <p>Loading the 10 MB bundled font takes a moment: call {@link #prepare()} off the JavaFX thread,
 * then {@link #prepared(String)} and {@link #use(boolean)} on it.
 */
public final class ChineseFont {

    private static final Logger LOG = LoggerFactory.getLogger(ChineseFont.class);

    /** Simplified Chinese families in order of preference (Linux, Adobe, Windows, macOS, older Linux). */
    static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
            "PingFang SC", "WenQuanYi Micro Hei");

    /** The family of the bundled font. */
    static final String BUNDLED_FAMILY = "Noto Sans SC";

    /** Family names (or their starts) of common fonts with Simplified Chinese glyphs. */
    private static final List<String> CJK_FAMILIES = List.of("noto sans cjk", "noto serif cjk", "noto sans sc",
            "source han sans", "microsoft yahei", "pingfang", "wenquanyi", "wqy", "simsun", "simhei", "nsimsun",
            "dengxian", "hiragino sans gb", "heiti sc", "songti sc", "stheiti", "ar pl", "droid sans fallback");

    // JavaFX thread only.
    private static String family;
    private static String appliedCss;
    private static final ListChangeListener<Window> NEW_WINDOWS = c -> {
        while (c.next()) {
            for (Window w : c.getAddedSubList()) {
                styleScene(w.getScene());
            }
        }
    };

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

    /** The first of {@link #PREFERRED} among {@code installed} (as the system spells it), or null. */
    static String preferredInstalled(Collection<String> installed) {
        for (String wanted : PREFERRED) {
            for (String family : installed) {
                if (family.equalsIgnoreCase(wanted)) {
                    return family;
                }
            }
        }
        return null;
    }

    /**
     * Chooses the family for the Chinese window: the first preferred one installed, else loads the
     * bundled font. Call off the JavaFX thread (loading takes a moment).
     *
     * @return the family name, or null if none is installed and the bundled one could not be loaded
     *         (the window then shows what it can)
     */
    public static String prepare() {
        String installed = Boolean.getBoolean("conferencedesk.forceBundledFont") ? null : preferredInstalled(Font.getFamilies());
        if (installed != null) {
            LOG.debug("Chinese window font: {}", installed);
            return installed;
        }
        try (InputStream in = ChineseFont.class.getResourceAsStream("/fonts/NotoSansSC_400Regular.ttf")) {
            Font font = in == null ? null : Font.loadFont(in, 14);
            if (font == null) {
                LOG.warn("The bundled Chinese font could not be loaded; Chinese text may show as boxes or in a Japanese design");
                return null;
            }
            LOG.info("No Simplified Chinese font on this system; using the bundled {}", font.getFamily());
            return font.getFamily();
        } catch (IOException e) {
            LOG.warn("The bundled Chinese font could not be read", e);
            return null;
        }
    }

    /** Records the family {@link #prepare()} chose (null: none) and restyles the open windows. JavaFX thread. */
    public static void prepared(String chosen) {
        family = chosen;
        apply();
    }

    /**
     * The window was (re)built in a language: restyles every window. The face is the same in both
     * languages (see above); the argument is kept for the callers that name the language. JavaFX thread.
     */
    public static void use(boolean inChinese) {
        apply();
    }

    /** The Simplified Chinese family the windows use now, or null. JavaFX thread. */
    static String familyInUse() {
        return family;
    }

    /** The stylesheet now added to every window's scene, or null. */
    public static String activeStylesheet() {
        return appliedCss;
    }

    private static void apply() {
        // In English too: the names in the tables are Chinese in both languages, and the default
        // font's fallback draws them as boxes on some systems, in a Japanese design on others.
        String css = family != null ? stylesheet(family) : null;
        if (java.util.Objects.equals(css, appliedCss)) {
            return;
        }
        String old = appliedCss;
        appliedCss = css;
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null) {
                w.getScene().getStylesheets().remove(old);
                styleScene(w.getScene());
            }
        }
        Window.getWindows().removeListener(NEW_WINDOWS);
        if (css != null) {
            Window.getWindows().addListener(NEW_WINDOWS);
        }
    }

    private static void styleScene(Scene scene) {
        if (scene != null && appliedCss != null && !scene.getStylesheets().contains(appliedCss)) {
            scene.getStylesheets().add(appliedCss);
        }
    }

    /** A {@code data:} stylesheet URL that sets {@code family} as the default font of a window. */
    static String stylesheet(String family) {
        String css = ".root { -fx-font-family: \"" + family.replace("\"", "") + "\"; }";
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8));
    }
}
