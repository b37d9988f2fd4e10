package org.conferencedesk.exhibitors.ui;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothPlace;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanWords;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;

/**
 * Booths drawn on the hall's grid (every measure snaps to 0.5 m, {@link PlanGrid}), in layout mode:
 * a rectangle dragged on free floor becomes a new booth (its number, kind, area and corner asked in a
 * small form) or places a booth not yet on the plan; a booth dragged moves, its lower right corner
 * dragged resizes it; from the keyboard Ctrl+arrows move the focused booth by 0.5 m and
 * Ctrl+Shift+arrows grow or shrink it, Enter saves, Esc puts it back. While a rectangle is dragged it
 * is checked against the hall's walls and the other booths ({@link BoothPlace#fitsIn},
 * {@link BoothPlace#overlaps}) and the sentence shown; a place that overlaps or lies outside is
 * refused with that sentence and changes nothing. {@link BoothService#saveBooth} checks again, under
 * its lock, and has the last word.
 *
 * <p>Coordinates are metres from the hall's top left corner. UI thread; no {@code javafx.scene}.
 */
public final class BoothLayoutViewModel {

    private enum Drag { NONE, DRAW, MOVE, RESIZE }

    private final BoothService booths;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final PlanWords words;
    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing");
    private final ReadOnlyObjectWrapper<BoothPlace> draft = new ReadOnlyObjectWrapper<>(this, "draft");
    private final ReadOnlyObjectWrapper<Long> draftBoothId = new ReadOnlyObjectWrapper<>(this, "draftBoothId");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper formOpen = new ReadOnlyBooleanWrapper(this, "formOpen");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final ObjectProperty<BoothKind> kind = new SimpleObjectProperty<>(this, "kind", BoothKind.STANDARD);
    private final StringProperty area = new SimpleStringProperty(this, "area", "");
    private final BooleanProperty corner = new SimpleBooleanProperty(this, "corner");
    private final ObservableList<Booth> unplaced = FXCollections.observableArrayList();
    private final ObjectProperty<Booth> toPlace = new SimpleObjectProperty<>(this, "toPlace");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private HallPlan plan;
    private Drag drag = Drag.NONE;
    private BoothPlace original;
    private double anchorX;
    private double anchorY;

    BoothLayoutViewModel(BoothService booths, TaskExecutor executor, DialogService dialogs, PlanWords words) {
        this.booths = booths;
        this.executor = executor;
        this.dialogs = dialogs;
        this.words = words;
        editing.addListener((o, was, now) -> {
            if (!now) {
                cancel();
                cancelForm();
            }
            message.set("");
        });
    }

    // ------------------------------------------------------------------ properties

    /** True in layout mode (drawing, moving and resizing booths). */
    public BooleanProperty editingProperty() {
        return editing;
    }

    /** The rectangle being drawn, moved or resized (snapped), or null. */
    public ReadOnlyObjectProperty<BoothPlace> draftProperty() {
        return draft.getReadOnlyProperty();
    }

    /** The booth being moved or resized, or null for a new rectangle. */
    public ReadOnlyObjectProperty<Long> draftBoothIdProperty() {
        return draftBoothId.getReadOnlyProperty();
    }

    /** Why the rectangle cannot stand there (overlap, outside the hall), or why a save was refused; "" if nothing. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last change did ("Booth A-101 moved to 12.5 m, 4 m."); "" for nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the new booth's form is open (after a rectangle was drawn). */
    public ReadOnlyBooleanProperty formOpenProperty() {
        return formOpen.getReadOnlyProperty();
    }

    /** The new booth's number as typed. */
    public StringProperty codeProperty() {
        return code;
    }

    /** The new booth's kind. */
    public ObjectProperty<BoothKind> kindProperty() {
        return kind;
    }

    /** The new booth's area in m² as typed (width × depth to start with). */
    public StringProperty areaProperty() {
        return area;
    }

    /** True if the new booth is a corner booth. */
    public BooleanProperty cornerProperty() {
        return corner;
    }

    /** The hall's booths not yet on the plan, by code. */
    public ObservableList<Booth> unplaced() {
        return unplaced;
    }

    /** The booth the next rectangle places, or null: the next rectangle is a new booth. */
    public ObjectProperty<Booth> toPlaceProperty() {
        return toPlace;
    }

    /** True while a change is saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The plan was read again. */
    void setPlan(HallPlan read) {
        boolean otherHall = plan == null || read == null || !Objects.equals(plan.hall().id(), read.hall().id());
        plan = read;
        List<Booth> free = read == null ? List.of()
                : read.booths().stream().map(HallPlan.PlannedBooth::booth).filter(b -> b.place() == null).toList();
        Booth chosen = toPlace.get();
        unplaced.setAll(free);
        toPlace.set(chosen == null ? null : free.stream().filter(b -> b.id().equals(chosen.id())).findFirst().orElse(null));
        if (otherHall) {
            cancel();
            cancelForm();
        }
    }

