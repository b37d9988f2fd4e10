package org.conferencedesk.importexport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractRules;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.DateTextException;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountFormatException;
import org.conferencedesk.shared.money.AmountParser;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * Turns the rows of one file into contracts, collecting every problem of every row (never
 * stopping at the first). Not thread-safe: one converter per file, rows in file order (it
 * remembers signing orders to find duplicates).
 */
final class ContractRowConverter {

    /** A converted row: the contract (null if the row has a problem) and its problems. */
    record Converted(SpreadsheetRow row, Contract contract, List<ImportProblem> problems) {
    }

    /** A date with a time after it (2020-11-28 00:00:00, 2020-11-28T10:00), as spreadsheets write them. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");
    private static final Pattern WHOLE_NUMBER_WITH_ZERO_FRACTION = Pattern.compile("(\\d+)\\.0+");
    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|\\.\\d+");

    private static final Map<String, ContractStatus> STATUS_WORDS = new HashMap<>();
    private static final Map<String, String> CURRENCY_WORDS = new HashMap<>();

    static {
        for (String w : new String[] {"已签约", "签约", "已签", "signed"}) {
            STATUS_WORDS.put(w, ContractStatus.SIGNED);
        }
        for (String w : new String[] {"计划", "拟签约", "待签约", "计划签约", "planned"}) {
            STATUS_WORDS.put(w, ContractStatus.PLANNED);
        }
        for (String w : new String[] {"撤回", "已撤回", "取消", "已取消", "withdrawn"}) {
            STATUS_WORDS.put(w, ContractStatus.WITHDRAWN);
        }
        for (String w : new String[] {"人民币", "元", "RMB", "¥", "CNY"}) {
            CURRENCY_WORDS.put(w, "CNY");
        }
        for (String w : new String[] {"美元", "美金", "$", "US$"}) {
            CURRENCY_WORDS.put(w, "USD");
        }
        CURRENCY_WORDS.put("欧元", "EUR");
        CURRENCY_WORDS.put("€", "EUR");
        CURRENCY_WORDS.put("港元", "HKD");
        CURRENCY_WORDS.put("港币", "HKD");
        CURRENCY_WORDS.put("日元", "JPY");
        CURRENCY_WORDS.put("英镑", "GBP");
    }

    private final SpreadsheetTable table;
    private final ContractHeaders.Recognised headers;
    private final Messages messages;
    private final long eventId;
    private final Map<Integer, Integer> lineBySigningOrder = new HashMap<>();
    /** How the signed-on column's dates are read: its day/month order, the workbook's serials. */
    private final DateText.Reading signedOnReading;

    ContractRowConverter(SpreadsheetTable table, ContractHeaders.Recognised headers, Messages messages, long eventId) {
        this.table = table;
        this.headers = headers;
        this.messages = messages;
        this.eventId = eventId;
        int dates = headers.column(ContractField.SIGNED_ON);
        this.signedOnReading = dates < 0 ? table.dateReading()
                : DateText.readingOf(table.rows().stream().map(r -> r.cell(dates)).toList(), table.dateSerials());
    }

    /** Converts one row; every problem found in it is in the result. */
    Converted convert(SpreadsheetRow row) {
        Problems problems = new Problems(row.line());
        // A row with more or fewer cells than the header (found by the reader): cells lost or shifted.
        if (table.isShifted(row)) {
            return new Converted(row, null, List.of(table.problemOf(row).orElseThrow()));
        }
        table.problemOf(row).ifPresent(problems.list::add);

        String projectName = text(row, ContractField.PROJECT_NAME);
        String investor = optional(row, ContractField.INVESTOR);
        String partner = optional(row, ContractField.PARTNER);
        String sector = optional(row, ContractField.SECTOR);
        String district = optional(row, ContractField.DISTRICT);
        String note = optional(row, ContractField.NOTE);

        String currencyColumn = currencyOf(row, problems);
        Amount amount = amountOf(row, currencyColumn, problems);
        ContractStatus status = statusOf(row, problems);
        LocalDate signedOn = dateOf(row, problems);
        Integer signingOrder = signingOrderOf(row, problems);

        String currency = amount != null ? amount.currency() : currencyColumn;
        Contract contract = new Contract(null, eventId, projectName, investor, partner, sector, district,
                amount != null ? amount.value() : BigDecimal.ZERO, currency, signingOrder,
                status != null ? status : ContractStatus.SIGNED, signedOn, note);
        for (FieldProblem<ContractField> rule : ContractRules.check(contract)) {
            if (problems.hasFor(rule.field())) {
                continue;
            }
            problems.add(rule.field(), ruleMessage(rule, contract));
        }
        return new Converted(row, problems.isEmpty() ? contract : null, problems.list);
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
        if (field == ContractField.PROJECT_NAME && contract.projectName().isBlank()) {
            return messages.get("row.projectName.empty");
        }
        if (value != null && field.maxLength() > 0 && value.length() > field.maxLength()) {
            return messages.get("row.tooLong", String.valueOf(value.length()), String.valueOf(field.maxLength()));
        }
        return rule.sentence(messages.locale());
    }

    // ------------------------------------------------------------------------------ Fields

    private String raw(SpreadsheetRow row, ContractField field) {
        int column = headers.column(field);
        return column < 0 ? "" : row.cell(column);
    }

