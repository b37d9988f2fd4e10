package org.conferencedesk.app.ui;

import java.math.BigDecimal;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * A read-only list of the current event's contracts, shown in the centre until the contracts
 * screen (branch ui-contracts) is wired in. It follows the same {@link LiveContracts} as the status bar.
 */
final class ContractsPlaceholder {

    private ContractsPlaceholder() {
    }

    static Parent create(LiveContracts live, Messages messages) {
        TableView<Contract> table = new TableView<>(live.contracts());
        table.setId("contractsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("contracts.empty")));
        table.getColumns().add(column(messages.get("contracts.column.order"), c -> c.signingOrder() == null ? "" : c.signingOrder().toString(), 60));
        table.getColumns().add(column(messages.get("contracts.column.project"), Contract::projectName, 260));
        table.getColumns().add(column(messages.get("contracts.column.investor"), Contract::investor, 180));
        table.getColumns().add(column(messages.get("contracts.column.sector"), Contract::sector, 120));
        table.getColumns().add(column(messages.get("contracts.column.district"), Contract::district, 110));
        TableColumn<Contract, String> amount = column(messages.get("contracts.column.amount"),
                c -> (c.isCny() ? "" : c.currency() + " ") + MoneyFormat.full(c.amount(), messages.locale()), 150);
        amount.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(amount);
        table.getColumns().add(column(messages.get("contracts.column.status"), c -> messages.get("contracts.status." + c.status().name()), 80));
        TableColumn<Contract, BigDecimal> running = new TableColumn<>(messages.get("contracts.column.runningTotal"));
        running.setPrefWidth(150);
        running.setStyle("-fx-alignment: CENTER-RIGHT;");
        // One edit changes the running total of every later row: recompute when the ledger changes.
        running.setCellValueFactory(cd -> {
            ReadOnlyObjectWrapper<BigDecimal> value = new ReadOnlyObjectWrapper<>();
            Long id = cd.getValue().id();
            value.bind(javafx.beans.binding.Bindings.createObjectBinding(
                    () -> id == null ? null : live.runningTotal(id), live.revisionProperty()));
            return value;
        });
        running.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : MoneyFormat.full(item, messages.locale()));
            }
        });
        table.getColumns().add(running);

        Label note = new Label(messages.get("contracts.placeholderNote"));
        note.getStyleClass().add("text-muted");
        VBox box = new VBox(6, table, note);
        box.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        box.setStyle("-fx-padding: 8 12 8 12;");
        return box;
    }

    private static TableColumn<Contract, String> column(String title, java.util.function.Function<Contract, String> value, double width) {
        TableColumn<Contract, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        return c;
    }
}
