package org.conferencedesk.app.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferencedesk.app.ui.AuditTrailViewModel.Row;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Help → Audit trail…: binds an {@link AuditTrailViewModel} to a window (modal to the main one) with a
 * filter box, the table of changes (newest first), a Refresh button and Close (Esc). No logic of its own.
 */
final class AuditTrailDialog {

    private AuditTrailDialog() {
    }

    /** Shows the trail of {@code event} (read afresh as the dialog opens); returns when it is closed. */
    static void show(Window owner, AuditTrailViewModel model, Event event) {
        Messages m = model.messages();
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(model.titleProperty());

        TextField filter = new TextField();
        filter.setId("auditFilter");
        filter.setPromptText(m.get("filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Button refresh = new Button(m.get("button.refresh"));
        refresh.setId("auditRefresh");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(e -> model.refresh());
        HBox top = new HBox(8, filter, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<Row> table = new TableView<>();
        SortedList<Row> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("auditTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Row, String> time = column("", Row::time, 190);
        time.textProperty().bind(model.timeColumnTitleProperty());
        TableColumn<Row, String> changes = column(m.get("column.changes"), Row::changes, 460);
        changes.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item.replace("; ", "\n").replace("；", "\n")));
            }
        });
        table.getColumns().setAll(java.util.List.of(time, column(m.get("column.actor"), Row::actor, 130),
                column(m.get("column.action"), Row::action, 90), column(m.get("column.record"), Row::record, 200), changes));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label status = new Label();
        status.setId("auditStatus");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.statusTextProperty());

        Button close = new Button(m.get("button.close"));
        close.setId("auditClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, status, spacer, close);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(8, top, table, bottom);
        content.setId("auditTrailDialog");
        content.setPadding(new Insets(12));
        // A window of its own rather than a Dialog: a Dialog took its pane's minimum width here and
        // cut the changes column short.
        double width = owner == null || owner.getWidth() <= 0 ? 1100 : Math.min(1100, Math.max(760, owner.getWidth() - 40));
        stage.setScene(new Scene(content, width, 600));
        stage.setOnShown(e -> filter.requestFocus());
        model.show(event);
        stage.showAndWait();
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> cell, double width) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 90));
        return column;
    }
}
