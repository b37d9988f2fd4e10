package org.conferencedesk.dashboard.ui;

import org.conferencedesk.dashboard.ComparisonRow;
import org.conferencedesk.dashboard.DashboardCharts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.conferencedesk.dashboard.FigureKey;
import org.conferencedesk.dashboard.FigureSection;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.ShownAs;

/**
 * The dashboard screen (FXML controller): binds {@code DashboardView.fxml} to a {@link DashboardViewModel}.
 * Tiles keep their nodes and change their text; charts are updated in place with animation off
 * ({@link PointCharts}). Node ids: {@code tile_guests_checkedIn} (a tile's value label, from its figure's
 * key, {@link #tileId}), {@code chartBySector} …, {@code announcedTable}, {@code changesTable}.
 */
public final class DashboardView {

    private final DashboardViewModel model;
    private final Messages m;
    private final Map<FigureKey, Label> tileValues = new HashMap<>();
    private BarChart<String, Number> bySector;
    private BarChart<String, Number> byDistrict;
    private BarChart<String, Number> guestsByCategory;
    private BarChart<String, Number> exhibitorsByMode;
    private BarChart<String, Number> exhibitorsByHall;
    private BarChart<String, Number> checkIns;
    private LineChart<String, Number> runningTotal;

    @FXML private BorderPane root;
    @FXML private Label headlineLabel;
    @FXML private Button ceremonyButton;
    @FXML private VBox tilesBox;
    @FXML private StackPane runningTotalPane;
    @FXML private GridPane chartsGrid;
    @FXML private TableView<ComparisonRow> announcedTable;
    @FXML private ComboBox<FigureKey> figureChoice;
    @FXML private TextField statementField;
    @FXML private TextField sourceField;
    @FXML private Label readingLabel;
    @FXML private Button addButton;
    @FXML private Button saveButton;
    @FXML private Button withdrawButton;
    @FXML private TextField noteField;
    @FXML private Button freezeButton;
    @FXML private Label snapshotStatus;
    @FXML private TableView<SnapshotChangeRow> changesTable;

    private final Runnable openCeremony;

    private DashboardView(DashboardViewModel model, Locale locale, Runnable openCeremony) {
        this.model = model;
        this.m = Messages.of("dashboard", locale);
        this.openCeremony = openCeremony;
    }

    /**
     * Loads the dashboard for {@code model} in {@code locale}'s language.
     *
     * @throws UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static Parent load(DashboardViewModel model, Locale locale) {
        return load(model, locale, null);
    }

    /**
     * Loads the dashboard with a "Ceremony screen" button that runs {@code openCeremony} (the screen opens
     * a {@link CeremonyWindow}); without one (null) the button is not shown.
     *
     * @throws UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static Parent load(DashboardViewModel model, Locale locale, Runnable openCeremony) {
        FXMLLoader loader = new FXMLLoader(DashboardView.class.getResource("DashboardView.fxml"),
                Messages.of("dashboard", locale).bundle());
        loader.setControllerFactory(type -> new DashboardView(model, locale, openCeremony));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load DashboardView.fxml", e);
        }
    }

    /** The node id of a figure's tile value ({@code tile_guests_checkedIn}, {@code tile_contracts_origin_count_FOREIGN_}). */
    public static String tileId(FigureKey key) {
        return "tile_" + key.toString().replaceAll("[^A-Za-z0-9]", "_");
    }

    @FXML
    private void initialize() {
        headlineLabel.textProperty().bind(model.headlineProperty());
        ceremonyButton.setVisible(openCeremony != null);
        ceremonyButton.setManaged(openCeremony != null);
        buildTiles(model.tilesProperty().get());
        model.tilesProperty().addListener((o, was, now) -> showTiles(now));
        buildCharts();
        model.chartsProperty().addListener((o, was, now) -> showCharts(now));
        model.checkInsProperty().addListener((o, was, now) -> PointCharts.show(checkIns, now));
        showCharts(model.chartsProperty().get());
        PointCharts.show(checkIns, model.checkInsProperty().get());
        bindAnnounced();
        bindSnapshot();
    }

    // ------------------------------------------------------------------ tiles

    private void buildTiles(List<FigureTile> tiles) {
        FigureSection section = null;
        FlowPane flow = null;
        for (FigureTile t : tiles) {
            if (t.section() != section) {
                section = t.section();
                Label title = new Label(m.get("section." + section.name()));
                title.getStyleClass().add("tile-section-title");
                flow = new FlowPane(6, 6);
                tilesBox.getChildren().addAll(title, flow);
            }
            Label value = new Label(t.value());
            value.setId(tileId(t.key()));
            value.getStyleClass().add("tile-value");
            // A long amount ("RMB 54.15 billion") widens its tile rather than being cut; a long name wraps.
            value.setMinWidth(Region.USE_PREF_SIZE);
            Label label = new Label(t.label());
            label.getStyleClass().add("tile-label");
            label.setWrapText(true);
            label.setPrefWidth(100);
            label.setMinHeight(Region.USE_PREF_SIZE);
            VBox tile = new VBox(0, value, label);
            tile.getStyleClass().add("figure-tile");
            tile.setMinWidth(116);
            flow.getChildren().add(tile);
            tileValues.put(t.key(), value);
        }
    }

    private void showTiles(List<FigureTile> tiles) {
        if (tileValues.isEmpty()) {
            buildTiles(tiles);
            return;
        }
        for (FigureTile t : tiles) {
            Label value = tileValues.get(t.key());
            if (value != null && !value.getText().equals(t.value())) {
                value.setText(t.value());
            }
        }
    }

    // ------------------------------------------------------------------ charts

