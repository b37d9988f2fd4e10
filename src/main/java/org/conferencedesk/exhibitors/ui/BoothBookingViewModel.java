package org.conferencedesk.exhibitors.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booking;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanWords;
import org.conferencedesk.guests.GuestSearch;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;

/**
 * The booking of one booth, opened from the hall plan: who holds it on which days (each booking can be
 * released after a question whose default button is Cancel), and, while some day of the event is free,
 * the form that books it: the exhibitor chosen by typing part of its name (either language, pinyin or
 * initials, as for guests: {@link GuestSearch}), the first and last day among the event's days.
 * {@link BoothService#book} decides; a refusal (the booth held on one of those days) is said here,
 * naming the holder, and changes nothing. The plan redraws from the change feed.
 *
 * <p>UI thread; no {@code javafx.scene}. Reads and writes run on the {@link TaskExecutor}.
 */
public final class BoothBookingViewModel {

    /** How many exhibitors are listed under the field. */
    public static final int MAX_MATCHES = 8;

    /**
     * One booking of the booth, as listed.
     *
     * @param booking the booth, holder and days
     * @param holder the exhibitor holding it
     * @param text "南京埃斯顿自动化股份有限公司 · 11月26日–11月28日 · 已付款"
     */
    public record HeldLine(Booking booking, Exhibitor holder, String text) {
    }

    /**
     * An exhibitor that can be chosen (on site, or on site and cloud), with its search key.
     *
     * @param exhibitor the exhibitor
     * @param key what it is found by
     */
    public record Choice(Exhibitor exhibitor, GuestSearch.SearchKey key) {
        @Override
        public String toString() {
            String other = exhibitor.otherName();
            return other == null || other.isBlank() ? exhibitor.companyName() : exhibitor.companyName() + " (" + other + ")";
        }
    }

    private final BoothService booths;
    private final ExhibitorService exhibitors;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final PlanWords words;
    private final ObjectProperty<Event> event = new SimpleObjectProperty<>(this, "event");
    private final ReadOnlyObjectWrapper<HallPlan.PlannedBooth> booth = new ReadOnlyObjectWrapper<>(this, "booth");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ObservableList<HeldLine> held = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper anyDayFree = new ReadOnlyBooleanWrapper(this, "anyDayFree");
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Choice> matches = FXCollections.observableArrayList();
    private final IntegerProperty chosenIndex = new SimpleIntegerProperty(this, "chosenIndex", -1);
    private final ReadOnlyObjectWrapper<Choice> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>(this, "firstDay");
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final BooleanBinding canBook;
    private List<Choice> candidates;
    private Hall hall;
    private long candidatesGeneration;

    BoothBookingViewModel(BoothService booths, ExhibitorService exhibitors, TaskExecutor executor, DialogService dialogs,
                          PlanWords words) {
        this.booths = booths;
        this.exhibitors = exhibitors;
        this.executor = executor;
        this.dialogs = dialogs;
        this.words = words;
        query.addListener((o, was, now) -> refreshMatches());
        chosenIndex.addListener((o, was, now) -> {
            int i = now.intValue();
            chosen.set(i >= 0 && i < matches.size() ? matches.get(i) : null);
        });
        firstDay.addListener((o, was, now) -> {
            if (now != null && lastDay.get() != null && lastDay.get().isBefore(now)) {
                lastDay.set(now);
            }
        });
        lastDay.addListener((o, was, now) -> {
            if (now != null && firstDay.get() != null && firstDay.get().isAfter(now)) {
                firstDay.set(now);
            }
        });
        canBook = Bindings.createBooleanBinding(() -> booth.get() != null && chosen.get() != null
                && firstDay.get() != null && lastDay.get() != null && !busy.get() && anyDayFree.get(),
                booth, chosen, firstDay, lastDay, busy, anyDayFree);
    }

    // ------------------------------------------------------------------ properties

    /** The event (its days); bound by the plan. */
    ObjectProperty<Event> eventProperty() {
        return event;
    }

    /** The booth opened, or null when the booking is closed. */
    public ReadOnlyObjectProperty<HallPlan.PlannedBooth> boothProperty() {
        return booth.getReadOnlyProperty();
    }

    /** "展位 A-101 · 5号馆" / "Booth A-101 · Hall 5". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** "已预订 · 9 m² · 标准展位（标摊）· 角位": state, area, kind, corner. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The booth's bookings, by first day (empty for a free booth). */
    public ObservableList<HeldLine> held() {
        return held;
    }

