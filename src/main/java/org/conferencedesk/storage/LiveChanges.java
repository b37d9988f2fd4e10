package org.conferencedesk.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.conferencedesk.shared.record.ChangeFeed;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes other programs commit to a shared PostgreSQL database, fed into this program's
 * {@link ChangeFeed}s so that every live list, total, dashboard and ceremony screen shows them
 * within a second, with no code per screen (issue 16, docs/decisions/0030).
 *
 * <p>The database announces every committed write itself (migration V44: statement-level triggers,
 * {@code NOTIFY conferencedesk_changes}, ids only: {@code ORIGIN|TOPIC|EVENT|ID,ID…} or
 * {@code …|*} when too many). One thread of its own ({@code conferencedesk-live-changes}, never the
 * FX thread) holds one connection of its own that LISTENs, waits with
 * {@link PGConnection#getNotifications(int)}, and hands each batch to the topics' followers:
 * {@link #follow} reads the named records again and publishes them as saved (ids no longer listed
 * as removed); {@link #followReloading} publishes "read the event again". Changes this program
 * made itself (same origin) are skipped: its services published them already.
 *
 * <p>A lost connection (the server restarted, the network dropped, {@code pg_terminate_backend})
 * is noticed by the failing wait or by a ping every {@value #PING_SECONDS} s (the connection's
 * socket timeout bounds a ping to a silently dead peer), reported as {@link State#LOST} with the
 * time of the next try, and retried by itself with growing pauses (1, 2, 4, 8, 15 s, then every
 * 15 s). Back online, every followed topic of every event is read again, since what was committed
 * meanwhile was announced to nobody listening.
 *
 * <p>Thread-safe. Followers are called on the listening thread, as a feed's listeners are called
 * on a writing thread.
 */
public final class LiveChanges implements AutoCloseable {

    /** The channel the V44 triggers notify on. */
    public static final String CHANNEL = "conferencedesk_changes";

    /** More ids than this for one topic and event in one batch are read as "read the event again". */
    static final int MOST_IDS_READ_ONE_BY_ONE = 200;

    /** Seconds without a notification after which the connection is pinged. */
    static final int PING_SECONDS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(LiveChanges.class);
    private static final long[] PAUSES_MILLIS = {1_000, 2_000, 4_000, 8_000, 15_000};

    /** Where the listener is. */
    public enum State {
        /** Not started yet, or closed. */
        STOPPED,
        /** Listening: changes of other programs arrive. */
        CONNECTED,
        /** The connection is lost; it is tried again by itself at {@link Status#nextTry()}. */
        LOST
    }

    /**
     * The listener's state as reported to {@link #onStatus} listeners.
     *
     * @param state where it is
     * @param server the server's address without password (for the status bar)
     * @param since when it came to this state
     * @param nextTry when the next connection attempt is made (LOST only), else null
     */
    public record Status(State state, String server, Instant since, Instant nextTry) {
    }

    /** Opens the listener's own connection (with a socket timeout, so a ping to a dead peer fails). */
    @FunctionalInterface
    public interface Connector {
        /** A new connection to the database; the caller closes it. */
        Connection connect() throws SQLException;
    }

    /**
     * One announced change, after the batch was coalesced.
     *
     * @param topic the record type (V44: {@code contract}, {@code guest}, {@code exhibitor} …)
     * @param eventId the event whose records changed
     * @param ids the ids that changed, or empty for "too many: read the event again"
     */
    public record Change(String topic, long eventId, Set<Long> ids) {
        /** Copies the ids. */
        public Change {
            ids = Set.copyOf(ids);
        }

        /** Whether the whole event's records of this topic must be read again. */
        public boolean all() {
            return ids.isEmpty();
        }
    }

    private final Connector connector;
    private final String origin;
    private final String server;
    private final Map<String, List<Consumer<Change>>> followers = new ConcurrentHashMap<>();
    private final List<Consumer<Status>> statusListeners = new CopyOnWriteArrayList<>();
    private volatile Status status;
    private volatile boolean closed;
    private volatile Connection connection;
    private Thread thread;

    /**
     * @param connector opens the listener's connection
     * @param origin this program's origin (its connections' {@code conferencedesk.origin}); its own changes are skipped
     * @param server the server's address without password, for the status bar
     */
    public LiveChanges(Connector connector, String origin, String server) {
        this.connector = Objects.requireNonNull(connector);
        this.origin = Objects.requireNonNull(origin);
        this.server = Objects.requireNonNull(server);
        this.status = new Status(State.STOPPED, server, Instant.now(), null);
    }

    /**
     * Follows a topic whose records can be read by id: the records named are read again
     * ({@code findListed}, on the listening thread) and published as saved on {@code feed}; ids
     * not found (deleted, merged away) are published as removed. "Too many" and a reconnection
     * publish "read the event again".
     *
     * @param findListed the listed records with these ids (any event, any order; missing ids left out)
     * @param idOf a record's id
     */
    public <R> void follow(String topic, ChangeFeed<R> feed, Function<Collection<Long>, List<R>> findListed,
                           ToLongFunction<R> idOf) {
        follow(topic, change -> {
            if (change.all()) {
                feed.reloaded(change.eventId());
                return;
            }
            List<R> found = findListed.apply(change.ids());
            Set<Long> gone = new LinkedHashSet<>(change.ids());
            for (R r : found) {
                gone.remove(idOf.applyAsLong(r));
            }
            feed.saved(change.eventId(), found);
            feed.removed(change.eventId(), List.copyOf(gone));
        });
    }

    /** Follows a topic by reading the event's records of {@code feed} again on every change. */
    public void followReloading(String topic, ChangeFeed<?> feed) {
        follow(topic, change -> feed.reloaded(change.eventId()));
    }

    /** Calls {@code follower} with every change of {@code topic} (on the listening thread). */
    public void follow(String topic, Consumer<Change> follower) {
        followers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(follower);
    }

    /** Calls {@code listener} now with the current status and on every change of it (on the listening thread). */
    public void onStatus(Consumer<Status> listener) {
        statusListeners.add(listener);
        listener.accept(status);
    }

    /** Stops telling {@code listener} (added with {@link #onStatus}). */
    public void removeStatusListener(Consumer<Status> listener) {
        statusListeners.remove(listener);
    }

    /** The status now. */
    public Status status() {
        return status;
    }

    /** Starts listening on a thread of its own; nothing if started already. */
    public synchronized void start() {
        if (thread != null || closed) {
            return;
        }
        thread = new Thread(this::run, "conferencedesk-live-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops listening and closes the listener's connection; waits up to a second for the thread. */
    @Override
    public void close() {
        closed = true;
        Thread t;
        synchronized (this) {
            t = thread;
        }
        closeQuietly(connection);
        if (t != null) {
            t.interrupt();
            try {
                t.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        setStatus(State.STOPPED, null);
    }

    private void run() {
        int failures = 0;
        boolean everConnected = false;
        while (!closed) {
            try (Connection c = connector.connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
                failures = 0;
                setStatus(State.CONNECTED, null);
                if (everConnected) {
                    LOG.info("Listening to {} again; reading every followed list again", server);
                    resynchronise(c);
                }
                everConnected = true;
                listen(c.unwrap(PGConnection.class), c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                long pause = PAUSES_MILLIS[Math.min(failures, PAUSES_MILLIS.length - 1)];
                failures++;
                LOG.warn("Lost the live connection to {} ({}); trying again in {} ms", server, e.getMessage(), pause);
                setStatus(State.LOST, Instant.now().plusMillis(pause));
                if (!sleep(pause)) {
                    break;
                }
            } finally {
                connection = null;
            }
        }
    }

    private void listen(PGConnection pg, Connection c) throws SQLException {
        Instant lastHeard = Instant.now();
        while (!closed) {
            PGNotification[] batch = pg.getNotifications(500);
            if (batch != null && batch.length > 0) {
                lastHeard = Instant.now();
                dispatch(coalesce(List.of(batch), origin));
            } else if (Duration.between(lastHeard, Instant.now()).getSeconds() >= PING_SECONDS) {
                // A silently dropped connection never fails a wait: a ping does (socket timeout).
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                lastHeard = Instant.now();
            }
        }
    }

    /**
     * Merges a batch of notifications into one change per topic and event, in the order first
     * announced; leaves out this program's own (same origin), foreign channels and malformed payloads.
     * More than {@value #MOST_IDS_READ_ONE_BY_ONE} ids, or a {@code *}, become "read the event again".
     */
    static List<Change> coalesce(List<PGNotification> batch, String origin) {
        Map<String, Change> merged = new LinkedHashMap<>();
        for (PGNotification n : batch) {
            if (!CHANNEL.equals(n.getName())) {
                continue;
            }
            String[] parts = n.getParameter().split("\\|", 4);
            if (parts.length != 4 || parts[0].equals(origin)) {
                continue;
            }
            long eventId;
            Set<Long> ids = new LinkedHashSet<>();
            try {
                eventId = Long.parseLong(parts[2]);
                if (!parts[3].equals("*")) {
                    for (String id : parts[3].split(",")) {
                        ids.add(Long.parseLong(id));
                    }
                }
            } catch (NumberFormatException e) {
                LOG.warn("Ignored a malformed change notice: {}", n.getParameter());
                continue;
            }
            String key = parts[1] + "|" + eventId;
            Change before = merged.get(key);
            if (before != null && !before.all() && !ids.isEmpty()) {
                ids.addAll(before.ids());
            } else if (before != null) {
                ids.clear();
            }
            if (ids.size() > MOST_IDS_READ_ONE_BY_ONE) {
                ids.clear();
            }
            merged.put(key, new Change(parts[1], eventId, ids));
        }
        return new ArrayList<>(merged.values());
    }

    private void dispatch(List<Change> changes) {
        for (Change change : changes) {
            for (Consumer<Change> follower : followers.getOrDefault(change.topic(), List.of())) {
                try {
                    follower.accept(change);
                } catch (RuntimeException e) {
                    // One screen's failure to read must not stop the others from hearing of changes.
                    LOG.warn("A follower of {} failed on {}", change.topic(), change, e);
                }
            }
        }
    }

    /** After a reconnection: every followed topic of every event is read again. */
    private void resynchronise(Connection c) throws SQLException {
        List<Long> events = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM event")) {
            while (rs.next()) {
                events.add(rs.getLong(1));
            }
        }
        if (!c.getAutoCommit()) {
            c.commit();
        }
        List<Change> all = new ArrayList<>();
        for (String topic : followers.keySet()) {
            for (long event : events) {
                all.add(new Change(topic, event, Set.of()));
            }
        }
        dispatch(all);
    }

    private void setStatus(State state, Instant nextTry) {
        Status now = new Status(state, server, Instant.now(), nextTry);
        status = now;
        for (Consumer<Status> listener : statusListeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                LOG.warn("A status listener failed", e);
            }
        }
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return !closed;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing a connection that is gone: nothing left to free.
            }
        }
    }
}
