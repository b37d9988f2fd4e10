package org.conferencedesk.awards.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.conferencedesk.awards.ui.AwardRows.NomineeRow;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.PickListView;

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
        PickListView<NomineeLinkViewModel.Candidate> pick = new PickListView<>(links.pick(), "awardLink",
                m.get("link.prompt"), links::link, links.canLink());
        pick.field().disableProperty().bind(links.linkableProperty().not());
        Button link = new Button(m.get("link.button"));
        link.setId("awardLinkButton");
        link.setOnAction(e -> links.link());
        link.disableProperty().bind(links.canLink().not());
        Button unlink = new Button(m.get("link.unlink"));
        unlink.setId("awardUnlinkButton");
        unlink.setOnAction(e -> links.unlink());
        unlink.disableProperty().bind(links.canUnlink().not());
        Label label = new Label(m.get("link.label"));
        label.setLabelFor(pick.field());
        FlowPane bar = new FlowPane(8, 6, label, pick.field(), pick.choice(), link, unlink);
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