    // ------------------------------------------------------------------ the mouse

    /** A drag starts on free floor at ({@code x}, {@code y}) metres: a new rectangle. */
    public void startDrawing(double x, double y) {
        if (!canChange()) {
            return;
        }
        cancelForm();
        drag = Drag.DRAW;
        anchorX = x;
        anchorY = y;
        draftBoothId.set(null);
        show(PlanGrid.rectangle(x, y, x, y), null);
    }

    /** A drag starts on booth {@code boothId} at ({@code x}, {@code y}) metres: it moves. */
    public void startMove(long boothId, double x, double y) {
        start(boothId, Drag.MOVE, x, y);
    }

    /** A drag starts on booth {@code boothId}'s lower right corner: it is resized. */
    public void startResize(long boothId) {
        start(boothId, Drag.RESIZE, 0, 0);
    }

    /** The mouse is dragged to ({@code x}, {@code y}) metres. */
    public void dragTo(double x, double y) {
        switch (drag) {
            case DRAW -> show(PlanGrid.rectangle(anchorX, anchorY, x, y), null);
            case MOVE -> show(PlanGrid.moved(original, x - anchorX, y - anchorY), draftBoothId.get());
            case RESIZE -> show(PlanGrid.resized(original, x, y), draftBoothId.get());
            default -> { }
        }
    }

    /** The mouse is released: a new rectangle opens the form (or places the booth chosen), a moved booth is saved. */
    public void finishDrag() {
        Drag was = drag;
        drag = Drag.NONE;
        if (was == Drag.NONE || draft.get() == null) {
            return;
        }
        if (!problem.get().isEmpty()) {
            clearDraft();
            return;
        }
        if (was != Drag.DRAW) {
            commit();
        } else if (toPlace.get() != null) {
            savePlace(toPlace.get(), draft.get());
        } else {
            code.set("");
            kind.set(BoothKind.STANDARD);
            area.set(PlanWords.metres(PlanGrid.area(draft.get())));
            corner.set(false);
            formOpen.set(true);
        }
    }

    // ------------------------------------------------------------------ the keyboard

    /** Ctrl+arrow: the booth moves by whole grid steps (pending until {@link #commit()}). */
    public void nudge(long boothId, int dxSteps, int dySteps) {
        if (pendingOn(boothId)) {
            double step = PlanGrid.STEP.doubleValue();
            show(PlanGrid.moved(draft.get(), dxSteps * step, dySteps * step), boothId);
        }
    }

    /** Ctrl+Shift+arrow: the booth grows or shrinks by whole grid steps (pending until {@link #commit()}). */
    public void grow(long boothId, int widthSteps, int depthSteps) {
        if (pendingOn(boothId)) {
            show(PlanGrid.grown(draft.get(), widthSteps, depthSteps), boothId);
        }
    }

    /** Enter: saves the booth's new place; refused with the sentence if it overlaps or lies outside. */
    public void commit() {
        Long id = draftBoothId.get();
        BoothPlace place = draft.get();
        if (id == null || place == null) {
            return;
        }
        if (!problem.get().isEmpty()) {
            message.set("");
            return;
        }
        Booth booth = booth(id);
        if (booth == null || place.equals(booth.place())) {
            clearDraft();
            return;
        }
        savePlace(booth, place);
    }

    /** Esc: the booth goes back where it was; a rectangle being drawn is dropped. */
    public void cancel() {
        drag = Drag.NONE;
        clearDraft();
        problem.set("");
    }

    /** True if a move or resize is waiting for Enter. */
    public boolean hasPending() {
        return draft.get() != null && drag == Drag.NONE && draftBoothId.get() != null;
    }

    // ------------------------------------------------------------------ the new booth's form

    /** Adds the new booth at the rectangle drawn, with the number, kind, area and corner typed. */
    public void saveNewBooth() {
        BoothPlace place = draft.get();
        if (!formOpen.get() || place == null || plan == null || busy.get()) {
            return;
        }
        BigDecimal areaM2;
        try {
            areaM2 = new BigDecimal(Normalizer.normalize(area.get() == null ? "" : area.get(), Normalizer.Form.NFKC).strip());
        } catch (NumberFormatException e) {
            problem.set(words.get("layout.areaNotNumber", area.get()));
            return;
        }
        Hall hall = plan.hall();
        Booth booth = Booth.of(hall.eventId(), hall.id(), code.get() == null ? "" : code.get(), kind.get(), areaM2)
                .withPlace(place).withCorner(corner.get());
        save(booth, saved -> {
            formOpen.set(false);
            message.set(words.get("layout.added", saved.code(), PlanWords.metres(place.x()), PlanWords.metres(place.y())));
        });
    }

