package org.conferencedesk.contracts.io;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractRules;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.importexport.ChoiceWords;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.importexport.ValueList;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.FieldProblem;
import org.conferencedesk.shared.money.Amount;

/**
 * Turns one row of a signing-ceremony list into a contract, recording every problem of the row on
 * it. Text, dates, amounts (with the column's unit) and signing orders are read by the pipeline's
 * cell reader; this class knows what a contract needs: a project name and an amount, a currency
 * from the currency column or the amount's own (they must agree), status words (已签约 / signed,
 * 拟签约 / 计划 / planned, 已撤回 / withdrawn; empty means signed), and {@link ContractRules}. A 0-yuan
 * amount and a date such as 1900-01-01 are noted, not refused. Stateless: the same row always gives
 * the same contract.
 */
final class ContractRowConverter {

    static final ChoiceWords<ContractStatus> STATUS_WORDS = new ChoiceWords<ContractStatus>()
            .add(ContractStatus.SIGNED, "已签约", "签约", "已签", "已签署", "signed")
            .add(ContractStatus.PLANNED, "计划", "拟签约", "待签约", "计划签约", "拟签", "planned")
            .add(ContractStatus.WITHDRAWN, "撤回", "已撤回", "取消", "已取消", "withdrawn");

    private static final ChoiceWords<String> CURRENCY_WORDS = new ChoiceWords<String>()
            .add("CNY", "人民币", "元", "RMB", "¥", "CNY")
            .add("USD", "美元", "美金", "$", "US$")
            .add("EUR", "欧元", "€")
            .add("HKD", "港元", "港币")
            .add("JPY", "日元")
            .add("GBP", "英镑");

    static {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            Messages words = Messages.of("contracts", locale);
            for (ContractStatus s : ContractStatus.values()) {
                STATUS_WORDS.addIfAbsent(s, words.get("io.status." + s.name()));
                STATUS_WORDS.addIfAbsent(s, s.name());
            }
        }
    }

    private final long eventId;
    private final Messages words;
    private final ValueList<String> sectors;
    private final ValueList<String> districts;

    ContractRowConverter(long eventId, List<Contract> existing, Locale locale) {
        this.eventId = eventId;
        this.sectors = values(existing, Contract::sector);
        this.districts = values(existing, Contract::district);
        this.words = Messages.of("contracts", locale);
    }

    /**
     * The event's values of a field (sector, district) as an import reads them: another spelling of a
     * known value takes its spelling (a typo must not start a separate total); a new value is added
     * unless the user maps it ({@code --map-value 行业:新能源汽车产业=新能源汽车}).
     */
    private static ValueList<String> values(List<Contract> existing, java.util.function.Function<Contract, String> field) {
        java.util.Set<String> known = new java.util.TreeSet<>();
        for (Contract c : existing) {
            String v = field.apply(c);
            if (v != null && !v.isBlank()) {
                known.add(v.strip());
            }
        }
        return ValueList.ofTexts(known, false);
    }

    /** The contract the row means; null if it has a problem (every one recorded on the row). */
    Contract convert(ImportRow<ContractField> row) {
        String projectName = row.text(ContractField.PROJECT_NAME);
        if (projectName == null && !row.failed(ContractField.PROJECT_NAME)) {
            row.problem(ContractField.PROJECT_NAME, words.get("io.row.projectName.empty"));
        }
        String investor = row.text(ContractField.INVESTOR);
        String partner = row.text(ContractField.PARTNER);
        String sector = row.listed(ContractField.SECTOR, sectors, null);
        String district = row.listed(ContractField.DISTRICT, districts, null);
        String note = row.text(ContractField.NOTE);
        String currencyColumn = currency(row);
        Amount amount = amount(row, currencyColumn);
        ContractStatus status = row.choice(ContractField.STATUS, STATUS_WORDS, ContractStatus.SIGNED,
                written -> words.get("io.row.status.unknown", written));
        LocalDate signedOn = row.date(ContractField.SIGNED_ON);
        Integer signingOrder = row.positiveWholeNumber(ContractField.SIGNING_ORDER,
                written -> words.get("io.row.signingOrder.invalid", written));
        if (row.hasProblems()) {
            return null;
        }
        Contract contract = new Contract(null, eventId, projectName, investor, partner, sector, district,
                amount.value(), amount.currency(), signingOrder, status, signedOn, note);
        for (FieldProblem<ContractField> rule : ContractRules.check(contract)) {
            row.problem(rule.field(), ruleMessage(rule, contract));
        }
        if (row.hasProblems()) {
            return null;
        }
        if (amount.value().signum() == 0) {
            row.note(ContractField.AMOUNT, words.get("io.note.zeroAmount"));
        }
        row.noteUnlikelyDate(ContractField.SIGNED_ON, signedOn);
        return contract;
    }

    private String ruleMessage(FieldProblem<ContractField> rule, Contract contract) {
        ContractField field = rule.field();
        String value = switch (field) {
            case PROJECT_NAME -> contract.projectName();
            case INVESTOR -> contract.investor();
            case PARTNER -> contract.partner();
            case SECTOR -> contract.sector();
            case DISTRICT -> contract.district();
            case NOTE -> contract.note();
            default -> null;
        };
        if (value != null && field.maxLength() > 0 && value.length() > field.maxLength()) {
            return words.get("io.row.tooLong", String.valueOf(value.length()), String.valueOf(field.maxLength()));
        }
        return rule.sentence(words.locale());
    }

    /** The currency column's ISO code, or null if the column is empty or absent (or not understood). */
    private String currency(ImportRow<ContractField> row) {
        String written = row.text(ContractField.CURRENCY);
        if (written == null) {
            return null;
        }
        String code = CURRENCY_WORDS.of(written);
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (code == null && folded.matches("[A-Z]{3}")) {
            try {
                code = Currency.getInstance(folded).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                code = null;
            }
        }
        if (code == null) {
            row.problem(ContractField.CURRENCY, words.get("io.row.currency.unknown", written));
        }
        return code;
    }

    private Amount amount(ImportRow<ContractField> row, String currencyColumn) {
        if (row.text(ContractField.AMOUNT) == null) {
            if (!row.failed(ContractField.AMOUNT)) {
                row.problem(ContractField.AMOUNT, words.get("io.row.amount.empty"));
            }
            return null;
        }
        Amount amount = row.amount(ContractField.AMOUNT, currencyColumn != null ? currencyColumn : Amount.CNY);
        if (amount != null && currencyColumn != null && !currencyColumn.equals(amount.currency())) {
            String written = row.text(ContractField.AMOUNT);
            row.problem(ContractField.AMOUNT, words.get("io.row.currency.disagrees", written, amount.currency(),
                    currencyColumn, row.header(ContractField.CURRENCY)));
            return null;
        }
        return amount;
    }

    /** What a contract adds to a total row's check: its amount in yuan, or null in another currency. */
    static BigDecimal amountForTotals(Contract contract) {
        return contract.isCny() ? contract.amount() : null;
    }
}
