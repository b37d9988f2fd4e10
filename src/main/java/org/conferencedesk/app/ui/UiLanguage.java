package org.conferencedesk.app.ui;

import java.util.Locale;

/** The language of the window, as chosen in Settings → Language. */
public enum UiLanguage {
    /** Follow the operating system: Simplified Chinese on a Chinese system, else English. */
    SYSTEM("system"),
    /** Simplified Chinese. */
    ZH("zh"),
    /** English. */
    EN("en");

    private final String code;

    UiLanguage(String code) {
        this.code = code;
    }

    /** The value kept in {@code settings.properties}: {@code system}, {@code zh} or {@code en}. */
    public String code() {
        return code;
    }

    /** The language for a settings value; unknown or missing values mean {@link #SYSTEM}. */
    public static UiLanguage fromCode(String code) {
        for (UiLanguage l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
                return l;
            }
        }
        return SYSTEM;
    }

    /**
     * The locale the window uses: {@code zh_CN} or {@code en}.
     *
     * @param system the operating system's locale ({@code Locale.getDefault()}), used for {@link #SYSTEM}
     */
    public Locale locale(Locale system) {
        return switch (this) {
            case ZH -> Locale.SIMPLIFIED_CHINESE;
            case EN -> Locale.ENGLISH;
            case SYSTEM -> system != null && "zh".equals(system.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        };
    }
}
