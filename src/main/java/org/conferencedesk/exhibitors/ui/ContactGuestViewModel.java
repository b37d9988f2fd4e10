package org.conferencedesk.exhibitors.ui;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestSearch;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.ui.PickListViewModel;

/**
 * On the exhibitor form: making the contact person one of the event's guests (issue 12: "the same
 * person is then one record, shown on both screens"). The guest is found as the user types (name,
 * other name, organisation, pinyin and initials: {@link GuestSearch#rank}); Link hands it to the form
 * ({@link ExhibitorFormViewModel#linkContact}), which saves it with the exhibitor.
 */
public final class ContactGuestViewModel {

    /** The most guests listed. */
    public static final int MAX_MATCHES = 8;

    /**
     * A guest chosen as the contact.
     *
     * @param id the guest
     * @param name the guest's full name as written
     */
    public record Chosen(long id, String name) {
    }

    /**
     * A guest that can be chosen.
     *
     * @param guest the guest
     * @param key what it is found by
     */
    public record Choice(Guest guest, GuestSearch.SearchKey key) {
        @Override
        public String toString() {
            String org = guest.organisation();
            return org == null || org.isBlank() ? guest.fullName() : guest.fullName() + " · " + org;
        }
    }

    private final ExhibitorService service;
    private final TaskExecutor executor;
    private final Locale locale;
    private final ExhibitorFormViewModel form;
    private final PickListViewModel<Choice> pick =
            new PickListViewModel<>((all, typed) -> GuestSearch.rank(all, Choice::key, typed, MAX_MATCHES));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding canLink;
    private long generation;

    /**
     * @param service reads the event's guests
     * @param executor reads them off the JavaFX thread
     * @param locale the language of a failure
     * @param form the exhibitor form the chosen guest goes to
     */
    public ContactGuestViewModel(ExhibitorService service, TaskExecutor executor, Locale locale, ExhibitorFormViewModel form) {
        this.service = service;
        this.executor = executor;
        this.locale = locale;
        this.form = form;
        this.canLink = pick.chosenProperty().isNotNull();
    }

    /** Finding the guest: what is typed, the matches, the one chosen. */
    public PickListViewModel<Choice> pick() {
        return pick;
    }

    /** True when Link would make the chosen guest the contact. */
    public BooleanBinding canLink() {
        return canLink;
    }

    /** Why the guests could not be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads the event's guests again (the screen is shown, the event changed); null: none. */
    public void load(Long eventId) {
        long mine = ++generation;
        if (eventId == null) {
            pick.setCandidates(List.of());
            return;
        }
        executor.execute(() -> service.contactCandidates(eventId).stream()
                .map(g -> new Choice(g, GuestSearch.SearchKey.of(g.fullName(), g.otherName(), g.organisation()))).toList(),
                found -> {
                    if (mine == generation) {
                        problem.set("");
                        pick.setCandidates(found);
                    }
                }, failure -> {
                    if (mine == generation) {
                        problem.set(UserFacingException.sentenceOf(failure, locale));
                    }
                });
    }

    /** Makes the chosen guest the contact on the form (saved with the exhibitor). */
    public void link() {
        Choice c = pick.chosenProperty().get();
        if (c != null) {
            form.linkContact(new Chosen(c.guest().id(), c.guest().fullName()));
            pick.clear();
        }
    }

    /** Keeps the contact's name as written, unlinked from the guest (saved with the exhibitor). */
    public void unlink() {
        form.unlinkContact();
    }
}
