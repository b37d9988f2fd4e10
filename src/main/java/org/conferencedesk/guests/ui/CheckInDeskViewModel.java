package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.GuestSearch;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.guests.PersonNames;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.InvalidationListener;
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
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;

/**
 * The check-in desk: one search field (name in either script, pinyin, initials, organisation; also
 * e-mail, and phone by its digits), a short list of matches with the first chosen, Enter checks the
 * chosen guest in at the {@link Clock}'s time. A guest already checked in is flagged with the time
 * and never counted twice (the service keeps the first time). Undo takes back the desk's last
 * check-in ({@link GuestService#undoCheckIn}); "checked in N of M" follows {@link LiveGuests}.
 *
 * <p>Lifecycle: {@link #attach()} when shown, {@link #detach()} when hidden. UI thread; no
 * {@code javafx.scene}.
 */
public final class CheckInDeskViewModel {

    /** How many matches the desk lists under the field. */
    public static final int MAX_MATCHES = 8;

    /** What the last action did, for the colour of the result line. */
    public enum Outcome {
        /** Nothing yet. */
        NONE,
        /** Checked in now. */
        CHECKED_IN,
        /** Was already checked in: flagged, not counted again. */
        ALREADY_CHECKED_IN,
        /** A check-in was taken back. */
        UNDONE,
        /** It failed; the sentence says why. */
        FAILED
    }

    private record Done(long guestId, String name, Instant at) {
    }

    private final LiveGuests live;
    private final GuestService service;
    private final TaskExecutor executor;
    private final GuestWords words;
    private final Clock clock;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<GuestRow> matches = FXCollections.observableArrayList();
    private final IntegerProperty chosenIndex = new SimpleIntegerProperty(this, "chosenIndex", -1);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", Event.DEFAULT_TIME_ZONE);
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome", Outcome.NONE);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Deque<Done> undoable = new ArrayDeque<>();
    private final InvalidationListener rowsChanged = o -> refreshMatches(true);
    private final InvalidationListener totalsChanged = o -> refreshCount();
    private boolean attached;

    /**
     * @param live the current event's guests
     * @param service checks in and undoes (through {@code executor}); failures are said in the result line
     * @param words the desk's language
     * @param clock the time of a check-in (fixed in tests)
     */
    public CheckInDeskViewModel(LiveGuests live, GuestService service, TaskExecutor executor, GuestWords words,
                                Clock clock) {
        this.live = live;
        this.service = service;
        this.executor = executor;
        this.words = words;
        this.clock = clock;
        query.addListener((o, was, now) -> refreshMatches(false));
        // Another event: its desk starts afresh (nothing of the other event's to undo).
        live.eventIdProperty().addListener((o, was, now) -> {
            undoable.clear();
            canUndo.set(false);
            say(Outcome.NONE, "");
            query.set("");
        });
        refreshCount();
    }

    /** Starts following the guests (when the desk is shown). */
    public void attach() {
        if (!attached) {
            live.rows().addListener(rowsChanged);
            live.totalsProperty().addListener(totalsChanged);
            attached = true;
        }
        refreshMatches(true);
        refreshCount();
    }

    /** Stops following the guests. */
    public void detach() {
        if (attached) {
            live.rows().removeListener(rowsChanged);
            live.totalsProperty().removeListener(totalsChanged);
            attached = false;
        }
    }

    /** What the desk typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The matches (at most {@link #MAX_MATCHES}; exact names first, then in list order). */
    public ObservableList<GuestRow> matches() {
        return matches;
    }

    /** The index of the chosen match (0 after every keystroke; -1 if none). */
    public IntegerProperty chosenIndexProperty() {
        return chosenIndex;
    }

    /** The zone check-in times are said in (the event's; Asia/Shanghai by default). */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** What the last Enter or undo did: "张三 签到成功 09:15" or "张三 已于 09:15 签到，未重复计数". */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    /** The kind of the last result. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** "已签到 120 / 326 人" / "Checked in 120 of 326". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** True when the desk has a check-in of its own to take back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** True while a check-in or undo is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Moves the choice down ({@code +1}) or up ({@code -1}) the matches, stopping at the ends. */
    public void move(int step) {
        if (matches.isEmpty()) {
            return;
        }
        chosenIndex.set(Math.max(0, Math.min(matches.size() - 1, chosenIndex.get() + step)));
    }

    /** What a match says about check-in: "已签到 09:15" for a guest already in, else "". */
    public String checkedInNote(GuestRow row) {
        Instant at = row.guest().checkedInAt();
        return at == null ? "" : words.get("desk.match.checkedIn", GuestWords.time(at, zone.get()));
    }