    /** True if some day of the event is free on this booth (the form to book is shown). */
    public ReadOnlyBooleanProperty anyDayFreeProperty() {
        return anyDayFree.getReadOnlyProperty();
    }

    /** What is typed in the exhibitor field. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The exhibitors matching it, at most {@link #MAX_MATCHES}. */
    public ObservableList<Choice> matches() {
        return matches;
    }

    /** Which match is chosen (-1: none); the first one after each keystroke. */
    public IntegerProperty chosenIndexProperty() {
        return chosenIndex;
    }

    /** The exhibitor chosen, or null. */
    public ReadOnlyObjectProperty<Choice> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The event's days, first to last (empty if the event has no dates). */
    public ObservableList<LocalDate> days() {
        return days;
    }

    /** The first day to book. */
    public ObjectProperty<LocalDate> firstDayProperty() {
        return firstDay;
    }

    /** The last day to book (never before the first: moving one moves the other). */
    public ObjectProperty<LocalDate> lastDayProperty() {
        return lastDay;
    }

    /** True while a booking or release is being saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when an exhibitor and days are chosen and nothing is being saved. */
    public BooleanBinding canBookProperty() {
        return canBook;
    }

    /** What the last action did, or why it was refused; "" for nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True if {@link #messageProperty()} says why something was refused. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ opening

    /** Opens the booking of {@code planned}, a booth of {@code inHall}: the form starts empty, on its free days. */
    public void open(HallPlan.PlannedBooth planned, Hall inHall) {
        boolean other = booth.get() == null || !Objects.equals(booth.get().booth().id(), planned.booth().id());
        this.hall = inHall;
        if (other) {
            query.set("");
            say("", false);
        }
        show(planned);
        if (other) {
            chooseFreeDays();
        }
        if (candidates == null) {
            loadCandidates();
        }
    }

    /** Closes the booking (another hall, or the booth is gone). */
    public void close() {
        booth.set(null);
        held.clear();
        title.set("");
        details.set("");
        anyDayFree.set(false);
        query.set("");
    }

    /** The plan was read again: the opened booth as it now stands (closed if it is gone). */
    void refresh(HallPlan plan) {
        HallPlan.PlannedBooth open = booth.get();
        if (open == null) {
            return;
        }
        plan.booths().stream().filter(b -> Objects.equals(b.booth().id(), open.booth().id())).findFirst()
                .ifPresentOrElse(now -> {
                    hall = plan.hall();
                    show(now);
                    // A booth booked in full has no days chosen (null): a TreeSet refuses to look null up.
                    Set<LocalDate> free = freeDays();
                    if (firstDay.get() == null || lastDay.get() == null || !free.contains(firstDay.get())
                            || !free.contains(lastDay.get())) {
                        chooseFreeDays();
                    }
                }, () -> {
                    close();
                    say(words.exhibitors("booth.gone"), true);
                });
    }

    /** An exhibitor changed: the choices are read again. */
    void exhibitorsChanged() {
        candidates = null;
        if (booth.get() != null) {
            loadCandidates();
        }
    }

    private void show(HallPlan.PlannedBooth planned) {
        booth.set(planned);
        Booth b = planned.booth();
        title.set(words.get("booking.title", b.code(), hall == null ? "" : words.hallName(hall)));
        String corner = b.corner() ? " · " + words.get("booth.corner") : "";
        details.set(words.state(planned.state()) + " · " + PlanWords.metres(b.areaM2()) + " m² · " + words.kind(b.kind()) + corner);
        List<HeldLine> lines = new ArrayList<>();
        for (Booking booking : planned.bookings()) {
            planned.holders().stream().filter(h -> h.id() == booking.exhibitorId()).findFirst().ifPresent(holder ->
                    lines.add(new HeldLine(booking, holder, holder.companyName() + " · " + words.days(booking) + " · "
                            + words.exhibitors("paymentStatus." + holder.paymentStatus().name()))));
        }
        held.setAll(lines);
        Event e = event.get();
        days.setAll(e == null || e.startDate() == null || e.endDate() == null || e.endDate().isBefore(e.startDate())
                ? List.of() : e.startDate().datesUntil(e.endDate().plusDays(1)).toList());
        anyDayFree.set(!freeDays().isEmpty());
        if (days.isEmpty() && e != null) {
            say(words.exhibitors("booking.noDates", e.name()), true);
        }
    }

