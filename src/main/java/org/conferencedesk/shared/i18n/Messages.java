package org.conferencedesk.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-visible sentences of one area ({@code ui}, {@code report}, {@code importexport} ...) in
 * one language, read from {@code src/main/resources/i18n/AREA.properties} (English) and
 * {@code AREA_zh_CN.properties} (Simplified Chinese), UTF-8 encoded.
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads the sentences of {@code area} for {@code locale}; any Chinese locale gets Simplified
     * Chinese, anything else English.
     *
     * @throws MissingResourceException if the area has no bundle
     */
    public static Messages of(String area, Locale locale) {
        Locale effective = isChinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle("i18n." + area, effective,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, effective);
    }

    /** True if the locale's language is Chinese. */
    public static boolean isChinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** The language these sentences are in ({@code zh_CN} or {@code en}). */
    public Locale locale() {
        return locale;
    }

    /** The underlying bundle, for FXML loading. */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * The sentence for {@code key} with {@code arguments} filled in ({@link MessageFormat} syntax).
     * A missing key returns {@code !key!} so it is seen in the window instead of crashing it.
     */
    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
