package org.conferencedesk.shared.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * The files of one record type as the window offers them: File › Import … / Export … to CSV / Excel,
 * and the header's Import and Export buttons while a screen registered with them is shown. Several
 * screens may share one (the guests screen and the check-in desk both mean guests); the File menu
 * lists each once.
 *
 * <p>The menu texts are the keys {@code files.import}, {@code files.exportCsv} and
 * {@code files.exportXlsx} of the record type's bundle {@code area}.
 *
 * @param name the type's name in node ids ({@code "guests"}: {@code "menuImportGuests"},
 *             {@code "menuExportGuestsCsv"}, {@code "menuExportGuestsXlsx"})
 * @param area the i18n area holding the menu texts ({@code "contracts"})
 * @param importAccelerator the key of File › Import … ({@code "Shortcut+I"}), or null
 * @param importFile asks for a file and imports it into the current event
 * @param exportTo asks where to write the current event's records, given {@code ".csv"} or {@code ".xlsx"};
 *                 null for a type that is imported only (booths: their lists come from the hall managers)
 */
public record RecordFiles(String name, String area, String importAccelerator, Runnable importFile,
                          Consumer<String> exportTo) {

    /** Checks that nothing required is missing. */
    public RecordFiles {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(importFile, "importFile");
    }

    /** True if the type's records can be exported (File › Export … and the header's Export). */
    public boolean exports() {
        return exportTo != null;
    }
}
