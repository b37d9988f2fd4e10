package org.conferencedesk.importexport;

import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

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

    /**
     * The problem in the user's language: with the file for the command line
     * ({@code bad.csv, line 3, column "金额": …} / {@code bad.csv，第 3 行，“金额”列：…}), without it for
     * the window, which names the file once ({@code Line 3, column “金额”: …}).
     */
    public String describe(Locale locale, boolean withFile) {
        Messages messages = Messages.of("importexport", locale);
        String prefix = withFile ? "problem.file." : "problem.";
        java.util.List<Object> arguments = new java.util.ArrayList<>();
        if (withFile) {
            arguments.add(file);
        }
        String key;
        if (line > 0 && column != null) {
            key = "lineColumn";
            arguments.add(line);
            arguments.add(column);
        } else if (line > 0) {
            key = "line";
            arguments.add(line);
        } else {
            key = "whole";
        }
        arguments.add(reason);
        return messages.get(prefix + key, arguments.toArray());
    }

    /** {@code file, line N, column "C": reason} in English (logs and tests). */
    @Override
    public String toString() {
        return describe(Locale.ENGLISH, true);
    }
}
