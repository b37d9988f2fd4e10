package org.conferencedesk.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Columns sized from their content once rows arrive, headers never cut, widths the user set remembered. */
@ExtendWith(ApplicationExtension.class)
class TableColumnsFxTest {

    private static final String LONG_NAME = "Intelligent connected new-energy vehicle manufacturing base, phase two";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A memory that keeps what it is told, like the settings file. */
    private static final class Memory implements ScreenMemory {
        final Map<String, String> values = new HashMap<>();

        @Override
        public String get(String key) {
            return values.get(key);
        }

        @Override
        public void put(String key, String value) {
            values.put(key, value);
        }
    }

    private record Shown(TableView<String> table, TableColumn<String, String> name, TableColumn<String, String> attendance,
                         ObservableList<String> rows) {
    }

    private Shown show(FxRobot robot, Memory memory) {
        Shown[] shown = new Shown[1];
        robot.interact(() -> {
            TableView<String> table = new TableView<>();
            TableColumn<String, String> name = new TableColumn<>("Name");
            name.setId("nameColumn");
            name.setPrefWidth(80);
            name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
            TableColumn<String, String> attendance = new TableColumn<>("Attendance at the conference");
            attendance.setId("attendanceColumn");
            attendance.setPrefWidth(40);
            table.getColumns().setAll(List.of(name, attendance));
            ObservableList<String> rows = FXCollections.observableArrayList();
            table.setItems(rows);
            TableColumns.of(table, memory, "test.table").measure(name, s -> s).maxWidth(2000).install();
            stage.setScene(new Scene(table, 1280, 648));
            stage.show();
            shown[0] = new Shown(table, name, attendance, rows);
        });
        return shown[0];
    }

    private static double textWidth(String text) {
        Text probe = new Text(text);
        return probe.getLayoutBounds().getWidth();
    }

    @Test
    void theLongestNameIsNotCutAndNoHeaderIsCutOnceTheRowsArrive(FxRobot robot) {
        Shown shown = show(robot, new Memory());
        assertThat(shown.name().getPrefWidth()).isEqualTo(80);

        robot.interact(() -> shown.rows().setAll("Short", LONG_NAME));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown.name().getPrefWidth()).isGreaterThan(textWidth(LONG_NAME));
        assertThat(shown.attendance().getPrefWidth()).isGreaterThan(textWidth("Attendance at the conference"));
    }

    @Test
    void aWidthTheUserSetIsRememberedAndWinsOverTheContentNextTime(FxRobot robot) {
        Memory memory = new Memory();
        Shown first = show(robot, memory);
        robot.interact(() -> first.rows().setAll(LONG_NAME));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> first.table().resizeColumn(first.name(), -100));
        double dragged = first.name().getWidth();
        assertThat(memory.values).containsEntry("test.table.nameColumn.width", String.valueOf(Math.round(dragged)));
        robot.interact(() -> first.attendance().setVisible(false));
        assertThat(memory.values).containsEntry("test.table.attendanceColumn.visible", "false");

        Shown again = show(robot, memory);
        robot.interact(() -> again.rows().setAll(LONG_NAME));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(again.name().getPrefWidth()).isEqualTo((double) Math.round(dragged));
        assertThat(again.attendance().isVisible()).isFalse();
    }
}
