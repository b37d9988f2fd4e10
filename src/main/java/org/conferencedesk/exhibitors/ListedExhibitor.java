package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.conferencedesk.shared.money.AmountsByCurrency;

/**
 * An exhibitor as a list of exhibitors shows it (one row per exhibitor): its record, the halls and
 * booths it holds, their area and its fee. What an import reads ({@code hall} and {@code booths} as
 * written, the area and fee left to compute) and what an export and {@code list exhibitors} write.
 *
 * @param exhibitor the exhibitor
 * @param hall the code of the hall its booths stand in (several joined with ", "), or null: on import,
 *             the hall the booth codes are looked up in (null: any hall of the event)
 * @param booths the codes of the booths it holds, in booth order (as written on import)
 * @param areaM2 the booths' area in m² (null on import)
 * @param fee the fee due per currency (null on import)
 */
public record ListedExhibitor(Exhibitor exhibitor, String hall, List<String> booths, BigDecimal areaM2,
                              AmountsByCurrency fee) {

    /** Copies the booth codes. */
    public ListedExhibitor {
        Objects.requireNonNull(exhibitor, "exhibitor");
        booths = List.copyOf(booths);
    }

    /** An exhibitor read from a file, to hold these booths (codes as written) in {@code hall} (or any hall). */
    public static ListedExhibitor toImport(Exhibitor exhibitor, String hall, List<String> booths) {
        return new ListedExhibitor(exhibitor, hall, booths, null, null);
    }
}
