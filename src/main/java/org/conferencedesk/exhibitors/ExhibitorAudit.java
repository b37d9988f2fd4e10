package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.storage.RecordAudit;

/**
 * How exhibitors, halls, booths, bookings, fee rates and deposits appear in the audit trail: each as
 * its fields in text (see {@link org.conferencedesk.storage.FieldChange}): money plain with two
 * decimals, followed by its currency unless it is CNY ({@code "12000.00"}, {@code "1500.00 USD"});
 * areas and measures plain ({@code "9"}, {@code "36.5"}); dates ISO; enums by name; empty as null.
 * Fields holding money are named {@code …Amount} so the trail shows them as amounts.
 */
public final class ExhibitorAudit {

    /** Record type of an exhibitor; its id is the exhibitor's. */
    public static final String EXHIBITOR = "exhibitor";
    /** Record type of a hall; its id is the hall's. */
    public static final String HALL = "hall";
    /** Record type of a booth; its id is the booth's. */
    public static final String BOOTH = "booth";
    /** Record type of a booking (CREATED when booked, DELETED when released); its id is the booth's. */
    public static final String BOOKING = "booking";
    /** Record type of a fee rate (one per kind of booth); no id. */
    public static final String RATE = "boothRate";
    /** Record type of a deposit; its id is the deposit's. */
    public static final String DEPOSIT = "deposit";

    /** How an exhibitor is written to the trail: its id, event, company name and {@link #fields(Exhibitor)}. */
    public static final RecordAudit<Exhibitor> TRAIL = RecordAudit.of(EXHIBITOR, Exhibitor::id, Exhibitor::eventId,
            Exhibitor::companyName, ExhibitorAudit::fields);

    private ExhibitorAudit() {
    }

    /** The exhibitor's audit view, in form order; the contact's guest under {@code guestId}. */
    public static LinkedHashMap<String, String> fields(Exhibitor e) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", text(e.companyName()));
        fields.put("otherName", text(e.otherName()));
        fields.put("country", text(e.country()));
        fields.put("sector", text(e.sector()));
        fields.put("mode", e.mode().name());
        fields.put("contactPerson", text(e.contactPerson()));
        fields.put("guestId", e.contactGuestId() == null ? null : e.contactGuestId().toString());
        fields.put("email", text(e.email()));
        fields.put("phone", text(e.phone()));
        fields.put("website", text(e.website()));
        fields.put("notes", text(e.notes()));
        fields.put("paymentStatus", e.paymentStatus().name());
        fields.put("feeOverrideAmount", e.feeOverride() == null ? null : money(e.feeOverride()));
        fields.put("feeOverrideReason", text(e.feeOverrideReason()));
        return fields;
    }

    /** The hall's audit view. */
    public static LinkedHashMap<String, String> fields(Hall h) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("code", text(h.code()));
        fields.put("name", text(h.name()));
        fields.put("widthM", measure(h.widthM()));
        fields.put("depthM", measure(h.depthM()));
        return fields;
    }

    /** The booth's audit view, with its hall's code. */
    public static LinkedHashMap<String, String> fields(Booth b, String hallCode) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("hall", hallCode);
        fields.put("code", text(b.code()));
        fields.put("kind", b.kind().name());
        fields.put("areaM2", measure(b.areaM2()));
        BoothPlace p = b.place();
        fields.put("x", p == null ? null : measure(p.x()));
        fields.put("y", p == null ? null : measure(p.y()));
        fields.put("width", p == null ? null : measure(p.width()));
        fields.put("depth", p == null ? null : measure(p.depth()));
        fields.put("corner", String.valueOf(b.corner()));
        return fields;
    }

    /** A booking's audit view: which booth (and hall), which exhibitor, which days. */
    public static LinkedHashMap<String, String> fields(Booking booking, Booth booth, String hallCode, Exhibitor holder) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("hall", hallCode);
        fields.put("booth", text(booth.code()));
        fields.put("exhibitor", text(holder.companyName()));
        fields.put("exhibitorId", String.valueOf(booking.exhibitorId()));
        fields.put("firstDay", booking.firstDay().toString());
        fields.put("lastDay", booking.lastDay().toString());
        return fields;
    }

    /** A fee rate's audit view. */
    public static LinkedHashMap<String, String> fields(BoothRate r) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", r.kind().name());
        fields.put("ratePerM2", MoneyFormat.plain(r.ratePerM2()));
        fields.put("currency", r.currency());
        fields.put("minimumAreaM2", measure(r.minimumAreaM2()));
        fields.put("cornerPremiumPercent", measure(r.cornerPremiumPercent()));
        return fields;
    }

    /** A deposit's audit view, with its exhibitor's name. */
    public static LinkedHashMap<String, String> fields(Deposit d, String companyName) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("exhibitor", text(companyName));
        fields.put("depositAmount", money(d.amount()));
        fields.put("receivedOn", d.receivedOn() == null ? null : d.receivedOn().toString());
        fields.put("note", text(d.note()));
        return fields;
    }

    /** {@code "12000.00"} for CNY, {@code "1500.00 USD"} otherwise. */
    static String money(Amount amount) {
        String plain = MoneyFormat.plain(amount.value());
        return amount.isCny() ? plain : plain + " " + amount.currency();
    }

    private static String measure(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
