package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditRepository;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit trail screen's table, in Chinese and English, without a window. */
class AuditTrailViewModelTest {

    private static final java.util.List<org.conferencedesk.storage.AuditVocabulary> WORDS = java.util.List.of(
            org.conferencedesk.contracts.ContractAudit.WORDS, org.conferencedesk.guests.GuestAudit.WORDS);


    /** 12:00 in Nanjing on the first day of WIMC 2020. */
    private static final Instant NOON_IN_NANJING = Instant.parse("2020-11-26T04:00:00Z");

    private Database database;
    private AuditTrail audit;
    private ContractService contracts;
    private Event event;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        database = Database.openInMemory("audit-vm-" + UUID.randomUUID());
        event = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020"));
        audit = new AuditTrail(new AuditRepository(database.dsl()), Actor.named("wang.li"),
                Clock.fixed(NOON_IN_NANJING, ZoneOffset.UTC));
        contracts = new ContractService(database, new ContractRepository(database.dsl()), audit);
        Contract saved = contracts.save(new Contract(null, event.id(), "智能工厂", "宁驰智能科技有限公司", "江宁区", "智能制造", "江宁区",
                new BigDecimal("520000000.00"), "CNY", null, ContractStatus.PLANNED, null, null));
        contracts.save(new Contract(saved.id(), event.id(), "智能工厂", "宁驰智能科技有限公司", "江宁区", "智能制造", "江宁区",
                new BigDecimal("530000000.00"), "CNY", saved.signingOrder(), ContractStatus.SIGNED,
                LocalDate.of(2020, 11, 26), null));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AuditTrailViewModel shown(Locale locale) {
        AuditTrailViewModel model = new AuditTrailViewModel(audit, new CurrentThreadTaskExecutor(), dialogs, locale, WORDS);
        model.show(event);
        return model;
    }

    @Test
    void chineseTableShowsTheEditWithAmountsInYiYuanAndTimesInShanghai() {
        AuditTrailViewModel model = shown(Locale.SIMPLIFIED_CHINESE);

        assertThat(model.rows()).hasSize(2);
        AuditTrailViewModel.Row edit = model.rows().get(0);
        assertThat(edit.time()).isEqualTo("2020-11-26 12:00:00");
        assertThat(edit.actor()).isEqualTo("wang.li");
        assertThat(edit.action()).isEqualTo("修改");
        assertThat(edit.record()).isEqualTo("签约项目：智能工厂");
        assertThat(edit.changes()).isEqualTo("金额：5.2 亿元 → 5.3 亿元；状态：计划 → 已签约；签约日期：（空） → 2020-11-26");
        assertThat(model.rows().get(1).action()).isEqualTo("新增");
        assertThat(model.rows().get(1).changes()).isEqualTo("项目名称：智能工厂；投资方：宁驰智能科技有限公司；合作方：江宁区；行业：智能制造；区域：江宁区；金额：5.2 亿元；币种：CNY；状态：计划");
        assertThat(model.timeColumnTitleProperty().get()).isEqualTo("时间（北京时间）");
        assertThat(model.titleProperty().get()).isEqualTo("审计记录 — WIMC 2020");
        assertThat(model.statusTextProperty().get()).isEqualTo("显示2条变更（最新在前，最多2,000条）");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void englishTableShowsTheSameEditInEnglish() {
        AuditTrailViewModel model = shown(Locale.ENGLISH);

        AuditTrailViewModel.Row edit = model.rows().get(0);
        assertThat(edit.action()).isEqualTo("Edited");
        assertThat(edit.record()).isEqualTo("Contract: 智能工厂");
        assertThat(edit.changes()).isEqualTo(
                "Amount: RMB 520 million → RMB 530 million; Status: Planned → Signed; Signed on: (empty) → 2020-11-26");
        assertThat(model.timeColumnTitleProperty().get()).isEqualTo("Time (Beijing time)");
        assertThat(model.statusTextProperty().get()).isEqualTo("2 changes shown (newest first, at most 2,000)");
    }

    @Test
    void filterKeepsTheLinesContainingTheTextAnywhere() {
        AuditTrailViewModel model = shown(Locale.ENGLISH);

        model.filterTextProperty().set("signed on");
        assertThat(model.rows()).extracting(AuditTrailViewModel.Row::action).containsExactly("Edited");

        model.filterTextProperty().set("WANG");
        assertThat(model.rows()).hasSize(2);

        model.filterTextProperty().set("guest");
        assertThat(model.rows()).isEmpty();
        assertThat(model.statusTextProperty().get()).isEqualTo("No change matches “guest”.");
    }

    @Test
    void showingAgainReadsChangesMadeSince() {
        AuditTrailViewModel model = shown(Locale.ENGLISH);
        contracts.delete(event.id(), contracts.list(event.id()).get(0).id());

        model.show(event);

        assertThat(model.rows()).extracting(AuditTrailViewModel.Row::action).containsExactly("Deleted", "Edited", "Created");
        assertThat(model.rows().get(0).changes()).contains("Amount: RMB 530 million");
    }

    @Test
    void anEventWithoutChangesSaysSo() {
        Event other = new EventRepository(database.dsl()).insert(Event.named("WIMC 2021"));
        AuditTrailViewModel model = new AuditTrailViewModel(audit, new CurrentThreadTaskExecutor(), dialogs, Locale.SIMPLIFIED_CHINESE, WORDS);

        model.show(other);

        assertThat(model.rows()).isEmpty();
        assertThat(model.statusTextProperty().get()).isEqualTo("尚无变更记录。");
    }

    @Test
    void aTrailThatCannotBeReadIsToldInASentence() {
        database.dsl().execute("ALTER TABLE audit_entry RENAME TO audit_entry_gone");

        AuditTrailViewModel model = shown(Locale.ENGLISH);

        assertThat(model.rows()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(dialogs.errorTitles).containsExactly("The audit trail could not be read");
        assertThat(dialogs.errors).containsExactly("The audit trail could not be read "
                + "from the database. Close the window and try again; details are in the log.");
        assertThat(List.copyOf(model.rows())).isEmpty();
    }
}
