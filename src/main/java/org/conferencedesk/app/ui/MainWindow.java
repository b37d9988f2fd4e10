package org.conferencedesk.app.ui;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The main window's layout: menu bar, a header with the current event and the main commands, the
 * contracts screen in the centre and the status bar at the bottom. Binds to the view models and
 * forwards menu commands to {@link Actions}; no logic of its own.
 */
final class MainWindow {

    /** What the menus and buttons ask for; the shell does it (file choosers, dialogs). */
    interface Actions {
        void newEvent();

        void switchEvent(Event event);

        void importContracts();

        void exportContracts(String extension);

        void exportReport();

        /** File → Import guests…: choose a file, then the guest import dialog. */
        default void importGuests() {
        }

        /** File → Export guests to CSV / Excel (extension ".csv" or ".xlsx"). */
        default void exportGuests(String extension) {
        }

        /** File → Back up now: a backup into the backups folder, in the background. */
        void backupNow();

        /** File → Restore…: choose a backup, confirm, and replace the database with it. */
        void restore();

        /** Whether the open database is encrypted (chooses the Settings menu's encryption items). */
        boolean databaseEncrypted();

        /** Settings → Encrypt database…: ask a new password twice, then encrypt (closes and reopens the database). */
        void encrypt();

        /** Settings → Change password…: ask the current and a new password, then change it. */
        void changePassword();

        /** Settings → Remove encryption…: ask the current password, then decrypt. */
        void removeEncryption();

        void quit();

        /** Switches the window's language; false if the user kept unsaved typing instead. */
        boolean chooseLanguage(UiLanguage language);

        void about();

        /** Help → Audit trail…: the current event's changes, who made them and when. */
        void auditTrail();

        void openDataFolder();

        /** Help → Open log: the log file, where the details of every error are. */
        void openLog();

        /** Opens a file the application wrote with the system's program for it. */
        void openFile(java.nio.file.Path file);

        /** Guests → Find duplicates…: the current event's likely duplicate guests, to review and merge. */
        void findGuestDuplicates();

        /** View → a screen (signing ceremony, guests, check-in desk). */
        default void showScreen(Screen screen) {
        }

        /** The screen shown now; the header's Import and Export act on its records. */
        default Screen shownScreen() {
            return Screen.CONTRACTS;
        }
    }

    private final BorderPane root = new BorderPane();

    MainWindow(Messages messages, MainWindowViewModel main, StatusBarViewModel status, ExportViewModel export,
               UiLanguage language, Node centre, Actions actions) {
        root.setId("mainWindow");
        root.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        MenuBar menus = new MenuBar(fileMenu(messages, main, export, actions), viewMenu(messages, actions),
                settingsMenu(messages, language, actions),
                helpMenu(messages, actions));
        menus.getMenus().add(menus.getMenus().size() - 1, guestDuplicatesMenu(messages, main, actions));
        menus.setUseSystemMenuBar(true);
        root.setTop(new VBox(menus, header(messages, main, export, actions)));
        root.setCenter(withEmptyState(messages, main, centre, actions));
        root.setBottom(statusBar(messages, status, actions));
    }

    BorderPane root() {
        return root;
    }

