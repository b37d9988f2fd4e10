package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.record.LiveRecords;
import org.conferencedesk.shared.record.Tally;

/**
 * The current event's exhibitors with their booths and fees, live ({@link LiveRecords} over
 * {@link ExhibitorService#changes()}): an edit, a payment, or a booking on the hall plan (published
 * as its holder saved) replaces only that exhibitor's row, read again for it alone
 * ({@link ExhibitorService#listing}) on the writing thread; an import or a new rate reads the event
 * again in the background. The figures ({@link ExhibitorCounts}) are adjusted by difference.
 * Imports nothing from {@code javafx.scene}.
 */
public final class LiveExhibitors extends LiveRecords<Exhibitor, ExhibitorRow, ExhibitorCounts> {

    /** Creates the model; nothing is loaded until {@link #show}. */
    public LiveExhibitors(ExhibitorService service, TaskExecutor executor) {
        super(service.changes(), event -> service.listings(event).stream().map(ExhibitorRow::of).toList(),
                e -> ExhibitorRow.of(service.listing(e)), ExhibitorRow::id, new Counts(), executor);
    }

    /** The figures, adjusted exhibitor by exhibitor. */
    private static final class Counts implements Tally<ExhibitorRow, ExhibitorCounts> {
        private final int[] mode = new int[ExhibitionMode.values().length];
        private final int[] status = new int[PaymentStatus.values().length];
        private int total;
        private int booths;
        private BigDecimal area = BigDecimal.ZERO;

        @Override
        public void reset(List<ExhibitorRow> rows) {
            java.util.Arrays.fill(mode, 0);
            java.util.Arrays.fill(status, 0);
            total = 0;
            booths = 0;
            area = BigDecimal.ZERO;
            rows.forEach(this::add);
        }

        @Override
        public void add(ExhibitorRow row) {
            count(row, 1);
        }

        @Override
        public void remove(ExhibitorRow row) {
            count(row, -1);
        }

        private void count(ExhibitorRow row, int sign) {
            Exhibitor e = row.exhibitor();
            mode[e.mode().ordinal()] += sign;
            status[e.paymentStatus().ordinal()] += sign;
            total += sign;
            booths += sign * row.listed().booths().size();
            BigDecimal a = row.listed().areaM2();
            if (a != null) {
                area = sign > 0 ? area.add(a) : area.subtract(a);
            }
        }

        @Override
        public ExhibitorCounts totals() {
            Map<ExhibitionMode, Integer> byMode = new EnumMap<>(ExhibitionMode.class);
            for (ExhibitionMode m : ExhibitionMode.values()) {
                byMode.put(m, mode[m.ordinal()]);
            }
            Map<PaymentStatus, Integer> byStatus = new EnumMap<>(PaymentStatus.class);
            for (PaymentStatus s : PaymentStatus.values()) {
                byStatus.put(s, status[s.ordinal()]);
            }
            return new ExhibitorCounts(total, byMode, byStatus, booths, area.setScale(2, java.math.RoundingMode.HALF_UP));
        }
    }
}
