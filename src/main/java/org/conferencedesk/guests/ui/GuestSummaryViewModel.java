package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.guests.LiveGuests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.shared.WhileShown;

/**
 * The guests screen's summary panel: the live figures of {@link LiveGuests} as texts in the UI
 * language — a headline ("326 位嘉宾 · 已签到 120") and the count per category, attendance and
 * invitation status (every choice listed, zero included, in the enums' order). A component of
 * {@link GuestsViewModel}.
 *
 * <p>Follows the figures only between {@link #attach()} and {@link #detach()}. UI thread; no
 * {@code javafx.scene}.
 */
public final class GuestSummaryViewModel {

    /**
     * One line of a breakdown.
     *
     * @param name the category, attendance or status in the UI language
     * @param count how many guests
     */
    public record NamedCount(String name, int count) {
    }

    private final LiveGuests live;
    private final GuestWords words;
    private final WhileShown following;
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ObservableList<NamedCount> byCategory = FXCollections.observableArrayList();
    private final ObservableList<NamedCount> byAttendance = FXCollections.observableArrayList();
    private final ObservableList<NamedCount> byStatus = FXCollections.observableArrayList();

    /** The texts of the figures now; they follow changes after {@link #attach()}. */
    public GuestSummaryViewModel(LiveGuests live, GuestWords words) {
        this.live = live;
        this.following = new WhileShown(live.totalsProperty(), this::refresh);
        this.words = words;
        refresh();
    }

    /** Starts following the figures (and catches up). */
    public void attach() {
        following.attach();
        refresh();
    }

    /** Stops following the figures. */
    public void detach() {
        following.detach();
    }

    /** "326 位嘉宾 · 已签到 120" / "326 guests · 120 checked in". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Guests per category. */
    public ObservableList<NamedCount> byCategory() {
        return byCategory;
    }

    /** Guests per attendance. */
    public ObservableList<NamedCount> byAttendance() {
        return byAttendance;
    }

    /** Guests per invitation status. */
    public ObservableList<NamedCount> byStatus() {
        return byStatus;
    }

    private void refresh() {
        GuestTotals t = live.totals();
        headline.set(words.get("summary.headline", t.total(), t.checkedIn()));
        replace(byCategory, named(t.byCategory(), words::category));
        replace(byAttendance, named(t.byAttendance(), words::attendance));
        replace(byStatus, named(t.byInvitationStatus(), words::invitationStatus));
    }

    private static void replace(ObservableList<NamedCount> list, List<NamedCount> fresh) {
        if (!list.equals(fresh)) {
            list.setAll(fresh);
        }
    }

    private static <E> List<NamedCount> named(Map<E, Integer> counts, Function<E, String> name) {
        List<NamedCount> rows = new ArrayList<>(counts.size());
        counts.forEach((e, n) -> rows.add(new NamedCount(name.apply(e), n)));
        return rows;
    }
}
