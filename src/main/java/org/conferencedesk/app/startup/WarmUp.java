package org.conferencedesk.app.startup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the classes of the main window on a background thread while the database opens on
 * another, so that building the screens afterwards does not wait for class loading (most of the
 * start-up cost on a 2-core laptop, STACK.md). Only loads classes; builds nothing.
 */
final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    private static final String[] CLASSES = {
        "javafx.fxml.FXMLLoader",
        "org.conferencedesk.contracts.ui.ContractsView",
        "org.conferencedesk.contracts.ui.ContractsViewModel",
        "org.conferencedesk.contracts.ui.ContractFormViewModel",
        "org.conferencedesk.contracts.ContractLedger",
        "org.conferencedesk.shared.money.MoneyFormat",
        "org.conferencedesk.shared.money.AmountParser",
        "com.ibm.icu.text.Collator",
        "org.controlsfx.control.StatusBar",
        "impl.org.controlsfx.skin.StatusBarSkin",
        "impl.org.controlsfx.skin.DecorationPane",
        "org.controlsfx.control.textfield.TextFields",
        "org.controlsfx.control.textfield.CustomTextField",
        "org.controlsfx.validation.decoration.GraphicValidationDecoration",
        "javafx.scene.control.TableView",
        "javafx.scene.control.skin.TableViewSkin",
        "javafx.scene.control.skin.TableHeaderRow",
        "javafx.scene.control.skin.TableColumnHeader",
        "javafx.scene.control.skin.VirtualFlow",
        "javafx.scene.control.skin.TableRowSkin",
        "javafx.scene.control.skin.TableCellSkin",
        "javafx.scene.control.skin.MenuBarSkin",
        "javafx.scene.control.skin.ComboBoxListViewSkin",
        "javafx.scene.control.skin.TextFieldSkin",
        "javafx.scene.control.skin.SplitPaneSkin",
        "javafx.scene.control.skin.ScrollPaneSkin",
        "javafx.scene.control.skin.ButtonSkin",
        "org.kordamp.ikonli.javafx.FontIcon",
        "org.kordamp.ikonli.materialdesign2.MaterialDesignF",
        "org.kordamp.ikonli.materialdesign2.MaterialDesignC",
    };

    /**
     * The kinds of controls the main window and the contracts screen are made of, as FXML (so that the
     * FXML loader's first use is paid here too): a filter bar, a table in split panes, a form in a
     * scroll pane. Only the structure matters; nothing here is shown.
     */
    private static final String REHEARSAL_FXML = """
            <?import javafx.scene.control.*?>
            <?import javafx.scene.layout.*?>
            <BorderPane xmlns:fx="http://javafx.com/fxml/1">
              <top><HBox spacing="8"><TextField/><ComboBox/><ComboBox/><Label text="30"/><Region HBox.hgrow="ALWAYS"/>
                <Button text="-"/><Button text="+" styleClass="accent"/></HBox></top>
              <center><SplitPane dividerPositions="0.74">
                <SplitPane orientation="VERTICAL" dividerPositions="0.66">
                  <TableView fx:id="table" tableMenuButtonVisible="true" styleClass="dense"/>
                  <TableView fx:id="totals" styleClass="dense"/>
                </SplitPane>
                <ScrollPane fitToWidth="true"><GridPane hgap="8" vgap="6">
                  <columnConstraints><ColumnConstraints/><ColumnConstraints hgrow="ALWAYS"/></columnConstraints>
                  <Label text="a" GridPane.rowIndex="0"/><TextField GridPane.rowIndex="0" GridPane.columnIndex="1"/>
                  <Label text="b" GridPane.rowIndex="1"/><ComboBox editable="true" GridPane.rowIndex="1" GridPane.columnIndex="1"/>
                  <Label text="c" GridPane.rowIndex="2"/><DatePicker GridPane.rowIndex="2" GridPane.columnIndex="1"/>
                  <Label text="d" GridPane.rowIndex="3"/><TextArea prefRowCount="2" GridPane.rowIndex="3" GridPane.columnIndex="1"/>
                  <CheckBox text="e" GridPane.rowIndex="4" GridPane.columnIndex="1"/>
                  <Hyperlink text="f" GridPane.rowIndex="5" GridPane.columnIndex="1"/>
                </GridPane></ScrollPane>
              </SplitPane></center>
            </BorderPane>
            """;

    private WarmUp() {
    }

    /**
     * Builds, styles and lays out once, off screen, a window made of the same kinds of controls as the
     * main window (menus, tabs, a table with rows, a form, the status bar), then drops it: the first
     * real layout then finds the controls' skins, behaviours, their lambdas, the FXML loader and the
     * stylesheet's selector matching already loaded and compiled. Runs on the JavaFX thread while the
     * database opens on another (issue 15: the thread is otherwise idle then); costs ~0.1–0.3 s there.
     *
     * @param stylesheets the stylesheets the real window's scene carries (the Chinese font's), added alike
     */
    static void rehearse(java.util.List<String> stylesheets) {
        long start = System.nanoTime();
        try {
            javafx.fxml.FXMLLoader loader = new javafx.fxml.FXMLLoader();
            javafx.scene.layout.BorderPane screen = loader.load(
                    new java.io.ByteArrayInputStream(REHEARSAL_FXML.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<String[]> table =
                    (javafx.scene.control.TableView<String[]>) loader.getNamespace().get("table");
            for (int c = 0; c < 9; c++) {
                int column = c;
                javafx.scene.control.TableColumn<String[], String> col = new javafx.scene.control.TableColumn<>("列" + c);
                col.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyStringWrapper(row.getValue()[column]));
                table.getColumns().add(col);
            }
            for (int r = 0; r < 30; r++) {
                table.getItems().add(new String[] {"" + r, "南京智能制造项目 " + r, "企业", "江宁区", "智能装备", "2020-11-28",
                        "12.30", "已签约", "RMB 1.23 亿"});
            }
            javafx.scene.control.MenuBar menus = new javafx.scene.control.MenuBar(
                    new javafx.scene.control.Menu("文件", null, new javafx.scene.control.MenuItem("导入…"),
                            new javafx.scene.control.SeparatorMenuItem(), new javafx.scene.control.RadioMenuItem("中文")),
                    new javafx.scene.control.Menu("查看"), new javafx.scene.control.Menu("帮助"));
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
            for (String title : new String[] {"签约", "嘉宾", "签到", "展商", "展位", "概览", "奖项"}) {
                javafx.scene.control.Tab tab = new javafx.scene.control.Tab(title);
                tab.setClosable(false);
                tab.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignF.FILE_DOCUMENT_EDIT));
                tabs.getTabs().add(tab);
            }
            tabs.getTabs().get(0).setContent(screen);
            org.controlsfx.control.StatusBar status = new org.controlsfx.control.StatusBar();
            status.getRightItems().add(new javafx.scene.control.Label("30 项 · 536.3 亿元"));
            javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(tabs, menus, null, status, null);
            javafx.scene.Scene scene = new javafx.scene.Scene(root, 1280, 800);
            scene.getStylesheets().setAll(stylesheets);
            root.applyCss();
            root.layout();
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            LOG.debug("Rehearsal of the window skipped: {}", e.toString());
        }
        LOG.debug("startup: window rehearsed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /** Loads and initialises the classes; a missing one is skipped (it only costs time later). */
    static Void loadClasses() {
        ClassLoader loader = WarmUp.class.getClassLoader();
        for (String name : CLASSES) {
            try {
                Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                LOG.debug("Warm-up skipped {}: {}", name, e.toString());
            }
        }
        return null;
    }
}