    /** The cell stripped, without the apostrophe an export put before = + - @ (see ContractExportService#harmless). */
    private String text(SpreadsheetRow row, ContractField field) {
        String text = raw(row, field).strip();
        if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
            return text.substring(1);
        }
        return text;
    }

    private String optional(SpreadsheetRow row, ContractField field) {
        String text = text(row, field);
        return text.isEmpty() ? null : text;
    }

    private String currencyOf(SpreadsheetRow row, Problems problems) {
        String written = text(row, ContractField.CURRENCY);
        if (written.isEmpty()) {
            return null;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        String code = CURRENCY_WORDS.get(folded);
        if (code == null) {
            code = CURRENCY_WORDS.get(folded.toUpperCase(Locale.ROOT));
        }
        if (code == null && folded.matches("[A-Za-z]{3}")) {
            try {
                code = Currency.getInstance(folded.toUpperCase(Locale.ROOT)).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                code = null;
            }
        }
        if (code == null) {
            problems.add(ContractField.CURRENCY, messages.get("row.currency.unknown", written));
        }
        return code;
    }

    private Amount amountOf(SpreadsheetRow row, String currencyColumn, Problems problems) {
        String written = text(row, ContractField.AMOUNT);
        if (written.isEmpty()) {
            problems.add(ContractField.AMOUNT, messages.get("row.amount.empty"));
            return null;
        }
        String defaultCurrency = currencyColumn != null ? currencyColumn
                : headers.amountCurrency() != null ? headers.amountCurrency() : Amount.CNY;
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        boolean bare = BARE_NUMBER.matcher(folded).matches();
        String toParse = bare && !headers.amountUnit().isEmpty() ? folded + headers.amountUnit() : written;
        Amount amount;
        try {
            amount = AmountParser.parse(toParse, defaultCurrency);
        } catch (AmountFormatException e) {
            problems.add(ContractField.AMOUNT, amountMessage(written, e));
            return null;
        }
        if (currencyColumn != null && !currencyColumn.equals(amount.currency())) {
            problems.add(ContractField.AMOUNT, messages.get("row.currency.disagrees", written,
                    amount.currency(), currencyColumn, columnName(ContractField.CURRENCY)));
            return null;
        }
        return amount;
    }

    private String amountMessage(String written, AmountFormatException e) {
        String key = "row.amount." + e.reason().name();
        String fragment = e.fragment().isEmpty() ? written : e.fragment();
        return messages.get(key, written, fragment);
    }

    private ContractStatus statusOf(SpreadsheetRow row, Problems problems) {
        String written = text(row, ContractField.STATUS);
        if (written.isEmpty()) {
            return ContractStatus.SIGNED;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        ContractStatus status = STATUS_WORDS.get(folded);
        if (status == null) {
            problems.add(ContractField.STATUS, messages.get("row.status.unknown", written));
        }
        return status;
    }

    private LocalDate dateOf(SpreadsheetRow row, Problems problems) {
        String written = text(row, ContractField.SIGNED_ON);
        if (written.isEmpty()) {
            return null;
        }
        try {
            return DateText.parse(written, signedOnReading);
        } catch (DateTextException e) {
            problems.add(ContractField.SIGNED_ON, e.problem() == DateTextException.Problem.NOT_A_DATE
                    ? messages.get("row.date.unknown", written) : e.sentence(messages.locale()));
            return null;
        }
    }

    private Integer signingOrderOf(SpreadsheetRow row, Problems problems) {
        String written = text(row, ContractField.SIGNING_ORDER);
        if (written.isEmpty()) {
            return null;
        }
        String folded = Normalizer.normalize(written, Normalizer.Form.NFKC).strip();
        Matcher zeroFraction = WHOLE_NUMBER_WITH_ZERO_FRACTION.matcher(folded);
        if (zeroFraction.matches()) {
            folded = zeroFraction.group(1);
        }
        if (!WHOLE_NUMBER.matcher(folded).matches() || folded.length() > 9 || Integer.parseInt(folded) < 1) {
            problems.add(ContractField.SIGNING_ORDER, messages.get("row.signingOrder.invalid", written));
            return null;
        }
        int order = Integer.parseInt(folded);
        Integer firstLine = lineBySigningOrder.putIfAbsent(order, problems.line);
        if (firstLine != null) {
            problems.add(ContractField.SIGNING_ORDER,
                    messages.get("row.signingOrder.duplicate", String.valueOf(order), String.valueOf(firstLine)));
        }
        return order;
    }

    private String columnName(ContractField field) {
        int column = headers.column(field);
        return column < 0 ? null : table.header().cell(column);
    }

    /** The problems of one row, each tied to the column it was found in. */
    private final class Problems {
        private final int line;
        private final List<ImportProblem> list = new ArrayList<>();
        private final List<ContractField> fields = new ArrayList<>();

        Problems(int line) {
            this.line = line;
        }

        void add(ContractField field, String reason) {
            String column = columnName(field);
            if (column == null && field == ContractField.CURRENCY) {
                column = columnName(ContractField.AMOUNT);
            }
            list.add(new ImportProblem(table.file(), line, column, reason));
            fields.add(field);
        }

        boolean hasFor(ContractField field) {
            return fields.contains(field);
        }

        boolean isEmpty() {
            return list.isEmpty();
        }
    }
}
