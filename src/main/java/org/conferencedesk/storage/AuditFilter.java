package org.conferencedesk.storage;

import java.util.Locale;

/**
 * Which audit entries {@link AuditTrail#list} returns.
 *
 * @param recordType only entries of this kind of record ({@code contract}, {@code guest} ...), or null for all
 * @param text only entries whose actor, summary or changes contain this text (case-insensitive), or null/blank for all
 */
public record AuditFilter(String recordType, String text) {

    /** Every entry. */
    public static final AuditFilter ALL = new AuditFilter(null, null);

    /** Strips the text; blank means no text filter. */
    public AuditFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Entries containing {@code text}. */
    public static AuditFilter containing(String text) {
        return new AuditFilter(null, text);
    }

    /** The text in lower case for matching, or null. */
    String lowerText() {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
