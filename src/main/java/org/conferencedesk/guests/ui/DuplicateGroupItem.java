package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestDuplicates;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestPair;
import org.conferencedesk.guests.InvitationStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.conferencedesk.guests.GuestDuplicates.Reason;
import org.conferencedesk.shared.i18n.Messages;

/**
 * One group of likely duplicates as the review dialog shows it: its guests with every cell as text,
 * which of them are ticked to be merged, and which one is kept. Ticked by default: every guest of a
 * group linked by the name alone (the group is marked for review, and merging still takes the user's
 * click and a confirmation), and in a group linked by an e-mail or phone, every guest that shares one;
 * a guest that shares only the name with the others is left unticked. Kept by default: the most
 * complete ticked guest (the most filled-in values; the first in the list on a tie). A guest the
 * committee said is a different person from the kept one ("not the same person", {@link GuestPair})
 * is left unticked.
 * Imports nothing from {@code javafx.scene}; use on the UI thread.
 */
public final class DuplicateGroupItem {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** One guest of the group: its cells, why it matches, and whether it is ticked to be merged. */
    public static final class Member {
        private final Guest guest;
        private final Set<Reason> reasons;
        private final String category;
        private final String checkedIn;
        private final String why;
        private final BooleanProperty included = new SimpleBooleanProperty(this, "included");

        Member(Guest guest, Set<Reason> reasons, Messages guests, Messages duplicates, ZoneId zone) {
            this.guest = guest;
            this.reasons = reasons;
            this.category = guest.category().label(guests.locale());
            this.checkedIn = guest.checkedInAt() == null ? "" : TIME.format(guest.checkedInAt().atZone(zone));
            this.why = reasonsText(reasons, duplicates);
        }

        /** The guest as listed when the group was found. */
        public Guest guest() {
            return guest;
        }

        /** The reasons that link this guest to the others. */
        public Set<Reason> reasons() {
            return reasons;
        }

        /** True if this guest shares only the name with the others (no e-mail, no phone). */
        public boolean onlyName() {
            return reasons.equals(Set.of(Reason.SAME_NAME));
        }

        /** The category in the window's language. */
        public String category() {
            return category;
        }

        /** The check-in time in the event's time zone ({@code "2020-11-26 09:05"}), or "". */
        public String checkedIn() {
            return checkedIn;
        }

        /** Why this guest matches: {@code "same e-mail, same phone"}. */
        public String why() {
            return why;
        }

        /** Ticked: merged into the kept guest when the user merges. */
        public BooleanProperty includedProperty() {
            return included;
        }

        /** How the guest is named in the "Keep" choice: name, organisation and id. */
        public String label() {
            String organisation = guest.text(GuestField.ORGANISATION);
            return guest.fullName() + (organisation == null ? "" : " — " + organisation) + " (#" + guest.id() + ")";
        }

        @Override
        public String toString() {
            return label();
        }
    }

    private final GuestDuplicates.Group group;
    private final List<Member> members;
    private final String title;
    private final String setAsideText;
    private final Messages duplicates;
    private final ObjectProperty<Member> kept = new SimpleObjectProperty<>(this, "kept");
    private final BooleanBinding mergeable;

