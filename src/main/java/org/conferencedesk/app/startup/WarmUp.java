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

    private WarmUp() {
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
