package org.conferencedesk.reports;

import java.util.Locale;
import java.util.Objects;

/**
 * What a summary report holds.
 *
 * @param locale its language (Simplified Chinese for any Chinese locale, else English)
 * @param appendices true to add the full lists at the end ({@link ReportSection#appendices}): the
 *        personal data of guests and contacts, which the body never shows
 */
public record ReportOptions(Locale locale, boolean appendices) {

    /** Checks the locale. */
    public ReportOptions {
        Objects.requireNonNull(locale, "locale");
    }

    /** The report without appendices. */
    public static ReportOptions of(Locale locale) {
        return new ReportOptions(locale, false);
    }
}
