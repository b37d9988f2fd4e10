package org.conferencedesk.awards;

import java.util.Optional;
import org.conferencedesk.guests.GuestService;

/**
 * How awards read the guests and exhibitors a nominee is linked to: through those features'
 * services, never their repositories. The composition root gives the service one of these.
 */
public interface AwardLinks {

    /**
     * What a linked record gives a nominee.
     *
     * @param name its name as written (a guest's full name, an exhibitor's company name)
     * @param affiliation a guest's organisation, or null
     */
    record Linked(String name, String affiliation) {
    }

    /** The guest with this id if it belongs to the event. */
    Optional<Linked> guest(long eventId, long guestId);

    /** The exhibitor with this id if it belongs to the event. */
    Optional<Linked> exhibitor(long eventId, long exhibitorId);

    /** No guests or exhibitors can be linked (tests, tools). */
    AwardLinks NONE = new AwardLinks() {
        @Override
        public Optional<Linked> guest(long eventId, long guestId) {
            return Optional.empty();
        }

        @Override
        public Optional<Linked> exhibitor(long eventId, long exhibitorId) {
            return Optional.empty();
        }
    };

    /**
     * Links to the event's guests through {@code guests}. Exhibitors cannot be linked yet: the
     * exhibitors feature is being built on another branch; when it lands, this becomes
     * {@code of(guests, exhibitors)} and reads the exhibitor's company name through its service.
     */
    static AwardLinks of(GuestService guests) {
        return new AwardLinks() {
            @Override
            public Optional<Linked> guest(long eventId, long guestId) {
                return guests.find(guestId).filter(g -> g.eventId() == eventId).map(g -> new Linked(g.fullName(), g.organisation()));
            }

            @Override
            public Optional<Linked> exhibitor(long eventId, long exhibitorId) {
                return Optional.empty();
            }
        };
    }
}
