package org.conferencedesk.importexport;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.record.RecordField;

/**
 * What the import pipeline ({@link ImportService}) needs to know of one record type: everything
 * else (reading CSV and XLSX, matching headers, reading cells, total rows, units, the duplicate
 * questions, all or nothing, chunks, progress, the preview) is the pipeline's and the same for all.
 * A feature writes one in its {@code io/} package and registers it; see
 * {@code docs/decisions/0019-one-import-pipeline.md}.
 *
 * <p>Implementations are immutable and thread-safe; {@link #start} makes the per-import state.
 *
 * @param <R> the record type
 * @param <F> its field enum
 */
public interface ImportSpec<R, F extends Enum<F> & RecordField> {

    /** The record type's name on the command line ({@code import contracts}) and in the registry. */
    String name();

    /**
     * The i18n area holding the type's own sentences, under {@code io.}: {@code io.title} (the import
     * window's title), {@code io.chooseFile}, {@code io.count} (a number of records, e.g.
     * {@code {0,choice,0#no contracts|1#1 contract|1<{0,number,integer} contracts}}), {@code io.noRows}
     * ({0}: the file), {@code io.sheet} (the export's sheet name), {@code io.fileName} ({0}: the
     * event), and {@code field.*} (the field labels).
     */
    String bundle();

    /** The headers organisers write for each field, in both languages. */
    HeaderVocabulary<F> headers();

    /** The fields whose column a file must have (each named in the refusal when missing). */
    Set<F> required();

    /** The field that names a record: where a total row says 合计 / Total; shown for a duplicate row. */
    F nameField();

    /**
     * The fields holding amounts: a unit in their header, in a title row above the header or in a unit
     * column applies to them, and total rows are checked against them. Empty for a type without amounts.
     */
    default Set<F> amountFields() {
        return Set.of();
    }

    /**
     * Starts one import (or preview) into the event: the converter and the "already there" check with
     * what they need of the event (its time zone, its records). Called off the FX thread.
     *
     * @param locale the language of the problems
     */
    RecordImport<R, F> start(long eventId, Locale locale);

    /**
     * Saves one import in one transaction, all or nothing: {@code rows} is run inside it and hands
     * over the records a chunk at a time ({@link RecordBatch}); an exception from it undoes everything.
     *
     * @param source the file's name (for the audit trail), or null
     * @return the number of records added
     */
    int write(long eventId, String source, Consumer<RecordBatch<R>> rows);

    /**
     * The answers a duplicate row of this type may get; empty if the type asks nothing (its
     * "already there" check refuses such rows as problems instead).
     */
    default Set<DuplicateAction> duplicateActions() {
        return Set.of();
    }

    /**
     * {@code row} merged into {@code into} (an existing record, or an earlier row's record), for
     * {@link DuplicateAction#MERGE}.
     *
     * @throws RuntimeException with a sentence for the user if they cannot be merged
     */
    default R merge(R into, R row, Locale locale) {
        throw new UnsupportedOperationException(name() + " rows are not merged");
    }

    /**
     * Who a duplicate row looks like and why, in {@code locale}'s language: for the window's list
     * ({@code full} false: "张三 — 南京大学 — same name") or as a whole sentence for the refusal
     * ({@code full} true).
     */
    default String describe(Duplicate<R> duplicate, Locale locale, boolean full) {
        return displayName(duplicate.incoming());
    }

    /** The record's name as the user knows it (a project's name, a guest's name). */
    String displayName(R record);

    /**
     * What a record adds to the total of an amount column, in yuan, for checking the file's total rows;
     * null if it adds nothing (another currency) or the type has no amounts.
     */
    default BigDecimal amountForTotals(R record) {
        return null;
    }
}
