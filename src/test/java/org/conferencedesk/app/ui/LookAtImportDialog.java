package org.conferencedesk.app.ui;

import org.conferencedesk.shared.ui.FxTaskExecutor;
import org.conferencedesk.shared.ui.Theme;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.Database;

/** Shows the import dialog on a file, for looking at it (screenshots): {@code LookAtImportDialog FILE [zh|en]}. */
public final class LookAtImportDialog {

    private LookAtImportDialog() {
    }

    /** Opens the dialog on {@code args[0]} over an in-memory database. */
    public static void main(String[] args) {
        Locale locale = args.length > 1 && "zh".equals(args[1]) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        AppContext context = new AppContext(Database.openInMemory("look-" + UUID.randomUUID()));
        long eventId = context.events().create(Event.named("WIMC 2020")).id();
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Theme.apply();
            Messages messages = Messages.of("ui", locale);
            FxTaskExecutor executor = new FxTaskExecutor();
            ImportDialog.showFor(null, new ImportDialogViewModel(ContractImporter.of(context.contractImport(), locale),
                    eventId, executor, messages), messages, Path.of(args[0]));
            Platform.exit();
        });
    }
}
