package org.conferencedesk.contracts.ui;

import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.LiveContracts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.shared.WhileShown;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The live totals of the current event as texts in the UI language (Chinese 536.3 亿元, English
 * RMB 53.63 billion, via {@link MoneyFormat#headline}): signed, planned, all not withdrawn, other
 * currencies (never added to the CNY figures) and the signed CNY amount by sector and by district.
 * A component of the contracts screen; a status bar may use one too.
 *
 * <p>Lifecycle: follows {@link LiveContracts#totalsProperty()} only between {@link #attach()} and
 * {@link #detach()}. Use on the UI thread; imports nothing from {@code javafx.scene}.
 */
public final class RunningTotalsViewModel {

    /**
     * One line of a breakdown.
     *
     * @param value the sector or district as stored ("" for contracts without one)
     * @param name sector or district as shown (a localised "no sector" / "no district" for none)
     * @param amount the signed CNY amount as a headline in the UI language
     */
    public record NamedAmount(String value, String name, String amount) {
    }

    private final LiveContracts live;
    private final Messages messages;
    private final Locale locale;
    private final WhileShown following;

    private final ReadOnlyStringWrapper signedText = new ReadOnlyStringWrapper(this, "signedText");
    private final ReadOnlyStringWrapper signedAmountText = new ReadOnlyStringWrapper(this, "signedAmountText");
    private final ReadOnlyStringWrapper plannedText = new ReadOnlyStringWrapper(this, "plannedText");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper(this, "totalText");
    private final ReadOnlyStringWrapper otherCurrenciesText = new ReadOnlyStringWrapper(this, "otherCurrenciesText", "");
    private final ObservableList<NamedAmount> bySector = FXCollections.observableArrayList();
    private final ObservableList<NamedAmount> byDistrict = FXCollections.observableArrayList();

    /** Creates the texts of the totals now; they follow changes after {@link #attach()}. */
    public RunningTotalsViewModel(LiveContracts live, Messages messages) {
        this.live = live;
        this.following = new WhileShown(live.totalsProperty(), this::refresh);
        this.messages = messages;
        this.locale = messages.locale();
        refresh();
    }

    /** Starts following the live totals (and catches up with what changed while detached). */
    public void attach() {
        following.attach();
        refresh();
    }

    /** Stops following the live totals. */
    public void detach() {
        following.detach();
    }

    /** "Signed: 30 contracts" / "已签约 30 个". */
    public ReadOnlyStringProperty signedTextProperty() {
        return signedText.getReadOnlyProperty();
    }

    /** The signed CNY amount: "536.3 亿元" / "RMB 53.63 billion". */
    public ReadOnlyStringProperty signedAmountTextProperty() {
        return signedAmountText.getReadOnlyProperty();
    }

    /** Planned contracts, count and CNY amount. */
    public ReadOnlyStringProperty plannedTextProperty() {
        return plannedText.getReadOnlyProperty();
    }

    /** All contracts not withdrawn, count and CNY amount. */
    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    /** Signed amounts in other currencies, each in its own currency ("" when there are none). */
    public ReadOnlyStringProperty otherCurrenciesTextProperty() {
        return otherCurrenciesText.getReadOnlyProperty();
    }

    /** Signed CNY amount per sector, largest first. */
    public ObservableList<NamedAmount> bySector() {
        return bySector;
    }

    /** Signed CNY amount per district, largest first. */
    public ObservableList<NamedAmount> byDistrict() {
        return byDistrict;
    }

    private void refresh() {
        ContractTotals t = live.totals();
        signedText.set(messages.get("totals.signed", t.signed().count()));
        signedAmountText.set(MoneyFormat.headline(t.signed().amount(), locale));
        plannedText.set(messages.get("totals.planned", t.planned().count(), MoneyFormat.headline(t.planned().amount(), locale)));
        totalText.set(messages.get("totals.total", t.total().count(), MoneyFormat.headline(t.total().amount(), locale)));
        List<String> others = new ArrayList<>();
        t.otherCurrencies().forEach((currency, amount) -> others.add(MoneyFormat.headline(new Amount(amount, currency), locale)));
        otherCurrenciesText.set(others.isEmpty() ? ""
                : messages.get("totals.otherCurrencies", String.join(messages.get("totals.separator"), others)));
        bySector.setAll(named(t.bySector(), "filter.sector.none"));
        byDistrict.setAll(named(t.byDistrict(), "filter.district.none"));
    }

    private List<NamedAmount> named(Map<String, BigDecimal> amounts, String noneKey) {
        List<NamedAmount> rows = new ArrayList<>(amounts.size());
        amounts.forEach((name, amount) -> rows.add(new NamedAmount(name,
                name.isEmpty() ? messages.get(noneKey) : name, MoneyFormat.headline(amount, locale))));
        return rows;
    }
}
