package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.conferencedesk.contracts.InvestorOrigin;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * How the dashboard writes figures, arguments and times for a reader, in Chinese or English: counts
 * grouped ({@code 3,200}), yuan as headlines ({@code 536.3 亿元}, {@code RMB 53.63 billion}, exact),
 * areas in m² ({@code 1,234.5 m²}), instants in the event's time zone (北京时间 for Asia/Shanghai).
 */
public final class DashboardText {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private DashboardText() {
    }

    /** A value of a figure of {@code unit} for a reader. */
    public static String value(FigureUnit unit, BigDecimal value, Locale locale) {
        return switch (unit) {
            case YUAN -> MoneyFormat.headline(value, locale);
            case COUNT -> NumberFormat.getIntegerInstance(Locale.ROOT).format(value);
            case SQUARE_METRES -> grouped(value) + " m²";
        };
    }

    /** The argument of a key as a reader sees it: an origin's name in the language, "" as null; else as written. */
    public static String argument(FigureKey key, Locale locale) {
        if (key.argument() == null || key.argument().isEmpty()) {
            return null;
        }
        if (key.name().argument() == FigureName.Argument.ORIGIN) {
            try {
                return Messages.of("contracts", locale).get("origin." + InvestorOrigin.valueOf(key.argument()).name());
            } catch (IllegalArgumentException e) {
                return key.argument();
            }
        }
        return key.argument();
    }

    /**
     * An instant as the event's readers tell the time: "2020年11月28日 11:00（北京时间）" /
     * "28 Nov 2020, 11:00 (Beijing time)" for Asia/Shanghai; other zones are named by their id.
     */
    public static String time(Instant at, ZoneId zone, Locale locale) {
        Messages m = Messages.of("dashboard", locale);
        DateTimeFormatter format = DateTimeFormatter.ofPattern(m.get("time.pattern"), Messages.isChinese(locale)
                ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        String zoneName = SHANGHAI.equals(zone) ? m.get("time.beijing") : zone.getId();
        return m.get("time.in", at.atZone(zone).format(format), zoneName);
    }

    private static String grouped(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        NumberFormat f = NumberFormat.getNumberInstance(Locale.ROOT);
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        f.setGroupingUsed(true);
        return f.format(v);
    }
}
