package org.conferencedesk.importexport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.shared.record.RecordField;

/**
 * What each column of a file's header means for one record type: a field, the unit of the amounts
 * beside it, ignored on the user's word, or not known. Every column is one of these; a column that
 * is not known, or a field two columns claim, refuses the import until the user decides
 * ({@code --map HEADER=field}, {@code --map HEADER=ignore}, or the window's preview).
 *
 * <p>Matching: the user's mapping wins (a header as written, or the same once width, case and
 * spacing are folded); a header the user ignores is not imported even if known; every other header
 * is looked up in the type's {@link HeaderVocabulary}.
 *
 * @param <F> the record type's field enum
 */
public final class Columns<F extends Enum<F> & RecordField> {

    /** What a column is. */
    public enum Kind {
        /** It holds a field. */
        FIELD,
        /** It holds the unit (万元, 亿元 …) of the amounts in the same row. */
        UNIT,
        /** The user left it out ({@code --map HEADER=ignore}, or "ignore" in the preview). */
        IGNORED,
        /** Its header is empty: its cells must be empty too. */
        BLANK,
        /** Nobody said what it is: the import waits for the user's word. */
        UNKNOWN,
        /** A field another column already holds: the import waits for the user's word. */
        TWICE
    }

    /**
     * One column.
     *
     * @param index 0-based
     * @param header as written
     * @param kind what it is
     * @param field the field it holds ({@link Kind#FIELD}), or would hold ({@link Kind#TWICE}), else null
     * @param couldBe for {@link Kind#UNKNOWN}: the fields it could be, best first
     * @param firstWithField for {@link Kind#TWICE}: the index of the column that holds the field
     */
    public record Column<F>(int index, String header, Kind kind, F field, List<F> couldBe, int firstWithField) {
    }

    private final List<Column<F>> columns;
    private final Map<F, Integer> byField;
    private final List<String> unknownOverrides;
    private final int unitColumn;

    private Columns(List<Column<F>> columns, Map<F, Integer> byField, List<String> unknownOverrides, int unitColumn) {
        this.columns = List.copyOf(columns);
        this.byField = byField;
        this.unknownOverrides = List.copyOf(unknownOverrides);
        this.unitColumn = unitColumn;
    }

    /**
     * Matches a header row.
     *
     * @param headers the header cells as written
     * @param vocabulary the record type's headers
     * @param overrides header as written → field ({@code --map}); wins over the vocabulary
     * @param ignored headers the user leaves out ({@code --map HEADER=ignore})
     * @param unitColumns true if the type has amounts, so that a column headed 单位 / Unit holds their unit
     */
    public static <F extends Enum<F> & RecordField> Columns<F> match(List<String> headers, HeaderVocabulary<F> vocabulary,
                                                                    Map<String, ? extends RecordField> overrides,
                                                                    Set<String> ignored, boolean unitColumns) {
        Class<F> type = vocabulary.type();
        int n = headers.size();
        Kind[] kinds = new Kind[n];
        List<F> fields = new ArrayList<>(java.util.Collections.nCopies(n, (F) null));
        int[] first = new int[n];
        java.util.Arrays.fill(first, -1);
        Map<F, Integer> byField = new EnumMap<>(type);
        List<String> unknownOverrides = new ArrayList<>();
        for (Map.Entry<String, ? extends RecordField> override : overrides.entrySet()) {
            int index = find(headers, override.getKey());
            if (index < 0 || kinds[index] != null) {
                if (index < 0) {
                    unknownOverrides.add(override.getKey());
                }
                continue;
            }
            F field = type.cast(override.getValue());
            fields.set(index, field);
            if (byField.containsKey(field)) {
                kinds[index] = Kind.TWICE;
                first[index] = byField.get(field);
            } else {
                kinds[index] = Kind.FIELD;
                byField.put(field, index);
            }
        }
        for (String header : ignored) {
            int index = find(headers, header);
            if (index < 0) {
                unknownOverrides.add(header);
            } else if (kinds[index] == null) {
                kinds[index] = Kind.IGNORED;
            }
        }
        int unitColumn = -1;
        for (int i = 0; i < n; i++) {
            if (kinds[i] != null) {
                continue;
            }
            String header = headers.get(i);
            if (header.isBlank()) {
                kinds[i] = Kind.BLANK;
                continue;
            }
            F field = vocabulary.fieldOf(header);
            if (field == null && vocabulary.isDerived(header)) {
                kinds[i] = Kind.IGNORED;
            } else if (field != null) {
                fields.set(i, field);
                if (byField.containsKey(field)) {
                    kinds[i] = Kind.TWICE;
                    first[i] = byField.get(field);
                } else {
                    kinds[i] = Kind.FIELD;
                    byField.put(field, i);
                }
            } else if (unitColumns && unitColumn < 0 && HeaderVocabulary.isUnitHeader(header)) {
                kinds[i] = Kind.UNIT;
                unitColumn = i;
            } else {
                kinds[i] = Kind.UNKNOWN;
            }
        }
        Set<F> free = EnumSet.allOf(type);
        free.removeAll(byField.keySet());
        List<Column<F>> columns = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<F> couldBe = kinds[i] == Kind.UNKNOWN ? vocabulary.couldBe(headers.get(i), free) : List.of();
            columns.add(new Column<>(i, headers.get(i), kinds[i], fields.get(i), couldBe, first[i]));
        }
        return new Columns<>(columns, byField, unknownOverrides, unitColumn);
    }

    /** The index of the column headed {@code wanted} (as written first, then folded), or -1. */
    static int find(List<String> headers, String wanted) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equals(wanted.strip())) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (HeaderVocabulary.sameHeader(headers.get(i), wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** Every column, left to right. */
    public List<Column<F>> all() {
        return columns;
    }

    /** The 0-based index of the column holding {@code field}, or -1. */
    public int index(F field) {
        return byField.getOrDefault(field, -1);
    }

    /** The header of the column holding {@code field} as written, or null. */
    public String header(F field) {
        int i = index(field);
        return i < 0 ? null : columns.get(i).header();
    }

    /** The index of the unit column, or -1. */
    public int unitColumn() {
        return unitColumn;
    }

    /** Headers the user mapped or ignored that no column has (a typo: the column meant would be imported otherwise). */
    public List<String> unknownOverrides() {
        return unknownOverrides;
    }

    /** Header as written → field, in column order: what the import will read. */
    public Map<String, F> used() {
        Map<String, F> used = new java.util.LinkedHashMap<>();
        for (Column<F> c : columns) {
            if (c.kind() == Kind.FIELD) {
                used.put(c.header(), c.field());
            }
        }
        return used;
    }

    /** True if every column is a field, the unit column, ignored or blank: nothing waits for the user. */
    public boolean allAccountedFor() {
        return columns.stream().allMatch(c -> c.kind() != Kind.UNKNOWN && c.kind() != Kind.TWICE);
    }
}
