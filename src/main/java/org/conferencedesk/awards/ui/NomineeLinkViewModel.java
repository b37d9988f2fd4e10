package org.conferencedesk.awards.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardLinks;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.NomineeKind;
import org.conferencedesk.awards.AwardCategoryContent.SignOffState;
import org.conferencedesk.awards.ui.AwardRows.NomineeRow;
import org.conferencedesk.guests.GuestSearch;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.ui.PickListViewModel;

/**
 * Linking the nominee chosen on the awards screen to the guest or exhibitor it is (issue 13: "linked
 * records are one record, shown on both screens"): a person to one of the event's guests, an
 * organisation to one of its exhibitors, found as the user types (name, other name, organisation,
 * pinyin and initials, as the guest search: {@link GuestSearch#rank}); unlinking keeps the name it
 * reads as now. The category's screen reads the change back from the service's change feed.
 */
public final class NomineeLinkViewModel {

    /** The most matches listed. */
    public static final int MAX_MATCHES = 8;

    /**
     * A guest or exhibitor a nominee can be linked to.
     *
     * @param linked its id, name and affiliation (organisation, or an exhibitor's other name)
     * @param key what it is found by
     * @param text how it is listed ("吴立新 · 南京埃斯顿")
     */
    public record Candidate(AwardLinks.Linked linked, GuestSearch.SearchKey key, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final AwardService awards;
    private final TaskExecutor executor;
    private final Locale locale;
    private final Messages ui;
    private final ReadOnlyObjectProperty<AwardCategoryContent> content;
    private final ObjectProperty<NomineeRow> nominee = new SimpleObjectProperty<>(this, "nominee");
    private final PickListViewModel<Candidate> pick =
            new PickListViewModel<>((all, typed) -> GuestSearch.rank(all, Candidate::key, typed, MAX_MATCHES));
    private final ReadOnlyStringWrapper prompt = new ReadOnlyStringWrapper(this, "prompt", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper linkable = new ReadOnlyBooleanWrapper(this, "linkable");
    private final ReadOnlyBooleanWrapper linked = new ReadOnlyBooleanWrapper(this, "linked");
    private final BooleanBinding canLink;
    private final BooleanBinding canUnlink;
    private NomineeKind candidatesKind;
    private Long candidatesEvent;
    private long generation;

    /**
     * @param awards reads the guests and exhibitors that can be linked, saves the link
     * @param executor background work
     * @param locale the window's language
     * @param content the category shown (its nominees and whether it is signed off)
     */
    public NomineeLinkViewModel(AwardService awards, TaskExecutor executor, Locale locale,
                                ReadOnlyObjectProperty<AwardCategoryContent> content) {
        this.awards = Objects.requireNonNull(awards);
        this.executor = Objects.requireNonNull(executor);
        this.locale = Objects.requireNonNull(locale);
        this.ui = Messages.of("awardsui", locale);
        this.content = content;
        canLink = Bindings.createBooleanBinding(() -> linkable.get() && pick.chosenProperty().get() != null && !busy.get(),
                linkable, pick.chosenProperty(), busy);
        canUnlink = linked.and(busy.not());
        nominee.addListener((o, was, now) -> follow());
        content.addListener((o, was, now) -> follow());
        follow();
    }

    /** The nominee chosen in the nominees' table (the view binds it to the table's selection). */
    public ObjectProperty<NomineeRow> nomineeProperty() {
        return nominee;
    }

    /** Finding the guest or exhibitor: what is typed, the matches (at most {@link #MAX_MATCHES}), the one to link to. */
    public PickListViewModel<Candidate> pick() {
        return pick;
    }

    /** What the search finds for the nominee chosen ("Find the guest this person is"), or why nothing can be linked. */
    public ReadOnlyStringProperty promptProperty() {
        return prompt.getReadOnlyProperty();
    }

    /** What the last link or unlink did, or why it was refused (a sentence). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the nominee chosen can be linked (a person or organisation of an open category). */
    public javafx.beans.property.ReadOnlyBooleanProperty linkableProperty() {
        return linkable.getReadOnlyProperty();
    }

    /** True when Link would link the chosen match. */
    public BooleanBinding canLink() {
        return canLink;
    }

    /** True when the nominee chosen is linked and its category open. */
    public BooleanBinding canUnlink() {
        return canUnlink;
    }

    private Nominee chosenNominee() {
        AwardCategoryContent c = content.get();
        NomineeRow row = nominee.get();
        return c == null || row == null ? null : c.nominee(row.id()).orElse(null);
    }

    private boolean open() {
        AwardCategoryContent c = content.get();
        return c != null && c.state() != SignOffState.SIGNED_OFF;
    }

    private void follow() {
        Nominee n = chosenNominee();
        boolean isOpen = open();
        boolean canBeLinked = n != null && isOpen && n.kind() != NomineeKind.ENTRY;
        linkable.set(canBeLinked);
        linked.set(n != null && isOpen && n.isLinked());
        if (n == null) {
            prompt.set(ui.get("link.choose"));
        } else if (!isOpen) {
            prompt.set(ui.get("link.signedOff"));
        } else if (n.kind() == NomineeKind.ENTRY) {
            prompt.set(ui.get("link.entry"));
        } else {
            prompt.set(ui.get(n.kind() == NomineeKind.PERSON ? "link.findGuest" : "link.findExhibitor"));
        }
        if (canBeLinked) {
            loadCandidates(content.get().category().eventId(), n.kind());
        } else {
            candidatesKind = null;
            pick.setCandidates(List.of());
        }
    }

    private void loadCandidates(long eventId, NomineeKind kind) {
        if (kind == candidatesKind && Objects.equals(candidatesEvent, eventId)) {
            return;
        }
        long mine = ++generation;
        candidatesKind = kind;
        candidatesEvent = eventId;
        pick.setCandidates(List.of());
        executor.execute(() -> awards.linkable(eventId, kind).stream().map(this::candidate).toList(), found -> {
            if (mine == generation) {
                pick.setCandidates(found);
            }
        }, failure -> {
            if (mine == generation) {
                candidatesKind = null;
                message.set(ui.get("failure.load", UserFacingException.sentenceOf(failure, locale)));
            }
        });
    }

    private Candidate candidate(AwardLinks.Linked l) {
        String text = l.affiliation() == null || l.affiliation().isBlank() ? l.name() : l.name() + " · " + l.affiliation();
        return new Candidate(l, GuestSearch.SearchKey.of(l.name(), null, l.affiliation()), text);
    }

    /** Links the nominee chosen to the match chosen, in the background; the message says what happened. */
    public void link() {
        Nominee n = chosenNominee();
        Candidate c = pick.chosenProperty().get();
        if (!canLink.get() || n == null || c == null) {
            return;
        }
        long id = c.linked().id();
        Nominee withLink = new Nominee(n.id(), n.categoryId(), n.kind(), null, null,
                n.kind() == NomineeKind.PERSON ? id : null, n.kind() == NomineeKind.ORGANISATION ? id : null, n.nominatedAt());
        save(withLink, ui.get("link.done", n.name(), c.linked().name()));
    }

    /** Unlinks the nominee chosen, keeping the name (and organisation) it reads as now. */
    public void unlink() {
        Nominee n = chosenNominee();
        if (!canUnlink.get() || n == null) {
            return;
        }
        save(new Nominee(n.id(), n.categoryId(), n.kind(), n.name(), n.affiliation(), null, null, n.nominatedAt()),
                ui.get("link.undone", n.name()));
    }

    private void save(Nominee nominee, String done) {
        busy.set(true);
        message.set("");
        executor.execute(() -> awards.saveNominee(nominee), saved -> {
            busy.set(false);
            pick.clear();
            message.set(done);
        }, failure -> {
            busy.set(false);
            message.set(UserFacingException.sentenceOf(failure, locale));
        });
    }
}