    /** The event's days on which nobody holds the booth. */
    private Set<LocalDate> freeDays() {
        Set<LocalDate> free = new TreeSet<>(days);
        HallPlan.PlannedBooth b = booth.get();
        if (b != null) {
            b.bookings().forEach(booking -> booking.days().forEach(free::remove));
        }
        return free;
    }

    /** The first run of consecutive free days (the whole event for a free booth). */
    private void chooseFreeDays() {
        List<LocalDate> free = new ArrayList<>(freeDays());
        if (free.isEmpty()) {
            firstDay.set(null);
            lastDay.set(null);
            return;
        }
        LocalDate first = free.get(0);
        LocalDate last = first;
        while (free.contains(last.plusDays(1))) {
            last = last.plusDays(1);
        }
        lastDay.set(null);
        firstDay.set(first);
        lastDay.set(last);
    }

    // ------------------------------------------------------------------ choosing the exhibitor

    private void loadCandidates() {
        Event e = event.get();
        if (e == null) {
            return;
        }
        long generation = ++candidatesGeneration;
        executor.execute(() -> exhibitors.list(e.id()).stream().filter(x -> x.mode().holdsBooths())
                .map(x -> new Choice(x, GuestSearch.SearchKey.of(x.companyName(), x.otherName(), null))).toList(), found -> {
                    if (generation == candidatesGeneration) {
                        candidates = found;
                        refreshMatches();
                    }
                }, failure -> say(UserFacingException.sentenceOf(failure, words.locale()), true));
    }

    /**
     * The exhibitors matching what is typed: those whose name, pinyin or initials start with it first
     * ("heng" puts 恒锐 before 芯泽集成, whose reading "jicheng" only contains it), then the others, each
     * group in the list's order; at most {@link #MAX_MATCHES}.
     */
    private void refreshMatches() {
        List<Choice> found = GuestSearch.rank(candidates, Choice::key, query.get(), MAX_MATCHES);
        matches.setAll(found);
        chosenIndex.set(-1);
        chosenIndex.set(found.isEmpty() ? -1 : 0);
    }

    /** ↓ / ↑ in the field: the next or previous match is chosen. */
    public void moveChoice(int by) {
        if (!matches.isEmpty()) {
            chosenIndex.set(Math.max(0, Math.min(matches.size() - 1, chosenIndex.get() + by)));
        }
    }

    // ------------------------------------------------------------------ commands

    /** Books the booth for the chosen exhibitor on the chosen days; says what happened or why not. */
    public void book() {
        if (!canBook.get()) {
            if (booth.get() != null && chosen.get() == null && anyDayFree.get()) {
                say(words.get("booking.chooseExhibitor"), true);
            }
            return;
        }
        Event e = event.get();
        Booth b = booth.get().booth();
        Exhibitor x = chosen.get().exhibitor();
        LocalDate first = firstDay.get();
        LocalDate last = lastDay.get();
        busy.set(true);
        executor.execute(() -> booths.book(e.id(), b.id(), x.id(), first, last), booked -> {
            busy.set(false);
            query.set("");
            say(words.get("booking.done", b.code(), x.companyName(), words.days(first, last)), false);
        }, failure -> {
            busy.set(false);
            say(UserFacingException.sentenceOf(failure, words.locale()), true);
        });
    }

    /**
     * Releases one booking after asking (the default button is Cancel): the booth becomes free on those
     * days and the holder's fee changes.
     */
    public void release(HeldLine line) {
        Event e = event.get();
        HallPlan.PlannedBooth b = booth.get();
        if (e == null || b == null || busy.get()) {
            return;
        }
        String days = words.days(line.booking());
        String code = b.booth().code();
        String holder = line.holder().companyName();
        if (!dialogs.confirmDestructive(words.get("release.title", code),
                words.get("release.question", code, holder, days), words.get("release.action"))) {
            return;
        }
        busy.set(true);
        Booking booking = line.booking();
        executor.execute(() -> booths.release(e.id(), booking.boothId(), booking.exhibitorId(), booking.firstDay(),
                booking.lastDay()), released -> {
                    busy.set(false);
                    say(released > 0 ? words.get("release.done", code, holder, days) : words.get("release.nothing", code), false);
                }, failure -> {
                    busy.set(false);
                    say(UserFacingException.sentenceOf(failure, words.locale()), true);
                });
    }

    private void say(String text, boolean isFailure) {
        failed.set(isFailure);
        message.set(text);
    }
}
