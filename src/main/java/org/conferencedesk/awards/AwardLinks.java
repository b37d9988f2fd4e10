package org.conferencedesk.awards;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestService;

/**
 * How awards read the guests and exhibitors a nominee is linked to: through those features'
 * services, never their repositories, each time a nominee is read, so a linked nominee shows the
 * record as it is now. The composition root gives the service one of these.
 */
public interface AwardLinks {

    /**
     * What a linked record gives a nominee.
     *
     * @param id the record the link stands for now: the guest itself, or the guest it was merged into
     *           (a guest merged away is one person with the kept guest); an exhibitor itself
     * @param name its name as written (a guest's full name, an exhibitor's company name)
     * @param affiliation a guest's organisation, or null
     */
    record Linked(long id, String name, String affiliation) {
    }

    /**
     * The event's guests with these ids as they read now (a guest merged away reads as the guest it
     * was merged into, and as itself again once the merge is undone).
     *
     * @return guest id asked → what it reads as; a deleted guest, or one of another event, is absent
     */
    Map<Long, Linked> guests(long eventId, Collection<Long> guestIds);

    /**
     * The event's exhibitors with these ids as they read now (the company name as written).
     *
     * @return exhibitor id asked → what it reads as; a deleted exhibitor, or one of another event, is absent
     */
    Map<Long, Linked> exhibitors(long eventId, Collection<Long> exhibitorIds);

    /** Every guest on the event's list, as a nominee would read (for linking a person nominee); none by default. */
    default List<Linked> allGuests(long eventId) {
        return List.of();
    }

    /** Every exhibitor of the event (for linking an organisation nominee); none by default. */
    default List<Linked> allExhibitors(long eventId) {
        return List.of();
    }

    /** The guest with this id, if it is (or stands for) a guest on the event's list. */
    default Optional<Linked> guest(long eventId, long guestId) {
        return Optional.ofNullable(guests(eventId, List.of(guestId)).get(guestId));
    }

    /** The exhibitor with this id if it belongs to the event. */
    default Optional<Linked> exhibitor(long eventId, long exhibitorId) {
        return Optional.ofNullable(exhibitors(eventId, List.of(exhibitorId)).get(exhibitorId));
    }

    /** No guests or exhibitors can be linked (tests, tools). */
    AwardLinks NONE = new AwardLinks() {
        @Override
        public Map<Long, Linked> guests(long eventId, Collection<Long> guestIds) {
            return Map.of();
        }

        @Override
        public Map<Long, Linked> exhibitors(long eventId, Collection<Long> exhibitorIds) {
            return Map.of();
        }
    };

    /** Links to the event's guests only, as {@link #of(GuestService, ExhibitorService)}; no exhibitor can be linked (tools, tests). */
    static AwardLinks of(GuestService guests) {
        return of(guests, null);
    }

    /**
     * Links to the event's guests through {@link GuestService#listedAs} (merges followed) and to its
     * exhibitors through {@link ExhibitorService}.
     *
     * @param exhibitors the exhibitors, or null if none can be linked
     */
    static AwardLinks of(GuestService guests, ExhibitorService exhibitors) {
        return new AwardLinks() {
            @Override
            public Map<Long, Linked> guests(long eventId, Collection<Long> guestIds) {
                Map<Long, Linked> linked = new LinkedHashMap<>();
                for (Map.Entry<Long, Guest> e : guests.listedAs(eventId, guestIds).entrySet()) {
                    Guest g = e.getValue();
                    linked.put(e.getKey(), new Linked(g.id(), g.fullName(), g.organisation()));
                }
                return linked;
            }

            @Override
            public List<Linked> allGuests(long eventId) {
                return guests.list(eventId).stream().map(g -> new Linked(g.id(), g.fullName(), g.organisation())).toList();
            }

            @Override
            public List<Linked> allExhibitors(long eventId) {
                return exhibitors == null ? List.of()
                        : exhibitors.list(eventId).stream().map(x -> new Linked(x.id(), x.companyName(), x.otherName())).toList();
            }

            @Override
            public Map<Long, Linked> exhibitors(long eventId, Collection<Long> exhibitorIds) {
                Map<Long, Linked> linked = new LinkedHashMap<>();
                if (exhibitors == null) {
                    return linked;
                }
                // A few (one category's nominees) are read one by one; many in one list.
                Map<Long, Exhibitor> listed = exhibitorIds.size() > 20 ? byId(exhibitors.list(eventId)) : null;
                for (Long id : exhibitorIds) {
                    Optional<Exhibitor> found = listed != null ? Optional.ofNullable(listed.get(id))
                            : exhibitors.find(id).filter(x -> x.eventId() == eventId);
                    found.ifPresent(x -> linked.put(id, new Linked(x.id(), x.companyName(), null)));
                }
                return linked;
            }
        };
    }

    private static Map<Long, Exhibitor> byId(List<Exhibitor> list) {
        Map<Long, Exhibitor> map = new LinkedHashMap<>();
        list.forEach(x -> map.put(x.id(), x));
        return map;
    }
}
