package org.conferencedesk.storage;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;

/**
 * The one versioned write of an edited record (optimistic locking, decision 0028), for each
 * repository's {@code update}: {@code UPDATE t SET <changed fields>, version = based + 1 WHERE id = ?
 * AND version = based}. The database decides: of two saves based on the same version, one writes
 * and the other finds no row, whatever the programs hold in memory.
 */
public final class RecordVersions {

    private RecordVersions() {
    }

    /**
     * Writes {@code edited} (the stored row with the edit copied into it) if the stored version is
     * still {@code based}; its version becomes {@code based + 1}.
     *
     * @param dsl the caller's transaction
     * @param edited the row to write, its changed fields the ones written
     * @param id the table's id column
     * @param version the table's version column
     * @param based the version the edit started from
     * @return true if the row was written; false if it is gone or its version moved on (then nothing
     *         was written and {@code edited} is left as it was)
     */
    public static <T extends UpdatableRecord<T>> boolean write(DSLContext dsl, T edited, TableField<T, Long> id,
                                                               TableField<T, Long> version, long based) {
        Long was = edited.get(version);
        edited.set(version, based + 1);
        int written = dsl.update(edited.getTable()).set(edited)
                .where(id.eq(edited.get(id)).and(version.eq(based)))
                .execute();
        if (written == 1) {
            edited.changed(false);
            return true;
        }
        edited.set(version, was);
        return false;
    }

    /** The version of a row read from the database: 0 while the row is only inserted (the column's default). */
    public static long of(Long stored) {
        return stored == null ? 0L : stored;
    }
}
