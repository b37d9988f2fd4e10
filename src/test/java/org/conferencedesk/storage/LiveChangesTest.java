package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.postgresql.PGNotification;
import org.postgresql.core.Notification;
import org.junit.jupiter.api.Test;

/**
 * How a batch of change notices (V44: {@code ORIGIN|TOPIC|EVENT|IDS}) becomes one change per topic
 * and event, without a server; the notices' way through PostgreSQL is {@code LiveUpdatesTest}'s.
 */
class LiveChangesTest {

    @Test
    void noticesOfOneTopicAndEventAreMergedAndOwnNoticesAreSkipped() {
        List<LiveChanges.Change> changes = LiveChanges.coalesce(List.of(
                notice("other|guest|7|1,2"),
                notice("me|guest|7|3"),
                notice("other|contract|7|5"),
                notice("third|guest|7|2,4"),
                notice("other|guest|8|9")), "me");

        assertThat(changes).containsExactly(
                new LiveChanges.Change("guest", 7, Set.of(1L, 2L, 4L)),
                new LiveChanges.Change("contract", 7, Set.of(5L)),
                new LiveChanges.Change("guest", 8, Set.of(9L)));
    }

    @Test
    void tooManyIdsOrAStarMeanReadTheEventAgainAndMalformedNoticesAreIgnored() {
        String many = LongStream.rangeClosed(1, LiveChanges.MOST_IDS_READ_ONE_BY_ONE + 1).mapToObj(Long::toString)
                .collect(Collectors.joining(","));
        List<PGNotification> batch = new ArrayList<>(List.of(
                notice("a|guest|7|" + many),
                notice("a|exhibitor|7|*"),
                notice("a|exhibitor|7|3"),
                notice("a|booth|7|1,x"),
                notice("garbage"),
                new Notification("another_channel", 1, "a|booth|7|1")));

        List<LiveChanges.Change> changes = LiveChanges.coalesce(batch, "me");

        assertThat(changes).containsExactly(
                new LiveChanges.Change("guest", 7, Set.of()),
                new LiveChanges.Change("exhibitor", 7, Set.of()));
        assertThat(changes).allMatch(LiveChanges.Change::all);
    }

    private static PGNotification notice(String payload) {
        return new Notification(LiveChanges.CHANNEL, 4711, payload);
    }
}