    /** Closes the new booth's form; the rectangle is dropped. */
    public void cancelForm() {
        if (formOpen.get()) {
            formOpen.set(false);
            clearDraft();
        }
        problem.set("");
    }

    /** Delete: removes the booth after asking (Cancel is the default); a booked booth is refused, naming its holder. */
    public void delete(long boothId) {
        Booth booth = booth(boothId);
        if (booth == null || !canChange()) {
            return;
        }
        if (!dialogs.confirmDestructive(words.get("layout.deleteTitle", booth.code()),
                words.get("layout.deleteQuestion", booth.code()), words.get("layout.deleteAction"))) {
            return;
        }
        busy.set(true);
        executor.execute(() -> booths.deleteBooth(booth.eventId(), boothId), deleted -> {
            busy.set(false);
            message.set(words.get("layout.deleted", booth.code()));
        }, this::refused);
    }

    // ------------------------------------------------------------------ helpers

    private boolean canChange() {
        return editing.get() && plan != null && !busy.get();
    }

    private void start(long boothId, Drag kindOfDrag, double x, double y) {
        Booth booth = booth(boothId);
        if (!canChange() || booth == null || booth.place() == null) {
            return;
        }
        cancelForm();
        drag = kindOfDrag;
        anchorX = x;
        anchorY = y;
        original = booth.place();
        show(original, boothId);
    }

    /** Starts a pending change of the booth (or continues one); false if it cannot be changed now. */
    private boolean pendingOn(long boothId) {
        if (!canChange() || drag != Drag.NONE) {
            return false;
        }
        if (draft.get() != null && Objects.equals(draftBoothId.get(), boothId)) {
            return true;
        }
        Booth booth = booth(boothId);
        if (booth == null || booth.place() == null) {
            return false;
        }
        cancelForm();
        show(booth.place(), boothId);
        return true;
    }

    private void show(BoothPlace place, Long boothId) {
        draftBoothId.set(boothId);
        draft.set(place);
        problem.set(problemWith(place, boothId));
    }

    private void clearDraft() {
        draft.set(null);
        draftBoothId.set(null);
    }

    /** Why {@code place} cannot hold booth {@code boothId} (null: a new one): outside the hall, or over another booth. */
    String problemWith(BoothPlace place, Long boothId) {
        if (plan == null) {
            return "";
        }
        Hall hall = plan.hall();
        Booth moving = boothId == null ? null : booth(boothId);
        if (hall.hasSize() && !place.fitsIn(hall.widthM(), hall.depthM())) {
            return moving == null
                    ? words.get("layout.outside", hall.code(), PlanWords.metres(hall.widthM()), PlanWords.metres(hall.depthM()))
                    : words.exhibitors("rule.outsideHall", words.exhibitors("field.place"), moving.code(), hall.code(),
                            PlanWords.metres(hall.widthM()), PlanWords.metres(hall.depthM()));
        }
        for (HallPlan.PlannedBooth other : plan.booths()) {
            BoothPlace there = other.booth().place();
            if (there != null && !Objects.equals(other.booth().id(), boothId) && place.overlaps(there)) {
                return moving == null ? words.get("layout.overlap", other.booth().code())
                        : words.exhibitors("booth.overlap", moving.code(), other.booth().code(), hall.code());
            }
        }
        return "";
    }

    private Booth booth(long boothId) {
        return plan == null ? null : plan.booths().stream().map(HallPlan.PlannedBooth::booth)
                .filter(b -> b.id() == boothId).findFirst().orElse(null);
    }

    private void savePlace(Booth booth, BoothPlace place) {
        save(booth.withPlace(place), saved -> message.set(words.get("layout.moved", saved.code(),
                PlanWords.metres(place.x()), PlanWords.metres(place.y()), PlanWords.metres(place.width()),
                PlanWords.metres(place.depth()))));
    }

    private void save(Booth booth, java.util.function.Consumer<Booth> then) {
        busy.set(true);
        problem.set("");
        executor.execute(() -> booths.saveBooth(booth), saved -> {
            busy.set(false);
            clearDraft();
            if (toPlace.get() != null && Objects.equals(toPlace.get().id(), saved.id())) {
                toPlace.set(null);
            }
            then.accept(saved);
        }, this::refused);
    }

    private void refused(Throwable failure) {
        busy.set(false);
        if (!formOpen.get()) {
            clearDraft();
        }
        message.set("");
        problem.set(UserFacingException.sentenceOf(failure, words.locale()));
    }
}
