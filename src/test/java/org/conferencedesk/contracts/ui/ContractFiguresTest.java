package org.conferencedesk.contracts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.LiveContracts;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signing ceremony's figures in the status bar, live, in both languages. */
class ContractFiguresTest {

    private AppContext context;
    private LiveContracts live;
    private long eventId;

    @BeforeEach
    void openDatabase() {
        context = new AppContext(Database.openInMemory("status-" + UUID.randomUUID()));
        eventId = context.events().create(Event.named("2020 World Intelligent Manufacturing Conference")).id();
        live = new LiveContracts(context.contracts(), new CurrentThreadTaskExecutor());
        live.show(eventId);
    }

    @AfterEach
    void close() {
        live.close();
        context.close();
    }

    private ContractFigures figures(Locale locale) {
        return new ContractFigures(live, locale);
    }

    private Contract contract(String project, String amount, String currency, ContractStatus status) {
        return new Contract(null, eventId, project, "投资方", "江宁开发区", "智能制造", "江宁区",
                new BigDecimal(amount), currency, null, status, LocalDate.of(2020, 11, 26), null);
    }

    @Test
    void englishStatusShowsSignedCountAndAmountAfterSave() {
        ContractFigures status = figures(Locale.ENGLISH);
        assertThat(status.text().get()).isEqualTo("Signed 0 · RMB 0 · Planned 0");

        context.contracts().save(contract("工业互联网创新中心", "5363000000.00", "CNY", ContractStatus.SIGNED));
        context.contracts().save(contract("智能装备产业园", "48267000000.00", "CNY", ContractStatus.SIGNED));

        assertThat(status.text().get()).isEqualTo("Signed 2 · RMB 53.63 billion · Planned 0");
    }

    @Test
    void chineseStatusShowsYiYuanAndOtherCurrenciesApart() {
        ContractFigures status = figures(Locale.SIMPLIFIED_CHINESE);

        context.contracts().save(contract("工业互联网创新中心", "53630000000.00", "CNY", ContractStatus.SIGNED));
        context.contracts().save(contract("海外研发中心", "620000000.00", "USD", ContractStatus.SIGNED));
        context.contracts().save(contract("机器人小镇", "35000000.00", "CNY", ContractStatus.PLANNED));

        assertThat(status.text().get())
                .isEqualTo("已签约 2 个 · 536.3 亿元 · 计划 1 个（3,500 万元） · 6.2 亿美元（未计入人民币合计）");
    }

    @Test
    void englishStatusNamesOtherCurrencyOutsideTheRmbTotal() {
        ContractFigures status = figures(Locale.ENGLISH);

        context.contracts().save(contract("Overseas R&D centre", "620000000.00", "USD", ContractStatus.SIGNED));

        assertThat(status.text().get())
                .isEqualTo("Signed 1 · RMB 0 · Planned 0 · USD 620 million (not in RMB total)");
    }

    @Test
    void deletingAContractLowersTheTotalsAtOnce() {
        ContractFigures status = figures(Locale.SIMPLIFIED_CHINESE);
        Contract kept = context.contracts().save(contract("甲", "100000000.00", "CNY", ContractStatus.SIGNED));
        Contract gone = context.contracts().save(contract("乙", "50000000.00", "CNY", ContractStatus.SIGNED));
        assertThat(status.text().get()).startsWith("已签约 2 个 · 1.5 亿元");

        context.contracts().delete(eventId, gone.id());

        assertThat(status.text().get()).isEqualTo("已签约 1 个 · 1 亿元 · 计划 0 个");
        assertThat(kept.id()).isNotNull();
    }

    @Test
    void closedFiguresStopFollowingTheContracts() {
        ContractFigures status = figures(Locale.ENGLISH);
        status.close();

        context.contracts().save(contract("Chip fab", "100000000.00", "CNY", ContractStatus.SIGNED));

        assertThat(status.text().get()).isEqualTo("Signed 0 · RMB 0 · Planned 0");
    }
}
