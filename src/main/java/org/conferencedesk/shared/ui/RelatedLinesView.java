package org.conferencedesk.shared.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.RelatedRecords;

/**
 * Shows a {@link RelatedLinesViewModel} in a form: a heading ("关联记录" / "Linked records") and one
 * link per line that opens the related record on its screen; nothing at all while there are no lines.
 */
public final class RelatedLinesView {

    private RelatedLinesView() {
    }

    /**
     * Fills {@code box} (emptied first) and keeps it following {@code model}.
     *
     * @param box the form's place for the lines
     * @param model the lines
     * @param idPrefix the ids given: {@code idPrefix + "Related"} for the box, {@code idPrefix + "Related" + i}
     *                 for the i-th link (from 0)
     * @param messages the window's language ({@code shared} bundle)
     */
    public static void bind(VBox box, RelatedLinesViewModel model, String idPrefix, Messages messages) {
        box.setId(idPrefix + "Related");
        box.setSpacing(2);
        box.getStyleClass().add("related-lines");
        Label heading = new Label(messages.get("related.title"));
        heading.getStyleClass().add("text-bold");
        Label problem = new Label();
        problem.getStyleClass().add("field-message");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        Runnable fill = () -> {
            box.getChildren().setAll(heading, problem);
            int i = 0;
            for (RelatedRecords.Line line : model.lines()) {
                Hyperlink link = new Hyperlink(line.text());
                link.setId(idPrefix + "Related" + i++);
                link.setWrapText(true);
                link.setMaxWidth(Double.MAX_VALUE);
                link.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                link.setOnAction(e -> model.open(line));
                box.getChildren().add(link);
            }
            boolean any = !model.lines().isEmpty() || !model.problemProperty().get().isEmpty();
            box.setManaged(any);
            box.setVisible(any);
        };
        model.lines().addListener((ListChangeListener<RelatedRecords.Line>) c -> fill.run());
        model.problemProperty().addListener((o, was, now) -> fill.run());
        fill.run();
    }
}
