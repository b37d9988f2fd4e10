package org.conferencedesk.dashboard;

import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * One announced figure beside the data, as the dashboard's table shows it.
 *
 * @param comparison the comparison (its announced figure carries the id for editing)
 * @param figure the figure's name ("院士")
 * @param statement the statement as announced ("24", "536.3亿元")
 * @param data the data's value ("24", "536.3 亿元")
 * @param difference data minus statement ("+6", "-0.1 亿元", "0"); "" if the statement cannot be read
 * @param verdict "相符" / "不符" / "无法比较" (agree, differ, cannot be compared)
 * @param sentence the whole comparison in one sentence ({@link FigureComparison#sentence})
 */
public record ComparisonRow(FigureComparison comparison, String figure, String statement, String data, String difference,
                            String verdict, String sentence) {

    /** The row of {@code c} in {@code locale}'s language. */
    public static ComparisonRow of(FigureComparison c, Locale locale) {
        Messages m = Messages.of("dashboard", locale);
        var key = c.announced().key();
        String figure = key.name().label(locale, DashboardText.argument(key, locale));
        String data = DashboardText.value(key.name().unit(), c.actual(), locale);
        String difference = "";
        if (c.difference() != null) {
            String magnitude = DashboardText.value(key.name().unit(), c.difference().abs(), locale);
            difference = c.difference().signum() > 0 ? "+" + magnitude : c.difference().signum() < 0 ? "-" + magnitude : "0";
        }
        String verdict = m.get(c.statement() == null ? "verdict.unreadable" : c.agrees() ? "verdict.agrees" : "verdict.differs");
        return new ComparisonRow(c, figure, c.announced().statement(), data, difference, verdict, c.sentence(locale));
    }

    /** True if the data agree with the statement. */
    public boolean agrees() {
        return comparison.agrees();
    }
}
