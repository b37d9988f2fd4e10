package org.conferencedesk.exhibitors.ui;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorRules;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountFormatException;
import org.conferencedesk.shared.money.AmountParser;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * An exhibitor as typed into the form: the texts read into an {@link Exhibitor}, or a sentence for
 * each field that breaks {@link ExhibitorRules} (the same rules and words as the importers and the
 * service). The agreed fee is read with {@link AmountParser} (any notation: 12800, 1.28万元,
 * USD 2,000), yuan when no currency is named. Text is kept as typed apart from surrounding blanks;
 * empty optional text becomes null. A contact linked to a guest stays linked while its name is
 * unchanged; a name typed over it is a contact as written. Pure: no JavaFX, no database.
 *
 * @param exhibitor the exhibitor to save, or null if any field has a message
 * @param messages field → sentence saying what is wrong and what to do (empty if fine)
 */
public record ExhibitorDraft(Exhibitor exhibitor, Map<ExhibitorField, String> messages) {

    /** The text fields of the form, in form order. */
    public static final ExhibitorField[] TEXT_FIELDS = {ExhibitorField.COMPANY_NAME, ExhibitorField.OTHER_NAME,
        ExhibitorField.COUNTRY, ExhibitorField.SECTOR, ExhibitorField.CONTACT_PERSON, ExhibitorField.EMAIL,
        ExhibitorField.PHONE, ExhibitorField.WEBSITE, ExhibitorField.FEE_OVERRIDE, ExhibitorField.FEE_OVERRIDE_REASON,
        ExhibitorField.NOTES};

    /**
     * Reads the form.
     *
     * @param texts field → text as typed (missing or null means empty); only {@link #TEXT_FIELDS} are read
     * @param mode the exhibition mode chosen
     * @param payment the payment status chosen
     * @param base the exhibitor edited (its id, event and contact guest are kept), or a blank new one
     * @param words the language of the messages
     */
    public static ExhibitorDraft read(Map<ExhibitorField, String> texts, ExhibitionMode mode, PaymentStatus payment,
                                      Exhibitor base, ExhibitorWords words) {
        Map<ExhibitorField, String> problems = new EnumMap<>(ExhibitorField.class);
        Amount fee = null;
        String feeText = text(texts, ExhibitorField.FEE_OVERRIDE).strip();
        if (!feeText.isEmpty()) {
            try {
                fee = AmountParser.parse(feeText, Amount.CNY);
            } catch (AmountFormatException e) {
                problems.put(ExhibitorField.FEE_OVERRIDE, words.get("form.error.fee", e.fragment()));
            }
        }
        String contact = optional(texts, ExhibitorField.CONTACT_PERSON);
        Long guest = base.contactGuestId() != null && java.util.Objects.equals(contact, base.contactPerson())
                ? base.contactGuestId() : null;
        Exhibitor built = new Exhibitor(base.id(), base.eventId(), text(texts, ExhibitorField.COMPANY_NAME).strip(),
                optional(texts, ExhibitorField.OTHER_NAME), optional(texts, ExhibitorField.COUNTRY),
                optional(texts, ExhibitorField.SECTOR), mode, contact, guest, optional(texts, ExhibitorField.EMAIL),
                optional(texts, ExhibitorField.PHONE), optional(texts, ExhibitorField.WEBSITE),
                optional(texts, ExhibitorField.NOTES), payment, fee, optional(texts, ExhibitorField.FEE_OVERRIDE_REASON),
                base.version());
        for (FieldProblem<ExhibitorField> p : ExhibitorRules.check(built)) {
            problems.putIfAbsent(p.field(), p.sentence(words.locale()));
        }
        return new ExhibitorDraft(problems.isEmpty() ? built : null, Collections.unmodifiableMap(problems));
    }

    /** The form's text for a field of a stored exhibitor ("" for none); the agreed fee as "CNY 12800.00". */
    public static String textOf(Exhibitor exhibitor, ExhibitorField field) {
        if (field == ExhibitorField.FEE_OVERRIDE) {
            Amount fee = exhibitor.feeOverride();
            return fee == null ? "" : fee.currency() + " " + fee.value().toPlainString();
        }
        String s = exhibitor.text(field);
        return s == null ? "" : s;
    }

    private static String text(Map<ExhibitorField, String> texts, ExhibitorField field) {
        String s = texts.get(field);
        return s == null ? "" : s;
    }

    private static String optional(Map<ExhibitorField, String> texts, ExhibitorField field) {
        String s = text(texts, field).strip();
        return s.isEmpty() ? null : s;
    }
}
