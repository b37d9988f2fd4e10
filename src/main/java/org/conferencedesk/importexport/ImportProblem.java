package org.conferencedesk.importexport;

/**
 * One reason a row (or the whole file) cannot be imported, in words the user can act on.
 *
 * @param file the file's name
 * @param line the line number as the user sees it in Excel or a text editor (1 = the first line, the
 *             header usually), or 0 for a problem with the whole file
 * @param column the column's header as written in the file, or null for a problem with the whole row or file
 * @param reason what is wrong and what to do, in the user's language
 */
public record ImportProblem(String file, int line, String column, String reason) {

    /** {@code file, line N, column "C": reason} — the form printed on stderr and shown in the window. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (column != null) {
            s.append(", column \"").append(column).append('"');
        }
        return s.append(": ").append(reason).toString();
    }
}
