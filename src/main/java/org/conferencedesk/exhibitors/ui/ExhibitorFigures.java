package org.conferencedesk.exhibitors.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.ExhibitorCounts;
import org.conferencedesk.exhibitors.LiveExhibitors;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.StatusFigure;

/**
 * The exhibitors' figures in the status bar, live from {@link LiveExhibitors#totalsProperty()}:
 * "展商 30 家 · 现场 20 · 云展 8 · 现场+云展 2 · 已付款 12 · 展位 24 个 216 m²" / "Exhibitors 30 ·
 * on site 20 · cloud 8 · both 2 · paid 12 · booths 24, 216 m²". Imports nothing from
 * {@code javafx.scene}.
 */
public final class ExhibitorFigures implements StatusFigure {

    private final LiveExhibitors live;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ChangeListener<ExhibitorCounts> listener = (o, was, now) -> text.set(describe(now));

    /** Follows {@code live} in {@code locale} until {@link #close()}. */
    public ExhibitorFigures(LiveExhibitors live, Locale locale) {
        this.live = live;
        this.messages = Messages.of("exhibitorsui", locale);
        live.totalsProperty().addListener(listener);
        text.set(describe(live.totals()));
    }

    @Override
    public ObservableStringValue text() {
        return text.getReadOnlyProperty();
    }

    /** The line for these figures. */
    public String describe(ExhibitorCounts c) {
        return messages.get("figures.exhibitors", c.exhibitors(), c.inMode(ExhibitionMode.ON_SITE),
                c.inMode(ExhibitionMode.CLOUD), c.inMode(ExhibitionMode.BOTH), c.withStatus(PaymentStatus.PAID),
                c.boothsHeld(), ExhibitorWords.area(c.heldAreaM2()).isEmpty() ? "0" : ExhibitorWords.area(c.heldAreaM2()));
    }

    @Override
    public void close() {
        live.totalsProperty().removeListener(listener);
    }
}
