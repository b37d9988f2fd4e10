package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestDuplicates;
import org.conferencedesk.guests.GuestException;
import org.conferencedesk.guests.GuestPair;
import org.conferencedesk.guests.GuestService;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guests › Find duplicates…: the event's groups of likely duplicate guests ({@link GuestDuplicates}),
 * one selected at a time; the user picks the guest to keep and those to merge, then merges, says
 * "not the same person" (stored: those pairs are never shown together again), or undoes the last
 * of these.
 * Nothing is merged without the user's click; a merge of guests that share only a name also asks
 * first. The guest list is read and searched, and merges are done, in the background
 * ({@link TaskExecutor}); after each merge or undo the list is read again. The service audits merges.
 * Imports nothing from {@code javafx.scene}; call on the UI thread.
 */
public final class DuplicatesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicatesViewModel.class);

    private record Found(int guestCount, int setAside, List<DuplicateGroupItem> groups) {
    }

    /** "Not the same person" as done: the pairs it recorded, and the names to tell the user. */
    private record Distinct(List<GuestPair> pairs, String names) {
    }

    private final GuestService guests;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Messages guestMessages;
    private final ObservableList<DuplicateGroupItem> groups = FXCollections.observableArrayList();
    private final ObjectProperty<DuplicateGroupItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final SimpleBooleanProperty selectedMergeable = new SimpleBooleanProperty(this, "selectedMergeable");
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper(this, "canMerge");
    private final ReadOnlyBooleanWrapper canSkip = new ReadOnlyBooleanWrapper(this, "canSkip");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper(this, "lastAction", "");
    /** What Undo takes back, newest first: a {@link GuestService.Merge} or a {@link Distinct}. */
    private final Deque<Object> done = new ArrayDeque<>();
    private Long eventId;
    private ZoneId zone = Event.DEFAULT_TIME_ZONE;
    private int guestCount;
    private int setAside;
    private long generation;

    /**
     * @param guests the service that lists, merges and unmerges guests
     * @param executor background work (nothing is read or written on the UI thread)
     * @param dialogs failures, and the question before merging guests that share only a name
     * @param locale the window's language
     */
    public DuplicatesViewModel(GuestService guests, TaskExecutor executor, DialogService dialogs, Locale locale) {
        this.guests = guests;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = Messages.of("duplicates", locale);
        this.guestMessages = Messages.of("guests", locale);
        title.set(messages.get("title.noEvent"));
        selected.addListener((o, was, now) -> {
            selectedMergeable.unbind();
            if (now == null) {
                selectedMergeable.set(false);
            } else {
                selectedMergeable.bind(now.mergeableProperty());
            }
        });
        canMerge.bind(selectedMergeable.and(busy.not()));
        canSkip.bind(selected.isNotNull().and(busy.not()));
    }

    /** Looks for duplicates among the guests of {@code event} (times shown in its time zone). */
    public void show(Event event) {
        this.eventId = event.id();
        this.zone = event.timeZone();
        title.set(messages.get("title", event.displayName()));
        reload();
    }

    /** Reads the guest list again and finds the groups, leaving out the pairs marked "not the same person". */
    public void reload() {
        if (eventId == null) {
            return;
        }
        long mine = ++generation;
        long event = eventId;
        busy.set(true);
        summary.set(guestCount == 0 ? messages.get("loading.start") : messages.get("loading", guestCount));
        ZoneId shownIn = zone;
        // The items are built in the background too: 100,000 guests can give over 10,000 groups.
        executor.execute(() -> {
            Set<GuestPair> distinct = guests.distinctPairs(event);
            List<Guest> listed = guests.list(event);
            // Groups sharing an e-mail or phone first: among 100,000 guests most same-name groups are namesakes.
            List<GuestDuplicates.Group> found = GuestDuplicates.find(listed, distinct);
            return new Found(listed.size(), GuestDuplicates.setAside(listed, distinct, found), found.stream()
                    .sorted(java.util.Comparator.comparing(GuestDuplicates.Group::nameOnly))
                    .map(g -> new DuplicateGroupItem(g, guestMessages, messages, shownIn))
                    .toList());
        }, found -> {
            if (mine != generation) {
                return;
            }
            int keepPosition = selected.get() == null ? 0 : Math.max(0, groups.indexOf(selected.get()));
            guestCount = found.guestCount();
            setAside = found.setAside();
            groups.setAll(found.groups());
            selected.set(groups.isEmpty() ? null : groups.get(Math.min(keepPosition, groups.size() - 1)));
            busy.set(false);
            updateSummary();
        }, failure -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            summary.set("");
            LOG.error("Guest duplicates not found", failure);
            dialogs.showError(messages.get("error.title"), messages.get("error.load"));
        });
    }

    /**
     * Merges the ticked guests of the selected group into the kept one (the user's click). If any
     * ticked guest shares only the name with the others, asks first; nothing happens if the user says no.
     */
    public void merge() {
        DuplicateGroupItem item = selected.get();
        if (!canMerge.get() || item == null) {
            return;
        }
        DuplicateGroupItem.Member kept = item.keptProperty().get();
        List<DuplicateGroupItem.Member> included = item.included();
        String differentPeople = item.setAsideAmongIncluded();
        if (!differentPeople.isEmpty()) {
            if (!dialogs.confirmDestructive(messages.get("confirm.title.setAside"),
                    messages.get("confirm.setAside", differentPeople, kept.label()), messages.get("confirm.action"))) {
                return;
            }
        } else if (included.stream().anyMatch(DuplicateGroupItem.Member::onlyName)) {
            String names = included.stream().map(m -> m.guest().fullName()).distinct()
                    .collect(Collectors.joining(messages.get("reason.separator")));
            if (!dialogs.confirmDestructive(messages.get("confirm.title"), messages.get("confirm.nameOnly", names, kept.label()),
                    messages.get("confirm.action"))) {
                return;
            }
        }
        long event = eventId;
        long keptId = kept.guest().id();
        List<Long> ids = included.stream().map(m -> m.guest().id()).filter(id -> id != keptId).toList();
        Locale locale = messages.locale();
        busy.set(true);
        executor.execute(() -> guests.merge(event, keptId, ids, locale), merge -> {
            busy.set(false);
            done.push(merge);
            canUndo.set(true);
            lastAction.set(messages.get("merged", ids.size() + 1, merge.kept().fullName()));
            reload();
        }, failure -> {
            busy.set(false);
            fail("error.merge", failure);
            reload();
        });
    }

    /**
     * "Not the same person": records that the selected group's guests are all different people
     * ({@link GuestService#markDistinct}, stored and audited), so the group is not shown again, here
     * or next time, nor by {@code duplicates guests}; a guest added later who matches them brings
     * them back with the newcomer. Changes no guest. Undo takes it back.
     */
    public void notTheSamePerson() {
        DuplicateGroupItem item = selected.get();
        if (!canSkip.get() || item == null) {
            return;
        }
        long event = eventId;
        List<Long> ids = item.members().stream().map(m -> m.guest().id()).toList();
        String names = item.members().stream().map(m -> m.guest().fullName()).distinct()
                .collect(Collectors.joining(messages.get("reason.separator")));
        busy.set(true);
        executor.execute(() -> guests.markDistinct(event, ids), pairs -> {
            busy.set(false);
            done.push(new Distinct(pairs, names));
            canUndo.set(true);
            lastAction.set(messages.get("skipped", names));
            reload();
        }, failure -> {
            busy.set(false);
            fail("error.distinct", failure);
            reload();
        });
    }

    /**
     * Undoes the last merge or "not the same person" done in this window, newest first: a merge
     * gives the kept guest its values back and brings the others back; "not the same person" shows
     * the group again.
     */
    public void undoLast() {
        if (done.isEmpty() || busy.get()) {
            return;
        }
        Object last = done.peek();
        long event = eventId;
        busy.set(true);
        if (last instanceof Distinct distinct) {
            executor.execute(() -> guests.undoDistinct(event, distinct.pairs()), removed -> {
                busy.set(false);
                done.pop();
                canUndo.set(!done.isEmpty());
                lastAction.set(messages.get("undone.distinct", distinct.names()));
                reload();
            }, failure -> {
                busy.set(false);
                fail("error.undoDistinct", failure);
            });
            return;
        }
        GuestService.Merge merge = (GuestService.Merge) last;
        executor.execute(() -> guests.undoMerge(event, merge.mergeId()), undone -> {
            busy.set(false);
            done.pop();
            canUndo.set(!done.isEmpty());
            lastAction.set(undone ? messages.get("undone", merge.kept().fullName()) : messages.get("undo.nothing"));
            reload();
        }, failure -> {
            busy.set(false);
            fail("error.undo", failure);
        });
    }

    private void fail(String key, Throwable failure) {
        if (failure instanceof GuestException refused) {
            dialogs.showError(messages.get("error.title"), messages.get(key, refused.sentence(messages.locale())));
        } else {
            LOG.error("Guest merge failed", failure);
            dialogs.showError(messages.get("error.title"), messages.get("error.unexpected"));
        }
    }

    private void updateSummary() {
        long nameOnly = groups.stream().filter(DuplicateGroupItem::nameOnly).count();
        String text = groups.isEmpty() ? messages.get("summary.none", guestCount)
                : messages.get("summary", groups.size(), nameOnly, guestCount);
        if (setAside > 0) {
            text += messages.get("summary.setAside", setAside);
        }
        long merges = done.stream().filter(GuestService.Merge.class::isInstance).count();
        summary.set(merges == 0 ? text : text + messages.get("summary.merged", merges));
    }

    /** The groups to review: those sharing an e-mail or phone first, then same-name-only ones; each part in list order. */
    public ObservableList<DuplicateGroupItem> groups() {
        return groups;
    }

    /** The group shown in detail (null if none). */
    public ObjectProperty<DuplicateGroupItem> selectedProperty() {
        return selected;
    }

    /** True while the list is read or a merge or undo runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Merge is possible: a group is selected, its kept guest is ticked with at least one other, nothing running. */
    public ReadOnlyBooleanProperty canMergeProperty() {
        return canMerge.getReadOnlyProperty();
    }

    /** "Not the same person" is possible: a group is selected and nothing running. */
    public ReadOnlyBooleanProperty canSkipProperty() {
        return canSkip.getReadOnlyProperty();
    }

    /** A merge or "not the same person" done in this window can be undone. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** The window title: "Duplicate guests — WIMC 2020". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** How many groups are left among how many guests, pairs set aside as different people, and merges made here. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** What the last merge, "not the same person" or undo did, in a sentence. */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    /** The number of guests on the list when it was last read. */
    public int guestCount() {
        return guestCount;
    }

    /** The dialog's sentences in the window's language. */
    public Messages messages() {
        return messages;
    }

    /** Field and category names ({@code guests} bundle) in the window's language. */
    public Messages guestMessages() {
        return guestMessages;
    }
}
