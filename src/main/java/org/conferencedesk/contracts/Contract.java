package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A project signed (or to be signed) at the signing ceremony.
 *
 * @param id database id, or null for a contract not yet saved
 * @param eventId the event it belongs to
 * @param projectName project name, 1–300 characters
 * @param investor party A (optional)
 * @param partner party B, often a district government or development zone (optional)
 * @param sector industry sector (optional)
 * @param district district or region where the project lands (optional)
 * @param amount contract amount in {@code currency}'s main unit (yuan for CNY), exact, scale 2, not negative
 * @param currency ISO 4217 code; CNY unless the contract says otherwise. Only CNY counts in the RMB totals.
 * @param signingOrder position on stage (1, 2, 3 ...), or null if not yet placed
 * @param status planned, signed or withdrawn
 * @param signedOn the day it was signed, in the event's time zone (optional)
 * @param note free text (optional)
 * @param version the stored version (optimistic locking, decision 0028): 0 when added, one more at
 *                every save; a save based on another version than the stored one is refused
 */
public record Contract(Long id, long eventId, String projectName, String investor, String partner,
                       String sector, String district, BigDecimal amount, String currency,
                       Integer signingOrder, ContractStatus status, LocalDate signedOn, String note, long version)
        implements org.conferencedesk.shared.record.Versioned {

    /** A record not read from the database (new, or built by code): version 0. */
    public Contract(Long id, long eventId, String projectName, String investor, String partner,
                       String sector, String district, BigDecimal amount, String currency,
                       Integer signingOrder, ContractStatus status, LocalDate signedOn, String note) {
        this(id, eventId, projectName, investor, partner, sector, district, amount, currency, signingOrder, status, signedOn, note, 0L);
    }

    /** Currency of the RMB totals. */
    public static final String CNY = "CNY";

    /** Normalises the amount to scale 2 and checks the shape; IllegalArgumentException otherwise. */
    public Contract {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A contract amount cannot be negative: " + amount.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("A contract amount is kept to the fen (2 decimals): " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
        currency = currency == null || currency.isBlank() ? CNY : currency.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** True if this contract's amount counts in the RMB totals (currency CNY). */
    public boolean isCny() {
        return CNY.equals(currency);
    }

    /** True if this contract is signed and in CNY: it counts in the signed total and running total. */
    public boolean countsAsSignedCny() {
        return status == ContractStatus.SIGNED && isCny();
    }

    /** A copy with the given id (after insert). */
    public Contract withId(long newId) {
        return new Contract(newId, eventId, projectName, investor, partner, sector, district, amount, currency,
                signingOrder, status, signedOn, note, version);
    }

    /** A copy read at another stored version (a form's edit keeps the version of the copy it started from). */
    public Contract withVersion(long storedVersion) {
        return new Contract(id, eventId, projectName, investor, partner, sector, district, amount, currency,
                signingOrder, status, signedOn, note, storedVersion);
    }

    /** A copy with the given signing order. */
    public Contract withSigningOrder(Integer order) {
        return new Contract(id, eventId, projectName, investor, partner, sector, district, amount, currency,
                order, status, signedOn, note, version);
    }

    /** A copy with the given status. */
    public Contract withStatus(ContractStatus newStatus) {
        return new Contract(id, eventId, projectName, investor, partner, sector, district, amount, currency,
                signingOrder, newStatus, signedOn, note, version);
    }

    /** A copy with the given sector. */
    public Contract withSector(String newSector) {
        return new Contract(id, eventId, projectName, investor, partner, newSector, district, amount, currency,
                signingOrder, status, signedOn, note, version);
    }

    /** A copy with the given district. */
    public Contract withDistrict(String newDistrict) {
        return new Contract(id, eventId, projectName, investor, partner, sector, newDistrict, amount, currency,
                signingOrder, status, signedOn, note, version);
    }
}
