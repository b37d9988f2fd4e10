package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.shared.i18n.Messages;

/**
 * One bar or point of a dashboard chart: its category as the reader sees it and its value, exact.
 *
 * @param label the category ("集成电路", "9.2号馆", "11-28 09:00", "12")
 * @param value a count, or an amount in the chart's unit of money: 亿元 in Chinese (yuan ÷ 100,000,000), billion
 *        yuan in English (yuan ÷ 1,000,000,000), exact (the chart's axis draws it)
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

    /**
     * An amount in yuan, in the unit a reader of {@code locale} counts money in: 亿元 in Chinese
     * (5,200,000,000.00 yuan is 52.0000000000 亿元), billion yuan in English (5.20000000000); exact.
     */
    public static ChartPoint amount(String label, BigDecimal yuan, Locale locale) {
        return new ChartPoint(label, yuan.movePointLeft(Messages.isChinese(locale) ? 8 : 9));
    }
}
