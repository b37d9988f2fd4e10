package org.conferencedesk.exhibitors.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanWords;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.RecordChange;

/**
 * The hall plan screen: the event's halls, the chosen hall's plan (its booths, who holds them, free,
 * booked or paid; {@link BoothService#plan}), the booth with the keyboard focus, moved by the arrow
 * keys by position ({@link PlanNavigation}), and the zoom ({@link PlanZoom}). Enter or a click opens
 * the focused booth's booking ({@link #booking()}); in layout mode booths are drawn, moved and
 * resized on the grid ({@link #layout()}).
 *
 * <p>Every read and write goes through {@link BoothService} on the {@link TaskExecutor}. While shown
 * ({@link #attach()} … {@link #detach()}) it follows the booths' and the exhibitors' change feeds, so
 * a booking made anywhere in the program redraws the plan; loads that would overlap are run one after
 * the other, and a load for a hall no longer shown is dropped. UI thread; no {@code javafx.scene}.
 */
public final class HallPlanViewModel {

    private final BoothService booths;
    private final TaskExecutor executor;
    private final PlanWords words;
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ObservableList<Hall> halls = FXCollections.observableArrayList();
    private final ObjectProperty<Hall> hall = new SimpleObjectProperty<>(this, "hall");
    private final ReadOnlyObjectWrapper<HallPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<HallPlan.PlannedBooth> focused = new ReadOnlyObjectWrapper<>(this, "focused");
    private final ReadOnlyStringWrapper focusedText = new ReadOnlyStringWrapper(this, "focusedText", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper unplacedText = new ReadOnlyStringWrapper(this, "unplacedText", "");
    private final ReadOnlyDoubleWrapper floorWidth = new ReadOnlyDoubleWrapper(this, "floorWidth", 10);
    private final ReadOnlyDoubleWrapper floorDepth = new ReadOnlyDoubleWrapper(this, "floorDepth", 10);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final PlanZoom zoom = new PlanZoom();
    private final BoothBookingViewModel booking;
    private final BoothLayoutViewModel layout;
    private final Consumer<RecordChange<Booth>> boothFeed;
    private final Consumer<RecordChange<Exhibitor>> exhibitorFeed;
    private final ExhibitorService exhibitors;
    private long hallsGeneration;
    private boolean planLoading;
    private boolean planAgain;
    private boolean attached;

    /**
     * @param booths halls, booths, bookings and the plan (called through {@code executor})
     * @param exhibitors the exhibitors to book for, and whose changes (names, payment) redraw the plan
     * @param executor runs every read and write off the UI thread
     * @param dialogs asks before a booking is released or a booth deleted
     * @param locale the screen's language
     */
    public HallPlanViewModel(BoothService booths, ExhibitorService exhibitors, TaskExecutor executor, DialogService dialogs,
                             Locale locale) {
        this.booths = booths;
        this.exhibitors = exhibitors;
        this.executor = executor;
        this.words = new PlanWords(locale);
        this.booking = new BoothBookingViewModel(booths, exhibitors, executor, dialogs, words);
        this.layout = new BoothLayoutViewModel(booths, executor, dialogs, words);
        booking.eventProperty().bind(event);
        this.boothFeed = change -> executor.runOnUiThread(() -> boothsChanged(change));
        this.exhibitorFeed = change -> executor.runOnUiThread(() -> exhibitorsChanged(change));
        event.addListener((o, was, now) -> {
            halls.clear();
            hall.set(null);
            if (attached) {
                loadHalls();
            }
        });
        hall.addListener((o, was, now) -> {
            focus(null);
            booking.close();
            loadPlan();
        });
    }

    /** The words of the screen (its language). */
    public PlanWords words() {
        return words;
    }

    /** Starts following the booths and exhibitors and reads the event's halls (when the screen is shown). */
    public void attach() {
        if (!attached) {
            booths.changes().addListener(boothFeed);
            exhibitors.changes().addListener(exhibitorFeed);
            attached = true;
        }
        loadHalls();
    }

    /** Stops following them (the screen is hidden). */
    public void detach() {
        if (attached) {
            booths.changes().removeListener(boothFeed);
            exhibitors.changes().removeListener(exhibitorFeed);
            attached = false;
        }
    }

    /** The event whose halls are shown; set by the window (or bound to its current event). */
    public ObjectProperty<Event> eventProperty() {
        return event;
    }

    /** The event's halls, by code. */
    public ObservableList<Hall> halls() {
        return halls;
    }

    /** The hall shown (the view's hall chooser binds to it). */
    public ObjectProperty<Hall> hallProperty() {
        return hall;
    }

    /** The plan of the hall shown, or null while there is none. */
    public ReadOnlyObjectProperty<HallPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The booth with the keyboard focus, or null. */
    public ReadOnlyObjectProperty<HallPlan.PlannedBooth> focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** What the focused booth is, in one line (status line, screen readers); "" for none. */
    public ReadOnlyStringProperty focusedTextProperty() {
        return focusedText.getReadOnlyProperty();
    }

    /** A sentence about the plan shown (no halls, a hall without a size, a load that failed); "" for none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Not on the plan: A-105, A-106" for booths without a place; "" if every booth is placed. */
    public ReadOnlyStringProperty unplacedTextProperty() {
        return unplacedText.getReadOnlyProperty();
    }

    /** The floor drawn, in metres along x: the hall's width, or (size unknown) what its booths cover. */
    public ReadOnlyDoubleProperty floorWidthProperty() {
        return floorWidth.getReadOnlyProperty();
    }

    /** The floor drawn, in metres along y. */
    public ReadOnlyDoubleProperty floorDepthProperty() {
        return floorDepth.getReadOnlyProperty();
    }

    /** True while halls or a plan are read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The zoom. */
    public PlanZoom zoom() {
        return zoom;
    }

    /** The booking of the booth opened. */
    public BoothBookingViewModel booking() {
        return booking;
    }

    /** Drawing, moving and resizing booths. */
    public BoothLayoutViewModel layout() {
        return layout;
    }

    // ------------------------------------------------------------------ focus and keys

    /** Gives the booth with this id the focus (null: none). */
    public void focus(Long boothId) {
        HallPlan.PlannedBooth found = find(boothId).orElse(null);
        focused.set(found);
        focusedText.set(found == null ? "" : words.summary(found));
    }

    /** An arrow key: the focus goes to the nearest booth that way (the first booth if none has it). */
    public void move(PlanNavigation.Direction direction) {
        PlanNavigation.next(placed(), focusedBooth(), direction).ifPresent(b -> focus(b.id()));
    }

    /** Home: the first booth in reading order. */
    public void focusFirst() {
        PlanNavigation.first(placed()).ifPresent(b -> focus(b.id()));
    }

    /** End: the last booth in reading order. */
    public void focusLast() {
        PlanNavigation.last(placed()).ifPresent(b -> focus(b.id()));
    }

    /** Enter: opens the focused booth's booking (nothing if no booth has the focus). */
    public void openFocused() {
        HallPlan.PlannedBooth booth = focused.get();
        if (booth != null && plan.get() != null) {
            booking.open(booth, plan.get().hall());
        }
    }

    /** A click on a booth: it gets the focus and its booking opens. */
    public void open(long boothId) {
        focus(boothId);
        openFocused();
    }

    /** The booths on the plan (with a place). */
    public List<Booth> placed() {
        HallPlan p = plan.get();
        return p == null ? List.of() : p.booths().stream().map(HallPlan.PlannedBooth::booth).filter(b -> b.place() != null).toList();
    }

    private Booth focusedBooth() {
        return focused.get() == null ? null : focused.get().booth();
    }

    private Optional<HallPlan.PlannedBooth> find(Long boothId) {
        HallPlan p = plan.get();
        if (p == null || boothId == null) {
            return Optional.empty();
        }
        return p.booths().stream().filter(b -> boothId.equals(b.booth().id())).findFirst();
    }

    // ------------------------------------------------------------------ loading

    private void loadHalls() {
        Event e = event.get();
        if (e == null) {
            notice.set("");
            return;
        }
        long generation = ++hallsGeneration;
        loading.set(true);
        executor.execute(() -> booths.halls(e.id()), found -> {
            if (generation != hallsGeneration || !Objects.equals(event.get(), e)) {
                return;
            }
            loading.set(false);
            Long shownId = hall.get() == null ? null : hall.get().id();
            halls.setAll(found);
            Hall chosen = found.stream().filter(h -> h.id().equals(shownId)).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0));
            if (Objects.equals(chosen, hall.get())) {
                loadPlan();
            } else {
                hall.set(chosen);
            }
            if (found.isEmpty()) {
                notice.set(words.get("plan.noHalls", e.displayName()));
            }
        }, this::failed);
    }

    /** Reads the shown hall's plan again (one load at a time; a request during a load runs after it). */
    void loadPlan() {
        Event e = event.get();
        Hall h = hall.get();
        if (e == null || h == null) {
            applyPlan(null);
            return;
        }
        if (planLoading) {
            planAgain = true;
            return;
        }
        planLoading = true;
        loading.set(true);
        executor.execute(() -> booths.plan(e.id(), h.id()), read -> {
            planDone();
            if (Objects.equals(event.get(), e) && hall.get() != null && h.id().equals(hall.get().id())) {
                applyPlan(read);
            }
            again();
        }, failure -> {
            planDone();
            failed(failure);
            again();
        });
    }

    private void planDone() {
        planLoading = false;
        loading.set(false);
    }

    private void again() {
        if (planAgain) {
            planAgain = false;
            loadPlan();
        }
    }

    private void applyPlan(HallPlan read) {
        Long focusedId = focusedBooth() == null ? null : focusedBooth().id();
        plan.set(read);
        layout.setPlan(read);
        focus(focusedId);
        if (read == null) {
            unplacedText.set("");
            return;
        }
        booking.refresh(read);
        Hall h = read.hall();
        double width = h.widthM() != null ? h.widthM().doubleValue() : 0;
        double depth = h.depthM() != null ? h.depthM().doubleValue() : 0;
        for (Booth b : placed()) {
            width = Math.max(width, b.place().right().doubleValue());
            depth = Math.max(depth, b.place().bottom().doubleValue());
        }
        floorWidth.set(width > 0 ? width : 10);
        floorDepth.set(depth > 0 ? depth : 10);
        List<String> unplaced = read.booths().stream().map(HallPlan.PlannedBooth::booth).filter(b -> b.place() == null)
                .map(Booth::code).toList();
        unplacedText.set(unplaced.isEmpty() ? "" : words.get("plan.unplaced", unplaced.size(), String.join(", ", unplaced)));
        if (read.booths().isEmpty()) {
            notice.set(words.get("plan.noBooths", h.code()));
        } else if (!h.hasSize()) {
            notice.set(words.get("plan.noSize", h.code()));
        } else {
            notice.set("");
        }
    }

    private void failed(Throwable failure) {
        loading.set(false);
        notice.set(UserFacingException.sentenceOf(failure, words.locale()));
    }

    // ------------------------------------------------------------------ change feeds

    private void boothsChanged(RecordChange<Booth> change) {
        Event e = event.get();
        if (!attached || e == null || change.eventId() != e.id()) {
            return;
        }
        if (change instanceof RecordChange.Reloaded<Booth>) {
            loadHalls();
            return;
        }
        HallPlan p = plan.get();
        // A booking or a change of booths already on the plan (the usual case after a booking on it):
        // only those booths are read again; anything else (a booth added, moved, deleted) the whole plan.
        if (p != null && change instanceof RecordChange.Saved<Booth> saved && saved.records().stream()
                .allMatch(b -> b.hallId() == p.hall().id() && p.booths().stream().anyMatch(x -> x.booth().id().equals(b.id())))) {
            loadBooths(saved.records().stream().map(Booth::id).toList());
        } else {
            loadPlan();
        }
    }

    /**
     * Reads these booths of the shown hall again and puts them into the plan (the rest is kept); the
     * whole plan instead while it is being read, or if one of them has left the hall.
     */
    private void loadBooths(List<Long> boothIds) {
        Event e = event.get();
        Hall h = hall.get();
        if (e == null || h == null || boothIds.isEmpty()) {
            return;
        }
        if (planLoading) {
            planAgain = true;
            return;
        }
        executor.execute(() -> booths.plannedBooths(e.id(), h.id(), boothIds), read -> {
            HallPlan p = plan.get();
            if (!Objects.equals(event.get(), e) || hall.get() == null || !h.id().equals(hall.get().id()) || p == null) {
                return;
            }
            if (read.size() < boothIds.size() || planLoading) {
                loadPlan();
            } else {
                applyPlan(p.with(read));
            }
        }, this::failed);
    }

    private void exhibitorsChanged(RecordChange<Exhibitor> change) {
        Event e = event.get();
        if (!attached || e == null || change.eventId() != e.id()) {
            return;
        }
        booking.exhibitorsChanged();
        HallPlan p = plan.get();
        if (p == null) {
            return;
        }
        List<Long> ids = null;
        if (change instanceof RecordChange.Saved<Exhibitor> saved) {
            ids = saved.records().stream().map(Exhibitor::id).toList();
        } else if (change instanceof RecordChange.Removed<Exhibitor> removed) {
            ids = removed.ids();
        }
        List<Long> changed = ids;
        if (changed == null) {
            loadPlan();
            return;
        }
        // Only the booths the changed exhibitors hold here show them (name, paid or not).
        List<Long> held = p.booths().stream().filter(b -> b.holders().stream().anyMatch(x -> changed.contains(x.id())))
                .map(b -> b.booth().id()).toList();
        loadBooths(held);
    }
}
