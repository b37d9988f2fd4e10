package org.conferencedesk.exhibitors.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanWords;

/**
 * The hall plan screen (FXML controller): binds {@code HallPlanView.fxml} and a {@link PlanDrawing}
 * to a {@link HallPlanViewModel}. Tab order: hall, zoom, layout mode, PDF, the plan (one stop; arrows
 * inside), then the booking (exhibitor, days, Book, Release). Enter on a booth opens its booking and
 * puts the cursor in the exhibitor field (or on the first Release button of a fully booked booth).
 * Ctrl+plus/minus, Ctrl+wheel and Ctrl+0 zoom anywhere on the screen. Nothing else.
 */
public final class HallPlanView {

    private final HallPlanViewModel model;
    private final PlanPdfViewModel pdfModel;
    private final Supplier<Window> owner;
    private final PlanWords words;
    private PlanDrawing drawing;
    private boolean syncingChoice;

    @FXML private BorderPane root;
    @FXML private ComboBox<Hall> hallChoice;
    @FXML private Label scaleLabel;
    @FXML private Button zoomInButton;
    @FXML private Button zoomOutButton;
    @FXML private Button fitButton;
    @FXML private ToggleButton editToggle;
    @FXML private Button pdfButton;
    @FXML private HBox legendBox;
    @FXML private Label noticeLabel;
    @FXML private ScrollPane planScroll;
    @FXML private Label unplacedLabel;
    @FXML private VBox bookingPane;
    @FXML private Label emptyLabel;
    @FXML private Label bookingTitle;
    @FXML private Label bookingDetails;
    @FXML private Label heldHeading;
    @FXML private VBox heldBox;
    @FXML private Label freeLabel;
    @FXML private VBox bookForm;
    @FXML private TextField exhibitorField;
    @FXML private ListView<BoothBookingViewModel.Choice> matchList;
    @FXML private ComboBox<LocalDate> firstDayChoice;
    @FXML private ComboBox<LocalDate> lastDayChoice;
    @FXML private Button bookButton;
    @FXML private Label bookingMessage;
    @FXML private VBox layoutPane;
    @FXML private ComboBox<Booth> placeChoice;
    @FXML private VBox newBoothForm;
    @FXML private Label codeLabel;
    @FXML private TextField codeField;
    @FXML private Label kindLabel;
    @FXML private ComboBox<BoothKind> kindChoice;
    @FXML private Label areaLabel;
    @FXML private TextField areaField;
    @FXML private CheckBox cornerCheck;
    @FXML private Label layoutProblem;
    @FXML private Label layoutMessage;
    @FXML private Label focusedLabel;
    @FXML private Label hintLabel;

    private HallPlanView(HallPlanViewModel model, PlanPdfViewModel pdfModel, Supplier<Window> owner) {
        this.model = model;
        this.pdfModel = pdfModel;
        this.owner = owner;
        this.words = model.words();
    }

