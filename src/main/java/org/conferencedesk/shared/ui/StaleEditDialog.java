package org.conferencedesk.shared.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.conferencedesk.shared.StaleEditMerge;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The merge dialog of a stale save (decision 0028): one row per field with the user's value and the
 * value now in the database side by side, each a choice; the rows whose values differ are
 * highlighted and come first to the eye (bold, tinted), the others are shown plain. "Keep all mine"
 * and "Take all from the database" set every row; "Save merged" (the default button) answers true,
 * Cancel or Esc false. Fits 1280x720 (the rows scroll). Node ids for tests: {@code #mergeYours0},
 * {@code #mergeDatabase0} … by row, {@code #mergeKeepAllYours}, {@code #mergeTakeAllDatabase},
 * {@code #mergeSave}, {@code #mergeCancel}. FX application thread.
 */
final class StaleEditDialog {

    private static final String DIFFERS_STYLE = "-fx-background-color: #fff3cd; -fx-text-fill: #3d2e00; -fx-font-weight: bold;";

    private StaleEditDialog() {
    }

    /** Shows the dialog modal to {@code owner} (may be null) and waits; true to save the merge. */
    static boolean show(Window owner, Messages shared, StaleEditMerge merge) {
        Dialog<ButtonType> dialog = build(owner, shared, merge);
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    /** The dialog, not shown. */
    static Dialog<ButtonType> build(Window owner, Messages shared, StaleEditMerge merge) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(shared.get("merge.title", merge.recordName()));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(shared.get("merge.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(shared.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId("mergeSave");
        dialog.getDialogPane().lookupButton(cancel).setId("mergeCancel");

        Label header = new Label(shared.get("merge.header", merge.recordName()));
        header.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(4));
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(110);
        ColumnConstraints value = new ColumnConstraints();
        value.setPercentWidth(40);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value, value);
        grid.addRow(0, bold(shared.get("merge.field")), bold(shared.get("merge.yours")), bold(shared.get("merge.database")));
        List<StaleEditMerge.Row> rows = merge.rows();
        for (int i = 0; i < rows.size(); i++) {
            StaleEditMerge.Row row = rows.get(i);
            Label name = new Label(row.label());
            if (!row.differs()) {
                grid.addRow(i + 1, name, plain(row.yours()), plain(row.database()));
                continue;
            }
            ToggleGroup group = new ToggleGroup();
            RadioButton yours = choice(row.yours(), group, "mergeYours" + i);
            RadioButton database = choice(row.database(), group, "mergeDatabase" + i);
            yours.setSelected(row.choice().get() == StaleEditMerge.Side.YOURS);
            database.setSelected(row.choice().get() == StaleEditMerge.Side.DATABASE);
            yours.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    row.choice().set(StaleEditMerge.Side.YOURS);
                }
            });
            database.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    row.choice().set(StaleEditMerge.Side.DATABASE);
                }
            });
            row.choice().addListener((o, was, now) -> {
                yours.setSelected(now == StaleEditMerge.Side.YOURS);
                database.setSelected(now == StaleEditMerge.Side.DATABASE);
            });
            for (Node n : List.of(name, yours, database)) {
                n.setStyle(DIFFERS_STYLE);
            }
            grid.addRow(i + 1, name, yours, database);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(360, 28 * (rows.size() + 1)));

        Button keepAll = new Button(shared.get("merge.keepAllYours"));
        keepAll.setId("mergeKeepAllYours");
        keepAll.setOnAction(e -> merge.keepAllYours());
        Button takeAll = new Button(shared.get("merge.takeAllDatabase"));
        takeAll.setId("mergeTakeAllDatabase");
        takeAll.setOnAction(e -> merge.takeAllDatabase());
        VBox content = new VBox(10, header, scroll, new HBox(8, keepAll, takeAll));
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);
        return dialog;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Label plain(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setOpacity(0.75);
        return l;
    }

    private static RadioButton choice(String text, ToggleGroup group, String id) {
        RadioButton b = new RadioButton(text.isEmpty() ? "—" : text);
        b.setToggleGroup(group);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setId(id);
        return b;
    }
}
