package org.conferencedesk.app.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
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
import org.conferencedesk.shared.ui.RecordFiles;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenCommand;
import org.conferencedesk.shared.ui.ScreenRegistry;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
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
 * registered screens' tabs in the centre and the status bar at the bottom. The View menu, the File
 * menu's imports and exports, the screens' own menus, the header's Import and Export and the
 * status bar's figures all come from the {@link ScreenRegistry}: no screen is named here. Binds to
 * the view models and forwards menu commands to {@link Actions}; no logic of its own.
 */
final class MainWindow {

    /** What the menus and buttons ask for; the shell does it (file choosers, dialogs). */
    interface Actions {
        void newEvent();

        void switchEvent(Event event);

        void exportReport();

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

        /** Settings → Database…: choose the embedded file or a PostgreSQL server for the next start. */
        void chooseDatabase();

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

        /** View → a screen: shows the registered screen of that name. */
        void showScreen(String name);
    }

    private final BorderPane root = new BorderPane();

    /**
     * @param screens the registered screens: the View menu, the File menu's imports and exports
     * @param commands the screens' menu commands, grouped into menus before Help
     * @param shownFiles the files of the screen shown (the header's Import and Export act on them), or null
     * @param centre the screens' tabs
     */
    MainWindow(Messages messages, MainWindowViewModel main, StatusBarViewModel status, ExportViewModel export,
               UiLanguage language, ScreenRegistry screens, List<ScreenCommand> commands,
               ObservableValue<RecordFiles> shownFiles, Node centre, Actions actions) {
        root.setId("mainWindow");
        root.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
        MenuBar menus = new MenuBar(fileMenu(messages, main, export, screens, actions), viewMenu(messages, screens, actions),
                settingsMenu(messages, language, actions));
        menus.getMenus().addAll(commandMenus(commands, main));
        menus.getMenus().add(helpMenu(messages, actions));
        menus.setUseSystemMenuBar(true);
        root.setTop(new VBox(menus, header(messages, main, export, shownFiles, actions)));
        root.setCenter(withEmptyState(messages, main, centre, actions));
        root.setBottom(statusBar(messages, status, actions));
    }

    BorderPane root() {
        return root;
    }

    private Menu fileMenu(Messages m, MainWindowViewModel main, ExportViewModel export, ScreenRegistry screens,
                          Actions actions) {
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

        List<MenuItem> items = new ArrayList<>(List.of(newEvent, switchEvent));
        // Each record type's files, as registered with its screens: Import …, Export … to CSV / Excel.
        for (RecordFiles files : screens.files()) {
            Messages words = Messages.of(files.area(), m.locale());
            String name = ScreenRegistry.capitalised(files.name());
            MenuItem importFile = item(words.get("files.import"), MaterialDesignF.FILE_IMPORT, files.importAccelerator(),
                    files.importFile());
            importFile.setId("menuImport" + name);
            MenuItem csv = item(words.get("files.exportCsv"), MaterialDesignF.FILE_DELIMITED, null, () -> files.exportTo().accept(".csv"));
            csv.setId("menuExport" + name + "Csv");
            MenuItem xlsx = item(words.get("files.exportXlsx"), MaterialDesignF.FILE_EXCEL, null, () -> files.exportTo().accept(".xlsx"));
            xlsx.setId("menuExport" + name + "Xlsx");
            for (MenuItem i : new MenuItem[] {importFile, csv, xlsx}) {
                i.disableProperty().bind(export.canExportProperty().not());
            }
            items.addAll(files.exports() ? List.of(new SeparatorMenuItem(), importFile, csv, xlsx)
                    : List.of(new SeparatorMenuItem(), importFile));
        }
        MenuItem pdf = item(m.get("menu.file.exportPdf"), MaterialDesignF.FILE_PDF_BOX, "Shortcut+P", actions::exportReport);
        pdf.setId("menuExportPdf");
        pdf.disableProperty().bind(export.canExportProperty().not());
        javafx.scene.control.CheckMenuItem appendices = new javafx.scene.control.CheckMenuItem(m.get("menu.file.reportAppendices"));
        appendices.setId("menuReportAppendices");
        appendices.selectedProperty().bindBidirectional(export.reportAppendicesProperty());
        MenuItem backup = item(m.get("menu.file.backup"), MaterialDesignD.DATABASE_EXPORT, null, actions::backupNow);
        backup.setId("menuBackup");
        MenuItem restore = item(m.get("menu.file.restore"), MaterialDesignD.DATABASE_IMPORT, null, actions::restore);
        restore.setId("menuRestore");
        MenuItem quit = item(m.get("menu.file.quit"), MaterialDesignE.EXIT_TO_APP, "Shortcut+Q", actions::quit);
        items.addAll(List.of(new SeparatorMenuItem(), pdf, appendices, new SeparatorMenuItem(), backup, restore, new SeparatorMenuItem(), quit));
        Menu file = new Menu(m.get("menu.file"), null, items.toArray(MenuItem[]::new));
        file.setId("menuFile");
        return file;
    }

