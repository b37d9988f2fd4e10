package org.conferencedesk.importexport;

import java.util.Locale;

/**
 * Something the user should know about an import that does not stop it: a total row left out, a
 * total that disagrees with the rows it sums, a value that is allowed but unlikely (a 0-yuan
 * contract, a date such as 1900-01-01). Shown in the window's preview and printed in the command's
 * summary.
 *
 * @param file the file's name
 * @param line the line as the user sees it, or 0 for the whole file
 * @param column the column's header as written, or null
 * @param text what was noticed, in the user's language
 */
public record ImportNote(String file, int line, String column, String text) {

    /** The note as one sentence, with the file for the command line or without it for the window. */
    public String describe(Locale locale, boolean withFile) {
        return new ImportProblem(file, line, column, text).describe(locale, withFile);
    }
}
