package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.ui.StatusFigure;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final List<String> closed = new ArrayList<>();

    private StatusFigure figure(String name, String text) {
        return new StatusFigure() {
            @Override
            public ObservableStringValue text() {
                return new SimpleStringProperty(text);
            }

            @Override
            public void close() {
                closed.add(name);
            }
        };
    }

    private StatusBarViewModel statusBar() {
        return new StatusBarViewModel(List.of(), new CurrentThreadTaskExecutor());
    }

    @Test
    void theScreensFiguresAreShownInTheOrderRegisteredAndClosedWithTheBar() {
        StatusBarViewModel status = new StatusBarViewModel(List.of(
                new StatusBarViewModel.Figure("contracts", figure("contracts", "已签约 30 个 · 536.3 亿元 · 计划 0 个")),
                new StatusBarViewModel.Figure("guests", figure("guests", "嘉宾 326 位 · 已签到 127 位"))), new CurrentThreadTaskExecutor());

        assertThat(status.figures()).extracting(StatusBarViewModel.Figure::name).containsExactly("contracts", "guests");
        assertThat(status.figures()).extracting(f -> f.text().get())
                .containsExactly("已签约 30 个 · 536.3 亿元 · 计划 0 个", "嘉宾 326 位 · 已签到 127 位");

        status.close();

        assertThat(closed).containsExactly("contracts", "guests");
    }

    @Test
    void backgroundWorkShowsProgressThenItsResult() {
        StatusBarViewModel status = statusBar();

        ProgressMonitor monitor = status.beginWork("Exporting to contracts.csv…");
        assertThat(status.workingProperty().get()).isTrue();
        assertThat(status.progressProperty().get()).isEqualTo(StatusBarViewModel.INDETERMINATE);
        monitor.progress(15, 30, "Row 15");
        assertThat(status.progressProperty().get()).isEqualTo(0.5);
        assertThat(status.workTextProperty().get()).isEqualTo("Row 15");
        status.cancelWork();
        assertThat(monitor.isCancelled()).isTrue();

        status.endWork("Exported 30 contracts to contracts.csv.");
        assertThat(status.workingProperty().get()).isFalse();
        assertThat(status.progressProperty().get()).isZero();
        assertThat(status.workTextProperty().get()).isEqualTo("Exported 30 contracts to contracts.csv.");
    }
}
