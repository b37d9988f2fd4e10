package org.conferencedesk.awards.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Parent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.io.AwardDocuments;
import org.conferencedesk.events.CurrentEvent;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.conferencedesk.storage.AuditText;
import org.conferencedesk.storage.AuditVocabulary;
import org.conferencedesk.storage.AuditWithholding;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The awards tab (issue 13): the current event's award categories with their prizes, nominees, the
 * committee's scores, winners, sign-off and reopening, the changes since a frozen result and the audit
 * trail ({@link AwardsView}); the ceremony's running order and the certificates from it. It follows the
 * awards' changes only while shown.
 */
public final class AwardsScreen implements Screen {

    private final CurrentEvent currentEvent;
    private final AwardService awards;
    private final AwardDocuments documents;
    private final List<AuditVocabulary> auditWords;
    private final AuditWithholding withholding;

    /**
     * @param currentEvent the event shown; the screen follows it
     * @param awards the awards
     * @param documents the running order and certificates
     * @param auditWords how each record type reads in the audit trail (the window's)
     * @param withholding what the audit trail does not show yet (open categories' scores)
     */
    public AwardsScreen(CurrentEvent currentEvent, AwardService awards, AwardDocuments documents, List<AuditVocabulary> auditWords,
                        AuditWithholding withholding) {
        this.currentEvent = currentEvent;
        this.awards = awards;
        this.documents = documents;
        this.auditWords = List.copyOf(auditWords);
        this.withholding = withholding;
    }

    @Override
    public String name() {
        return "awards";
    }

    @Override
    public String recordType() {
        return org.conferencedesk.awards.AwardAudit.CATEGORY;
    }

    @Override
    public String title(Locale locale) {
        return Messages.of("awardsui", locale).get("screen.title");
    }

    @Override
    public Ikon icon() {
        return MaterialDesignT.TROPHY_OUTLINE;
    }

    @Override
    public org.conferencedesk.shared.ui.StatusFigure statusFigure(ScreenWindow window) {
        return new AwardFigures(awards, window.executor(), currentEvent.idProperty(), window.locale());
    }

    @Override
    public ScreenView build(ScreenWindow window) {
        Locale locale = window.locale();
        CategoryViewModel detail = new CategoryViewModel(awards, window.executor(), locale,
                zone -> new AuditText(locale, zone, auditWords, withholding));
        AwardsViewModel model = new AwardsViewModel(awards, window.executor(), locale, detail);
        model.eventIdProperty().bind(currentEvent.idProperty());
        detail.zoneProperty().bind(currentEvent.zoneProperty());
        DocumentsViewModel papers = new DocumentsViewModel(documents, window.executor(), locale);
        papers.eventIdProperty().bind(currentEvent.idProperty());
        javafx.scene.Node bar = AwardsView.documents(papers, Messages.of("awardsui", locale), window.owner());
        Parent view = AwardsView.build(model, bar, Messages.of("awardsui", locale), window.memory());
        ScreenView following = ScreenView.following(view, () -> {
            model.attach();
            Platform.runLater(() -> AwardsView.focusCategories(view));
        }, model::detach, () -> {
            model.detach();
            model.eventIdProperty().unbind();
            detail.zoneProperty().unbind();
            papers.eventIdProperty().unbind();
        });
        return new ScreenView() {
            @Override
            public javafx.scene.Node node() {
                return following.node();
            }

            @Override
            public void shown() {
                following.shown();
            }

            @Override
            public void hidden() {
                following.hidden();
            }

            @Override
            public void close() {
                following.close();
            }

            @Override
            public void open(long categoryId) {
                model.open(categoryId);
            }
        };
    }
}
