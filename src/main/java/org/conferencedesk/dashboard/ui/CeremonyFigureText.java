package org.conferencedesk.dashboard.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * An amount in yuan split for a projector: the number in large type and its unit in small type, exact
 * ("536.3" + "亿元" in Chinese, "53.63" + "RMB billion" in English). The same value as
 * {@code MoneyFormat.headline} writes on one line; split so that the number can fill the screen's width.
 *
 * @param number the digits, grouped with "," ("1,234.5")
 * @param unit the unit ("亿元", "RMB billion")
 */
public record CeremonyFigureText(String number, String unit) {

    /** The amount {@code yuan} for a reader of {@code locale}; nothing rounded. */
    public static CeremonyFigureText of(BigDecimal yuan, Locale locale) {
        boolean chinese = Messages.isChinese(locale);
        BigDecimal inUnit = yuan.movePointLeft(chinese ? 8 : 9).stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(Math.max(0, inUnit.scale()));
        f.setParseBigDecimal(true);
        return new CeremonyFigureText(f.format(inUnit), Messages.of("dashboard", locale).get("ceremony.amountUnit"));
    }
}
