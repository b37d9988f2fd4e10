package org.conferencedesk.app.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: columns padded to the widest cell, measured in terminal
 * columns (a Chinese character takes two, per Unicode East Asian Width), separated by two spaces.
 */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean[] right;

    /** A table with these column headers. */
    TextTable(String... headers) {
        this.columns = headers.length;
        this.right = new boolean[columns];
        rows.add(headers);
    }

    /** Right-aligns the given columns (0-based), for numbers and amounts. */
    void alignRight(int... indexes) {
        for (int i : indexes) {
            right[i] = true;
        }
    }

    /**
     * Adds a row; null cells print empty. A cell written on several lines (notes, an audit value
     * before and after a merge) prints on one, its lines joined by " / ", so the table stays a table.
     */
    void row(String... cells) {
        String[] copy = new String[columns];
        for (int i = 0; i < columns; i++) {
            copy[i] = i < cells.length && cells[i] != null ? oneLine(cells[i]) : "";
        }
        rows.add(copy);
    }

    /** Prints the header, a rule under it, and the rows. */
    void print(PrintWriter out) {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row[i]));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                out.println(line(rule, widths));
            }
        }
    }

    private String line(String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            String cell = cells[i];
            String padding = " ".repeat(widths[i] - width(cell));
            if (i > 0) {
                s.append("  ");
            }
            if (right[i]) {
                s.append(padding).append(cell);
            } else {
                s.append(cell);
                if (i < columns - 1) {
                    s.append(padding);
                }
            }
        }
        return s.toString();
    }

    private static String oneLine(String cell) {
        String flat = cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0 ? cell : cell.strip().replaceAll("\\s*(\\r\\n|\\r|\\n)\\s*", " / ");
        return flat.replace('\t', ' ');
    }

    /** Terminal columns taken by {@code text}: two for wide and full-width characters, one for others. */
    static int width(String text) {
        return text.codePoints().map(TextTable::width).sum();
    }

    private static int width(int codePoint) {
        int eastAsianWidth = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return eastAsianWidth == UCharacter.EastAsianWidth.WIDE || eastAsianWidth == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
