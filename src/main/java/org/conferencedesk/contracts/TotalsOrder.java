package org.conferencedesk.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The order of the breakdown maps of {@link ContractTotals}: larger amounts first, then by key. */
final class TotalsOrder {

    static final Comparator<Map.Entry<String, BigDecimal>> BY_AMOUNT_DESCENDING =
            Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    private TotalsOrder() {
    }

    /** A copy of {@code sums} without zero entries, ordered by {@link #BY_AMOUNT_DESCENDING}. */
    static Map<String, BigDecimal> sorted(Map<String, BigDecimal> sums) {
        List<Map.Entry<String, BigDecimal>> entries = new ArrayList<>(sums.entrySet());
        entries.removeIf(e -> e.getValue().signum() == 0);
        entries.sort(BY_AMOUNT_DESCENDING);
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        entries.forEach(e -> result.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(result);
    }
}
