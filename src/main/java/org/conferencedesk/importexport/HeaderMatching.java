package org.conferencedesk.importexport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches a header row against a table of known headers, with the user's {@code --map} overrides
 * and ignored columns, for any kind of record (contracts, guests). Headers are compared as
 * {@link ContractHeaders#normalise} does: NFKC, lower case, no spaces, no {@code *} or {@code :},
 * no bracketed unit at the end.
 *
 * @param <F> the record's field enum
 */
final class HeaderMatching<F extends Enum<F>> {

    /**
     * What the header row means.
     *
     * @param columns field → 0-based column index
     * @param used header as written → field, in column order
     * @param unmapped headers as written that no field uses, in column order
     * @param unknownOverrides overridden headers that match no column
     */
    record Result<F extends Enum<F>>(Map<F, Integer> columns, Map<String, F> used, List<String> unmapped,
                                     List<String> unknownOverrides) {
    }

    private final Class<F> type;
    private final Function<String, F> known;

    /**
     * @param type the field enum
     * @param known the field a normalised header means, or null
     */
    HeaderMatching(Class<F> type, Function<String, F> known) {
        this.type = type;
        this.known = known;
    }

    /**
     * Reads the header row. {@code overrides} (header as written → field) win over the known
     * headers; a field claimed by an override is taken from no other column; columns whose header
     * is in {@code ignored} are not mapped. When two columns mean the same field the first wins and
     * the second is listed as unmapped.
     */
    Result<F> recognise(List<String> headers, Map<String, F> overrides, Set<String> ignored) {
        Map<F, Integer> columns = new EnumMap<>(type);
        List<F> byColumn = new ArrayList<>(Collections.nCopies(headers.size(), (F) null));
        List<String> unknownOverrides = new ArrayList<>();
        for (Map.Entry<String, F> override : overrides.entrySet()) {
            int index = findHeader(headers, override.getKey());
            if (index < 0) {
                unknownOverrides.add(override.getKey());
            } else if (!columns.containsKey(override.getValue())) {
                columns.put(override.getValue(), index);
                byColumn.set(index, override.getValue());
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (byColumn.get(i) != null || overrides.keySet().stream().anyMatch(k -> sameHeader(header, k))
                    || ignored.stream().anyMatch(h -> sameHeader(header, h))) {
                continue;
            }
            F field = known.apply(ContractHeaders.normalise(header));
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, i);
                byColumn.set(i, field);
            }
        }
        Map<String, F> used = new LinkedHashMap<>();
        List<String> unmapped = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (byColumn.get(i) != null) {
                used.put(headers.get(i), byColumn.get(i));
            } else if (!headers.get(i).isBlank()) {
                unmapped.add(headers.get(i));
            }
        }
        return new Result<>(Collections.unmodifiableMap(columns), Collections.unmodifiableMap(used),
                List.copyOf(unmapped), List.copyOf(unknownOverrides));
    }

    private static int findHeader(List<String> headers, String wanted) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equals(wanted.strip())) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (sameHeader(headers.get(i), wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** True if the two headers are the same as written, or once NFKC, case, spaces and marks are folded. */
    static boolean sameHeader(String header, String wanted) {
        return header.strip().equals(wanted.strip()) || ContractHeaders.compact(header).equals(ContractHeaders.compact(wanted));
    }
}
