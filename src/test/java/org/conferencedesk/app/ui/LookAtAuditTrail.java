package org.conferencedesk.app.ui;

import org.conferencedesk.shared.ui.FxDialogs;
import org.conferencedesk.shared.ui.FxTaskExecutor;
import org.conferencedesk.shared.ui.Theme;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.Database;

/**
 * Opens the audit trail dialog over an in-memory database with the sample import and a few edits,
 * for looking at it (screenshots): {@code LookAtAuditTrail [zh|en]}.
 */
public final class LookAtAuditTrail {

    private LookAtAuditTrail() {
    }

    public static void main(String[] args) {
        Locale locale = args.length > 0 && args[0].equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        AppContext context = new AppContext(Database.openInMemory("look-" + UUID.randomUUID()), Actor.named("wang.li"));
        Event wimc = context.events().create(Event.named("2020世界智能制造大会"));
        context.contractImport().importFile(wimc.id(), Path.of("docs/samples/wimc-2020-signing-ceremony.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE, java.util.Locale.ENGLISH).added();
        Contract first = context.contracts().list(wimc.id()).get(0);
        context.contracts().save(new Contract(first.id(), wimc.id(), first.projectName(), first.investor(), first.partner(),
                first.sector(), first.district(), first.amount().add(new BigDecimal("100000000.00")), first.currency(),
                first.signingOrder(), ContractStatus.PLANNED, first.signedOn(), "金额待确认"));
        Contract added = context.contracts().save(new Contract(null, wimc.id(), "工业机器人研发中心", "埃斯顿", "江宁区", "机器人",
                "江宁区", new BigDecimal("800000000.00"), "CNY", 31, ContractStatus.SIGNED, null, null));
        context.contracts().delete(wimc.id(), added.id());
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Stage owner = new Stage();
            owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 1200, 760));
            owner.show();
            Theme.apply();
            AuditTrailDialog.show(owner, new AuditTrailViewModel(context.audit(), new FxTaskExecutor(),
                    new FxDialogs(() -> owner, org.conferencedesk.shared.i18n.Messages.of("ui", locale)), locale, context.auditWords()), wimc);
            Platform.exit();
        });
    }
}
