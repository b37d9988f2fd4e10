package org.conferencedesk.exhibitors.ui;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.AmountsByCurrency;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The words of the exhibitors screen in one language: its own texts (bundle {@code exhibitorsui})
 * and the exhibitors' field names, modes and payment states (bundle {@code exhibitors}). Pure.
 */
public final class ExhibitorWords {

    private final Messages ui;
    private final Messages labels;

    /** The words in {@code locale} (Simplified Chinese or English). */
    public ExhibitorWords(Locale locale) {
        this.ui = Messages.of("exhibitorsui", locale);
        this.labels = Messages.of("exhibitors", locale);
    }

    /** The screen's bundle. */
    public Messages ui() {
        return ui;
    }

    /** The language. */
    public Locale locale() {
        return ui.locale();
    }

    /** A text of the screen's bundle. */
    public String get(String key, Object... arguments) {
        return ui.get(key, arguments);
    }

    /** A field's label ("公司名称", "Company name"). */
    public String field(ExhibitorField field) {
        return field.label(locale());
    }

    /** "现场展" / "On site". */
    public String mode(ExhibitionMode mode) {
        return labels.get("mode." + mode.name());
    }

    /** "已付款" / "Paid". */
    public String paymentStatus(PaymentStatus status) {
        return labels.get("paymentStatus." + status.name());
    }

    /** An area in m² as the table shows it: "18", "12.5" (blank for none). */
    public static String area(BigDecimal m2) {
        return m2 == null || m2.signum() == 0 ? "" : m2.stripTrailingZeros().toPlainString();
    }

    /** A fee per currency as the table shows it: "CNY 12,800.00 · USD 2,000.00" (blank for none). */
    public String fee(AmountsByCurrency fee) {
        if (fee == null || fee.isEmpty()) {
            return "";
        }
        return fee.sums().entrySet().stream().map(this::amount).collect(Collectors.joining(" · "));
    }

    private String amount(Map.Entry<String, BigDecimal> e) {
        return e.getKey() + " " + MoneyFormat.full(e.getValue(), locale());
    }
}
