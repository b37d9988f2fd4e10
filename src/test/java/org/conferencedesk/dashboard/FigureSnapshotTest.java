package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.shared.record.CanonicalJson;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Freeze for the press": the figures with their time and hash, never edited, and what changed since. */
class FigureSnapshotTest {

    /** 11:00 in Nanjing on the closing day. */
    private static final Instant ELEVEN = Instant.parse("2020-11-28T03:00:00Z");

    private DashboardFixture f;

    @BeforeEach
    void sample() {
        f = new DashboardFixture();
        f.importSampleContracts();
        f.importSampleGuests();
        f.clock.set(ELEVEN);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void freezingKeepsTheFiguresTheirTimeAndTheHashOfTheirCanonicalText() {
        FigureSnapshot s = f.dashboard.freeze(f.eventId, "闭幕新闻稿");

        assertThat(s.takenAt()).isEqualTo(ELEVEN);
        assertThat(DashboardText.time(s.takenAt(), DashboardFixture.NANJING, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("2020年11月28日 11:00（北京时间）");
        assertThat(DashboardText.time(s.takenAt(), DashboardFixture.NANJING, Locale.ENGLISH)).isEqualTo("28 Nov 2020, 11:00 (Beijing time)");
        assertThat(s.takenBy()).isEqualTo("秘书处");
        assertThat(s.hash()).hasSize(64).isEqualTo(CanonicalJson.sha256(s.content())).matches("[0-9a-f]{64}");
        assertThat(s.verify()).isTrue();
        assertThat(s.entries()).containsEntry("format", "1").containsEntry("takenAt", "2020-11-28T03:00:00Z")
                .containsEntry("note", "闭幕新闻稿").containsEntry("event", "2020 World Intelligent Manufacturing Conference")
                .containsEntry("figure/contracts.closing.amount", "53630000000.00")
                .containsEntry("figure/guests.academicians", "24");
        assertThat(s.content()).startsWith("{\"event\":\"2020 World Intelligent Manufacturing Conference\",\"figure/awards.categories\":\"0\",");
        assertThat(s.value(FigureKey.of(FigureName.GUESTS_TOTAL))).contains(new BigDecimal("326"));

        assertThat(f.dashboard.snapshots(f.eventId)).containsExactly(s);
        AuditEntry entry = f.audit.list(f.eventId, new AuditFilter(DashboardService.SNAPSHOT_RECORD_TYPE, null), 1).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.CREATED);
        assertThat(entry.recordId()).isEqualTo(s.id());
        assertThat(entry.change("hash").after()).isEqualTo(s.hash());
        assertThat(entry.change("takenAt").after()).isEqualTo("2020-11-28T03:00:00Z");
    }

    @Test
    void noProgramEditsOrDeletesASnapshotWhileItsEventExists() {
        FigureSnapshot s = f.dashboard.freeze(f.eventId, null);

        assertThatThrownBy(() -> f.database.dsl().execute("UPDATE figure_snapshot SET note = 'changed' WHERE id = ?", s.id()))
                .hasMessageContaining(SnapshotGuardTrigger.KEPT);
        assertThatThrownBy(() -> f.database.dsl().execute("DELETE FROM figure_snapshot WHERE id = ?", s.id()))
                .hasMessageContaining(SnapshotGuardTrigger.KEPT);
        assertThatThrownBy(() -> f.database.dsl().execute("INSERT INTO figure_snapshot (event_id, taken_at, taken_by, content, content_hash) "
                + "VALUES (?, CURRENT_TIMESTAMP, 'x', '{\"figure/guests.total\":\"400\"}', ?)", f.eventId, s.hash()))
                .hasMessageContaining("FIGURE_SNAPSHOT_HASH_OF_CONTENT");
        assertThat(f.dashboard.snapshot(s.id())).contains(s);

        assertThat(f.events.delete(f.eventId)).isTrue();
        assertThat(f.database.dsl().fetchCount(f.database.dsl().selectFrom("figure_snapshot"))).isZero();
    }

    @Test
    void aChangeAfterTheFreezeShowsFigureByFigureWithTheRecordThatCausedIt() {
        FigureSnapshot s = f.dashboard.freeze(f.eventId, "闭幕新闻稿");
        assertThat(f.dashboard.changesSince(s.id()).isEmpty()).isTrue();

        Guest late = f.guests.list(f.eventId).stream().filter(g -> !g.isCheckedIn()).findFirst().orElseThrow();
        f.guests.checkIn(f.eventId, late.id(), Instant.parse("2020-11-28T03:05:00Z"));
        Contract last = f.contracts.list(f.eventId).get(29);
        f.contracts.save(new Contract(last.id(), last.eventId(), last.projectName(), last.investor(), last.partner(), last.sector(),
                last.district(), last.amount().add(new BigDecimal("100000000.00")), last.currency(), last.signingOrder(),
                last.status(), last.signedOn(), last.note()));

        SnapshotChanges changes = f.dashboard.changesSince(s.id());

        assertThat(changes.changes()).extracting(FigureChange::keyText).containsExactly(
                "guests.checkedIn",
                "contracts.signed.amount",
                "contracts.sector[智能装备]",
                "contracts.district[栖霞区]",
                "contracts.runningTotal[30]",
                "contracts.closing.amount",
                "contracts.major.amount",
                "contracts.closing.major.amount",
                "contracts.major.sector.amount[智能装备]",
                "contracts.major.district.amount[栖霞区]",
                "contracts.origin.amount[]");
        FigureChange checkedIn = changes.changes().get(0);
        assertThat(checkedIn.before()).isEqualTo(new BigDecimal("127"));
        assertThat(checkedIn.after()).isEqualTo(new BigDecimal("128"));
        assertThat(checkedIn.difference()).isEqualTo(new BigDecimal("1"));
        assertThat(checkedIn.causes()).singleElement().satisfies(e -> {
            assertThat(e.recordType()).isEqualTo("guest");
            assertThat(e.recordId()).isEqualTo(late.id());
            assertThat(e.summary()).isEqualTo(late.fullName());
        });
        FigureChange amount = changes.changes().get(1);
        assertThat(amount.before()).isEqualTo(new BigDecimal("53630000000.00"));
        assertThat(amount.after()).isEqualTo(new BigDecimal("53730000000.00"));
        assertThat(amount.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("签约金额");
        assertThat(amount.causes()).singleElement().satisfies(e -> {
            assertThat(e.recordType()).isEqualTo("contract");
            assertThat(e.recordId()).isEqualTo(last.id());
            assertThat(e.change("amount").before()).isEqualTo("3820000000.00");
            assertThat(e.change("amount").after()).isEqualTo("3920000000.00");
        });
        assertThat(changes.changes().get(2).label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("智能装备签约金额");
        // The freeze itself is in the trail, and no figure's cause.
        assertThat(changes.entries()).extracting(AuditEntry::recordType).containsExactly("figureSnapshot", "guest", "contract");

        // The frozen text is untouched.
        assertThat(f.dashboard.snapshot(s.id()).orElseThrow().verify()).isTrue();
        assertThat(f.dashboard.snapshot(s.id()).orElseThrow().value(FigureKey.of(FigureName.GUESTS_CHECKED_IN)))
                .contains(new BigDecimal("127"));
    }

    @Test
    void aNewBreakdownEntryShowsAsAddedAndAChangeBackShowsNothing() {
        FigureSnapshot s = f.dashboard.freeze(f.eventId, null);
        Contract first = f.contracts.list(f.eventId).get(0);
        Contract moved = f.contracts.save(new Contract(first.id(), first.eventId(), first.projectName(), first.investor(), first.partner(),
                "航空航天", first.district(), first.amount(), first.currency(), first.signingOrder(), first.status(), first.signedOn(),
                first.note()));

        SnapshotChanges changes = f.dashboard.changesSince(s.id());
        FigureChange added = changes.changes().stream().filter(c -> c.keyText().equals("contracts.sector[航空航天]")).findFirst().orElseThrow();
        assertThat(added.before()).isNull();
        assertThat(added.after()).isEqualTo(new BigDecimal("6000000000.00"));
        assertThat(added.causes()).extracting(AuditEntry::recordId).containsExactly(first.id());
        assertThat(changes.changes()).extracting(FigureChange::keyText).contains("contracts.sector[新能源汽车]")
                .doesNotContain("contracts.signed.amount", "guests.total");

        Contract again = f.contracts.save(moved.withStatus(moved.status()).withSigningOrder(moved.signingOrder()));
        f.contracts.save(first.withVersion(again.version()));
        assertThat(f.dashboard.changesSince(s.id()).isEmpty()).isTrue();
    }
}