    private Menu fileMenu(Messages m, MainWindowViewModel main, ExportViewModel export, Actions actions) {
        MenuItem newEvent = item(m.get("menu.file.newEvent"), MaterialDesignC.CALENDAR_PLUS, "Shortcut+Shift+N", actions::newEvent);
        newEvent.setId("menuNewEvent");
        Menu switchEvent = new Menu(m.get("menu.file.switchEvent"), icon(MaterialDesignC.CALENDAR_SYNC));
        switchEvent.setId("menuSwitchEvent");
        ToggleGroup eventGroup = new ToggleGroup();
        Runnable fillEvents = () -> {
            switchEvent.getItems().clear();
            for (Event e : main.events()) {
                RadioMenuItem item = new RadioMenuItem(e.displayName().equals(e.name()) ? e.name() : e.displayName() + " — " + e.name());
                item.setToggleGroup(eventGroup);
                item.setSelected(main.currentEventProperty().get() != null && e.id().equals(main.currentEventProperty().get().id()));
                item.setOnAction(a -> actions.switchEvent(e));
                switchEvent.getItems().add(item);
            }
            switchEvent.setDisable(main.events().isEmpty());
        };
        main.events().addListener((ListChangeListener<Event>) c -> fillEvents.run());
        main.currentEventProperty().addListener((o, a, b) -> fillEvents.run());
        fillEvents.run();

        MenuItem importItem = item(m.get("menu.file.import"), MaterialDesignF.FILE_IMPORT, "Shortcut+I", actions::importContracts);
        importItem.setId("menuImport");
        importItem.disableProperty().bind(export.canExportProperty().not());
        MenuItem csv = item(m.get("menu.file.exportCsv"), MaterialDesignF.FILE_DELIMITED, null, () -> actions.exportContracts(".csv"));
        MenuItem xlsx = item(m.get("menu.file.exportXlsx"), MaterialDesignF.FILE_EXCEL, null, () -> actions.exportContracts(".xlsx"));
        MenuItem pdf = item(m.get("menu.file.exportPdf"), MaterialDesignF.FILE_PDF_BOX, "Shortcut+P", actions::exportReport);
        for (MenuItem i : new MenuItem[] {csv, xlsx, pdf}) {
            i.disableProperty().bind(export.canExportProperty().not());
        }
        MenuItem backup = item(m.get("menu.file.backup"), MaterialDesignD.DATABASE_EXPORT, null, actions::backupNow);
        backup.setId("menuBackup");
        MenuItem restore = item(m.get("menu.file.restore"), MaterialDesignD.DATABASE_IMPORT, null, actions::restore);
        restore.setId("menuRestore");
        MenuItem quit = item(m.get("menu.file.quit"), MaterialDesignE.EXIT_TO_APP, "Shortcut+Q", actions::quit);
        Messages io = Messages.of("importexport", m.locale());
        MenuItem importGuests = item(io.get("menu.importGuests"), MaterialDesignF.FILE_IMPORT, "Shortcut+Shift+I", actions::importGuests);
        importGuests.setId("menuImportGuests");
        MenuItem guestsCsv = item(io.get("menu.exportGuestsCsv"), MaterialDesignF.FILE_DELIMITED, null, () -> actions.exportGuests(".csv"));
        guestsCsv.setId("menuExportGuestsCsv");
        MenuItem guestsXlsx = item(io.get("menu.exportGuestsXlsx"), MaterialDesignF.FILE_EXCEL, null, () -> actions.exportGuests(".xlsx"));
        guestsXlsx.setId("menuExportGuestsXlsx");
        for (MenuItem i : new MenuItem[] {importGuests, guestsCsv, guestsXlsx}) {
            i.disableProperty().bind(export.canExportProperty().not());
        }
        Menu file = new Menu(m.get("menu.file"), null, newEvent, switchEvent, new SeparatorMenuItem(), importItem,
                csv, xlsx, pdf, new SeparatorMenuItem(), importGuests, guestsCsv, guestsXlsx,
                new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), quit);
        file.setId("menuFile");
        return file;
    }

    private Menu viewMenu(Messages m, Actions actions) {
        MenuItem contracts = item(m.get("menu.view.contracts"), MaterialDesignF.FILE_DOCUMENT_EDIT, "Shortcut+1",
                () -> actions.showScreen(Screen.CONTRACTS));
        contracts.setId("menuViewContracts");
        MenuItem guests = item(m.get("menu.view.guests"), MaterialDesignA.ACCOUNT_GROUP, "Shortcut+2",
                () -> actions.showScreen(Screen.GUESTS));
        guests.setId("menuViewGuests");
        MenuItem desk = item(m.get("menu.view.checkInDesk"), MaterialDesignA.ACCOUNT_CHECK, "F9",
                () -> actions.showScreen(Screen.CHECK_IN_DESK));
        desk.setId("menuViewCheckInDesk");
        Menu view = new Menu(m.get("menu.view"), null, contracts, guests, desk);
        view.setId("menuView");
        return view;
    }

    private Menu settingsMenu(Messages m, UiLanguage current, Actions actions) {
        Menu language = new Menu(m.get("menu.settings.language"), icon(MaterialDesignT.TRANSLATE));
        ToggleGroup group = new ToggleGroup();
        for (UiLanguage l : UiLanguage.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get("language." + l.code()));
            item.setId("language-" + l.code());
            item.setToggleGroup(group);
            item.setSelected(l == current);
            item.setOnAction(e -> {
                if (!actions.chooseLanguage(l)) {
                    group.getToggles().stream().filter(t -> ((RadioMenuItem) t).getId().equals("language-" + current.code()))
                            .findFirst().ifPresent(t -> t.setSelected(true));
                }
            });
            language.getItems().add(item);
        }
        MenuItem encrypt = item(m.get("menu.settings.encrypt"), MaterialDesignL.LOCK, null, actions::encrypt);
        encrypt.setId("menuEncrypt");
        MenuItem change = item(m.get("menu.settings.changePassword"), MaterialDesignL.LOCK_RESET, null, actions::changePassword);
        change.setId("menuChangePassword");
        MenuItem remove = item(m.get("menu.settings.removeEncryption"), MaterialDesignL.LOCK_OPEN_VARIANT, null, actions::removeEncryption);
        remove.setId("menuRemoveEncryption");
        boolean encrypted = actions.databaseEncrypted();
        encrypt.setVisible(!encrypted);
        change.setVisible(encrypted);
        remove.setVisible(encrypted);
        Menu settings = new Menu(m.get("menu.settings"), null, language, new SeparatorMenuItem(), encrypt, change, remove);
        settings.setId("menuSettings");
        return settings;
    }

    /** Guests › Find duplicates… (Ctrl+Shift+D); its strings are in the {@code duplicates} bundle. */
    private Menu guestDuplicatesMenu(Messages m, MainWindowViewModel main, Actions actions) {
        Messages duplicates = Messages.of("duplicates", m.locale());
        MenuItem find = item(duplicates.get("menu.findDuplicates"), MaterialDesignA.ACCOUNT_MULTIPLE_CHECK, "Shortcut+Shift+D",
                actions::findGuestDuplicates);
        find.setId("menuFindDuplicates");
        find.disableProperty().bind(main.currentEventProperty().isNull());
        Menu guests = new Menu(duplicates.get("menu.guests"), null, find);
        guests.setId("menuGuests");
        return guests;
    }

    private Menu helpMenu(Messages m, Actions actions) {
        MenuItem auditTrail = item(Messages.of("audit", m.locale()).get("menu"), MaterialDesignH.HISTORY,
                "Shortcut+Shift+A", actions::auditTrail);
        auditTrail.setId("menuAuditTrail");
        return new Menu(m.get("menu.help"), null,
                auditTrail,
                item(m.get("menu.help.about"), MaterialDesignI.INFORMATION_OUTLINE, null, actions::about),
                item(m.get("menu.help.dataFolder"), MaterialDesignF.FOLDER_OPEN, null, actions::openDataFolder),
                item(m.get("menu.help.log"), MaterialDesignF.FILE_DOCUMENT_OUTLINE, null, actions::openLog));
    }

    private Node header(Messages m, MainWindowViewModel main, ExportViewModel export, Actions actions) {
        Label title = new Label();
        title.setId("eventTitle");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(main.headerTitleProperty());
        Label details = new Label();
        details.setId("eventDetails");
        details.getStyleClass().add("text-muted");
        details.textProperty().bind(main.headerDetailsProperty());
        details.managedProperty().bind(main.headerDetailsProperty().isNotEmpty());
        VBox text = new VBox(2, title, details);

        // Import and Export act on the screen shown: contracts on the signing ceremony, guests on the
        // guests screen and the check-in desk (a user looking at guests means guests).
        Button importButton = button(m.get("toolbar.import"), MaterialDesignF.FILE_IMPORT, m.get("toolbar.import.tooltip"), () -> {
            if (actions.shownScreen() == Screen.CONTRACTS) {
                actions.importContracts();
            } else {
                actions.importGuests();
            }
        });
        importButton.setId("toolbarImport");
        importButton.disableProperty().bind(export.canExportProperty().not());
        Button csvButton = button(m.get("toolbar.export"), MaterialDesignF.FILE_EXPORT, m.get("toolbar.export.tooltip"), () -> {
            if (actions.shownScreen() == Screen.CONTRACTS) {
                actions.exportContracts(".csv");
            } else {
                actions.exportGuests(".csv");
            }
        });
        csvButton.setId("toolbarExport");
        csvButton.disableProperty().bind(export.canExportProperty().not());
        Button pdfButton = button(m.get("toolbar.report"), MaterialDesignF.FILE_PDF_BOX, m.get("menu.file.exportPdf"), actions::exportReport);
        pdfButton.disableProperty().bind(export.canExportProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, icon(MaterialDesignC.CALENDAR_MONTH, 28), text, spacer, importButton, csvButton, pdfButton);
        header.setId("eventHeader");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 12, 10, 12));
        header.setStyle("-fx-border-color: transparent transparent -color-border-default transparent; -fx-background-color: -color-bg-subtle;");
        return header;
    }

    private Node statusBar(Messages m, StatusBarViewModel status, Actions actions) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.textProperty().bind(status.totalsTextProperty());
        bar.progressProperty().bind(status.progressProperty());
        Label guests = new Label();
        guests.setId("statusGuests");
        guests.textProperty().bind(status.guestsTextProperty());
        guests.visibleProperty().bind(status.guestsTextProperty().isNotEmpty());
        guests.managedProperty().bind(guests.visibleProperty());
        guests.setStyle("-fx-padding: 0 12 0 0;");
        bar.getLeftItems().add(guests);
        Label work = new Label();
        work.setId("statusWork");
        work.textProperty().bind(status.workTextProperty());
        Button cancel = new Button(m.get("button.cancel"));
        cancel.getStyleClass().addAll("small", "flat");
        cancel.visibleProperty().bind(status.workingProperty());
        cancel.managedProperty().bind(status.workingProperty());
        cancel.setOnAction(e -> status.cancelWork());
        Hyperlink open = new Hyperlink(m.get("export.open"));
        open.setId("statusOpenFile");
        open.visibleProperty().bind(status.writtenFileProperty().isNotNull());
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(e -> actions.openFile(status.writtenFileProperty().get()));
        // One box with spacing: the StatusBar lays its right items edge to edge ("written: x.pdf.Open").
        HBox right = new HBox(8, work, open, cancel);
        right.setAlignment(Pos.CENTER_RIGHT);
        bar.getRightItems().add(right);
        bar.setStyle("-fx-padding: 4 12 4 12;");
        return bar;
    }

    /**
     * While there is no event (the first-event dialog was cancelled), the centre says what to do
     * and offers the button that opens the dialog, instead of an empty contracts screen.
     */
    private static Node withEmptyState(Messages m, MainWindowViewModel main, Node centre, Actions actions) {
        Label text = new Label(m.get("empty.noEvent"));
        text.setId("noEventText");
        text.getStyleClass().add("title-4");
        text.setWrapText(true);
        Button create = new Button(m.get("empty.newEvent"), icon(MaterialDesignC.CALENDAR_PLUS));
        create.setId("noEventNewEvent");
        create.getStyleClass().add("accent");
        create.setOnAction(e -> actions.newEvent());
        VBox empty = new VBox(16, icon(MaterialDesignC.CALENDAR_BLANK, 48), text, create);
        empty.setId("noEventState");
        empty.setAlignment(Pos.CENTER);
        empty.setPadding(new Insets(24));
        empty.visibleProperty().bind(main.currentEventProperty().isNull());
        centre.visibleProperty().bind(main.currentEventProperty().isNotNull());
        return new javafx.scene.layout.StackPane(centre, empty);
    }

    private static MenuItem item(String text, Ikon ikon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon(ikon));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Button button(String text, Ikon ikon, String tooltip, Runnable action) {
        Button b = new Button(text, icon(ikon));
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static FontIcon icon(Ikon ikon) {
        return icon(ikon, 16);
    }

    private static FontIcon icon(Ikon ikon, int size) {
        FontIcon i = new FontIcon(ikon);
        i.setIconSize(size);
        return i;
    }

}