    DuplicateGroupItem(GuestDuplicates.Group group, Messages guests, Messages duplicates, ZoneId zone) {
        this.group = group;
        this.duplicates = duplicates;
        List<Member> list = new ArrayList<>();
        for (int i = 0; i < group.guests().size(); i++) {
            Member member = new Member(group.guests().get(i), group.reasonsOf(i), guests, duplicates, zone);
            member.included.set(group.nameOnly() || !member.onlyName());
            list.add(member);
        }
        this.members = List.copyOf(list);
        this.title = duplicates.get("group.title", group.guests().get(0).fullName(), group.guests().size(),
                reasonsText(group.reasons(), duplicates));
        kept.set(members.stream().filter(m -> m.included.get())
                .max(Comparator.comparingInt((Member m) -> completeness(m.guest)).thenComparing(m -> -members.indexOf(m)))
                .orElse(members.get(0)));
        // A guest the committee said is a different person from the kept one is not ticked.
        long keptId = kept.get().guest.id() == null ? -1 : kept.get().guest.id();
        for (Member m : members) {
            if (m.guest.id() != null && group.setAside(keptId, m.guest.id())) {
                m.included.set(false);
            }
        }
        this.setAsideText = group.setAside().isEmpty() ? ""
                : duplicates.get("group.setAside", pairsText(group.setAside()));
        // The kept guest is always among those merged.
        kept.addListener((o, was, now) -> {
            if (now != null) {
                now.included.set(true);
            }
        });
        List<ObservableValue<?>> dependencies = new ArrayList<>();
        dependencies.add(kept);
        members.forEach(m -> dependencies.add(m.included));
        mergeable = Bindings.createBooleanBinding(() -> kept.get() != null && kept.get().included.get() && included().size() >= 2,
                dependencies.toArray(ObservableValue[]::new));
    }

    /** The group as found. */
    public GuestDuplicates.Group group() {
        return group;
    }

    /** Its guests, in list order. */
    public List<Member> members() {
        return members;
    }

    /** {@code "张三 — 2 guests — same name, same e-mail"}. */
    public String title() {
        return title;
    }

    /** True if only the name links these guests: marked "same name only — check before merging". */
    public boolean nameOnly() {
        return group.nameOnly();
    }

    /** The guest that stays on the list. */
    public ObjectProperty<Member> keptProperty() {
        return kept;
    }

    /** The ticked guests (the kept one among them). */
    public List<Member> included() {
        return members.stream().filter(m -> m.included.get()).toList();
    }

    /** True when a merge can be asked for: the kept guest is ticked, with at least one other. */
    public BooleanBinding mergeableProperty() {
        return mergeable;
    }

    /**
     * The pairs of this group the committee already said are different people
     * ({@code "Already marked as different people: 张伟 (#12) ≠ 张伟 (#15)."}), or "" if none: the group
     * is back because another guest matches them.
     */
    public String setAsideText() {
        return setAsideText;
    }

    /** The pairs among the ticked guests that were marked as different people ({@code "张伟 (#12) ≠ 张伟 (#15)"}), or "" if none. */
    public String setAsideAmongIncluded() {
        List<Long> ids = included().stream().map(m -> m.guest.id()).toList();
        List<GuestPair> among = group.setAside().stream().filter(p -> ids.contains(p.low()) && ids.contains(p.high())).toList();
        return among.isEmpty() ? "" : pairsText(among);
    }

    private String pairsText(List<GuestPair> pairs) {
        return pairs.stream().map(p -> nameOf(p.low()) + " ≠ " + nameOf(p.high()))
                .collect(Collectors.joining(duplicates.get("reason.separator")));
    }

    private String nameOf(long id) {
        return members.stream().filter(m -> m.guest.id() != null && m.guest.id() == id).findFirst()
                .map(m -> m.guest.fullName() + " (#" + id + ")").orElse("#" + id);
    }

    /** How many values are filled in: text fields, a category other than "other", a status, a check-in. */
    static int completeness(Guest g) {
        int filled = 0;
        for (GuestField field : GuestField.values()) {
            if (field.isText() && g.text(field) != null) {
                filled++;
            }
        }
        if (g.category() != GuestCategory.OTHER) {
            filled++;
        }
        if (g.invitationStatus() != InvitationStatus.NOT_INVITED) {
            filled++;
        }
        if (g.checkedInAt() != null) {
            filled++;
        }
        return filled;
    }

    static String reasonsText(Set<Reason> reasons, Messages duplicates) {
        return GuestDuplicates.describe(reasons, duplicates.locale());
    }
}
