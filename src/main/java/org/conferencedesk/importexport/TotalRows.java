package org.conferencedesk.importexport;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the rows of a list that are totals, not records: a row whose name (or, without a name, its
 * first cell) says 合计, 小计, 总计, 共计, Total or Subtotal ({@code 江宁区小计}, {@code 合计：10亿元},
 * {@code Grand total}), or a row without a name whose amount equals the rows above it (what is left
 * of a total row whose word was deleted). Such a row is left out of the import with a note; its
 * amount is compared with the rows it sums (a subtotal: the rows since the previous total row; a
 * total: every record row so far) and a difference is reported.
 *
 * <p>Not thread-safe: one per import, rows in file order.
 */
final class TotalRows {

    /** What a total row sums. */
    enum Kind {
        /** 小计 / Subtotal: the rows since the previous total row. */
        SUBTOTAL,
        /** 合计 / 总计 / 共计 / Total: every record row so far. */
        TOTAL
    }

    /** What may follow the word: nothing, a colon or bracket and anything, or a figure ("合计 326人", "Total 10亿"). */
    private static final String TAIL = "(?:\\s*[:：（(].*|\\s*[\\d¥￥$€].*)?";
    private static final Pattern SUBTOTAL = Pattern.compile(
            "(?:.{0,30}小计|subtotal|sub-total|sub total)" + TAIL, Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL = Pattern.compile(
            "(?:.{0,30}(?:合计|总计|共计)|total|grand ?total|sum)" + TAIL, Pattern.CASE_INSENSITIVE);

    private BigDecimal sinceTotal = BigDecimal.ZERO;
    private BigDecimal all = BigDecimal.ZERO;
    private int rowsSinceTotal;
    private int rows;
    private boolean unknownSinceTotal;
    private boolean unknownAll;

    /** The kind of total {@code text} says it is ({@code 合计}, {@code 江宁区小计}, {@code Total:}), or null. */
    static Kind kindOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        s = SimplifiedChinese.of(s);
        if (s.length() > 40) {
            return null;
        }
        // 合 计, 小　计: spaced out to fill a wide cell.
        String compact = s.codePoints().anyMatch(Character::isIdeographic) ? s.replaceAll("[\\s\\u3000]+", "") : s;
        if (SUBTOTAL.matcher(s).matches() || SUBTOTAL.matcher(compact).matches()) {
            return Kind.SUBTOTAL;
        }
        if (TOTAL.matcher(s).matches() || TOTAL.matcher(compact).matches()) {
            return Kind.TOTAL;
        }
        return null;
    }

    /**
     * Adds a record row to the sums.
     *
     * @param amount what it adds, in yuan, or null if that is not known (a bad row, another currency)
     */
    void record(BigDecimal amount) {
        rows++;
        rowsSinceTotal++;
        if (amount == null) {
            unknownSinceTotal = true;
            unknownAll = true;
        } else {
            sinceTotal = sinceTotal.add(amount);
            all = all.add(amount);
        }
    }

    /**
     * True if a row without a name but with {@code amount} sums the rows above it (at least two): the
     * rows since the previous total row, or every row so far.
     */
    boolean sumsRowsAbove(BigDecimal amount) {
        if (amount == null) {
            return false;
        }
        return rowsSinceTotal >= 2 && !unknownSinceTotal && sinceTotal.compareTo(amount) == 0
                || rows >= 2 && !unknownAll && all.compareTo(amount) == 0;
    }

    /**
     * Closes a total row: what its amount should have been, or null if it agrees or cannot be told.
     * The rows since it start a new subtotal.
     *
     * @param amount the total row's amount, or null if it has none that can be read
     */
    BigDecimal expected(Kind kind, BigDecimal amount) {
        BigDecimal sum = kind == Kind.SUBTOTAL ? sinceTotal : all;
        boolean known = kind == Kind.SUBTOTAL ? !unknownSinceTotal && rowsSinceTotal > 0 : !unknownAll && rows > 0;
        BigDecimal expected = null;
        if (amount != null && known && sum.compareTo(amount) != 0) {
            // A total may follow subtotals: then it sums everything, which is checked above; a
            // "total" right after a subtotal that equals that subtotal is a repeat, not a mistake.
            expected = sum;
        }
        sinceTotal = BigDecimal.ZERO;
        rowsSinceTotal = 0;
        unknownSinceTotal = false;
        return expected;
    }
}
