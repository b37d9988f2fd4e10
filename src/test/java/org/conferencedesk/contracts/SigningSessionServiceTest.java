package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Signing sessions (sql/V30): the closing ceremony counts only its own; a pre-event conference has its own total. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class SigningSessionServiceTest {

    /** The database it runs on: H2, and PostgreSQL when a test server is configured (issue 16). */
    @Parameter
    TestDatabases.Backend backend;


    private static final BigDecimal YI = new BigDecimal("100000000");

    private Database database;
    private EventService events;
    private long eventId;
    private ContractService contracts;
    private SigningSessionService sessions;
    private AuditTrail audit;

    @BeforeEach
    void open() {
        database = TestDatabases.open(backend);
        events = new EventService(new EventRepository(database.dsl()));
        eventId = events.create(Event.named("2020 World Intelligent Manufacturing Conference")).id();
        audit = new AuditTrail(database, Actor.named("秘书处"));
        contracts = new ContractService(database, new ContractRepository(database.dsl()), audit);
        sessions = new SigningSessionService(database, new SigningSessionRepository(database.dsl()), audit);
    }

    @AfterEach
    void close() {
        if (database != null) { // null when the PostgreSQL variant was skipped before opening
            database.close();
        }
    }

    private Contract contract(String name, String amountYi, ContractStatus status, String currency) {
        return new Contract(null, eventId, name, "投资方", "合作方", "智能装备", "江宁区", new BigDecimal(amountYi).multiply(YI),
                currency, null, status, null, null);
    }

    /** 30 signed projects of the closing ceremony (536.3 亿元), then 10 of a pre-event conference (50.5 亿元). */
    private List<Contract> closingAndPreEvent() {
        List<Contract> closing = new ArrayList<>();
        String[] amounts = {"18", "25.6", "12", "30", "8.5", "15", "22.3", "10", "40", "6.8", "19", "27.5", "9", "14.2", "33",
            "11", "20", "7.6", "16", "24", "13.5", "28", "5.2", "21", "17.3", "35", "12.8", "10.5", "0.35", "23.15"};
        for (int i = 0; i < amounts.length; i++) {
            closing.add(contract("闭幕式项目" + (i + 1), amounts[i], ContractStatus.SIGNED, "CNY"));
        }
        for (int i = 0; i < 10; i++) {
            closing.add(contract("会前项目" + (i + 1), i < 9 ? "5" : "5.5", ContractStatus.SIGNED, "CNY"));
        }
        contracts.addAll(eventId, closing);
        return contracts.list(eventId);
    }

    @Test
    void anEventWithoutSessionsHasItsClosingCeremony() {
        assertThat(sessions.sessions(eventId)).singleElement().satisfies(s -> {
            assertThat(s.id()).isNull();
            assertThat(s.isClosingCeremony()).isTrue();
            assertThat(s.name(Locale.SIMPLIFIED_CHINESE)).isEqualTo("闭幕式");
            assertThat(s.name(Locale.ENGLISH)).isEqualTo("Closing ceremony");
        });
        contracts.save(contract("项目", "2", ContractStatus.SIGNED, "CNY"));
        assertThat(sessions.sessionTotals(eventId)).singleElement().satisfies(t -> {
            assertThat(t.signed().count()).isEqualTo(1);
            assertThat(t.signed().amount()).isEqualTo(new BigDecimal("200000000.00"));
        });
    }

    @Test
    void contractsAreGroupedBySessionSoThatEachRunsItsOwnTotal() {
        List<Contract> all = closingAndPreEvent();
        SigningSession preEvent = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.PRE_EVENT, "会前签约仪式",
                "Pre-event signing", LocalDate.of(2020, 11, 25)));
        sessions.assign(eventId, all.stream().filter(c -> c.projectName().startsWith("会前")).map(Contract::id).toList(), preEvent.id());

        java.util.Map<SigningSession, List<Contract>> bySession = sessions.bySession(eventId, contracts.list(eventId));

        // Session order (the pre-event conference is dated, the unnamed closing ceremony last); a session
        // without contracts (none here) would be left out.
        assertThat(bySession.keySet()).extracting(s -> s.name(Locale.SIMPLIFIED_CHINESE)).containsExactly("会前签约仪式", "闭幕式");
        List<Contract> pre = bySession.get(preEvent);
        List<Contract> closing = bySession.get(sessions.closingCeremony(eventId));
        assertThat(pre).hasSize(10).allMatch(c -> c.projectName().startsWith("会前"));
        assertThat(closing).hasSize(30).allMatch(c -> c.projectName().startsWith("闭幕式"));
        assertThat(new ContractLedger(pre).signedAmount()).isEqualByComparingTo("5050000000.00");
        assertThat(new ContractLedger(closing).signedAmount()).isEqualByComparingTo("53630000000.00");
        // Naming the closing ceremony's row is the same as naming none.
        SigningSession closingRow = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.CLOSING_CEREMONY, "闭幕式",
                "Closing ceremony", LocalDate.of(2020, 11, 28)));
        sessions.assign(eventId, List.of(closing.get(0).id()), closingRow.id());
        assertThat(sessions.bySession(eventId, contracts.list(eventId)).get(closingRow)).hasSize(30);
    }

    @Test
    void thePreEventConferenceHasItsOwnTotalAndTheClosingCountsOnlyItsOwn() {
        List<Contract> all = closingAndPreEvent();
        SigningSession closing = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.CLOSING_CEREMONY,
                "闭幕式暨重大项目签约仪式", "Closing Ceremony and Signing of Major Projects", LocalDate.of(2020, 11, 28)));
        SigningSession preEvent = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.PRE_EVENT, "会前签约仪式",
                "Pre-event signing", LocalDate.of(2020, 11, 25)));
        List<Long> preEventIds = all.stream().filter(c -> c.projectName().startsWith("会前")).map(Contract::id).toList();

        List<ContractSigning> moved = sessions.assign(eventId, preEventIds, preEvent.id());

        assertThat(moved).hasSize(10).allSatisfy(s -> assertThat(s.sessionId()).isEqualTo(preEvent.id()));
        assertThat(sessions.sessions(eventId)).extracting(SigningSession::nameZh).containsExactly("会前签约仪式", "闭幕式暨重大项目签约仪式");
        List<SessionTotals> totals = sessions.sessionTotals(eventId);
        assertThat(totals).extracting(t -> t.session().nameZh(), t -> t.signed().count(), t -> t.signed().amount())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("会前签约仪式", 10, new BigDecimal("5050000000.00")),
                        org.assertj.core.groups.Tuple.tuple("闭幕式暨重大项目签约仪式", 30, new BigDecimal("53630000000.00")));
        assertThat(totals.get(1).session().id()).isEqualTo(closing.id());
        // The event's figures still count every session.
        assertThat(contracts.totals(eventId).signed().amount()).isEqualTo(new BigDecimal("58680000000.00"));

        AuditEntry entry = audit.list(eventId, new AuditFilter("contract", null), 1).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATED);
        assertThat(entry.change(SigningSessionService.SESSION_FIELD).before()).isEqualTo("闭幕式暨重大项目签约仪式");
        assertThat(entry.change(SigningSessionService.SESSION_FIELD).after()).isEqualTo("会前签约仪式");
    }

    @Test
    void aContractMovedToTheClosingRowIsStoredAsTheClosingCeremony() {
        Contract c = contracts.save(contract("项目", "2", ContractStatus.SIGNED, "CNY"));
        SigningSession closing = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.CLOSING_CEREMONY, "闭幕式", null, null));
        SigningSession forum = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.SUB_FORUM, "工业互联网分论坛", null, null));
        sessions.assign(eventId, List.of(c.id()), forum.id());
        sessions.assign(eventId, List.of(c.id()), closing.id());
        assertThat(sessions.signings(eventId)).singleElement().satisfies(s -> assertThat(s.sessionId()).isNull());

        // Another program writes the closing row's id: still the closing ceremony.
        database.dsl().execute("UPDATE contract SET signing_session_id = ? WHERE id = ?", closing.id(), c.id());
        assertThat(sessions.sessionTotals(eventId)).filteredOn(t -> t.session().isClosingCeremony()).singleElement()
                .satisfies(t -> assertThat(t.signed().count()).isEqualTo(1));
    }

    @Test
    void refusesASecondClosingCeremonyADuplicateNameAndAnotherEventsSession() {
        sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.CLOSING_CEREMONY, "闭幕式", null, null));
        assertThatThrownBy(() -> sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.CLOSING_CEREMONY, "第二个闭幕式", null, null)))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE))
                        .isEqualTo("本活动已有闭幕式（“闭幕式”），一个活动只有一个闭幕式。请编辑该场次，或选择其他类型。"));
        assertThatThrownBy(() -> sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.SUB_FORUM, " 闭幕式 ", null, null)))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.key()).isEqualTo("session.nameTaken"));
        assertThatThrownBy(() -> database.dsl().execute(
                "INSERT INTO signing_session (event_id, kind, name_zh) VALUES (?, 'CLOSING_CEREMONY', '另一个闭幕式')", eventId))
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("SIGNING_SESSION_ONE_CLOSING"));

        long other = events.create(Event.named("2021 World Intelligent Manufacturing Conference")).id();
        SigningSession otherForum = sessions.saveSession(SigningSession.of(other, SigningSessionKind.SUB_FORUM, "分论坛", null, null));
        Contract c = contracts.save(contract("项目", "2", ContractStatus.SIGNED, "CNY"));
        assertThatThrownBy(() -> sessions.assign(eventId, List.of(c.id()), otherForum.id()))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.key()).isEqualTo("session.gone"));
        assertThatThrownBy(() -> database.dsl().execute("UPDATE contract SET signing_session_id = ? WHERE id = ?",
                otherForum.id(), c.id())).satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("CONTRACT_SIGNING_SESSION_FK"));
    }

    @Test
    void aSessionWithContractsIsNotDeletedByAnyProgramButTheEventStillIs() {
        Contract c = contracts.save(contract("项目", "2", ContractStatus.SIGNED, "CNY"));
        SigningSession forum = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.SUB_FORUM, "工业互联网分论坛", null, null));
        sessions.assign(eventId, List.of(c.id()), forum.id());

        assertThatThrownBy(() -> sessions.deleteSession(eventId, forum.id()))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.sentence(Locale.ENGLISH)).isEqualTo(
                        "The signing session “工业互联网分论坛” still has 1 contract; move them to another session first, then delete it."));
        assertThatThrownBy(() -> database.dsl().execute("DELETE FROM signing_session WHERE id = ?", forum.id()))
                .hasRootCauseInstanceOf(SQLException.class).rootCause().hasMessageContaining(SigningSessionGuardTrigger.IN_USE);
        assertThat(contracts.list(eventId)).hasSize(1);

        sessions.assign(eventId, List.of(c.id()), null);
        assertThat(sessions.deleteSession(eventId, forum.id())).isTrue();
        assertThat(audit.list(eventId, new AuditFilter("signingSession", null), 1).get(0).action()).isEqualTo(AuditAction.DELETED);

        SigningSession again = sessions.saveSession(SigningSession.of(eventId, SigningSessionKind.SUB_FORUM, "分论坛", null, null));
        sessions.assign(eventId, List.of(c.id()), again.id());
        assertThat(events.delete(eventId)).isTrue();
        assertThat(database.dsl().fetchCount(database.dsl().selectFrom("signing_session"))).isZero();
        assertThat(database.dsl().fetchCount(database.dsl().selectFrom("contract"))).isZero();
    }

    @Test
    void investorOriginIsRecordedAndAudited() {
        Contract c = contracts.save(contract("项目", "2", ContractStatus.SIGNED, "CNY"));
        assertThat(sessions.signings(eventId)).singleElement().satisfies(s -> assertThat(s.investorOrigin()).isNull());
        sessions.setInvestorOrigin(eventId, List.of(c.id()), InvestorOrigin.HONG_KONG_MACAO_TAIWAN);
        assertThat(sessions.signings(eventId)).singleElement()
                .satisfies(s -> assertThat(s.investorOrigin()).isEqualTo(InvestorOrigin.HONG_KONG_MACAO_TAIWAN));
        AuditEntry entry = audit.list(eventId, AuditFilter.ALL, 1).get(0);
        assertThat(entry.change(SigningSessionService.ORIGIN_FIELD).after()).isEqualTo("HONG_KONG_MACAO_TAIWAN");
        assertThat(InvestorOrigin.HONG_KONG_MACAO_TAIWAN.isForeignInvestment()).isTrue();
        assertThatThrownBy(() -> sessions.setInvestorOrigin(eventId, List.of(c.id(), 999_999L), InvestorOrigin.FOREIGN))
                .isInstanceOfSatisfying(ContractException.class, e -> assertThat(e.key()).isEqualTo("session.contractGone"));
        assertThat(sessions.signings(eventId).get(0).investorOrigin()).isEqualTo(InvestorOrigin.HONG_KONG_MACAO_TAIWAN);
    }
}