    private void buildCharts() {
        DashboardCharts c = model.chartsProperty().get();
        String count = m.get("chart.count");
        runningTotal = PointCharts.line(m.get("chart.runningTotal"), m.get("chart.signingOrder"), c.amountUnit());
        runningTotal.setId("chartRunningTotal");
        runningTotalPane.getChildren().add(runningTotal);
        bySector = chart("chartBySector", PointCharts.bars(m.get("chart.bySector"), c.amountUnit()), 0, 0);
        byDistrict = chart("chartByDistrict", PointCharts.bars(m.get("chart.byDistrict"), c.amountUnit()), 1, 0);
        checkIns = chart("chartCheckIns", PointCharts.bars(m.get("chart.checkIns"), count), 2, 0);
        guestsByCategory = chart("chartGuestsByCategory", PointCharts.bars(m.get("chart.guestsByCategory"), count), 0, 1);
        exhibitorsByMode = chart("chartExhibitorsByMode", PointCharts.bars(m.get("chart.exhibitorsByMode"), count), 1, 1);
        exhibitorsByHall = chart("chartExhibitorsByHall", PointCharts.bars(m.get("chart.exhibitorsByHall"), count), 2, 1);
        for (int i = 0; i < 3; i++) {
            ColumnConstraints col = new ColumnConstraints();
            col.setPercentWidth(100.0 / 3);
            col.setHgrow(Priority.ALWAYS);
            chartsGrid.getColumnConstraints().add(col);
        }
        for (int i = 0; i < 2; i++) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            chartsGrid.getRowConstraints().add(row);
        }
    }

    private <C extends XYChart<String, Number>> C chart(String id, C chart, int column, int row) {
        chart.setId(id);
        chartsGrid.add(chart, column, row);
        return chart;
    }

    private void showCharts(DashboardCharts c) {
        PointCharts.show(runningTotal, c.runningTotal());
        PointCharts.show(bySector, c.bySector());
        PointCharts.show(byDistrict, c.byDistrict());
        PointCharts.show(guestsByCategory, c.guestsByCategory());
        PointCharts.show(exhibitorsByMode, c.exhibitorsByMode());
        PointCharts.show(exhibitorsByHall, c.exhibitorsByHall());
    }

    // ------------------------------------------------------------------ announced figures

    private void bindAnnounced() {
        AnnouncedFiguresViewModel a = model.announced();
        announcedTable.getColumns().setAll(List.of(
                column(m.get("announced.column.figure"), ComparisonRow::figure, 220),
                column(m.get("announced.column.statement"), ComparisonRow::statement, 150),
                column(m.get("announced.column.data"), ComparisonRow::data, 150),
                column(m.get("announced.column.difference"), ComparisonRow::difference, 130),
                verdictColumn(),
                column(m.get("announced.column.source"), r -> r.comparison().announced().source(), 360)));
        announcedTable.setPlaceholder(new Label(m.get("announced.empty")));
        announcedTable.setItems(FXCollections.observableArrayList(a.rows()));
        a.rowsProperty().addListener((o, was, now) -> announcedTable.getItems().setAll(now));
        announcedTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                a.selectedProperty().set(now);
            }
        });
        figureChoice.setConverter(ShownAs.labels(a::label));
        figureChoice.setOnShowing(e -> figureChoice.getItems().setAll(a.figureChoices()));
        figureChoice.getItems().setAll(a.figureChoices());
        figureChoice.valueProperty().bindBidirectional(a.figureProperty());
        statementField.textProperty().bindBidirectional(a.statementProperty());
        sourceField.textProperty().bindBidirectional(a.sourceProperty());
        readingLabel.textProperty().bind(a.readingProperty());
        addButton.disableProperty().bind(a.canAddProperty().not());
        saveButton.disableProperty().bind(a.canAddProperty().and(a.canEditProperty()).not());
        withdrawButton.disableProperty().bind(a.canEditProperty().not());
    }

    private TableColumn<ComparisonRow, String> verdictColumn() {
        TableColumn<ComparisonRow, String> c = column(m.get("announced.column.verdict"), ComparisonRow::verdict, 110);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("agrees", "differs");
                ComparisonRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                if (row != null) {
                    getStyleClass().add(row.agrees() ? "agrees" : "differs");
                }
            }
        });
        return c;
    }

    @FXML
    private void addAnnounced() {
        model.announced().add();
    }

    @FXML
    private void saveAnnounced() {
        model.announced().saveSelected();
    }

    @FXML
    private void withdrawAnnounced() {
        model.announced().withdrawSelected();
    }

    // ------------------------------------------------------------------ freeze for the press

    private void bindSnapshot() {
        PressSnapshotViewModel s = model.snapshot();
        noteField.textProperty().bindBidirectional(s.noteProperty());
        freezeButton.disableProperty().bind(s.busyProperty());
        snapshotStatus.textProperty().bind(s.statusProperty());
        changesTable.getColumns().setAll(List.of(
                column(m.get("snapshot.column.figure"), SnapshotChangeRow::figure, 240),
                column(m.get("snapshot.column.before"), SnapshotChangeRow::before, 140),
                column(m.get("snapshot.column.after"), SnapshotChangeRow::after, 140),
                column(m.get("snapshot.column.difference"), SnapshotChangeRow::difference, 120),
                column(m.get("snapshot.column.causes"), r -> String.join("\n", r.causes()), 520)));
        changesTable.setPlaceholder(new Label(m.get("snapshot.empty")));
        changesTable.setItems(FXCollections.observableArrayList(s.changesProperty().get()));
        s.changesProperty().addListener((o, was, now) -> changesTable.getItems().setAll(now));
    }

    @FXML
    private void openCeremony() {
        if (openCeremony != null) {
            openCeremony.run();
        }
    }

    @FXML
    private void freeze() {
        model.snapshot().freeze();
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
