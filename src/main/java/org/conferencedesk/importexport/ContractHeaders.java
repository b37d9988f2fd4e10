package org.conferencedesk.importexport;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferencedesk.contracts.ContractField;

/**
 * Recognises the column headers organisers write for contracts, in Chinese and English, and
 * reads the unit written in an amount header ({@code 金额（万元）}, {@code Amount (RMB 10k)}).
 *
 * <p>A header is compared after NFKC (full-width letters and brackets become ASCII), lower case,
 * without spaces, without a leading or trailing {@code *} or {@code :}, and without a bracketed
 * unit at the end. The table of recognised headers is in {@code docs/decisions/0002-import-files.md}.
 */
public final class ContractHeaders {

    private static final Map<String, ContractField> KNOWN = new HashMap<>();

    private static final Pattern BRACKETED_TAIL = Pattern.compile("^(.*?)[\\(\\[【〔](.*)[\\)\\]】〕]$");

    static {
        known(ContractField.SIGNING_ORDER, "序号", "no.", "no", "#", "签约顺序", "signingorder", "order");
        known(ContractField.PROJECT_NAME, "项目名称", "项目", "project", "projectname", "签约项目");
        known(ContractField.INVESTOR, "投资方", "甲方", "签约甲方", "investor", "partya");
        known(ContractField.PARTNER, "合作方", "乙方", "签约乙方", "partner", "partyb");
        known(ContractField.SECTOR, "行业", "产业", "产业领域", "所属行业", "sector", "industry");
        known(ContractField.DISTRICT, "区域", "落户区域", "落户地", "区县", "district", "region");
        known(ContractField.AMOUNT, "金额", "投资额", "投资金额", "签约金额", "总投资", "amount",
                "contractamount", "investment");
        known(ContractField.CURRENCY, "币种", "货币", "currency");
        known(ContractField.STATUS, "状态", "status");
        known(ContractField.SIGNED_ON, "签约日期", "签约时间", "日期", "signedon", "date", "signingdate");
        known(ContractField.NOTE, "备注", "说明", "note", "notes", "remarks");
    }

    private static void known(ContractField field, String... headers) {
        for (String header : headers) {
            KNOWN.put(header, field);
        }
        KNOWN.putIfAbsent(field.jsonName().toLowerCase(Locale.ROOT), field);
    }

    private ContractHeaders() {
    }

    /**
     * What the header row means.
     *
     * @param columns field → 0-based column index
     * @param used header text as written → field, in column order (what the preview shows)
     * @param unmapped headers as written that no field uses, in column order
     * @param unknownOverrides {@code --map} headers that match no column
     * @param amountUnit the multiplier word to append to a bare number in the amount column
     *                   ({@code 万}, {@code 亿}, {@code  million} ...), or "" for yuan
     * @param amountCurrency the currency named in the amount header ({@code USD} for {@code 金额（万美元）}), or null
     */
    public record Recognised(Map<ContractField, Integer> columns, Map<String, ContractField> used,
                             List<String> unmapped, List<String> unknownOverrides,
                             String amountUnit, String amountCurrency) {

        /** The column index of {@code field}, or -1 if no column holds it. */
        public int column(ContractField field) {
            return columns.getOrDefault(field, -1);
        }
    }

    /**
     * Reads the header row. {@code overrides} (header as written → field) win over the recognised
     * headers; a field claimed by an override is taken from no other column. When two columns mean
     * the same field the first wins and the second is listed as unmapped.
     */
    public static Recognised recognise(List<String> headers, Map<String, ContractField> overrides) {
        return recognise(headers, overrides, java.util.Set.of());
    }

    /**
     * As {@link #recognise(List, Map)}, and the columns whose header is in {@code ignored} are not
     * mapped even when recognised (they are listed as unmapped).
     */
    public static Recognised recognise(List<String> headers, Map<String, ContractField> overrides,
                                       java.util.Set<String> ignored) {
        HeaderMatching.Result<ContractField> matched = MATCHING.recognise(headers, overrides, ignored);
        String unit = "";
        String currency = null;
        Integer amountColumn = matched.columns().get(ContractField.AMOUNT);
        if (amountColumn != null) {
            String bracketed = unitOf(headers.get(amountColumn));
            unit = multiplier(bracketed);
            currency = currency(bracketed);
        }
        return new Recognised(matched.columns(), matched.used(), matched.unmapped(), matched.unknownOverrides(),
                unit, currency);
    }

    private static final HeaderMatching<ContractField> MATCHING = new HeaderMatching<>(ContractField.class, KNOWN::get);

    /** The field a header means by the built-in table, or null. */
    public static ContractField fieldOf(String header) {
        return KNOWN.get(normalise(header));
    }

    /** The header as compared: NFKC, lower case, no spaces, no marks, no bracketed unit. */
    static String normalise(String header) {
        String s = compact(header);
        Matcher m = BRACKETED_TAIL.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        return stripMarks(s);
    }

    static String compact(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", "");
        return stripMarks(s);
    }

    private static String stripMarks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '*') {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '*' || s.charAt(end - 1) == ':')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** The text in brackets at the end of a header (normalised), or "". */
    static String unitOf(String header) {
        Matcher m = BRACKETED_TAIL.matcher(compact(header));
        return m.matches() ? m.group(2) : "";
    }

    /** The multiplier word a bracketed unit means: 亿, 万, 千, " billion", " million", or "" for yuan. */
    static String multiplier(String unit) {
        if (unit.contains("亿") || unit.contains("億") || unit.contains("100m")) {
            return "亿";
        }
        if (unit.contains("万") || unit.contains("萬") || unit.contains("10k") || unit.contains("10,000")
                || unit.contains("10000")) {
            return "万";
        }
        if (unit.contains("billion") || unit.matches(".*\\bbn\\b.*")) {
            return " billion";
        }
        if (unit.contains("million") || unit.matches(".*\\bmn\\b.*")) {
            return " million";
        }
        if (unit.contains("千") || unit.contains("thousand")) {
            return "千";
        }
        return "";
    }

    /** The currency a bracketed unit names, or null (then CNY). */
    static String currency(String unit) {
        if (unit.contains("美元") || unit.contains("usd") || unit.contains("us$")) {
            return "USD";
        }
        if (unit.contains("欧元") || unit.contains("eur")) {
            return "EUR";
        }
        if (unit.contains("港元") || unit.contains("港币") || unit.contains("hkd")) {
            return "HKD";
        }
        if (unit.contains("日元") || unit.contains("jpy")) {
            return "JPY";
        }
        return null;
    }
}
