package org.conferencedesk.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.record.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Optimistic locking (issue 16, decision 0028) on both databases: two laptops hold the same copy of
 * a record; the first save wins and moves the version, the second (based on the old copy) is
 * refused with both copies and writes nothing, and a save based on the new copy goes through. Each
 * "laptop" is its own service over its own connections.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class StaleEditTest {

    @Parameter
    TestDatabases.Backend backend;

    private Database database;
    private long eventId;

    @BeforeEach
    void open() {
        database = TestDatabases.open(backend);
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theSecondSaveOfAnOldGuestCopyIsRefusedWithBothCopiesAndWritesNothing() {
        GuestService north = new GuestService(database);
        GuestService south = new GuestService(database);
        Guest added = north.save(Guest.named(eventId, "张三"));
        assertThat(added.version()).isZero();

        Guest byNorth = north.save(new Guest(added.id(), eventId, "张三", null, "院士", "南京智能制造研究院", null,
                added.category(), null, added.attendance(), added.invitationStatus(), null, null, null, null, null, added.version()));
        assertThat(byNorth.version()).isEqualTo(1);

        Guest bySouth = new Guest(added.id(), eventId, "张三", null, null, null, null, added.category(), null,
                added.attendance(), added.invitationStatus(), null, null, "+86 25 8888 0000", null, null, added.version());
        assertThatThrownBy(() -> south.save(bySouth)).isInstanceOfSatisfying(StaleEditException.class, e -> {
            assertThat(e.<Guest>yours()).isEqualTo(bySouth);
            assertThat(e.<Guest>stored()).isEqualTo(byNorth);
            assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).startsWith("您编辑期间，他人已保存了这条记录");
            assertThat(e.sentence(Locale.ENGLISH)).startsWith("Someone else saved this record while you were editing it");
        });
        assertThat(south.find(added.id()).orElseThrow()).isEqualTo(byNorth);

        // Based on the copy stored now, the same change goes through.
        Guest merged = south.save(new Guest(added.id(), eventId, "张三", null, "院士", "南京智能制造研究院", null,
                added.category(), null, added.attendance(), added.invitationStatus(), null, null, "+86 25 8888 0000", null, null,
                byNorth.version()));
        assertThat(merged.version()).isEqualTo(2);
        assertThat(north.find(added.id()).orElseThrow().phone()).isEqualTo("+86 25 8888 0000");
        assertThat(north.find(added.id()).orElseThrow().organisation()).isEqualTo("南京智能制造研究院");
    }

    @Test
    void aCheckInAtTheDeskMakesAnOpenFormsCopyOldSoTheCheckInIsNotOverwritten() {
        GuestService desk = new GuestService(database);
        GuestService office = new GuestService(database);
        Guest added = office.save(Guest.named(eventId, "李四"));

        desk.checkIn(eventId, added.id(), Instant.parse("2020-11-26T01:30:00Z"));

        // The office's form still holds the copy from before the check-in (not checked in).
        assertThatThrownBy(() -> office.save(added.withNotes("坐第一排"))).isInstanceOf(StaleEditException.class);
        assertThat(office.find(added.id()).orElseThrow().checkedInAt()).isEqualTo(Instant.parse("2020-11-26T01:30:00Z"));
        assertThat(office.find(added.id()).orElseThrow().notes()).isNull();
    }

    @Test
    void contractsAndExhibitorsRefuseAnOldCopyToo() {
        ContractService a = new ContractService(database, new ContractRepository(database.dsl()));
        ContractService b = new ContractService(database, new ContractRepository(database.dsl()));
        Contract added = a.save(new Contract(null, eventId, "智能装备产业园", "徐工集团", null, null, null,
                new BigDecimal("5200000000.00"), Contract.CNY, 1, ContractStatus.PLANNED, null, null));
        Contract signed = a.save(added.withStatus(ContractStatus.SIGNED));
        assertThat(signed.version()).isEqualTo(1);
        assertThatThrownBy(() -> b.save(added.withSector("高端装备"))).isInstanceOfSatisfying(StaleEditException.class,
                e -> assertThat(e.<Contract>stored().status()).isEqualTo(ContractStatus.SIGNED));
        assertThat(a.list(eventId)).singleElement().satisfies(c -> assertThat(c.sector()).isNull());

        GuestService guests = new GuestService(database);
        ExhibitorService x = new ExhibitorService(database, guests);
        ExhibitorService y = new ExhibitorService(database, guests);
        Exhibitor estun = x.save(Exhibitor.named(eventId, "南京埃斯顿自动化股份有限公司"));
        Exhibitor online = x.save(estun.withMode(org.conferencedesk.exhibitors.ExhibitionMode.CLOUD));
        assertThat(online.version()).isEqualTo(1);
        assertThatThrownBy(() -> y.save(estun)).isInstanceOf(StaleEditException.class);
        assertThat(x.find(estun.id()).orElseThrow().mode()).isEqualTo(org.conferencedesk.exhibitors.ExhibitionMode.CLOUD);
    }
}
