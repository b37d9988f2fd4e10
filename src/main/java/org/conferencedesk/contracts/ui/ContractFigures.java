package org.conferencedesk.contracts.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;
import org.conferencedesk.shared.ui.StatusFigure;

/**
 * The signing ceremony's figures in the status bar, live from {@link LiveContracts#totalsProperty()}
 * (nothing re-read): "已签约 30 个 · 536.3 亿元 · 计划 0 个" / "Signed 30 · RMB 53.63 billion ·
 * Planned 0"; planned contracts with their amount when there is one; other currencies apart
 * ("USD 620 million (not in RMB total)"). Imports nothing from {@code javafx.scene}.
 */
public final class ContractFigures implements StatusFigure {

    private final LiveContracts live;
    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ChangeListener<ContractTotals> listener = (o, was, now) -> text.set(describe(now));

    /** Follows {@code live} in {@code locale} until {@link #close()}. */
    public ContractFigures(LiveContracts live, Locale locale) {
        this.live = live;
        this.messages = Messages.of("contracts", locale);
        live.totalsProperty().addListener(listener);
        text.set(describe(live.totals()));
    }

    @Override
    public ObservableStringValue text() {
        return text.getReadOnlyProperty();
    }

    /**
     * The line for these totals, e.g. "Signed 30 · RMB 53.63 billion · Planned 0" or, with a contract
     * in dollars, "... · USD 620 million (not in RMB total)".
     */
    public String describe(ContractTotals totals) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("figures.signed", totals.signed().count()));
        parts.add(MoneyFormat.headline(totals.signed().amount(), messages.locale()));
        if (totals.planned().amount().signum() > 0) {
            parts.add(messages.get("figures.plannedWithAmount", totals.planned().count(),
                    MoneyFormat.headline(totals.planned().amount(), messages.locale())));
        } else {
            parts.add(messages.get("figures.planned", totals.planned().count()));
        }
        for (Map.Entry<String, BigDecimal> other : totals.otherCurrencies().entrySet()) {
            String amount = MoneyFormat.headline(new Amount(other.getValue(), other.getKey()), messages.locale());
            parts.add(messages.get("figures.otherCurrency", amount));
        }
        return String.join(" · ", parts);
    }

    @Override
    public void close() {
        live.totalsProperty().removeListener(listener);
    }
}
