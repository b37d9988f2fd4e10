package org.conferencedesk.exhibitors;

import java.util.Objects;
import org.conferencedesk.shared.money.Amount;

/**
 * An exhibitor of an event: a company on site with booths, in the cloud exhibition, or both. Text is
 * kept exactly as written (any script); only surrounding blanks are dropped when stored, and blank
 * text is stored as empty (null). Its booths are {@link Booking}s; its fee is computed from them
 * ({@link ExhibitorFee}) unless {@link #feeOverride()} is set.
 *
 * @param id database id, or null for an exhibitor not yet saved
 * @param eventId the event it exhibits at
 * @param companyName the company name as written (e.g. "南京埃斯顿自动化股份有限公司"), 1–300 characters
 * @param otherName the name in the other language (e.g. "Estun Automation"), optional
 * @param country country or region, optional
 * @param sector industry sector as written (e.g. "工业机器人"), optional
 * @param mode on site, cloud or both
 * @param contactPerson the contact's name as written; when {@code contactGuestId} is set, the guest's
 *        name (as read, the guest's current name), optional
 * @param contactGuestId the guest of the same event who is the contact (one person, one record), or null
 * @param email the exhibitor's e-mail address, optional
 * @param phone the exhibitor's phone number as written, optional
 * @param website the exhibitor's website as written (e.g. "www.estun.com"), optional
 * @param notes free text, optional
 * @param paymentStatus unpaid, invoiced, paid, refunded
 * @param feeOverride the fee agreed instead of the computed one (one amount in one currency), or null
 * @param feeOverrideReason why the fee was overridden (required with {@code feeOverride}), or null
 * @param version the stored version (optimistic locking, decision 0028): 0 when added, one more at
 *                every save; a save based on another version than the stored one is refused
 */
public record Exhibitor(Long id, long eventId, String companyName, String otherName, String country, String sector,
                        ExhibitionMode mode, String contactPerson, Long contactGuestId, String email, String phone,
                        String website, String notes, PaymentStatus paymentStatus, Amount feeOverride,
                        String feeOverrideReason, long version)
        implements org.conferencedesk.shared.record.Versioned {

    /** A record not read from the database (new, or built by code): version 0. */
    public Exhibitor(Long id, long eventId, String companyName, String otherName, String country, String sector,
                        ExhibitionMode mode, String contactPerson, Long contactGuestId, String email, String phone,
                        String website, String notes, PaymentStatus paymentStatus, Amount feeOverride,
                        String feeOverrideReason) {
        this(id, eventId, companyName, otherName, country, sector, mode, contactPerson, contactGuestId, email, phone, website, notes, paymentStatus, feeOverride, feeOverrideReason, 0L);
    }

    /** Checks that the name and the two choices are present (NullPointerException otherwise). */
    public Exhibitor {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
    }

    /** A new exhibitor of the event with only a company name: on site, unpaid. */
    public static Exhibitor named(long eventId, String companyName) {
        return new Exhibitor(null, eventId, companyName, null, null, null, ExhibitionMode.ON_SITE, null, null, null,
                null, null, null, PaymentStatus.UNPAID, null, null);
    }

    /** A copy with the given id (after insert). */
    public Exhibitor withId(Long newId) {
        return new Exhibitor(newId, eventId, companyName, otherName, country, sector, mode, contactPerson,
                contactGuestId, email, phone, website, notes, paymentStatus, feeOverride, feeOverrideReason, version);
    }

    /** A copy with another exhibition mode. */
    public Exhibitor withMode(ExhibitionMode newMode) {
        return new Exhibitor(id, eventId, companyName, otherName, country, sector, newMode, contactPerson,
                contactGuestId, email, phone, website, notes, paymentStatus, feeOverride, feeOverrideReason, version);
    }

    /** A copy with another payment status. */
    public Exhibitor withPaymentStatus(PaymentStatus status) {
        return new Exhibitor(id, eventId, companyName, otherName, country, sector, mode, contactPerson,
                contactGuestId, email, phone, website, notes, status, feeOverride, feeOverrideReason, version);
    }

    /**
     * A copy with another contact: a name as written and no guest, or a guest of the event (its name
     * is then taken from the guest when saved).
     */
    public Exhibitor withContact(String person, Long guestId) {
        return new Exhibitor(id, eventId, companyName, otherName, country, sector, mode, person, guestId, email,
                phone, website, notes, paymentStatus, feeOverride, feeOverrideReason, version);
    }

    /** A copy whose fee is {@code fee} instead of the computed one, for {@code reason}; both null to compute it again. */
    public Exhibitor withFeeOverride(Amount fee, String reason) {
        return new Exhibitor(id, eventId, companyName, otherName, country, sector, mode, contactPerson,
                contactGuestId, email, phone, website, notes, paymentStatus, fee, reason, version);
    }

    /** The value of a free-text field ({@link ExhibitorField#maxLength()} &gt; 0), or null if empty. */
    public String text(ExhibitorField field) {
        String value = switch (field) {
            case COMPANY_NAME -> companyName;
            case OTHER_NAME -> otherName;
            case COUNTRY -> country;
            case SECTOR -> sector;
            case CONTACT_PERSON -> contactPerson;
            case EMAIL -> email;
            case PHONE -> phone;
            case WEBSITE -> website;
            case NOTES -> notes;
            case FEE_OVERRIDE_REASON -> feeOverrideReason;
            default -> throw new IllegalArgumentException(field + " is not a text field");
        };
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * The key under which two company names are the same exhibitor: NFKC (full-width letters and
     * digits become ASCII), lower case, every blank removed. "华为技术有限公司" and "华为技术 有限公司",
     * "ABB (中国) 有限公司" and "ＡＢＢ（中国）有限公司" give the same key. Traditional and simplified
     * characters are not unified.
     */
    public static String companyKey(String companyName) {
        String normal = java.text.Normalizer.normalize(companyName, java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT);
        StringBuilder key = new StringBuilder(normal.length());
        normal.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(key::appendCodePoint);
        return key.toString();
    }
}
