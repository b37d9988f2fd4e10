package org.conferencedesk.dashboard.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.Winner;
import org.conferencedesk.contracts.ContractTotals.CountAndAmount;
import org.conferencedesk.dashboard.ContractFigures;
import org.conferencedesk.dashboard.EventFigures;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The ceremony screen's state (issue 14): for the signing ceremony, the number of projects signed at the
 * closing ceremony and their running total (its own contracts only: a pre-event conference's are not
 * counted), with the project signed last, following {@link LiveEventFigures} the moment a contract is
 * marked signed; for the award ceremony, the award categories in running order, each revealing its
 * winners one by one ({@link #revealNext()}), from the last place of the lowest prize up to the first
 * prize, as a presenter reads them out. Imports nothing from {@code javafx.scene}; UI thread only.
 */
public final class CeremonyViewModel {

    /** What the screen shows. */
    public enum Mode {
        /** The signing ceremony's count and running total. */
        SIGNING,
        /** An award category's winners, revealed one by one. */
        AWARDS
    }

    /**
     * One winner as revealed.
     *
     * @param prize the prize's name in the language ("一等奖")
     * @param name the winner's name as written
     * @param affiliation the winner's organisation, or ""
     */
    public record RevealedWinner(String prize, String name, String affiliation) {
    }

    private final LiveEventFigures live;
    private final AwardService awards;
    private final TaskExecutor executor;
    private final Locale locale;
    private final Messages m;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.SIGNING);
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "0");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "0");
    private final ReadOnlyStringWrapper totalUnit = new ReadOnlyStringWrapper(this, "totalUnit", "");
    private final ReadOnlyStringWrapper lastSigned = new ReadOnlyStringWrapper(this, "lastSigned", "");
    private final ReadOnlyStringWrapper categoryTitle = new ReadOnlyStringWrapper(this, "categoryTitle", "");
    private final ReadOnlyObjectWrapper<List<RevealedWinner>> revealed = new ReadOnlyObjectWrapper<>(this, "revealed", List.of());
    private final ReadOnlyIntegerWrapper remaining = new ReadOnlyIntegerWrapper(this, "remaining");
    private final ChangeListener<EventFigures> figuresListener = (o, was, now) -> figuresChanged(now);
    private List<AwardCategory> categories = List.of();
    private List<RevealedWinner> order = List.of();
    private int categoryIndex = -1;
    private int shownCount;
    private Long eventId;
    private boolean shown;

    /**
     * @param live the ceremony screen's own live figures (over the window's shared guest list)
     * @param awards the award categories and their winners (read in the background)
     * @param executor background work and the hand-over to the UI thread
     * @param locale the language of the screen
     */
    public CeremonyViewModel(LiveEventFigures live, AwardService awards, TaskExecutor executor, Locale locale) {
        this.live = Objects.requireNonNull(live);
        this.awards = Objects.requireNonNull(awards);
        this.executor = Objects.requireNonNull(executor);
        this.locale = Objects.requireNonNull(locale);
        this.m = Messages.of("dashboard", locale);
        totalUnit.set(CeremonyFigureText.of(BigDecimal.ZERO, locale).unit());
    }

    /** The window is shown for event {@code event}: follows its figures and reads its award categories. */
    public void show(long event) {
        if (!shown) {
            live.figuresProperty().addListener(figuresListener);
            shown = true;
        }
        eventId = event;
        live.show(event);
        figuresChanged(live.figures());
        executor.execute(() -> awards.categories(event).stream()
                .sorted(Comparator.comparingInt(AwardCategory::runningOrder)).toList(), list -> categories = list, e -> { });
    }

    /** The window is closed: stops following the figures. */
    public void hide() {
        if (shown) {
            live.figuresProperty().removeListener(figuresListener);
            live.close();
            shown = false;
        }
    }

    /** Signing figures or award winners. */
    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** The number of projects signed at the closing ceremony ("30"). */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** Their running total's number ("536.3"), exact, in {@link #totalUnitProperty()}. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The unit of the running total ("亿元", "RMB billion"). */
    public ReadOnlyStringProperty totalUnitProperty() {
        return totalUnit.getReadOnlyProperty();
    }

    /** The project signed last in signing order ("第30个：……"), or "". */
    public ReadOnlyStringProperty lastSignedProperty() {
        return lastSigned.getReadOnlyProperty();
    }

    /** The award category shown ("2020 年度智能制造创新成果奖"), or "" when there are none. */
    public ReadOnlyStringProperty categoryTitleProperty() {
        return categoryTitle.getReadOnlyProperty();
    }

    /** The winners revealed so far, in the order revealed. */
    public ReadOnlyObjectProperty<List<RevealedWinner>> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** How many winners of the category are still to be revealed. */
    public ReadOnlyIntegerProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** Shows the signing figures. */
    public void showSigning() {
        mode.set(Mode.SIGNING);
    }

    /** Shows the award categories: the first in running order, or the next one if one is shown already. */
    public void showAwards() {
        mode.set(Mode.AWARDS);
        if (categoryIndex < 0) {
            nextCategory();
        }
    }

    /** The next category in running order (after the last one: the first again), nothing revealed yet. */
    public void nextCategory() {
        if (categories.isEmpty()) {
            categoryTitle.set(m.get("ceremony.noAwards"));
            return;
        }
        categoryIndex = (categoryIndex + 1) % categories.size();
        AwardCategory category = categories.get(categoryIndex);
        categoryTitle.set(category.name(locale));
        order = List.of();
        shownCount = 0;
        publishReveal();
        long id = category.id();
        executor.execute(() -> awards.content(id), content -> {
            if (categories.size() > categoryIndex && Objects.equals(categories.get(categoryIndex).id(), id)) {
                order = revealOrder(content, locale);
                publishReveal();
            }
        }, e -> categoryTitle.set(m.get("ceremony.awardsFailed")));
    }

    /** Reveals the next winner of the category (a key press on the presenter's cue); nothing after the last. */
    public void revealNext() {
        if (mode.get() == Mode.AWARDS && shownCount < order.size()) {
            shownCount++;
            publishReveal();
        }
    }

    /** Hides the winner revealed last (a key pressed too early). */
    public void hideLast() {
        if (mode.get() == Mode.AWARDS && shownCount > 0) {
            shownCount--;
            publishReveal();
        }
    }

    /**
     * The order winners are revealed in: the lowest prize first, and within a prize its last place first,
     * so the first prize comes last (as award ceremonies read them out).
     */
    static List<RevealedWinner> revealOrder(AwardCategoryContent content, Locale locale) {
        List<Winner> winners = new ArrayList<>(content.winners());
        Comparator<Winner> byPrize = Comparator.comparingInt(w -> content.prize(w.prizeId()).map(Prize::rank).orElse(0));
        winners.sort(byPrize.reversed().thenComparing(Comparator.comparingInt(Winner::place).reversed()));
        List<RevealedWinner> list = new ArrayList<>();
        for (Winner w : winners) {
            String prize = content.prize(w.prizeId()).map(p -> p.name(locale)).orElse("");
            Nominee n = content.nominee(w.nomineeId()).orElse(null);
            String name = n == null || n.name() == null ? "" : n.name();
            String affiliation = n == null || n.affiliation() == null ? "" : n.affiliation();
            list.add(new RevealedWinner(prize, name, affiliation));
        }
        return List.copyOf(list);
    }

    private void publishReveal() {
        revealed.set(order.subList(0, shownCount));
        remaining.set(order.size() - shownCount);
    }

    private void figuresChanged(EventFigures now) {
        if (now == null) {
            return;
        }
        ContractFigures contracts = now.contracts();
        CountAndAmount closing = contracts.closingCeremony().ceremony().signed();
        count.set(Integer.toString(closing.count()));
        CeremonyFigureText text = CeremonyFigureText.of(closing.amount(), locale);
        total.set(text.number());
        totalUnit.set(text.unit());
        lastSigned.set(contracts.runningTotals().stream().filter(ContractFigures.RunningTotal::signedCny)
                .reduce((a, b) -> b).map(r -> m.get("ceremony.lastSigned", r.signingOrder(), r.projectName())).orElse(""));
    }
}
