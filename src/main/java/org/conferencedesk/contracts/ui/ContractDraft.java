package org.conferencedesk.contracts.ui;

import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractRules;
import org.conferencedesk.contracts.ContractStatus;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountFormatException;
import org.conferencedesk.shared.money.AmountParser;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * A contract as typed into the form: the texts of each field read into a {@link Contract}, or a
 * localised message for each field that cannot be read or breaks {@link ContractRules}. Pure (no
 * JavaFX, no database); {@link ContractFormViewModel} reads a draft on every keystroke.
 *
 * <p>Reading: the amount with {@link AmountParser} (any notation of DOMAIN.md; a currency named in
 * it wins over the currency field), the signing order as a whole number ≥ 1 or empty, the day as
 * 2020-11-28, 2020/11/28 or 2020年11月28日 or empty; texts are NFKC-normalised for numbers and
 * dates, stripped for names; empty optional texts become null.
 *
 * @param contract the contract to save, or null if any field has a message
 * @param amount the amount understood, or null if not understood
 * @param messages field → localised sentence saying what is wrong and what to do (empty if fine)
 */
public record ContractDraft(Contract contract, Amount amount, Map<ContractField, String> messages) {


    /**
     * Reads the texts of a form.
     *
     * @param texts field → text as typed (missing or null means empty); {@link ContractField#STATUS} is ignored
     * @param status the status chosen
     * @param id the contract's id, or null for a new one
     * @param eventId the event it belongs to
     * @param words the {@code contracts} messages, in the UI language
     */
    public static ContractDraft read(Map<ContractField, String> texts, ContractStatus status, Long id, long eventId,
                                     Messages words) {
        Map<ContractField, String> problems = new EnumMap<>(ContractField.class);

        String currency = normalise(texts.get(ContractField.CURRENCY)).toUpperCase(Locale.ROOT);
        boolean currencyKnown = isCurrency(currency);
        if (!currencyKnown) {
            problems.put(ContractField.CURRENCY, words.get("form.error.currency", currency));
        }

        Amount amount = null;
        try {
            amount = AmountParser.parse(texts.get(ContractField.AMOUNT), currencyKnown ? currency : Contract.CNY);
        } catch (AmountFormatException e) {
            problems.put(ContractField.AMOUNT, words.get("form.error.amount." + e.reason().name(), e.fragment()));
        }

        Integer order = null;
        String orderText = normalise(texts.get(ContractField.SIGNING_ORDER));
        if (!orderText.isEmpty()) {
            order = orderText.matches("[0-9]{1,9}") ? Integer.valueOf(orderText) : -1;
            if (order < 1) {
                problems.put(ContractField.SIGNING_ORDER, words.get("form.error.signingOrder", orderText));
                order = null;
            }
        }

        LocalDate signedOn = null;
        String dateText = normalise(texts.get(ContractField.SIGNED_ON));
        if (!dateText.isEmpty()) {
            signedOn = parseDate(dateText);
            if (signedOn == null) {
                problems.put(ContractField.SIGNED_ON, words.get("form.error.signedOn", dateText));
            }
        }

        Contract built = new Contract(id, eventId, text(texts, ContractField.PROJECT_NAME).strip(),
                optional(texts, ContractField.INVESTOR), optional(texts, ContractField.PARTNER),
                optional(texts, ContractField.SECTOR), optional(texts, ContractField.DISTRICT),
                amount == null ? BigDecimal.ZERO : amount.value(), amount == null ? Contract.CNY : amount.currency(),
                order, status, signedOn, optional(texts, ContractField.NOTE));
        for (FieldProblem<ContractField> p : ContractRules.check(built)) {
            problems.putIfAbsent(p.field(), localise(p, built, words));
        }
        return new ContractDraft(problems.isEmpty() ? built : null, amount, Collections.unmodifiableMap(problems));
    }

    /**
     * What an amount means, for the user to check before saving: Chinese "= 520,000,000.00 元（5.2 亿元）",
     * English "= 520,000,000.00 yuan (RMB 520 million)"; other currencies by ISO code.
     */
    public static String preview(Amount amount, Messages words) {
        String full = MoneyFormat.full(amount.value(), words.locale());
        String currency = Contract.CNY.equals(amount.currency()) ? words.get("form.amount.yuan") : amount.currency();
        return words.get("form.amount.preview", full, currency, MoneyFormat.headline(amount, words.locale()));
    }

    /**
     * The rule a contract breaks, as the form says it beside the field (without naming the field).
     */
    public static String localise(FieldProblem<ContractField> p, Contract c, Messages words) {
        return switch (p.field()) {
            case PROJECT_NAME -> c.projectName().isBlank()
                    ? words.get("form.error.projectName.empty")
                    : tooLong(p.field(), c.projectName(), words);
            case INVESTOR -> tooLong(p.field(), c.investor(), words);
            case PARTNER -> tooLong(p.field(), c.partner(), words);
            case SECTOR -> tooLong(p.field(), c.sector(), words);
            case DISTRICT -> tooLong(p.field(), c.district(), words);
            case NOTE -> tooLong(p.field(), c.note(), words);
            case CURRENCY -> words.get("form.error.currency", c.currency());
            case AMOUNT -> words.get("form.error.amount.TOO_LARGE", c.amount().toPlainString());
            case SIGNING_ORDER -> words.get("form.error.signingOrder", String.valueOf(c.signingOrder()));
            default -> p.sentence(words.locale());
        };
    }

    /**
     * Reads a date as {@link DateText} does (2020-11-28, 2020/11/28, 2020年11月28日, full-width digits
     * too); null if none fits or the day does not exist.
     */
    public static LocalDate parseDate(String text) {
        try {
            return DateText.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True for a three-letter ISO 4217 code that Java knows (CNY, USD, EUR ...). */
    public static boolean isCurrency(String code) {
        return Amount.isCurrency(code);
    }

    private static String tooLong(ContractField field, String value, Messages words) {
        int length = value == null ? 0 : value.length();
        return words.get("form.error.tooLong", String.valueOf(length), String.valueOf(field.maxLength()));
    }

    private static String text(Map<ContractField, String> texts, ContractField field) {
        String s = texts.get(field);
        return s == null ? "" : s;
    }

    private static String optional(Map<ContractField, String> texts, ContractField field) {
        String s = text(texts, field).strip();
        return s.isEmpty() ? null : s;
    }

    private static String normalise(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    }
}
