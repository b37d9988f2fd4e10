package org.conferencedesk.guests.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.ui.DuplicateGroupItem.Member;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Guests › Find duplicates…: binds a {@link DuplicatesViewModel} to a window (modal to the main one):
 * the groups on the left (those linked by the name alone marked "same name only — check before
 * merging"), the selected group's guests on the right with a tick for who is merged and the guest to
 * keep, and Merge, Not the same person, Undo and Close (Esc). No logic of its own.
 */
public final class DuplicatesDialog {

    private DuplicatesDialog() {
    }

    /** Shows the duplicates of {@code event}'s guests (searched afresh as the dialog opens); returns when it is closed. */
    public static void show(Window owner, DuplicatesViewModel model, Event event) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(new Scene(content(model, stage), width(owner), 620));
        model.show(event);
        stage.showAndWait();
    }

    private static VBox content(DuplicatesViewModel model, Stage stage) {
        Messages m = model.messages();
        Messages g = model.guestMessages();

        Label summary = new Label();
        summary.setId("duplicatesSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        Button refresh = new Button(m.get("button.refresh"));
        refresh.setId("duplicatesRefresh");
        refresh.disableProperty().bind(model.busyProperty());
        refresh.setOnAction(e -> model.reload());
        HBox top = new HBox(8, summary, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<DuplicateGroupItem> groups = new ListView<>(model.groups());
        groups.setId("duplicateGroups");
        groups.setPlaceholder(new Label(m.get("groups.none")));
        groups.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DuplicateGroupItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.nameOnly() ? item.title() + "\n⚠ " + m.get("group.nameOnly") : item.title());
            }
        });
        groups.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });

        Label warning = new Label();
        warning.setId("duplicatesHint");
        warning.setWrapText(true);
        Label keepLabel = new Label(m.get("keep"));
        ComboBox<Member> keep = new ComboBox<>();
        keep.setId("duplicatesKeep");
        keep.setTooltip(new Tooltip(m.get("keep.tooltip")));
        keep.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(keep, Priority.ALWAYS);
        HBox keepRow = new HBox(8, keepLabel, keep);
        keepRow.setAlignment(Pos.CENTER_LEFT);

        TableView<Member> members = new TableView<>();
        members.setId("duplicateMembers");
        members.setPlaceholder(new Label(m.get("empty")));
        members.setEditable(true);
        members.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Member, Boolean> include = new TableColumn<>(m.get("column.include"));
        include.setCellValueFactory(c -> c.getValue().includedProperty());
        include.setCellFactory(CheckBoxTableCell.forTableColumn(include));
        include.setEditable(true);
        include.setPrefWidth(72);
        members.getColumns().add(include);
        members.getColumns().addAll(java.util.List.of(
                // The id tells apart two names that differ only in an invisible way (· and ・), and is
                // the number the command line's merge guests / unmerge guests take.
                column(m.get("column.id"), mb -> String.valueOf(mb.guest().id()), 56),
                column(g.get("field.fullName"), mb -> mb.guest().fullName(), 120),
                column(g.get("field.organisation"), mb -> mb.guest().organisation(), 160),
                column(g.get("field.email"), mb -> mb.guest().email(), 200),
                column(g.get("field.phone"), mb -> mb.guest().phone(), 130),
                column(g.get("field.category"), Member::category, 100),
                column(g.get("field.checkedInAt"), Member::checkedIn, 130),
                column(m.get("column.why"), Member::why, 200)));
        VBox.setVgrow(members, Priority.ALWAYS);
        VBox detail = new VBox(8, warning, keepRow, members);
        detail.setPadding(new Insets(8, 0, 0, 0));

        ChangeListener<DuplicateGroupItem> follow = new ChangeListener<>() {
            private DuplicateGroupItem bound;

            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends DuplicateGroupItem> o, DuplicateGroupItem was,
                                DuplicateGroupItem now) {
                if (bound != null) {
                    keep.valueProperty().unbindBidirectional(bound.keptProperty());
                }
                bound = now;
                if (now == null) {
                    keep.setItems(FXCollections.observableArrayList());
                    keep.setValue(null);
                    members.getItems().clear();
                    warning.setText(m.get("empty"));
                    groups.getSelectionModel().clearSelection();
                    return;
                }
                keep.setItems(FXCollections.observableArrayList(now.members()));
                keep.valueProperty().bindBidirectional(now.keptProperty());
                members.getItems().setAll(now.members());
                String hint = now.nameOnly() ? "⚠ " + m.get("group.nameOnly") + ". " + m.get("group.nameOnly.hint")
                        : m.get("group.mixed.hint");
                warning.setText(now.setAsideText().isEmpty() ? hint : hint + "\n" + now.setAsideText());
                groups.getSelectionModel().select(now);
                groups.scrollTo(now);
            }
        };
        model.selectedProperty().addListener(follow);
        follow.changed(model.selectedProperty(), null, model.selectedProperty().get());
        detail.disableProperty().bind(model.selectedProperty().isNull());

        SplitPane split = new SplitPane(groups, detail);
        // Groups above, the selected group's guests below at full width: seven columns need the room.
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.3);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label lastAction = new Label();
        lastAction.setId("duplicatesLastAction");
        lastAction.setWrapText(true);
        lastAction.getStyleClass().add("text-muted");
        lastAction.textProperty().bind(model.lastActionProperty());
        lastAction.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(lastAction, Priority.ALWAYS);
        Button merge = button(m.get("button.merge"), "duplicatesMerge", model::merge);
        merge.getStyleClass().add("accent");
        merge.disableProperty().bind(model.canMergeProperty().not());
        Button notSame = button(m.get("button.notSame"), "duplicatesNotSame", model::notTheSamePerson);
        notSame.disableProperty().bind(model.canSkipProperty().not());
        Button undo = button(m.get("button.undo"), "duplicatesUndo", model::undoLast);
        undo.disableProperty().bind(model.canUndoProperty().not().or(model.busyProperty()));
        Button close = button(m.get("button.close"), "duplicatesClose", stage::close);
        close.setCancelButton(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox bottom = new HBox(8, lastAction, spacer, merge, notSame, undo, close);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(8, top, split, bottom);
        content.setId("duplicatesDialog");
        content.setPadding(new Insets(12));
        return content;
    }

    private static double width(Window owner) {
        return owner == null || owner.getWidth() <= 0 ? 1160 : Math.min(1160, Math.max(800, owner.getWidth() - 40));
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<Member, String> column(String title, Function<Member, String> cell, double width) {
        TableColumn<Member, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(cell.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }
}