    /** View: one entry per registered screen, in tab order, with its accelerator. */
    private Menu viewMenu(Messages m, ScreenRegistry screens, Actions actions) {
        Menu view = new Menu(m.get("menu.view"));
        view.setId("menuView");
        List<ScreenRegistry.Registered> registered = screens.screens();
        List<String> keys = screens.accelerators();
        for (int i = 0; i < registered.size(); i++) {
            Screen screen = registered.get(i).screen();
            MenuItem item = item(screen.title(m.locale()), screen.icon(), keys.get(i), () -> actions.showScreen(screen.name()));
            item.setId("menuView" + ScreenRegistry.capitalised(screen.name()));
            view.getItems().add(item);
        }
        return view;
    }

    /** The screens' own menus (Guests › Find duplicates…), in the order their screens were registered. */
    private List<Menu> commandMenus(List<ScreenCommand> commands, MainWindowViewModel main) {
        Map<String, Menu> menus = new LinkedHashMap<>();
        for (ScreenCommand c : commands) {
            Menu menu = menus.computeIfAbsent(c.menu(), name -> {
                Menu made = new Menu(c.menuTitle());
                made.setId("menu" + ScreenRegistry.capitalised(name));
                return made;
            });
            MenuItem item = item(c.text(), c.icon(), c.accelerator(), c.action());
            item.setId(c.id());
            item.disableProperty().bind(main.currentEventProperty().isNull());
            menu.getItems().add(item);
        }
        return new ArrayList<>(menus.values());
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
        MenuItem database = item(m.get("menu.settings.database"), MaterialDesignD.DATABASE_COG, null, actions::chooseDatabase);
        database.setId("menuDatabase");
        Menu settings = new Menu(m.get("menu.settings"), null, language, new SeparatorMenuItem(), database, encrypt, change, remove);
        settings.setId("menuSettings");
        return settings;
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

    private Node header(Messages m, MainWindowViewModel main, ExportViewModel export,
                        ObservableValue<RecordFiles> shownFiles, Actions actions) {
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
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);

        // Import and Export act on the records of the screen shown (contracts on the signing ceremony,
        // guests on the guests screen and the check-in desk: a user looking at guests means guests).
        BooleanBinding noFiles = Bindings.createBooleanBinding(() -> shownFiles.getValue() == null, shownFiles);
        Button importButton = button(m.get("toolbar.import"), MaterialDesignF.FILE_IMPORT, m.get("toolbar.import.tooltip"), () -> {
            if (shownFiles.getValue() != null) {
                shownFiles.getValue().importFile().run();
            }
        });
        importButton.setId("toolbarImport");
        importButton.disableProperty().bind(export.canExportProperty().not().or(noFiles));
        Button csvButton = button(m.get("toolbar.export"), MaterialDesignF.FILE_EXPORT, m.get("toolbar.export.tooltip"), () -> {
            if (shownFiles.getValue() != null && shownFiles.getValue().exports()) {
                shownFiles.getValue().exportTo().accept(".csv");
            }
        });
        csvButton.setId("toolbarExport");
        csvButton.disableProperty().bind(export.canExportProperty().not().or(noFiles).or(Bindings.createBooleanBinding(
                () -> shownFiles.getValue() != null && !shownFiles.getValue().exports(), shownFiles)));
        Button pdfButton = button(m.get("toolbar.report"), MaterialDesignF.FILE_PDF_BOX, m.get("menu.file.exportPdf"), actions::exportReport);
        pdfButton.setId("toolbarReport");
        pdfButton.disableProperty().bind(export.canExportProperty().not());
        for (Button b : new Button[] {importButton, csvButton, pdfButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(8, icon(MaterialDesignC.CALENDAR_MONTH, 28), text, importButton, csvButton, pdfButton);
        header.setId("eventHeader");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 12, 10, 12));
        header.getStyleClass().add("event-header");
        return header;
    }

    private Node statusBar(Messages m, StatusBarViewModel status, Actions actions) {
        StatusBar bar = new StatusBar();
        bar.setId("statusBar");
        bar.setText("");
        bar.progressProperty().bind(status.progressProperty());
        // A shared database: connected to which server, or lost and being retried (issue 16).
        Label connection = new Label();
        connection.setId("statusConnection");
        connection.textProperty().bind(status.connectionTextProperty());
        connection.visibleProperty().bind(connection.textProperty().isNotEmpty());
        connection.managedProperty().bind(connection.visibleProperty());
        connection.getStyleClass().add("status-figure");
        status.connectionLostProperty().addListener((o, was, lost) -> {
            if (lost) {
                connection.getStyleClass().add("connection-lost");
            } else {
                connection.getStyleClass().remove("connection-lost");
            }
        });
        bar.getLeftItems().add(connection);
        // The figures each registered screen contributes, in the order registered.
        for (StatusBarViewModel.Figure figure : status.figures()) {
            Label label = new Label();
            label.setId("status" + ScreenRegistry.capitalised(figure.name()));
            label.textProperty().bind(figure.text());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
            label.getStyleClass().add("status-figure");
            // On a narrow window (1280×720 in English) the last figures are cut with "…": the whole line on hover.
            javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
            whole.textProperty().bind(label.textProperty());
            label.setTooltip(whole);
            bar.getLeftItems().add(label);
        }
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
        bar.getStyleClass().add("window-status-bar");
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
