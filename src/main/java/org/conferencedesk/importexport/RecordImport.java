package org.conferencedesk.importexport;

import org.conferencedesk.shared.record.RecordField;

/**
 * One import of one record type: what {@link ImportSpec#start} makes for each import or preview.
 * Not thread-safe; used by one import at a time, rows in file order.
 *
 * @param <R> the record type
 * @param <F> its field enum
 */
public interface RecordImport<R, F extends Enum<F> & RecordField> {

    /**
     * The record a row means, with every problem of the row recorded on it ({@link ImportRow#problem});
     * the pipeline keeps the record only if the row has no problem. Must give the same result for
     * the same row every time: the import reads the file twice (check, then save).
     */
    R convert(ImportRow<F> row);

    /**
     * Whether a good row's record is already there: in the event, or on an earlier row of the file.
     * Called once per good row, in file order, before any row is saved. Either records a problem on
     * the row (the import refuses it), or returns the duplicate to ask the user about (types whose
     * {@link ImportSpec#duplicateActions()} are not empty), or returns null.
     */
    default Duplicate<R> check(R record, ImportRow<F> row) {
        return null;
    }

    /**
     * The record as it is saved, once every row was checked (e.g. a contract without a signing order
     * placed after the event's last one and after every place the file gives).
     */
    default R beforeSaving(R record) {
        return record;
    }
}
