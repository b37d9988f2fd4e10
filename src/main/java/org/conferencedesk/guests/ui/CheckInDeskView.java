package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.InvalidationListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The check-in desk (FXML controller): binds {@code CheckInDeskView.fxml} to a
 * {@link CheckInDeskViewModel}. Keys, all in the search field: type to find, ↑/↓ choose, Enter
 * checks in (then the field is empty and keeps the focus for the next guest), Ctrl+Z undoes the
 * desk's last check-in.
 */
public final class CheckInDeskView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final CheckInDeskViewModel model;
    private final GuestWords words;
    private boolean syncing;

    @FXML private BorderPane root;
    @FXML private Label countLabel;
    @FXML private TextField searchField;
    @FXML private ListView<GuestRow> matchList;
    @FXML private Label resultLabel;
    @FXML private Button undoButton;

    private CheckInDeskView(CheckInDeskViewModel model, GuestWords words) {
        this.model = model;
        this.words = words;
    }

    /**
     * Loads the desk.
     *
     * @throws UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static Parent load(CheckInDeskViewModel model, GuestWords words) {
        FXMLLoader loader = new FXMLLoader(CheckInDeskView.class.getResource("CheckInDeskView.fxml"), words.ui().bundle());
        loader.setControllerFactory(type -> new CheckInDeskView(model, words));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load CheckInDeskView.fxml", e);
        }
    }

    /** Puts the keyboard focus in the desk's search field (when the desk is shown). */
    static void focusSearch(Parent desk) {
        javafx.scene.Node field = desk.lookup("#deskSearchField");
        if (field != null) {
            field.requestFocus();
        }
    }

    @FXML
    private void initialize() {
        GuestsView.prefixIds(root, "desk");
        searchField.textProperty().bindBidirectional(model.queryProperty());
        countLabel.textProperty().bind(model.countTextProperty());
        resultLabel.textProperty().bind(model.resultTextProperty());
        model.outcomeProperty().addListener((o, was, now) -> {
            resultLabel.getStyleClass().removeAll("checked-in", "already", "failed");
            switch (now) {
                case CHECKED_IN, UNDONE -> resultLabel.getStyleClass().add("checked-in");
                case ALREADY_CHECKED_IN -> resultLabel.getStyleClass().add("already");
                case FAILED -> resultLabel.getStyleClass().add("failed");
                default -> { }
            }
        });
        undoButton.disableProperty().bind(model.canUndoProperty().not());
        matchList.setItems(model.matches());
        Label none = new Label(words.get("desk.noMatch"));
        none.visibleProperty().bind(model.queryProperty().isNotEmpty());
        matchList.setPlaceholder(none);
        matchList.setCellFactory(list -> new MatchCell());
        InvalidationListener choose = o -> {
            syncing = true;
            try {
                int i = model.chosenIndexProperty().get();
                if (i < 0) {
                    matchList.getSelectionModel().clearSelection();
                } else {
                    matchList.getSelectionModel().select(i);
                    matchList.scrollTo(i);
                }
            } finally {
                syncing = false;
            }
        };
        model.chosenIndexProperty().addListener(choose);
        // A list-change listener added after the list view's own: it runs once the list view has
        // taken the new matches (an invalidation listener would run before, on the old ones).
        model.matches().addListener((javafx.collections.ListChangeListener<GuestRow>) c -> choose.invalidated(model.matches()));
        matchList.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing && now.intValue() >= 0) {
                model.chosenIndexProperty().set(now.intValue());
            }
        });
        // A click on a match chooses it and gives the field its focus back, so Enter checks in.
        matchList.setOnMouseClicked(e -> {
            searchField.requestFocus();
            if (e.getClickCount() == 2) {
                checkIn();
            }
        });
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                model.move(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                model.move(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                checkIn();
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                undo();
                e.consume();
            }
        });
    }

    private void checkIn() {
        model.checkInChosen();
        searchField.requestFocus();
    }

    @FXML
    private void undo() {
        model.undoLast();
        searchField.requestFocus();
    }

    /** A match in big type: the name, the organisation and title, and a flag if already checked in. */
    private final class MatchCell extends ListCell<GuestRow> {
        private final Label name = new Label();
        private final Label details = new Label();
        private final Label flag = new Label();
        private final HBox box;

        MatchCell() {
            name.getStyleClass().add("match-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            details.getStyleClass().add("match-details");
            flag.getStyleClass().add("match-flag");
            flag.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(16, name, details, spacer, flag);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setText(null);
        }

        @Override
        protected void updateItem(GuestRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Guest g = row.guest();
            name.setText(g.fullName());
            StringBuilder more = new StringBuilder();
            append(more, g.otherName());
            append(more, g.organisation());
            append(more, g.title());
            details.setText(more.toString());
            flag.setText(model.checkedInNote(row));
            setGraphic(box);
        }

        private void append(StringBuilder s, String part) {
            if (part != null && !part.isBlank()) {
                if (s.length() > 0) {
                    s.append(" · ");
                }
                s.append(part);
            }
        }
    }
}
