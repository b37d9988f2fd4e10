package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared trail on its own, as a future feature (guests) would use it. */
class AuditTrailTest {

    private Database database;
    private AuditTrail audit;

    @BeforeEach
    void open() {
        database = Database.openInMemory("trail-" + UUID.randomUUID());
        audit = new AuditTrail(new AuditRepository(database.dsl()), Actor.named("li.na"),
                Clock.fixed(Instant.parse("2020-11-26T02:30:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void fieldChangesListOnlyWhatDifferedInTheRecordsFieldOrder() {
        var before = new java.util.LinkedHashMap<String, String>();
        before.put("name", "张伟");
        before.put("phone", "13800000000");
        before.put("title", null);
        var after = new java.util.LinkedHashMap<String, String>();
        after.put("name", "张伟");
        after.put("phone", "13900000000");
        after.put("title", "总经理");

        assertThat(FieldChange.between(before, after)).containsExactly(
                new FieldChange("phone", "13800000000", "13900000000"),
                new FieldChange("title", null, "总经理"));
        assertThat(FieldChange.between(before, before)).isEmpty();
    }

    @Test
    void anEntryIsReadBackWithItsChangesTimeAndActorNewestFirst() {
        database.inTransaction(tx -> audit.record(tx, AuditEntry.of(7L, "guest", 42L, AuditAction.CREATED, "张伟",
                FieldChange.between(Map.of(), Map.of("name", "张伟")))));
        database.inTransaction(tx -> audit.record(tx, new AuditEntry(null, 7L, Instant.parse("2020-11-26T03:00:00Z"),
                "zhao.lei", "guest", 42L, AuditAction.UPDATED, "张伟", List.of(new FieldChange("phone", "1", "2")))));

        List<AuditEntry> entries = audit.list(7L, AuditFilter.ALL, 10);

        assertThat(entries).extracting(AuditEntry::actor).containsExactly("zhao.lei", "li.na");
        assertThat(entries.get(1).occurredAt()).isEqualTo(Instant.parse("2020-11-26T02:30:00Z"));
        assertThat(entries.get(1).changes()).containsExactly(new FieldChange("name", null, "张伟"));
        assertThat(entries.get(0).changes()).containsExactly(new FieldChange("phone", "1", "2"));
        assertThat(entries.get(0).id()).isNotNull();
    }

    @Test
    void listFiltersByEventRecordTypeAndTextAndStopsAtTheLimit() {
        database.inTransaction(tx -> {
            audit.record(tx, AuditEntry.of(1L, "contract", 1L, AuditAction.CREATED, "智能工厂", List.of()));
            audit.record(tx, AuditEntry.of(1L, "guest", 2L, AuditAction.CREATED, "张伟", List.of()));
            audit.record(tx, AuditEntry.of(2L, "contract", 3L, AuditAction.DELETED, "Robot arm plant",
                    List.of(new FieldChange("amount", "5200000000.00", null))));
            return null;
        });

        assertThat(audit.list(1L, AuditFilter.ALL, 10)).hasSize(2);
        assertThat(audit.list(null, AuditFilter.ALL, 10)).hasSize(3);
        assertThat(audit.list(null, new AuditFilter("contract", null), 10)).extracting(AuditEntry::recordId)
                .containsExactlyInAnyOrder(1L, 3L);
        assertThat(audit.list(null, AuditFilter.containing("robot ARM"), 10)).extracting(AuditEntry::recordId).containsExactly(3L);
        assertThat(audit.list(null, AuditFilter.containing("5200000000"), 10)).extracting(AuditEntry::recordId).containsExactly(3L);
        assertThat(audit.list(null, AuditFilter.containing("张"), 10)).extracting(AuditEntry::recordId).containsExactly(2L);
        assertThat(audit.list(null, AuditFilter.ALL, 2)).hasSize(2);
    }

    @Test
    void aTooLongActorOrSummaryIsCutRatherThanLosingTheChange() {
        String longName = "x".repeat(600);
        AuditEntry stored = database.inTransaction(tx -> audit.record(tx, new AuditEntry(null, 1L, null, longName,
                "contract", 1L, AuditAction.CREATED, longName, List.of())));

        assertThat(stored.actor()).hasSize(200).endsWith("…");
        assertThat(stored.summary()).hasSize(500).endsWith("…");
    }

    @Test
    void theTrailOutlivesTheEventItDescribes() {
        long eventId = database.dsl().insertInto(org.jooq.impl.DSL.table("event"), org.jooq.impl.DSL.field("name"))
                .values("WIMC 2019").returningResult(org.jooq.impl.DSL.field("id", Long.class)).fetchOne().value1();
        database.inTransaction(tx -> audit.record(tx, AuditEntry.of(eventId, "contract", 1L, AuditAction.CREATED, "A", List.of())));

        database.dsl().execute("DELETE FROM event WHERE id = " + eventId);

        assertThat(audit.list(eventId, AuditFilter.ALL, 10)).extracting(AuditEntry::summary).containsExactly("A");
    }
}
