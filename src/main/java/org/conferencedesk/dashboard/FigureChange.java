package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.storage.AuditEntry;

/**
 * One figure that differs from a snapshot, and the audit entries since the snapshot that touch what it
 * counts ({@link FigureName#touchedBy}): the records that changed it.
 *
 * @param keyText the figure's key as written in the snapshot (or now)
 * @param key the key read, or null if this version does not know it (a figure renamed since the snapshot)
 * @param before the value frozen, or null if the snapshot did not have the figure (a new sector)
 * @param after the value now, or null if the data no longer have it
 * @param causes the audit entries since the snapshot that may have changed it, oldest first
 */
public record FigureChange(String keyText, FigureKey key, BigDecimal before, BigDecimal after, List<AuditEntry> causes) {

    /** Copies the list. */
    public FigureChange {
        Objects.requireNonNull(keyText, "keyText");
        causes = List.copyOf(causes);
    }

    /** Now minus then (a missing side counts 0), in the figure's unit. */
    public BigDecimal difference() {
        BigDecimal now = after == null ? BigDecimal.ZERO : after;
        BigDecimal then = before == null ? BigDecimal.ZERO : before;
        return now.subtract(then);
    }

    /** The figure's name for a reader ({@link FigureName#label}); the key as written if this version does not know it. */
    public String label(Locale locale) {
        return key == null ? keyText : key.name().label(locale, DashboardText.argument(key, locale));
    }
}
