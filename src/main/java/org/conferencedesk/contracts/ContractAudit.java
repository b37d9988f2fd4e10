package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.storage.FieldChange;
import org.conferencedesk.storage.AuditVocabulary;
import org.conferencedesk.storage.RecordAudit;

/**
 * How a contract appears in the audit trail: its fields as text, named by {@link ContractField#jsonName()}
 * in form order. Amounts plain yuan ({@code "5200000000.00"}; another currency follows the figure,
 * {@code "620000000.00 USD"}, so a reader never takes dollars for yuan), dates ISO, status by name,
 * empty text as null.
 */
public final class ContractAudit {

    /** The record type of contracts in the audit trail. */
    public static final String RECORD_TYPE = "contract";

    /** How contracts are written to the trail ({@link org.conferencedesk.storage.AuditedWrites}). */
    public static final RecordAudit<Contract> TRAIL = RecordAudit.of(RECORD_TYPE, Contract::id, Contract::eventId, Contract::projectName,
            ContractAudit::fields);

    /** How contracts read in the audit trail: the words of the {@code contracts} bundle. */
    public static final AuditVocabulary WORDS = AuditVocabulary.of(RECORD_TYPE, "contracts");

    private ContractAudit() {
    }

    /** The contract's audit view: field name → value as text (null for empty). */
    public static LinkedHashMap<String, String> fields(Contract c) {
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put(ContractField.SIGNING_ORDER.jsonName(), c.signingOrder() == null ? null : c.signingOrder().toString());
        fields.put(ContractField.PROJECT_NAME.jsonName(), text(c.projectName()));
        fields.put(ContractField.INVESTOR.jsonName(), text(c.investor()));
        fields.put(ContractField.PARTNER.jsonName(), text(c.partner()));
        fields.put(ContractField.SECTOR.jsonName(), text(c.sector()));
        fields.put(ContractField.DISTRICT.jsonName(), text(c.district()));
        fields.put(ContractField.AMOUNT.jsonName(), amount(c.amount(), c.currency()));
        fields.put(ContractField.CURRENCY.jsonName(), c.currency());
        fields.put(ContractField.STATUS.jsonName(), c.status().name());
        fields.put(ContractField.SIGNED_ON.jsonName(), c.signedOn() == null ? null : c.signedOn().toString());
        fields.put(ContractField.NOTE.jsonName(), text(c.note()));
        return fields;
    }

    /** The fields that differ between two versions of a contract (empty if the edit changed nothing). */
    public static List<FieldChange> changes(Contract before, Contract after) {
        return FieldChange.between(fields(before), fields(after));
    }

    /** {@code "5200000000.00"} for CNY, {@code "620000000.00 USD"} otherwise. */
    static String amount(BigDecimal amount, String currency) {
        String plain = MoneyFormat.plain(amount);
        return currency == null || Contract.CNY.equals(currency) ? plain : plain + " " + currency;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
