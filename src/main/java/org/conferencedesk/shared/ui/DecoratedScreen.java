package org.conferencedesk.shared.ui;

import impl.org.controlsfx.skin.DecorationPane;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen with a form (contracts, guests) from its FXML into a ControlsFX
 * {@link DecorationPane}, so that the form's validation marks are drawn inside the screen and the
 * screen can sit in the centre of the main window without touching the scene's root.
 */
public final class DecoratedScreen {

    private DecoratedScreen() {
    }

    /**
     * @param owner the controller class; the FXML is read next to it
     * @param fxml the FXML file's name ({@code "ContractsView.fxml"})
     * @param bundle the texts the FXML's {@code %keys} name
     * @param controller makes the controller
     * @param styleClass the style class of the screen's outermost node
     * @return the screen
     * @throws UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static Parent load(Class<?> owner, String fxml, ResourceBundle bundle, Supplier<?> controller, String styleClass) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(fxml), bundle);
        loader.setControllerFactory(type -> controller.get());
        try {
            Parent content = loader.load();
            DecorationPane decorated = new DecorationPane();
            decorated.setRoot(content);
            decorated.getStyleClass().add(styleClass);
            return decorated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
