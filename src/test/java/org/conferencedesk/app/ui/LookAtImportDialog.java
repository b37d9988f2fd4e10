package org.conferencedesk.app.ui;

import org.conferencedesk.shared.ui.FxTaskExecutor;
import org.conferencedesk.shared.ui.Theme;
import org.conferencedesk.shared.ui.ChineseFont;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.Database;

/**
 * Shows the import window on a file, for looking at it (screenshots):
 * {@code LookAtImportDialog FILE [zh|en] [contracts|guests]}.
 */
public final class LookAtImportDialog {

    private LookAtImportDialog() {
    }

    /** Opens the dialog on {@code args[0]} over an in-memory database. */
    public static void main(String[] args) {
        Locale locale = args.length > 1 && "zh".equals(args[1]) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        AppContext context = new AppContext(Database.openInMemory("look-" + UUID.randomUUID()));
        long eventId = context.events().create(Event.named("WIMC 2020")).id();
        Platform.startup(() -> { });
        String family = ChineseFont.prepare();
        Platform.runLater(() -> {
            Theme.apply();
            ChineseFont.prepared(family);
            // Chinese cells in an English window too, as the window shows them.
            ChineseFont.use(true);
            FxTaskExecutor executor = new FxTaskExecutor();
            boolean guests = args.length > 2 && "guests".equals(args[2]);
            org.conferencedesk.importexport.ui.ImportDialog.showFor(null, guests
                    ? new org.conferencedesk.importexport.ui.ImportViewModel<>(
                            org.conferencedesk.importexport.ui.Importer.of(context.guestImport(), locale), eventId, executor)
                    : new org.conferencedesk.importexport.ui.ImportViewModel<>(
                            org.conferencedesk.importexport.ui.Importer.of(context.contractImport(), locale), eventId, executor),
                    Path.of(args[0]));
            Platform.exit();
        });
    }
}
