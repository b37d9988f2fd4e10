package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;

/**
 * An announced figure beside the data: whether they agree, and by how much they differ.
 *
 * @param announced the announced figure
 * @param statement its statement, read; null if it cannot be read any more (see {@code problem})
 * @param actual the figure the data give (a count, yuan or m², at the unit's scale)
 * @param agrees true if the data agree with the statement ({@link AnnouncedStatement#agreesWith})
 * @param difference the data minus the stated figure, in the figure's unit (326 − 320 = 6 guests;
 *        0.00 yuan for 53,630,000,000.00 against "536.3 亿元"); null if the statement cannot be read
 * @param problem why the statement cannot be read (a refusal of {@link AnnouncedStatement#parse}), or null
 */
public record FigureComparison(AnnouncedFigure announced, AnnouncedStatement statement, BigDecimal actual, boolean agrees,
                               BigDecimal difference, UserFacingException problem) {

    /** Checks that the announced figure and the data are given. */
    public FigureComparison {
        Objects.requireNonNull(announced, "announced");
        Objects.requireNonNull(actual, "actual");
    }

    /** Compares one announced figure with the figures. */
    public static FigureComparison of(AnnouncedFigure announced, EventFigures figures) {
        BigDecimal actual = figures.value(announced.key());
        AnnouncedStatement statement;
        try {
            statement = announced.read();
        } catch (UserFacingException e) {
            return new FigureComparison(announced, null, actual, false, null, e);
        }
        return new FigureComparison(announced, statement, actual, statement.agreesWith(actual),
                actual.subtract(statement.value()), null);
    }

    /** Compares each announced figure with the figures, in the list's order. */
    public static List<FigureComparison> of(List<AnnouncedFigure> announced, EventFigures figures) {
        List<FigureComparison> list = new ArrayList<>(announced.size());
        announced.forEach(a -> list.add(of(a, figures)));
        return List.copyOf(list);
    }

    /**
     * One sentence for the dashboard and the report, in {@code locale}'s language: the figure, the
     * statement, the data, the difference, and whether they agree ("院士：公布“24”，数据为 24，相符。").
     */
    public String sentence(Locale locale) {
        Messages m = Messages.of("dashboard", locale);
        FigureKey key = announced.key();
        String label = key.name().label(locale, DashboardText.argument(key, locale));
        if (statement == null) {
            return m.get("comparison.unreadable", label, announced.statement(), problem.sentence(locale));
        }
        String data = DashboardText.value(key.name().unit(), actual, locale);
        String diff = difference.signum() == 0 ? "" : m.get(difference.signum() > 0 ? "comparison.more" : "comparison.less",
                DashboardText.value(key.name().unit(), difference.abs(), locale));
        return m.get(agrees ? "comparison.agrees" : "comparison.differs", label, announced.statement(), data, diff);
    }
}
