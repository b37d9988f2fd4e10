package org.conferencedesk.guests.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.StatusFigure;

/**
 * The guests' figures in the status bar, live from {@link LiveGuests#totalsProperty()}:
 * "嘉宾 326 人 · 已签到 127" / "Guests 326 · checked in 127". Imports nothing from {@code javafx.scene}.
 */
public final class GuestFigures implements StatusFigure {

    private final LiveGuests live;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ChangeListener<GuestTotals> listener = (o, was, now) -> text.set(describe(now));

    /** Follows {@code live} in {@code locale} until {@link #close()}. */
    public GuestFigures(LiveGuests live, Locale locale) {
        this.live = live;
        this.messages = Messages.of("guestsui", locale);
        live.totalsProperty().addListener(listener);
        text.set(describe(live.totals()));
    }

    @Override
    public ObservableStringValue text() {
        return text.getReadOnlyProperty();
    }

    /** The line for these figures. */
    public String describe(GuestTotals totals) {
        return messages.get("figures.guests", totals.total(), totals.checkedIn());
    }

    @Override
    public void close() {
        live.totalsProperty().removeListener(listener);
    }
}
