package org.conferencedesk.app;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.conferencedesk.storage.LiveChanges;

/**
 * Connects what other laptops change in a shared PostgreSQL database to the features' change
 * feeds, so that every screen listening to a feed (lists, totals, status bar, dashboard, ceremony
 * screen) shows it (issue 16, docs/decisions/0030). One line per topic of the V44 triggers:
 * records that can be read by id are read again and published as saved or removed; the others
 * publish "read the event again" (contracts: their running totals depend on every earlier row).
 * Nothing happens on an H2 file (it has one writer).
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Registers the followers on the database's live changes and starts listening; nothing for a file. */
    static void follow(AppContext context) {
        Optional<LiveChanges> changes = context.database().liveChanges();
        if (changes.isEmpty()) {
            return;
        }
        LiveChanges live = changes.get();
        live.followReloading("contract", context.contracts().changes());
        live.followReloading("contract", context.signingSessions().changes());
        live.followReloading("signing_session", context.signingSessions().sessionChanges());
        live.followReloading("signing_session", context.signingSessions().changes());
        live.follow("guest", context.guests().changes(), context.guests()::findListed, g -> g.id());
        live.follow("exhibitor", context.exhibitors().changes(), oneByOne(context.exhibitors()::find), e -> e.id());
        live.followReloading("booth_rate", context.exhibitors().changes());
        live.followReloading("booth", context.booths().changes());
        live.followReloading("hall", context.booths().changes());
        live.follow("award_category", context.awards().changes(), oneByOne(context.awards()::category), c -> c.id());
        live.followReloading("announced_figure", context.dashboard().announcedChanges());
        live.start();
    }

    /** Reads records one id at a time (types whose service reads one record; a batch is at most 200 ids). */
    private static <R> java.util.function.Function<Collection<Long>, List<R>> oneByOne(LongFunction<Optional<R>> find) {
        return ids -> ids.stream().map(find::apply).flatMap(Optional::stream).toList();
    }
}
