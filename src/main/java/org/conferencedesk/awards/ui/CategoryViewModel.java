package org.conferencedesk.awards.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.RankingBasis;
import org.conferencedesk.awards.ScoreSheet;
import org.conferencedesk.awards.Viewer;
import org.conferencedesk.awards.WinnerProposal;
import org.conferencedesk.awards.ui.AwardRows.ChangeRow;
import org.conferencedesk.awards.ui.AwardRows.HistoryRow;
import org.conferencedesk.awards.ui.AwardRows.NomineeRow;
import org.conferencedesk.awards.ui.AwardRows.Person;
import org.conferencedesk.awards.ui.AwardRows.PrizeRow;
import org.conferencedesk.awards.ui.AwardRows.WinnerRow;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.storage.AuditText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One award category on the awards screen: its prizes, nominees with the averages and ranking the
 * viewer may see, winners, sign-off (who, when, the result hash), reopening with a reason, the changes
 * since the frozen result and its audit trail. Commands record and remove winners, place winners from
 * the ranking, sign off and reopen; a refusal (a frozen category, a full prize) is shown as the service's
 * sentence in {@link #problemProperty()} and changes nothing. Everything is read and written in the
 * background ({@link TaskExecutor}); a load that a newer one overtook is dropped. No {@code javafx.scene};
 * UI thread only.
 */
public final class CategoryViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(CategoryViewModel.class);
    /** Audit entries shown: the newest. */
    static final int HISTORY_LIMIT = 500;

    private final AwardService awards;
    private final TaskExecutor executor;
    private final CategoryTexts texts;
    private final Function<ZoneId, AuditText> auditText;
    private final Locale locale;
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.of("Asia/Shanghai"));
    private final ReadOnlyObjectWrapper<AwardCategoryContent> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper(this, "subtitle", "");
    private final ReadOnlyStringWrapper stateLine = new ReadOnlyStringWrapper(this, "stateLine", "");
    private final ReadOnlyStringWrapper hash = new ReadOnlyStringWrapper(this, "hash", "");
    private final ReadOnlyStringWrapper scoresNote = new ReadOnlyStringWrapper(this, "scoresNote", "");
    private final ReadOnlyStringWrapper changesNote = new ReadOnlyStringWrapper(this, "changesNote", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper(this, "frozen");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper memberViewing = new ReadOnlyBooleanWrapper(this, "memberViewing");
    private final ObservableList<Person> viewers = FXCollections.observableArrayList();
    private final ObjectProperty<Person> viewer = new SimpleObjectProperty<>(this, "viewer");
    private final ObservableList<NomineeRow> nominees = FXCollections.observableArrayList();
    private final ObservableList<PrizeRow> prizes = FXCollections.observableArrayList();
    private final ObservableList<WinnerRow> winners = FXCollections.observableArrayList();
    private final ObjectProperty<PrizeRow> prizeChoice = new SimpleObjectProperty<>(this, "prizeChoice");
    private final ObjectProperty<NomineeRow> nomineeChoice = new SimpleObjectProperty<>(this, "nomineeChoice");
    private final ObjectProperty<WinnerRow> selectedWinner = new SimpleObjectProperty<>(this, "selectedWinner");
    private final ObservableList<Person> signers = FXCollections.observableArrayList();
    private final ObjectProperty<Person> signer = new SimpleObjectProperty<>(this, "signer");
    private final StringProperty reopenedBy = new SimpleStringProperty(this, "reopenedBy", "");
    private final StringProperty reopenReason = new SimpleStringProperty(this, "reopenReason", "");
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final ObservableList<String> signOffs = FXCollections.observableArrayList();
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final BooleanBinding canRecordWinner;
    private final BooleanBinding canRemoveWinner;
    private final BooleanBinding canSignOff;
    private final BooleanBinding canReopen;
    private Long categoryId;
    private long generation;
    private boolean applying;

    /**
     * @param awards the awards
     * @param executor background work
     * @param locale the window's language
     * @param auditText how audit entries read in a time zone (the window's vocabularies and withholding)
     */
    public CategoryViewModel(AwardService awards, TaskExecutor executor, Locale locale, Function<ZoneId, AuditText> auditText) {
        this.awards = Objects.requireNonNull(awards);
        this.executor = Objects.requireNonNull(executor);
        this.locale = Objects.requireNonNull(locale);
        this.auditText = Objects.requireNonNull(auditText);
        this.texts = new CategoryTexts(locale);
        canRecordWinner = prizeChoice.isNotNull().and(nomineeChoice.isNotNull()).and(busy.not()).and(content.isNotNull());
        canRemoveWinner = selectedWinner.isNotNull().and(busy.not());
        canSignOff = frozen.not().and(signer.isNotNull()).and(busy.not()).and(content.isNotNull());
        canReopen = frozen.and(busy.not()).and(Bindings.createBooleanBinding(
                () -> !reopenedBy.get().isBlank() && !reopenReason.get().isBlank(), reopenedBy, reopenReason));
        viewer.addListener((o, was, now) -> {
            if (!applying && now != null && !Objects.equals(was, now)) {
                reload();
            }
        });
    }

    /** Shows the category {@code id} (null: none), reading it in the background. */
    public void show(Long id) {
        if (!Objects.equals(id, categoryId)) {
            problem.set("");
            message.set("");
            reopenedBy.set("");
            reopenReason.set("");
        }
        categoryId = id;
        if (id == null) {
            generation++;
            clear();
            return;
        }
        reload();
    }

    /** Reads the shown category again (after a change of it, by this window or another program). */
    public void reload() {
        Long id = categoryId;
        if (id == null) {
            return;
        }
        long mine = ++generation;
        Viewer asked = viewerOf(viewer.get());
        ZoneId in = zone.get();
        executor.execute(() -> read(id, asked, in), view -> {
            if (mine == generation) {
                apply(view);
            }
        }, failure -> {
            if (mine == generation) {
                LOG.warn("Award category {} not read", id, failure);
                clear();
                problem.set(texts.ui().get("failure.load", UserFacingException.sentenceOf(failure, locale)));
            }
        });
    }

    /** What a load found, already in words. */
    private record Loaded(AwardCategoryContent content, ScoreSheet sheet, List<NomineeRow> nominees, List<PrizeRow> prizes,
                          List<WinnerRow> winners, List<ChangeRow> changes, List<String> signOffs, List<HistoryRow> history,
                          String stateLine) {
    }

    private Loaded read(long id, Viewer asked, ZoneId in) {
        AwardCategoryContent c = awards.content(id);
        Viewer v = asked instanceof Viewer.Member m && c.member(m.memberId()).isEmpty() ? Viewer.secretariat() : asked;
        ScoreSheet sheet = awards.scoreSheet(id, v);
        List<ChangeRow> diff = c.lastSignOff().isEmpty() ? List.of()
                : texts.changes(awards.changesSinceSignOff(id), c, sheet.hidden());
        AuditText words = auditText.apply(in);
        List<HistoryRow> trail = awards.history(id, HISTORY_LIMIT).stream()
                .map(e -> new HistoryRow(words.time(e), words.actor(e), words.action(e), words.record(e), words.changes(e))).toList();
        return new Loaded(c, sheet, texts.nominees(c, sheet), texts.prizes(c), texts.winners(c), diff,
                texts.signOffHistory(c, in), trail, texts.stateLine(c, in));
    }

    private void apply(Loaded view) {
        applying = true;
        try {
            AwardCategoryContent c = view.content();
            content.set(c);
            title.set(c.category().name(locale));
            subtitle.set(texts.subtitle(c.category()));
            stateLine.set(view.stateLine());
            frozen.set(c.category().isFrozen());
            hash.set(c.lastSignOff().map(s -> s.resultHash()).orElse(texts.ui().get("hash.none")));
            Long viewing = viewer.get() == null ? null : viewer.get().memberId();
            Long signing = signer.get() == null ? null : signer.get().memberId();
            viewers.setAll(new Person(null, texts.ui().get("viewer.secretariat")));
            c.members().forEach(m -> viewers.add(new Person(m.id(), texts.ui().get("viewer.member", m.name()))));
            viewer.set(viewers.stream().filter(p -> Objects.equals(p.memberId(), viewing)).findFirst().orElse(viewers.get(0)));
            signers.setAll(c.members().stream().map(m -> new Person(m.id(), m.name())).toList());
            signer.set(signers.stream().filter(p -> Objects.equals(p.memberId(), signing)).findFirst()
                    .orElse(signers.isEmpty() ? null : signers.get(0)));
            memberViewing.set(view.sheet().viewer() instanceof Viewer.Member);
            scoresNote.set(c.criteria().isEmpty() ? texts.ui().get("scores.none")
                    : view.sheet().hidden() ? texts.ui().get("scores.hidden") : texts.ui().get("scores.explained"));
            Long prize = prizeChoice.get() == null ? null : prizeChoice.get().id();
            Long nominee = nomineeChoice.get() == null ? null : nomineeChoice.get().id();
            nominees.setAll(view.nominees());
            prizes.setAll(view.prizes());
            winners.setAll(view.winners());
            prizeChoice.set(prizes.stream().filter(p -> Objects.equals(p.id(), prize)).findFirst()
                    .orElse(prizes.stream().filter(p -> p.free() > 0).findFirst().orElse(prizes.isEmpty() ? null : prizes.get(0))));
            nomineeChoice.set(nominees.stream().filter(n -> Objects.equals(n.id(), nominee)).findFirst().orElse(null));
            selectedWinner.set(null);
            changes.setAll(view.changes());
            changesNote.set(c.lastSignOff().isEmpty() ? texts.ui().get("changes.never")
                    : view.changes().isEmpty() ? texts.ui().get("changes.none") : texts.ui().get("changes.title"));
            signOffs.setAll(view.signOffs());
            history.setAll(view.history());
        } finally {
            applying = false;
        }
    }

    private void clear() {
        applying = true;
        try {
            content.set(null);
            title.set("");
            subtitle.set("");
            stateLine.set("");
            hash.set("");
            scoresNote.set("");
            changesNote.set("");
            frozen.set(false);
            viewers.clear();
            viewer.set(null);
            signers.clear();
            signer.set(null);
            nominees.clear();
            prizes.clear();
            winners.clear();
            prizeChoice.set(null);
            nomineeChoice.set(null);
            selectedWinner.set(null);
            changes.clear();
            signOffs.clear();
            history.clear();
        } finally {
            applying = false;
        }
    }

    private static Viewer viewerOf(Person person) {
        return person == null || person.memberId() == null ? Viewer.secretariat() : Viewer.member(person.memberId());
    }

    // ------------------------------------------------------------------ commands

    /** Records the chosen nominee as a winner of the chosen prize (its lowest free place). */
    public void recordWinner() {
        PrizeRow prize = prizeChoice.get();
        NomineeRow nominee = nomineeChoice.get();
        if (categoryId == null || prize == null || nominee == null) {
            return;
        }
        long id = categoryId;
        run(() -> awards.recordWinner(id, prize.id(), nominee.id()),
                done -> texts.ui().get("winner.recorded", nominee.name(), prize.name()));
    }

    /** Removes the selected winner. */
    public void removeWinner() {
        WinnerRow w = selectedWinner.get();
        if (categoryId == null || w == null) {
            return;
        }
        long id = categoryId;
        run(() -> {
            awards.removeWinner(id, w.id());
            return w;
        }, done -> texts.ui().get("winner.removed", w.nominee()));
    }

    /**
     * Replaces the winners with those the ranking by {@code basis} gives under the category's tie rule;
     * a tie the rule leaves to the committee is named and those places are left for the user.
     */
    public void proposeWinners(RankingBasis basis) {
        if (categoryId == null) {
            return;
        }
        long id = categoryId;
        run(() -> {
            WinnerProposal proposal = awards.propose(id, basis);
            awards.replaceWinners(id, proposal.placements());
            return proposal;
        }, proposal -> {
            String done = texts.ui().get("winner.proposed", proposal.placements().size(),
                    org.conferencedesk.shared.i18n.Messages.of("awards", locale).get("RankingBasis." + basis.name()));
            if (!proposal.unresolved().isEmpty()) {
                AwardCategoryContent c = content.get();
                String tied = proposal.unresolved().stream().flatMap(t -> t.nomineeIds().stream())
                        .map(n -> c == null ? "#" + n : c.nominee(n).map(x -> x.name()).orElse("#" + n))
                        .reduce((a, b) -> a + ", " + b).orElse("");
                done += " " + texts.ui().get("winner.tieLeft", tied);
            }
            return done;
        });
    }

    /** The chosen member signs the category off; the message shows the result hash. */
    public void signOff() {
        Person who = signer.get();
        if (categoryId == null || who == null || who.memberId() == null) {
            return;
        }
        long id = categoryId;
        String name = title.get();
        run(() -> awards.signOff(id, who.memberId()), s -> texts.ui().get("signOff.done", name, s.memberName(), s.resultHash()));
    }

    /** Reopens the signed-off category with the reason typed; the typing is kept if it is refused. */
    public void reopen() {
        if (categoryId == null) {
            return;
        }
        long id = categoryId;
        String by = reopenedBy.get();
        String why = reopenReason.get();
        String name = title.get();
        run(() -> awards.reopen(id, by, why), r -> {
            reopenReason.set("");
            return texts.ui().get("reopen.done", name);
        });
    }

    /** Runs a change in the background; on success shows {@code done}'s sentence and reads the category again. */
    private <T> void run(Callable<T> work, Function<T, String> done) {
        busy.set(true);
        problem.set("");
        message.set("");
        executor.execute(work, result -> {
            busy.set(false);
            message.set(done.apply(result));
            reload();
        }, failure -> {
            busy.set(false);
            if (!(failure instanceof UserFacingException)) {
                LOG.warn("Award change failed", failure);
            }
            problem.set(UserFacingException.sentenceOf(failure, locale));
            reload();
        });
    }

    // ------------------------------------------------------------------ state for the view

    /** The time zone times are shown in (the event's). */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** The category as last read, or null. */
    public ReadOnlyObjectProperty<AwardCategoryContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** Its name in the window's language. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Kind, tie rule (and seed), score range. */
    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    /** Open / signed off by whom and when / reopened by whom, when and why. */
    public ReadOnlyStringProperty stateLineProperty() {
        return stateLine.getReadOnlyProperty();
    }

    /** The SHA-256 of the frozen result (the last sign-off's), or a dash if never signed off. */
    public ReadOnlyStringProperty hashProperty() {
        return hash.getReadOnlyProperty();
    }

    /** What the averages mean, or why they are hidden. */
    public ReadOnlyStringProperty scoresNoteProperty() {
        return scoresNote.getReadOnlyProperty();
    }

    /** Above the changes: their title, "nothing differs" or "never signed off". */
    public ReadOnlyStringProperty changesNoteProperty() {
        return changesNote.getReadOnlyProperty();
    }

    /** What the last command did (a sentence), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last command was refused (the service's sentence), or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the category is signed off. */
    public ReadOnlyBooleanProperty frozenProperty() {
        return frozen.getReadOnlyProperty();
    }

    /** True while a committee member is looking (their own score is shown). */
    public ReadOnlyBooleanProperty memberViewingProperty() {
        return memberViewing.getReadOnlyProperty();
    }

    /** True while a command runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The secretariat and each committee member: who is looking at the scores. */
    public ObservableList<Person> viewers() {
        return viewers;
    }

    /** Who is looking (choosing another reads the scores again as they may see them). */
    public ObjectProperty<Person> viewerProperty() {
        return viewer;
    }

    /** The nominees with their averages and ranks. */
    public ObservableList<NomineeRow> nominees() {
        return nominees;
    }

    /** The prizes with their winners. */
    public ObservableList<PrizeRow> prizes() {
        return prizes;
    }

    /** The winners, prize by prize. */
    public ObservableList<WinnerRow> winners() {
        return winners;
    }

    /** The prize a winner is recorded into. */
    public ObjectProperty<PrizeRow> prizeChoiceProperty() {
        return prizeChoice;
    }

    /** The nominee recorded as a winner. */
    public ObjectProperty<NomineeRow> nomineeChoiceProperty() {
        return nomineeChoice;
    }

    /** The winner {@link #removeWinner()} removes. */
    public ObjectProperty<WinnerRow> selectedWinnerProperty() {
        return selectedWinner;
    }

    /** The committee members who may sign off. */
    public ObservableList<Person> signers() {
        return signers;
    }

    /** The member who signs off. */
    public ObjectProperty<Person> signerProperty() {
        return signer;
    }

    /** Who reopens the category, as typed. */
    public StringProperty reopenedByProperty() {
        return reopenedBy;
    }

    /** Why, as typed. */
    public StringProperty reopenReasonProperty() {
        return reopenReason;
    }

    /** What differs from the frozen result, field by field. */
    public ObservableList<ChangeRow> changes() {
        return changes;
    }

    /** Each sign-off and reopening, oldest first. */
    public ObservableList<String> signOffs() {
        return signOffs;
    }

    /** The category's audit trail, newest first (read only). */
    public ObservableList<HistoryRow> history() {
        return history;
    }

    /** A prize and a nominee are chosen. */
    public BooleanBinding canRecordWinner() {
        return canRecordWinner;
    }

    /** A winner is selected. */
    public BooleanBinding canRemoveWinner() {
        return canRemoveWinner;
    }

    /** Open, with a member chosen to sign. */
    public BooleanBinding canSignOff() {
        return canSignOff;
    }

    /** Signed off, with who and why typed. */
    public BooleanBinding canReopen() {
        return canReopen;
    }
}
