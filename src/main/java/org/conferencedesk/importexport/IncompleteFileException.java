package org.conferencedesk.importexport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A file that cannot be read to its end (a CSV quote that is never closed): the import is refused,
 * and the user is told every problem found before that point, not only the last one, so that one
 * round of corrections is enough.
 *
 * <p>{@link #problems()} holds the problems the reader itself found in the rows before the break
 * (cell counts, see {@link SpreadsheetTable#rowProblems()}) and, last, the {@link #breakProblem()}.
 * The import pipeline can do better: convert the rows of {@link #readSoFar()} with the record type's
 * rules as for a whole file, and refuse the import with their problems followed by
 * {@link #breakProblem()} (the row problems are already among the conversion's, through
 * {@link SpreadsheetTable#problemOf}).
 */
public class IncompleteFileException extends ImportRejectedException {

    private static final long serialVersionUID = 1L;

    private final transient SpreadsheetTable readSoFar;
    private final transient ImportProblem breakProblem;

    /**
     * @param readSoFar the header and rows read before the break, or null if the break comes
     *                  before the header was read
     * @param breakProblem where and why reading stopped
     */
    public IncompleteFileException(SpreadsheetTable readSoFar, ImportProblem breakProblem) {
        super(problems(readSoFar, breakProblem));
        this.readSoFar = readSoFar;
        this.breakProblem = breakProblem;
    }

    private static List<ImportProblem> problems(SpreadsheetTable readSoFar, ImportProblem breakProblem) {
        List<ImportProblem> all = new ArrayList<>();
        if (readSoFar != null) {
            all.addAll(readSoFar.rowProblems().values());
        }
        all.sort(Comparator.comparingInt(ImportProblem::line));
        all.add(breakProblem);
        return all;
    }

    /** The header and the rows before the break, or null if the header itself could not be read. */
    public SpreadsheetTable readSoFar() {
        return readSoFar;
    }

    /** Where reading stopped and why (its line is the first line that could not be read). */
    public ImportProblem breakProblem() {
        return breakProblem;
    }
}
