package org.conferencedesk.app.cli;

import java.util.Locale;

/** The value of {@code --lang}: the language of a report or of the totals text. */
enum Lang {
    /** Simplified Chinese. */
    zh(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale of this language. */
    Locale locale() {
        return locale;
    }

    /** The locale of {@code lang}, or {@code fallback} if no {@code --lang} was given. */
    static Locale or(Lang lang, Locale fallback) {
        return lang == null ? fallback : lang.locale;
    }
}