    /**
     * Enter: checks the chosen guest in now. A guest already checked in is not changed (flagged in
     * the result line with the first time). Afterwards the field is emptied for the next guest,
     * unless something else was typed meanwhile.
     *
     * @return false if there was no guest to check in
     */
    public boolean checkInChosen() {
        Long event = live.eventIdProperty().get();
        int i = chosenIndex.get();
        if (event == null || i < 0 || i >= matches.size() || busy.get()) {
            return false;
        }
        Guest guest = matches.get(i).guest();
        String typed = query.get();
        busy.set(true);
        Instant now = clock.instant();
        executor.execute(() -> service.checkIn(event, guest.id(), now), result -> {
            busy.set(false);
            Guest after = result.guest();
            String time = GuestWords.time(after.checkedInAt(), zone.get());
            if (result.alreadyCheckedIn()) {
                say(Outcome.ALREADY_CHECKED_IN, words.get("desk.result.already", after.fullName(), time));
            } else {
                undoable.push(new Done(after.id(), after.fullName(), after.checkedInAt()));
                canUndo.set(true);
                say(Outcome.CHECKED_IN, words.get("desk.result.checkedIn", after.fullName(), time));
            }
            // The next guest's name may already be typed while this was written: keep it.
            if (java.util.Objects.equals(query.get(), typed)) {
                query.set("");
            }
        }, failure -> {
            busy.set(false);
            say(Outcome.FAILED, failure instanceof UserFacingException g ? g.sentence(words.locale())
                    : words.get("failed.unexpected", String.valueOf(failure.getMessage())));
        });
        return true;
    }

    /** Ctrl+Z: takes back the desk's last check-in (if its time is still the one the desk set). */
    public void undoLast() {
        Long event = live.eventIdProperty().get();
        if (event == null || undoable.isEmpty() || busy.get()) {
            return;
        }
        Done last = undoable.pop();
        canUndo.set(!undoable.isEmpty());
        busy.set(true);
        executor.execute(() -> service.undoCheckIn(event, last.guestId(), last.at()), undone -> {
            busy.set(false);
            say(undone.isPresent() ? Outcome.UNDONE : Outcome.FAILED, undone.isPresent()
                    ? words.get("desk.result.undone", last.name()) : words.get("desk.result.nothingToUndo", last.name()));
        }, failure -> {
            busy.set(false);
            say(Outcome.FAILED, failure instanceof UserFacingException g ? g.sentence(words.locale())
                    : words.get("failed.unexpected", String.valueOf(failure.getMessage())));
        });
    }

    private void say(Outcome kind, String text) {
        outcome.set(kind);
        resultText.set(text);
    }

    private void refreshCount() {
        GuestTotals t = live.totals();
        countText.set(words.get("desk.count", t.checkedIn(), t.total()));
    }

    /** Finds the matches again; the chosen guest stays chosen when only the list changed, not the query. */
    private void refreshMatches(boolean keepChoice) {
        String q = query.get() == null ? "" : query.get().strip();
        List<GuestRow> found = q.isEmpty() ? List.of() : find(q);
        long chosenId = keepChoice && chosenIndex.get() >= 0 && chosenIndex.get() < matches.size() ? matches.get(chosenIndex.get()).id() : -1;
        matches.setAll(found);
        int keep = 0;
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).id() == chosenId) {
                keep = i;
            }
        }
        chosenIndex.set(found.isEmpty() ? -1 : keep);
    }

    /**
     * Up to {@link #MAX_MATCHES} guests matching {@code q}, best first: the name or its pinyin exactly
     * as typed ("李四", "lisi"), then names or pinyin starting with it ("lisi" → 李思远), then the
     * rest; within each, list order.
     */
    private List<GuestRow> find(String q) {
        Predicate<GuestSearch.SearchKey> byName = GuestSearch.matcher(q);
        String digits = q.matches("[0-9+()\\-\\s]{4,}") ? q.replaceAll("[^0-9]", "") : null;
        String email = q.contains("@") ? q.toLowerCase(Locale.ROOT) : null;
        String folded = PersonNames.comparisonKey(q.replaceAll("[\\s\\p{Z}]+", ""));
        List<List<GuestRow>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (GuestRow r : live.rows()) {
            Guest g = r.guest();
            boolean hit = byName.test(r.searchKey())
                    || digits != null && g.phone() != null && g.phone().replaceAll("[^0-9]", "").contains(digits)
                    || email != null && g.email() != null && g.email().toLowerCase(Locale.ROOT).contains(email);
            if (hit) {
                List<GuestRow> bucket = ranks.get(rank(r.searchKey(), folded));
                if (bucket.size() < MAX_MATCHES) {
                    bucket.add(r);
                }
            }
        }
        List<GuestRow> all = new ArrayList<>(MAX_MATCHES);
        for (List<GuestRow> bucket : ranks) {
            for (GuestRow r : bucket) {
                if (all.size() < MAX_MATCHES) {
                    all.add(r);
                }
            }
        }
        return all;
    }

    private static int rank(GuestSearch.SearchKey key, String folded) {
        int best = 2;
        for (String field : new String[] {key.nameKey(), key.pinyinFull()}) {
            for (String part : field.split(String.valueOf(GuestSearch.PART_SEPARATOR))) {
                String compact = part.replace(" ", "");
                if (compact.equals(folded)) {
                    return 0;
                }
                if (compact.startsWith(folded)) {
                    best = 1;
                }
            }
        }
        return best;
    }
}
