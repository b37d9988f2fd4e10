package org.conferencedesk.dashboard.ui;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One bar or point of a dashboard chart: its category as the reader sees it and its value, exact.
 *
 * @param label the category ("集成电路", "9.2号馆", "11-28 09:00", "12")
 * @param value a count, or an amount in 亿元 (yuan ÷ 100,000,000, exact; the chart's axis draws it)
 */
public record ChartPoint(String label, BigDecimal value) {

    /** Checks both parts. */
    public ChartPoint {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /** A count. */
    public static ChartPoint count(String label, long count) {
        return new ChartPoint(label, BigDecimal.valueOf(count));
    }

    /** An amount in yuan, shown in 亿元 (exact: 5,200,000,000.00 yuan is 52.0000000000 亿元). */
    public static ChartPoint yi(String label, BigDecimal yuan) {
        return new ChartPoint(label, yuan.movePointLeft(8));
    }
}
