package org.conferencedesk.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseRefusals;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the database refuses on its own, with plain SQL and no application rules in the way: a second
 * program on the same file (here a bare JDBC connection after the application closed it).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class AwardDatabaseRulesTest {

    /** H2 (the Java trigger) or PostgreSQL (the PL/pgSQL one): the same rules, the same codes. */
    @Parameter
    TestDatabases.Backend backend;

    @TempDir
    Path folder;

    /** The ids of a small category made through the service. */
    private record Made(long category, long prize, long nomineeA, long nomineeB, long nomineeC, long member, long criterion,
                        long winner) {
    }

    private Made make(Database database, boolean signOff) {
        Clock clock = Clock.fixed(Instant.parse("2020-11-28T02:00:00Z"), ZoneOffset.UTC);
        AwardService service = new AwardService(database, new AwardRepository(database.dsl()),
                new AuditTrail(new AuditRepository(database.dsl()), () -> "秘书处", clock), AwardLinks.NONE, clock, () -> 1L);
        long event = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        AwardCategory c = service.createCategory(AwardCategory.of(event, "第五届智能制造大赛", "The 5th Smart Manufacturing Contest",
                AwardKind.CONTEST_PRIZE, 0, TieRule.COMMITTEE_VOTE), List.of(Prize.of(0, 2, "二等奖", "Second prize", 2)));
        long prize = service.content(c.id()).prizes().get(0).id();
        long a = service.saveNominee(Nominee.entry(c.id(), "甲", null)).id();
        long b = service.saveNominee(Nominee.entry(c.id(), "乙", null)).id();
        long cc = service.saveNominee(Nominee.entry(c.id(), "丙", null)).id();
        long member = service.saveMember(CommitteeMember.of(c.id(), "王建国")).id();
        long criterion = service.saveCriterion(Criterion.of(c.id(), "总分", "Overall", java.math.BigDecimal.ONE, 0)).id();
        service.saveScores(c.id(), member, a, java.util.Map.of(criterion, new java.math.BigDecimal("90")));
        long winner = service.recordWinner(c.id(), prize, a).id();
        if (signOff) {
            service.signOff(c.id(), member);
        }
        return new Made(c.id(), prize, a, b, cc, member, criterion, winner);
    }

    private static SQLException refused(Connection jdbc, String sql) {
        try (Statement s = jdbc.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("The database accepted: " + sql);
    }

    /** The guard's own message (PostgreSQL's driver puts "ERROR: " before it). */
    private static String refusal(SQLException e) {
        return DatabaseRefusals.message(e);
    }

    private static long count(Connection jdbc, String sql) throws SQLException {
        try (Statement s = jdbc.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aSecondProgramCannotChangeASignedOffCategory() throws Exception {
        Path file = folder.resolve("conferencedesk");
        Database database = backend == TestDatabases.Backend.H2 ? Database.openFile(file) : TestDatabases.open(backend);
        Made m = make(database, true);
        if (backend == TestDatabases.Backend.H2) {
            database.close(); // the file's lock: a second program opens it once the first has let go
        }

        try (database; Connection jdbc = backend == TestDatabases.Backend.H2
                ? DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "") : TestDatabases.connect(database)) {
            List<String> writes = List.of(
                    "INSERT INTO award_winner (category_id, prize_id, prize_places, place_slot, nominee_id, recorded_at)"
                            + " VALUES (" + m.category() + ", " + m.prize() + ", 2, 2, " + m.nomineeB() + ", CURRENT_TIMESTAMP)",
                    "DELETE FROM award_winner WHERE id = " + m.winner(),
                    "UPDATE award_nominee SET name = '甲改' WHERE id = " + m.nomineeA(),
                    "DELETE FROM award_nominee WHERE id = " + m.nomineeC(),
                    "INSERT INTO award_nominee (category_id, kind, name, nominated_at) VALUES (" + m.category() + ", 'ENTRY', '丁', CURRENT_TIMESTAMP)",
                    "UPDATE award_score SET score = 99 WHERE category_id = " + m.category(),
                    "DELETE FROM award_score WHERE category_id = " + m.category(),
                    "UPDATE award_prize SET places = 3 WHERE id = " + m.prize(),
                    "UPDATE award_committee_member SET name = '王建' WHERE id = " + m.member(),
                    "UPDATE award_criterion SET weight = 2 WHERE id = " + m.criterion(),
                    "UPDATE award_category SET name_zh = '改名' WHERE id = " + m.category(),
                    "UPDATE award_category SET sign_off_id = NULL WHERE id = " + m.category(),
                    "DELETE FROM award_category WHERE id = " + m.category(),
                    "UPDATE award_sign_off SET result_hash = REPEAT('0', 64) WHERE category_id = " + m.category(),
                    "DELETE FROM event");
            for (String sql : writes) {
                SQLException e = refused(jdbc, sql);
                assertThat(e.getSQLState()).as(sql).isEqualTo(AwardFreezeTrigger.SQL_STATE);
                assertThat(e.getMessage()).as(sql).contains("AWARD_");
            }
            assertThat(count(jdbc, "SELECT COUNT(*) FROM award_nominee WHERE category_id = " + m.category())).isEqualTo(3);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM award_winner")).isEqualTo(1);

            // The running order is the ceremony's, not the result's.
            try (Statement s = jdbc.createStatement()) {
                assertThat(s.executeUpdate("UPDATE award_category SET running_order = 9 WHERE id = " + m.category())).isEqualTo(1);
            }
            // A reopening must name the sign-off in force; with it, the category can be cleared and changed.
            long signOff = count(jdbc, "SELECT sign_off_id FROM award_category WHERE id = " + m.category());
            try (Statement s = jdbc.createStatement()) {
                s.executeUpdate("INSERT INTO award_reopening (category_id, sign_off_id, reopened_at, reopened_by, reason) VALUES ("
                        + m.category() + ", " + signOff + ", CURRENT_TIMESTAMP, '李梅', '核对分数')");
                s.executeUpdate("UPDATE award_category SET sign_off_id = NULL WHERE id = " + m.category());
                assertThat(s.executeUpdate("UPDATE award_nominee SET name = '甲改' WHERE id = " + m.nomineeA())).isEqualTo(1);
            }
            assertThat(refused(jdbc, "UPDATE award_reopening SET reason = '别的' WHERE sign_off_id = " + signOff).getSQLState())
                    .isEqualTo(AwardFreezeTrigger.SQL_STATE);
        }
    }

    @Test
    void aPrizeHoldsNoMoreWinnersThanPlacesAndANomineeWinsOncePerCategory() throws Exception {
        try (Database database = TestDatabases.open(backend)) {
            Made m = make(database, false);
            try (Connection jdbc = TestDatabases.connect(database)) {
                String insert = "INSERT INTO award_winner (category_id, prize_id, prize_places, place_slot, nominee_id, recorded_at) VALUES ("
                        + m.category() + ", " + m.prize() + ", %d, %d, %d, CURRENT_TIMESTAMP)";
                // Place 1 is 甲's; place 3 of a 2-place prize does not exist; claiming 3 places does not match the prize.
                assertThat(refused(jdbc, insert.formatted(2, 1, m.nomineeB())).getMessage()).containsIgnoringCase("AWARD_WINNER_SLOT_UNIQUE");
                assertThat(refused(jdbc, insert.formatted(2, 3, m.nomineeB())).getMessage()).containsIgnoringCase("AWARD_WINNER_SLOT_IN_PLACES");
                assertThat(refused(jdbc, insert.formatted(3, 3, m.nomineeB())).getMessage()).containsIgnoringCase("AWARD_WINNER_PRIZE_FK");
                // 甲 already won in this category.
                assertThat(refused(jdbc, insert.formatted(2, 2, m.nomineeA())).getMessage()).containsIgnoringCase("AWARD_WINNER_ONCE_PER_CATEGORY");
                try (Statement s = jdbc.createStatement()) {
                    assertThat(s.executeUpdate(insert.formatted(2, 2, m.nomineeB()))).isEqualTo(1);
                }
                // Two winners: the prize cannot shrink to one place (the cascade breaks the winners' check).
                assertThat(refused(jdbc, "UPDATE award_prize SET places = 1 WHERE id = " + m.prize()).getMessage())
                        .containsIgnoringCase("AWARD_WINNER_SLOT_IN_PLACES");
                try (Statement s = jdbc.createStatement()) {
                    assertThat(s.executeUpdate("UPDATE award_prize SET places = 3 WHERE id = " + m.prize())).isEqualTo(1);
                    assertThat(s.executeUpdate(insert.formatted(3, 3, m.nomineeC()))).isEqualTo(1);
                }
                assertThat(count(jdbc, "SELECT MIN(prize_places) FROM award_winner")).isEqualTo(3);
            }
        }
    }

    @Test
    void theDatabaseKeepsTheRecusalTheRulesAfterScoresAndTheHashOfASignOff() throws Exception {
        try (Database database = TestDatabases.open(backend)) {
            Made m = make(database, false);
            try (Connection jdbc = TestDatabases.connect(database)) {
                // 王建国 scored 甲: a recusal from 甲 while the score is there is refused.
                String recuse = "INSERT INTO award_recusal (category_id, member_id, nominee_id, reason, recorded_at) VALUES ("
                        + m.category() + ", " + m.member() + ", %d, '利益冲突', CURRENT_TIMESTAMP)";
                assertThat(refusal(refused(jdbc, recuse.formatted(m.nomineeA())))).startsWith(AwardFreezeTrigger.RECUSED);
                try (Statement s = jdbc.createStatement()) {
                    s.executeUpdate(recuse.formatted(m.nomineeB()));
                }
                assertThat(refusal(refused(jdbc, "INSERT INTO award_score (category_id, member_id, nominee_id, criterion_id, score, scored_at) VALUES ("
                        + m.category() + ", " + m.member() + ", " + m.nomineeB() + ", " + m.criterion() + ", 80, CURRENT_TIMESTAMP)")))
                        .startsWith(AwardFreezeTrigger.RECUSED);
                assertThat(refused(jdbc, recuse.formatted(m.nomineeC()).replace("'利益冲突'", "'  '")).getMessage())
                        .containsIgnoringCase("AWARD_RECUSAL_REASON_GIVEN");

                assertThat(refusal(refused(jdbc, "UPDATE award_category SET tie_rule = 'SHARED_PLACE' WHERE id = " + m.category())))
                        .startsWith(AwardFreezeTrigger.RULE_AFTER_SCORES);
                assertThat(refusal(refused(jdbc, "UPDATE award_category SET score_max = 10 WHERE id = " + m.category())))
                        .startsWith(AwardFreezeTrigger.RULE_AFTER_SCORES);
                long event = count(jdbc, "SELECT event_id FROM award_category WHERE id = " + m.category());
                assertThat(refused(jdbc, "INSERT INTO award_category (event_id, name_zh, name_en, kind, running_order, tie_rule)"
                        + " VALUES (" + event + ", '抽签奖', 'Draw award', 'FORUM_AWARD', 2, 'SEEDED_DRAW')").getMessage())
                        .containsIgnoringCase("AWARD_CATEGORY_SEED_ONLY_FOR_DRAW");

                String signOff = "INSERT INTO award_sign_off (category_id, member_id, member_name, signed_at, result_hash, content) VALUES ("
                        + m.category() + ", " + m.member() + ", '王建国', CURRENT_TIMESTAMP, '%s', '{\"format\":\"1\"}')";
                assertThat(refused(jdbc, signOff.formatted("0".repeat(64))).getMessage()).containsIgnoringCase("AWARD_SIGN_OFF_HASH_OF_CONTENT");
                try (Statement s = jdbc.createStatement()) {
                    assertThat(s.executeUpdate(signOff.formatted(ResultContent.sha256("{\"format\":\"1\"}")))).isEqualTo(1);
                }
            }
        }
    }
}
