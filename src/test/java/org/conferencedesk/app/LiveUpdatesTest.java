package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestRow;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.RecordChange;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.LiveChanges;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two laptops on one PostgreSQL database (issue 16): what one commits reaches the other's live
 * list through LISTEN/NOTIFY; a rolled-back change reaches nobody; a killed listener connection
 * is reported lost, reconnects by itself, and later changes (and those made meanwhile) arrive;
 * a save on a killed connection says so and works when tried again. Real connections; skipped
 * without a test server ({@link TestDatabases}).
 */
class LiveUpdatesTest {

    /** Far above the second the issue asks for: the 2-core test machine is shared; the latency is logged. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private DatabaseLocation.PostgreSql where;
    private AppContext laptopA;
    private AppContext laptopB;
    private ExecutorService uiThread;
    private LiveGuests listOnB;
    private long eventId;

    @BeforeEach
    void twoLaptopsOnOneDatabase() {
        where = TestDatabases.freshPostgreSql();
        laptopA = new AppContext(Database.openPostgreSql(where, System.getenv()), Actor.named("desk-a"));
        laptopB = new AppContext(Database.openPostgreSql(where, System.getenv()), Actor.named("desk-b"));
        eventId = laptopA.events().create(Event.named("WIMC 2020")).id();
        laptopB.followLiveChanges();
        awaitTrue(() -> live(laptopB).status().state() == LiveChanges.State.CONNECTED, "B listening");
        uiThread = Executors.newSingleThreadExecutor();
        listOnB = onUiThread(() -> new LiveGuests(laptopB.guests(), new SerialExecutor(uiThread)));
        onUiThread(() -> {
            listOnB.show(eventId);
            return null;
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        if (uiThread != null) {
            uiThread.shutdownNow();
            uiThread.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (laptopA != null) {
            laptopA.close();
        }
        if (laptopB != null) {
            laptopB.close();
        }
    }

    @Test
    void aGuestSavedOnOneLaptopAppearsInTheOtherLaptopsLiveListAndItsEditAndCheckInFollow() {
        Instant before = Instant.now();
        Guest saved = laptopA.guests().save(Guest.named(eventId, "李明"));
        awaitTrue(() -> names().contains("李明"), "the new guest on B");
        System.out.println("LiveUpdatesTest: a save on A reached B's list in " + Duration.between(before, Instant.now()).toMillis() + " ms");

        before = Instant.now();
        laptopA.guests().checkIn(eventId, saved.id(), Instant.parse("2020-11-19T01:30:00Z"));
        awaitTrue(() -> onUiThread(() -> listOnB.totals().checkedIn()) == 1, "the check-in on B");
        System.out.println("LiveUpdatesTest: a check-in on A reached B's totals in " + Duration.between(before, Instant.now()).toMillis() + " ms");

        laptopA.guests().delete(eventId, saved.id());
        awaitTrue(() -> names().isEmpty(), "the deletion on B");
    }

    @Test
    void aRolledBackChangeReachesNobodyAndChangesArriveInCommitOrder() throws Exception {
        try (Connection other = TestDatabases.connect(laptopA.database()); Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.execute("INSERT INTO guest (event_id, full_name, category, attendance, invitation_status) VALUES ("
                    + eventId + ", '撤回的嘉宾', 'OTHER', 'ON_SITE', 'NOT_INVITED')");
            other.rollback();
            s.execute("INSERT INTO guest (event_id, full_name, category, attendance, invitation_status) VALUES ("
                    + eventId + ", '王芳', 'OTHER', 'ON_SITE', 'NOT_INVITED')");
            other.commit();
        }
        awaitTrue(() -> names().contains("王芳"), "the committed guest on B");
        assertThat(names()).containsExactly("王芳");
    }

    @Test
    void aLaptopDoesNotHearItsOwnChangesTwice() {
        laptopA.followLiveChanges();
        awaitTrue(() -> live(laptopA).status().state() == LiveChanges.State.CONNECTED, "A listening");
        List<RecordChange<Guest>> heardOnA = new CopyOnWriteArrayList<>();
        laptopA.guests().changes().addListener(heardOnA::add);

        laptopA.guests().save(Guest.named(eventId, "A 自己的"));
        laptopB.guests().save(Guest.named(eventId, "B 的"));
        // NOTIFYs arrive in commit order: once B's is heard on A, A's own would have been heard before it.
        awaitTrue(() -> heardOnA.size() >= 2, "B's guest on A");
        assertThat(heardOnA).hasSize(2);
    }

    @Test
    void aKilledListenerIsShownLostReconnectsByItselfAndCatchesUpWithWhatWasCommittedMeanwhile() {
        List<LiveChanges.State> states = new CopyOnWriteArrayList<>();
        live(laptopB).onStatus(s -> states.add(s.state()));

        TestDatabases.execute(where, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = 'ConferenceDesk live changes' AND datname = current_database()");
        awaitTrue(() -> states.contains(LiveChanges.State.LOST), "the loss reported");
        LiveChanges.Status lost = states.isEmpty() ? null : live(laptopB).status();
        // Committed while B may still be away: B reads its lists again once back.
        laptopA.guests().save(Guest.named(eventId, "断线时登记"));
        awaitTrue(() -> live(laptopB).status().state() == LiveChanges.State.CONNECTED, "B back");
        assertThat(states).containsSubsequence(LiveChanges.State.LOST, LiveChanges.State.CONNECTED);
        assertThat(lost).isNotNull();
        awaitTrue(() -> names().contains("断线时登记"), "the guest committed meanwhile on B");

        laptopA.guests().save(Guest.named(eventId, "重连之后"));
        awaitTrue(() -> names().contains("重连之后"), "a later guest on B");
    }

    @Test
    void aSaveOnAKilledConnectionSaysSoKeepsNothingAndWorksWhenTriedAgain() {
        Guest typed = Guest.named(eventId, "张伟");
        // The server ends this laptop's session in the middle of a save (an administrator, a restart, the network).
        assertThatThrownBy(() -> laptopA.database().inTransaction(tx -> {
            tx.execute("INSERT INTO guest (event_id, full_name, category, attendance, invitation_status) VALUES ("
                    + eventId + ", '半途的嘉宾', 'OTHER', 'ON_SITE', 'NOT_INVITED')");
            long pid = tx.fetchSingle("SELECT pg_backend_pid()").get(0, Long.class);
            TestDatabases.execute(where, "SELECT pg_terminate_backend(" + pid + ")");
            return tx.execute("UPDATE guest SET notes = 'x' WHERE event_id = " + eventId);
        })).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.sentence(Locale.ENGLISH)).isEqualTo("The connection to the shared database " + where.display()
                    + " was lost, so this change was not saved (nothing of it was). Try again: ConferenceDesk connects anew."
                    + " If it keeps happening, check the network and that the server runs.");
            assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).startsWith("与共享数据库 " + where.display() + " 的连接已断开");
        });
        // The pool dropped the dead connection: the save tried again works, and the half-done one left nothing.
        laptopA.guests().save(typed);
        assertThat(laptopA.guests().list(eventId)).extracting(Guest::fullName).containsExactly("张伟");
    }

    private static LiveChanges live(AppContext context) {
        return context.database().liveChanges().orElseThrow();
    }

    private List<String> names() {
        return onUiThread(() -> listOnB.rows().stream().map(GuestRow::guest).map(Guest::fullName).toList());
    }

    private <T> T onUiThread(java.util.concurrent.Callable<T> work) {
        try {
            return uiThread.submit(work).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not seen within " + PATIENCE.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** A "UI thread" of one thread: background work runs on it too (loads are small here). */
    private record SerialExecutor(ExecutorService thread) implements TaskExecutor {
        @Override
        public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
            thread.execute(() -> new org.conferencedesk.shared.CurrentThreadTaskExecutor().execute(work, onSuccess, onFailure));
        }

        @Override
        public void runOnUiThread(Runnable action) {
            thread.execute(action);
        }
    }
}
