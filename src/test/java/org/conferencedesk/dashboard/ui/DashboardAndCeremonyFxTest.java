package org.conferencedesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.dashboard.DashboardFixture;
import org.conferencedesk.dashboard.FigureKey;
import org.conferencedesk.dashboard.FigureName;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard and the ceremony screen follow the secretariat marking a contract signed. */
@ExtendWith(ApplicationExtension.class)
class DashboardAndCeremonyFxTest {

    private DashboardFixture f;
    private DashboardViewModel dashboard;
    private CeremonyWindow ceremony;
    private Contract planned;

    @Start
    void start(Stage stage) {
        f = new DashboardFixture();
        f.importSampleContracts();
        f.importSampleGuests();
        planned = f.contracts.save(new Contract(null, f.eventId, "智能工厂二期", "投资方", "合作方", "智能装备", "江宁区",
                new BigDecimal("520000000.00"), "CNY", 31, ContractStatus.PLANNED, null, null));
        FxTestTaskExecutor executor = new FxTestTaskExecutor();
        LiveGuests guests = new LiveGuests(f.guests, executor);
        dashboard = new DashboardViewModel(new LiveEventFigures(guests, f.sources, executor), f.dashboard, executor,
                new RecordingDialogs(), Locale.SIMPLIFIED_CHINESE);
        stage.setScene(new Scene(DashboardView.load(dashboard, Locale.SIMPLIFIED_CHINESE), 1366, 700));
        dashboard.show(f.eventId, DashboardFixture.NANJING);
        stage.show();
        CeremonyViewModel ceremonyModel = new CeremonyViewModel(new LiveEventFigures(guests, f.sources, executor), f.awards,
                executor, Locale.SIMPLIFIED_CHINESE);
        ceremony = CeremonyWindow.open(ceremonyModel, Locale.SIMPLIFIED_CHINESE, stage, f.eventId);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ceremony.close();
            dashboard.hide();
        }).get();
        f.close();
    }

    @Test
    void dashboardAndCeremonyScreenChangeWhenAContractIsMarkedSigned(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String signedCount = "#" + DashboardView.tileId(FigureKey.of(FigureName.CONTRACTS_SIGNED_COUNT));
        String signedAmount = "#" + DashboardView.tileId(FigureKey.of(FigureName.CONTRACTS_SIGNED_AMOUNT));
        assertThat(robot.lookup(signedCount).queryAs(Label.class).getText()).isEqualTo("30");
        assertThat(robot.lookup(signedAmount).queryAs(Label.class).getText()).isEqualTo("536.3 亿元");
        assertThat(robot.lookup("#ceremonyCount").queryAs(Label.class).getText()).isEqualTo("30");
        assertThat(robot.lookup("#ceremonyTotal").queryAs(Label.class).getText()).isEqualTo("536.3");
        assertThat(robot.lookup("#ceremonyUnit").queryAs(Label.class).getText()).isEqualTo("亿元");

        // The secretariat marks the planned project signed (the contracts screen saves it through the service).
        f.contracts.save(planned.withStatus(ContractStatus.SIGNED));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(signedCount).queryAs(Label.class).getText()).isEqualTo("31");
        assertThat(robot.lookup(signedAmount).queryAs(Label.class).getText()).isEqualTo("541.5 亿元");
        assertThat(dashboard.chartsProperty().get().runningTotal()).hasSize(31);
        assertThat(robot.lookup("#ceremonyCount").queryAs(Label.class).getText()).isEqualTo("31");
        assertThat(robot.lookup("#ceremonyTotal").queryAs(Label.class).getText()).isEqualTo("541.5");
        assertThat(robot.lookup("#ceremonyLastSigned").queryAs(Label.class).getText()).isEqualTo("第31个：智能工厂二期");
    }

    @Test
    void ceremonyNumbersAreAtLeastASixthOfTheScreenHigh(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Label count = robot.lookup("#ceremonyCount").queryAs(Label.class);
        double height = ceremony.stage().getScene().getHeight();
        assertThat(count.getFont().getSize()).isGreaterThanOrEqualTo(height / 6);
        assertThat(count.getHeight()).isGreaterThanOrEqualTo(height / 6);
        assertThat(robot.lookup("#ceremonyTotal").queryAs(Label.class).getHeight()).isGreaterThanOrEqualTo(height / 6);
    }

    @Test
    void theDashboardShowsItsChartsTab(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".dashboard-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#chartBySector").tryQuery()).isPresent();
        assertThat(robot.lookup("#chartCheckIns").tryQuery()).isPresent();
    }

    @Test
    void escapeClosesTheCeremonyScreen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ceremony.stage().requestFocus());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ceremony.stage().isShowing()).isFalse();
    }
}
