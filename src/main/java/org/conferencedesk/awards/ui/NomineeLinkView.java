package org.conferencedesk.awards.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.conferencedesk.awards.ui.AwardRows.NomineeRow;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Under the nominees' table: linking the nominee chosen to the guest or exhibitor it is
 * ({@link NomineeLinkViewModel}). Type a name, an organisation or pinyin; ↓ ↑ choose among the
 * matches; Enter or Link links; Unlink keeps the name as written. Binds only.
 */
final class NomineeLinkView {

    private NomineeLinkView() {
    }

    /** The link bar, following {@code table}'s chosen nominee. */
    static Node build(NomineeLinkViewModel links, TableView<NomineeRow> table, Messages m) {
        links.nomineeProperty().bind(table.getSelectionModel().selectedItemProperty());
        TextField query = new TextField();
        query.setId("awardLinkQuery");
        query.setPromptText(m.get("link.prompt"));
        query.setPrefColumnCount(14);
        query.textProperty().bindBidirectional(links.queryProperty());
        query.disableProperty().bind(links.linkableProperty().not());
        ComboBox<NomineeLinkViewModel.Candidate> match = new ComboBox<>(links.matches());
        match.setId("awardLinkMatch");
        match.setPrefWidth(260);
        match.valueProperty().bindBidirectional(links.chosenProperty());
        match.disableProperty().bind(Bindings.isEmpty(links.matches()));
        query.setOnKeyPressed(e -> {
            int at = links.matches().indexOf(links.chosenProperty().get());
            if (e.getCode() == KeyCode.DOWN && at + 1 < links.matches().size()) {
                links.chosenProperty().set(links.matches().get(at + 1));
                e.consume();
            } else if (e.getCode() == KeyCode.UP && at > 0) {
                links.chosenProperty().set(links.matches().get(at - 1));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && links.canLink().get()) {
                links.link();
                e.consume();
            }
        });
        Button link = new Button(m.get("link.button"));
        link.setId("awardLinkButton");
        link.setOnAction(e -> links.link());
        link.disableProperty().bind(links.canLink().not());
        Button unlink = new Button(m.get("link.unlink"));
        unlink.setId("awardUnlinkButton");
        unlink.setOnAction(e -> links.unlink());
        unlink.disableProperty().bind(links.canUnlink().not());
        Label label = new Label(m.get("link.label"));
        label.setLabelFor(query);
        FlowPane bar = new FlowPane(8, 6, label, query, match, link, unlink);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label prompt = new Label();
        prompt.setId("awardLinkPrompt");
        prompt.getStyleClass().add("text-muted");
        prompt.setWrapText(true);
        prompt.textProperty().bind(Bindings.when(links.messageProperty().isEmpty())
                .then(links.promptProperty()).otherwise(links.messageProperty()));
        return new VBox(4, bar, prompt);
    }
}