    /**
     * Loads the screen.
     *
     * @param model the plan
     * @param pdfModel the "PDF…" button
     * @param owner the window the save dialog belongs to (may supply null)
     * @throws UncheckedIOException if the FXML cannot be read (a packaging error)
     */
    public static Parent load(HallPlanViewModel model, PlanPdfViewModel pdfModel, Supplier<Window> owner) {
        FXMLLoader loader = new FXMLLoader(HallPlanView.class.getResource("HallPlanView.fxml"), model.words().messages().bundle());
        loader.setControllerFactory(type -> new HallPlanView(model, pdfModel, owner));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load HallPlanView.fxml", e);
        }
    }

    /** Puts the keyboard focus on the plan (when the screen is shown). */
    public static void focusPlan(Parent screen) {
        Node plan = screen.lookup("#planDrawing");
        if (plan != null) {
            plan.requestFocus();
        }
    }

    @FXML
    private void initialize() {
        drawing = new PlanDrawing(model);
        drawing.setAccessibleHelp(words.get("plan.label"));
        planScroll.setContent(drawing);
        planScroll.setFitToWidth(true);
        planScroll.setFitToHeight(true);
        toolbar();
        legend();
        booking();
        layout();
        noticeLabel.textProperty().bind(model.noticeProperty());
        showWhenText(noticeLabel);
        unplacedLabel.textProperty().bind(model.unplacedTextProperty());
        showWhenText(unplacedLabel);
        focusedLabel.textProperty().bind(model.focusedTextProperty());
        hintLabel.textProperty().bind(Bindings.when(model.layout().editingProperty())
                .then(words.get("layout.next")).otherwise(words.get("status.hint")));
        hintLabel.visibleProperty().bind(model.layout().editingProperty().not());
        hintLabel.managedProperty().bind(hintLabel.visibleProperty());
        model.focusedProperty().addListener((o, was, now) -> Platform.runLater(this::showFocused));
        drawing.setOnOpen(this::intoBooking);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
        planScroll.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        planScroll.viewportBoundsProperty().addListener(o -> refit());
        model.floorWidthProperty().addListener(o -> refit());
        model.floorDepthProperty().addListener(o -> refit());
    }

    // ------------------------------------------------------------------ toolbar and zoom

    private void toolbar() {
        hallChoice.setItems(model.halls());
        hallChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Hall hall) {
                return hall == null ? "" : words.hallName(hall);
            }

            @Override
            public Hall fromString(String text) {
                return null;
            }
        });
        hallChoice.valueProperty().bindBidirectional(model.hallProperty());
        zoomInButton.setTooltip(new Tooltip(words.get("toolbar.zoomIn")));
        zoomOutButton.setTooltip(new Tooltip(words.get("toolbar.zoomOut")));
        fitButton.setText(words.get("toolbar.fitted"));
        fitButton.setTooltip(new Tooltip(words.get("toolbar.fit")));
        scaleLabel.textProperty().bind(Bindings.createStringBinding(() -> words.get("toolbar.scale",
                Math.round(model.zoom().pixelsPerMetre() * 10) / 10.0), model.zoom().pixelsPerMetreProperty()));
        editToggle.selectedProperty().bindBidirectional(model.layout().editingProperty());
        pdfButton.disableProperty().bind(pdfModel.busyProperty().or(model.planProperty().isNull()));
    }

    @FXML
    private void zoomIn() {
        zoomAround(PlanZoom.STEP, null);
    }

    @FXML
    private void zoomOut() {
        zoomAround(1 / PlanZoom.STEP, null);
    }

    @FXML
    private void fit() {
        Bounds view = planScroll.getViewportBounds();
        model.zoom().fit(view.getWidth(), view.getHeight(), model.floorWidthProperty().get(), model.floorDepthProperty().get());
    }

    private void refit() {
        Bounds view = planScroll.getViewportBounds();
        model.zoom().refit(view.getWidth(), view.getHeight(), model.floorWidthProperty().get(), model.floorDepthProperty().get());
    }

    private void zoomKeys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD) {
            zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoomOut();
        } else if (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) {
            fit();
        } else {
            return;
        }
        e.consume();
    }

    private void wheel(ScrollEvent e) {
        if (e.isShortcutDown() && e.getDeltaY() != 0) {
            zoomAround(e.getDeltaY() > 0 ? PlanZoom.STEP : 1 / PlanZoom.STEP, drawing.sceneToLocal(e.getSceneX(), e.getSceneY()));
            e.consume();
        }
    }

    /** Zooms by {@code factor} keeping the point under the mouse (or the middle of the view) where it is. */
    private void zoomAround(double factor, javafx.geometry.Point2D pointer) {
        Bounds view = planScroll.getViewportBounds();
        double viewX = -view.getMinX();
        double viewY = -view.getMinY();
        javafx.geometry.Point2D at = pointer != null ? pointer
                : new javafx.geometry.Point2D(viewX + view.getWidth() / 2, viewY + view.getHeight() / 2);
        double before = model.zoom().pixelsPerMetre();
        double offsetX = at.getX() - viewX;
        double offsetY = at.getY() - viewY;
        model.zoom().zoomBy(factor);
        double ratio = model.zoom().pixelsPerMetre() / before;
        planScroll.layout();
        double newX = drawing.originX() + (at.getX() - drawing.originX()) * ratio - offsetX;
        double newY = drawing.originY() + (at.getY() - drawing.originY()) * ratio - offsetY;
        scrollTo(newX, newY);
    }

    /** Scrolls so that the view's top left corner is at ({@code x}, {@code y}) of the drawing. */
    private void scrollTo(double x, double y) {
        Bounds view = planScroll.getViewportBounds();
        double spareX = drawing.getBoundsInLocal().getWidth() - view.getWidth();
        double spareY = drawing.getBoundsInLocal().getHeight() - view.getHeight();
        planScroll.setHvalue(spareX <= 0 ? 0 : Math.max(0, Math.min(1, x / spareX)));
        planScroll.setVvalue(spareY <= 0 ? 0 : Math.max(0, Math.min(1, y / spareY)));
    }

    /** Scrolls the focused booth into view if it is not (wholly) visible. */
    private void showFocused() {
        HallPlan.PlannedBooth focused = model.focusedProperty().get();
        BoothNode node = focused == null ? null : drawing.nodeOf(focused.booth().id());
        if (node == null) {
            return;
        }
        Bounds view = planScroll.getViewportBounds();
        double viewX = -view.getMinX();
        double viewY = -view.getMinY();
        Bounds b = node.getBoundsInParent();
        double x = viewX;
        double y = viewY;
        if (b.getMinX() < viewX || b.getMaxX() > viewX + view.getWidth()) {
            x = b.getMinX() + b.getWidth() / 2 - view.getWidth() / 2;
        }
        if (b.getMinY() < viewY || b.getMaxY() > viewY + view.getHeight()) {
            y = b.getMinY() + b.getHeight() / 2 - view.getHeight() / 2;
        }
        if (x != viewX || y != viewY) {
            scrollTo(x, y);
        }
    }

    private void legend() {
        Label title = new Label(words.get("legend.title"));
        title.getStyleClass().add("section-title");
        legendBox.getChildren().add(title);
        for (HallPlan.State state : HallPlan.State.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("legend-swatch");
            swatch.setBackground(new Background(new BackgroundFill(BoothPaints.fill(state), CornerRadii.EMPTY, Insets.EMPTY)));
            swatch.setMinSize(24, 15);
            swatch.setPrefSize(24, 15);
            swatch.setMaxSize(24, 15);
            Label label = new Label(words.state(state), swatch);
            label.setId("legend" + state.name());
            label.setGraphicTextGap(5);
            legendBox.getChildren().add(label);
        }
    }

    // ------------------------------------------------------------------ booking

    private void booking() {
        BoothBookingViewModel booking = model.booking();
        var open = booking.boothProperty().isNotNull();
        emptyLabel.visibleProperty().bind(open.not());
        bookingTitle.textProperty().bind(booking.titleProperty());
        bookingDetails.textProperty().bind(booking.detailsProperty());
        for (Node n : new Node[] {bookingTitle, bookingDetails}) {
            n.visibleProperty().bind(open);
        }
        heldHeading.visibleProperty().bind(open.and(Bindings.isNotEmpty(booking.held())));
        freeLabel.visibleProperty().bind(open.and(Bindings.isEmpty(booking.held())));
        bookForm.visibleProperty().bind(open.and(booking.anyDayFreeProperty()));
        for (Node n : new Node[] {emptyLabel, bookingTitle, bookingDetails, heldHeading, freeLabel, bookForm}) {
            n.managedProperty().bind(n.visibleProperty());
        }
        booking.held().addListener((ListChangeListener<BoothBookingViewModel.HeldLine>) c -> showHeld());
        exhibitorField.textProperty().bindBidirectional(booking.queryProperty());
        matchList.setItems(booking.matches());
        matchList.setCellFactory(list -> new ChoiceCell());
        matchList.setPlaceholder(new Label(words.get("booking.noMatch")));
        matchList.getPlaceholder().visibleProperty().bind(booking.queryProperty().isNotEmpty());
        booking.chosenIndexProperty().addListener((o, was, now) -> {
            syncingChoice = true;
            try {
                if (now.intValue() < 0) {
                    matchList.getSelectionModel().clearSelection();
                } else {
                    matchList.getSelectionModel().select(now.intValue());
                    matchList.scrollTo(now.intValue());
                }
            } finally {
                syncingChoice = false;
            }
        });
        matchList.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncingChoice && now.intValue() >= 0) {
                booking.chosenIndexProperty().set(now.intValue());
            }
        });
        matchList.setOnMouseClicked(e -> exhibitorField.requestFocus());
        exhibitorField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN) {
                booking.moveChoice(1);
            } else if (e.getCode() == KeyCode.UP) {
                booking.moveChoice(-1);
            } else if (e.getCode() == KeyCode.ENTER) {
                booking.book();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                drawing.requestFocus();
            } else {
                return;
            }
            e.consume();
        });
        StringConverter<LocalDate> day = new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : words.day(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return null;
            }
        };
        for (ComboBox<LocalDate> choice : java.util.List.of(firstDayChoice, lastDayChoice)) {
            choice.setItems(booking.days());
            choice.setConverter(day);
        }
        firstDayChoice.valueProperty().bindBidirectional(booking.firstDayProperty());
        lastDayChoice.valueProperty().bindBidirectional(booking.lastDayProperty());
        bookButton.disableProperty().bind(booking.canBookProperty().not());
        bookingMessage.textProperty().bind(booking.messageProperty());
        booking.failedProperty().addListener((o, was, now) -> failedStyle(bookingMessage, now));
        showWhenText(bookingMessage);
        bookingPane.visibleProperty().bind(model.layout().editingProperty().not());
        bookingPane.managedProperty().bind(bookingPane.visibleProperty());
    }

    private void showHeld() {
        heldBox.getChildren().clear();
        int i = 0;
        for (BoothBookingViewModel.HeldLine line : model.booking().held()) {
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button release = new Button(words.get("booking.release"));
            release.setId("release" + i++);
            release.setMinWidth(Region.USE_PREF_SIZE);
            release.disableProperty().bind(model.booking().busyProperty());
            release.setOnAction(e -> model.booking().release(line));
            HBox row = new HBox(8, text, release);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("held-line");
            heldBox.getChildren().add(row);
        }
    }

    /** After Enter or a click on a booth: the cursor goes where the booking continues. */
    private void intoBooking() {
        if (model.layout().editingProperty().get() || model.booking().boothProperty().get() == null) {
            return;
        }
        if (model.booking().anyDayFreeProperty().get()) {
            exhibitorField.requestFocus();
        } else if (!heldBox.getChildren().isEmpty()) {
            ((HBox) heldBox.getChildren().get(0)).getChildren().get(1).requestFocus();
        }
    }

    @FXML
    private void book() {
        model.booking().book();
    }

    @FXML
    private void pdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(pdfModel.saveTitle());
        chooser.setInitialFileName(pdfModel.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(owner.get());
        if (file != null) {
            pdfModel.write(model.eventProperty().get(), file.toPath());
        }
    }

    // ------------------------------------------------------------------ layout

    private void layout() {
        BoothLayoutViewModel layout = model.layout();
        layoutPane.visibleProperty().bind(layout.editingProperty());
        layoutPane.managedProperty().bind(layoutPane.visibleProperty());
        placeChoice.getItems().add(null);
        layout.unplaced().addListener((ListChangeListener<Booth>) c -> {
            Booth chosen = layout.toPlaceProperty().get();
            placeChoice.getItems().setAll(layout.unplaced());
            placeChoice.getItems().add(0, null);
            placeChoice.setValue(chosen);
        });
        placeChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Booth booth) {
                return booth == null ? words.get("layout.newChoice") : booth.code();
            }

            @Override
            public Booth fromString(String text) {
                return null;
            }
        });
        placeChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Booth item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : placeChoice.getConverter().toString(item));
            }
        });
        placeChoice.valueProperty().bindBidirectional(layout.toPlaceProperty());
        newBoothForm.visibleProperty().bind(layout.formOpenProperty());
        newBoothForm.managedProperty().bind(newBoothForm.visibleProperty());
        codeLabel.setText(words.exhibitors("field.booth"));
        codeLabel.setLabelFor(codeField);
        kindLabel.setText(words.exhibitors("field.kind"));
        kindLabel.setLabelFor(kindChoice);
        areaLabel.setText(words.exhibitors("field.areaM2"));
        areaLabel.setLabelFor(areaField);
        cornerCheck.setText(words.exhibitors("field.corner"));
        codeField.textProperty().bindBidirectional(layout.codeProperty());
        areaField.textProperty().bindBidirectional(layout.areaProperty());
        cornerCheck.selectedProperty().bindBidirectional(layout.cornerProperty());
        kindChoice.getItems().setAll(BoothKind.values());
        kindChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(BoothKind kind) {
                return kind == null ? "" : words.kind(kind);
            }

            @Override
            public BoothKind fromString(String text) {
                return null;
            }
        });
        kindChoice.valueProperty().bindBidirectional(layout.kindProperty());
        layout.formOpenProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(codeField::requestFocus);
            }
        });
        for (TextField field : java.util.List.of(codeField, areaField)) {
            field.setOnAction(e -> layout.saveNewBooth());
        }
        layoutProblem.textProperty().bind(layout.problemProperty());
        showWhenText(layoutProblem);
        layoutMessage.textProperty().bind(layout.messageProperty());
        showWhenText(layoutMessage);
    }

    @FXML
    private void addBooth() {
        model.layout().saveNewBooth();
    }

    @FXML
    private void cancelBooth() {
        model.layout().cancelForm();
        drawing.requestFocus();
    }

    // ------------------------------------------------------------------ helpers

    /** An exhibitor to choose: its name, and its other-language name below in grey. */
    private static final class ChoiceCell extends ListCell<BoothBookingViewModel.Choice> {
        private final Label name = new Label();
        private final Label other = new Label();
        private final VBox lines = new VBox(name, other);

        ChoiceCell() {
            other.getStyleClass().add("plan-hint");
            other.managedProperty().bind(other.visibleProperty());
        }

        @Override
        protected void updateItem(BoothBookingViewModel.Choice item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.exhibitor().companyName());
            String otherName = item.exhibitor().otherName();
            other.setText(otherName == null ? "" : otherName);
            other.setVisible(otherName != null && !otherName.isBlank());
            setGraphic(lines);
        }
    }

    private static void showWhenText(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static void failedStyle(Label label, boolean failed) {
        label.getStyleClass().remove("failed");
        if (failed) {
            label.getStyleClass().add("failed");
        }
    }
}
