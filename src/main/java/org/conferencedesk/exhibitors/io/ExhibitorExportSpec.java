package org.conferencedesk.exhibitors.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.ListedExhibitor;
import org.conferencedesk.importexport.ExportColumn;
import org.conferencedesk.importexport.ExportColumn.Kind;
import org.conferencedesk.importexport.ExportSpec;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountsByCurrency;

/**
 * Exhibitors as {@code export exhibitors} and the window write them (CSV or XLSX), one row per
 * exhibitor in the order they were added: every {@link ExhibitorField} but the contact's guest (booths joined with "/", so
 * that the file imports back), then the booths' area in m², the fee due and its currency (computed;
 * left out again on import). Amounts are plain decimals with a point ({@code 11520.00}); an agreed fee
 * in another currency than yuan is written with its code ({@code USD 1200.00}); fees in several
 * currencies are written side by side ({@code CNY 100.00; USD 20.00}), never added together.
 */
public final class ExhibitorExportSpec implements ExportSpec<ListedExhibitor> {

    private final ExhibitorService exhibitors;

    /** The export of {@code exhibitors}' lists. */
    public ExhibitorExportSpec(ExhibitorService exhibitors) {
        this.exhibitors = exhibitors;
    }

    @Override
    public String bundle() {
        return "exhibitors";
    }

    @Override
    public List<ListedExhibitor> rows(long eventId) {
        return exhibitors.listings(eventId);
    }

    @Override
    public List<ExportColumn<ListedExhibitor>> columns(long eventId, Locale locale) {
        Messages words = Messages.of("exhibitors", locale);
        List<ExportColumn<ListedExhibitor>> columns = new ArrayList<>();
        for (ExhibitorField c : ExhibitorField.values()) {
            if (c == ExhibitorField.GUEST_ID) {
                continue; // the contact's guest is linked in the window, not carried by files
            }
            String header = c.label(locale);
            columns.add(switch (c) {
                case MODE -> new ExportColumn<>(header, Kind.WORD, 16, r -> words.get("mode." + r.exhibitor().mode().name()));
                case PAYMENT_STATUS -> new ExportColumn<>(header, Kind.WORD, 12,
                        r -> words.get("paymentStatus." + r.exhibitor().paymentStatus().name()));
                case HALL -> new ExportColumn<>(header, Kind.TEXT, 8, ListedExhibitor::hall);
                case BOOTHS -> new ExportColumn<>(header, Kind.TEXT, 16,
                        r -> r.booths().isEmpty() ? null : String.join("/", r.booths()));
                case FEE_OVERRIDE -> new ExportColumn<>(header, Kind.TEXT, 14, r -> amount(r.exhibitor().feeOverride()));
                default -> new ExportColumn<>(header, Kind.TEXT, c == ExhibitorField.COMPANY_NAME ? 36 : 18,
                        r -> r.exhibitor().text(c));
            });
        }
        columns.add(new ExportColumn<>(words.get("field.areaM2"), Kind.TEXT, 10,
                r -> r.areaM2() == null ? null : r.areaM2().toPlainString()));
        columns.add(new ExportColumn<>(words.get("field.fee"), Kind.TEXT, 14, r -> fee(r.fee())));
        columns.add(new ExportColumn<>(words.get("field.currency"), Kind.TEXT, 8,
                r -> r.fee() == null || r.fee().isEmpty() ? null : String.join("; ", r.fee().sums().keySet())));
        return columns;
    }

    private static String amount(Amount a) {
        if (a == null) {
            return null;
        }
        return a.isCny() ? a.value().toPlainString() : a.currency() + " " + a.value().toPlainString();
    }

    /** One currency: the plain amount; several: each with its code, side by side. */
    static String fee(AmountsByCurrency fee) {
        if (fee == null || fee.isEmpty()) {
            return null;
        }
        Map<String, BigDecimal> sums = fee.sums();
        if (sums.size() == 1) {
            return sums.values().iterator().next().setScale(2).toPlainString();
        }
        return sums.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().setScale(2).toPlainString())
                .collect(Collectors.joining("; "));
    }
}
