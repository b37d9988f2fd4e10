package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestRepository;
import org.conferencedesk.guests.GuestService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connection killed by the server ({@code pg_terminate_backend}, as an administrator or a restart
 * does) and then restored (issue 16): the operation that meets the dead connection either goes
 * through or fails with a sentence; nothing is ever half-saved (a guest without its audit line, or
 * the reverse); the operation after it works on a new connection. Skipped without a test server
 * ({@link TestDatabases}).
 */
class ConnectionKilledTest {

    private DatabaseLocation.PostgreSql where;
    private Database database;
    private GuestService guests;
    private long eventId;

    @BeforeEach
    void open() {
        where = TestDatabases.freshPostgreSql();
        database = Database.openPostgreSql(where, System.getenv());
        guests = new GuestService(database);
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    /** Ends every session of this test's database but the caller's, from a connection of its own. */
    private void killAllSessions() {
        TestDatabases.execute(where, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }

    private long count(String sql) {
        try (var c = TestDatabases.connect(database); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long guestsNamed(String name) {
        return count("SELECT count(*) FROM guest WHERE full_name = '" + name + "'");
    }

    private long auditLinesOf(String name) {
        return count("SELECT count(*) FROM audit_entry WHERE record_type = 'guest' AND summary = '" + name + "'");
    }

    @Test
    void theSaveAfterTheIdleConnectionsWereKilledGoesThroughOrSaysSoAndNothingIsHalfSaved() {
        guests.save(Guest.named(eventId, "张三")); // the pool now holds a connection the server will end
        killAllSessions();

        String outcome;
        try {
            guests.save(Guest.named(eventId, "李四"));
            outcome = "saved";
        } catch (ConnectionLostException lost) {
            assertThat(lost.atCommit()).isFalse();
            assertThat(lost.sentence(Locale.ENGLISH)).startsWith("The connection to the shared database " + database.description()
                    + " was lost, so this change was not saved");
            assertThat(lost.sentence(Locale.SIMPLIFIED_CHINESE)).startsWith("与共享数据库 " + database.description() + " 的连接已断开");
            outcome = "refused";
        }
        // Both or neither: the guest and its audit line.
        assertThat(guestsNamed("李四")).isEqualTo(outcome.equals("saved") ? 1 : 0);
        assertThat(auditLinesOf("李四")).isEqualTo(guestsNamed("李四"));

        // Restored: the next change is saved on a new connection.
        Guest wang = guests.save(Guest.named(eventId, "王五"));
        assertThat(guests.find(wang.id())).isPresent();
        assertThat(guestsNamed("王五")).isEqualTo(1);
        assertThat(auditLinesOf("王五")).isEqualTo(1);
    }

    @Test
    void aConnectionKilledInTheMiddleOfATransactionLeavesNothingOfItAndTheNextOneWorks() {
        assertThatThrownBy(() -> database.inTransaction(tx -> {
            new GuestRepository(tx).insert(Guest.named(eventId, "赵六"));
            Object pid = tx.fetchValue("SELECT pg_backend_pid()");
            TestDatabases.execute(where, "SELECT pg_terminate_backend(" + pid + ")");
            return new GuestRepository(tx).insert(Guest.named(eventId, "钱七"));
        })).isInstanceOfSatisfying(ConnectionLostException.class, lost -> {
            assertThat(lost.atCommit()).isFalse();
            assertThat(lost.key()).isEqualTo("pg.connectionLost");
        });

        assertThat(guestsNamed("赵六")).isZero();
        assertThat(guestsNamed("钱七")).isZero();
        Guest sun = guests.save(Guest.named(eventId, "孙八"));
        assertThat(guests.list(eventId)).extracting(Guest::fullName).containsExactly(sun.fullName());
    }
}
