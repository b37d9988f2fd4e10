package org.conferencedesk.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The view model of the dialog shown when a save was based on an old copy (optimistic locking,
 * decision 0028): every field of the record with the value the user typed ("yours"), the value
 * stored now by someone else ("in the database") and the value both started from; the fields whose
 * two values differ are marked, and for each the user chooses which one to keep. Fields only the
 * other person changed start on the database's value, every other field on the user's: what they
 * typed is never lost unasked.
 *
 * <p>Built by {@link RecordForm} from its {@link RecordForm.MergeField}s; shown by
 * {@link DialogService#mergeStaleEdit}. UI thread; imports nothing from {@code javafx.scene}.
 */
public final class StaleEditMerge {

    /** Which value of a field to keep. */
    public enum Side {
        /** What the user typed. */
        YOURS,
        /** What is stored now. */
        DATABASE
    }

    /**
     * One field.
     *
     * @param label the field's name in the user's language
     * @param base the value both copies started from ("" for empty)
     * @param yours the value the user typed ("" for empty)
     * @param database the value stored now ("" for empty)
     * @param choice which value to keep; the user's by default, the database's for a field only the other person changed
     */
    public record Row(String label, String base, String yours, String database, ObjectProperty<Side> choice) {

        /** True when the two values differ (the row is highlighted). */
        public boolean differs() {
            return !yours.equals(database);
        }

        /** True when both the user and the other person changed the field, differently. */
        public boolean conflict() {
            return differs() && !yours.equals(base) && !database.equals(base);
        }
    }

    private final String recordName;
    private final List<Row> rows;

    private StaleEditMerge(String recordName, List<Row> rows) {
        this.recordName = recordName;
        this.rows = List.copyOf(rows);
    }

    /**
     * The merge of one record's copies.
     *
     * @param recordName how the record is named to the user (the guest's name, the project's), for the dialog's title
     * @param labels each field's label, in the order shown
     * @param base the copy the user's edit started from
     * @param yours the copy the user wanted to save
     * @param database the copy stored now
     * @param text each field's value in a copy as text (by the field's index in {@code labels}), null for empty
     */
    public static <R> StaleEditMerge of(String recordName, List<String> labels, R base, R yours, R database,
                                        List<Function<R, String>> text) {
        if (labels.size() != text.size()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + text.size() + " fields");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Function<R, String> t = text.get(i);
            String b = shown(t.apply(base));
            String y = shown(t.apply(yours));
            String d = shown(t.apply(database));
            Side start = y.equals(b) && !d.equals(b) ? Side.DATABASE : Side.YOURS;
            rows.add(new Row(labels.get(i), b, y, d, new SimpleObjectProperty<>(start)));
        }
        return new StaleEditMerge(recordName, rows);
    }

    private static String shown(String value) {
        return value == null ? "" : value;
    }

    /** How the record is named to the user. */
    public String recordName() {
        return recordName;
    }

    /** Every field, in order. */
    public List<Row> rows() {
        return rows;
    }

    /** The fields whose two values differ. */
    public List<Row> differing() {
        return rows.stream().filter(Row::differs).toList();
    }

    /** "Keep all mine": every field on the user's value. */
    public void keepAllYours() {
        rows.forEach(r -> r.choice().set(Side.YOURS));
    }

    /** "Take the database's": every field on the stored value (the user's edit is dropped). */
    public void takeAllDatabase() {
        rows.forEach(r -> r.choice().set(Side.DATABASE));
    }

    /** The indexes (as in {@link #rows()}) of the fields that keep the user's value and differ from the database's. */
    public List<Integer> keptYours() {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.differs() && Objects.equals(r.choice().get(), Side.YOURS)) {
                kept.add(i);
            }
        }
        return kept;
    }
}
