package org.conferencedesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The signing ceremony's section of the summary report, read without laying out a PDF. */
class ContractReportSectionTest {

    private Database database;
    private ContractService service;
    private long eventId;

    @BeforeEach
    void open() {
        database = Database.openInMemory(UUID.randomUUID().toString());
        eventId = new EventRepository(database.dsl()).insert(Event.named("WIMC 2020")).id();
        service = new ContractService(database, new ContractRepository(database.dsl()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void add(String project, String amount, String currency, ContractStatus status, String sector) {
        service.save(new Contract(null, eventId, project, "投资方", "江宁开发区", sector, "江宁区", new BigDecimal(amount), currency,
                null, status, LocalDate.of(2020, 11, 28), null));
    }

    @Test
    void theHeadlineCountsSignedRmbContractsAndNamesOtherCurrenciesAndPlannedApart() {
        add("智能装备产业园", "53630000000.00", "CNY", ContractStatus.SIGNED, "智能装备");
        add("海外研发中心", "620000000.00", "USD", ContractStatus.SIGNED, "研发");
        add("机器人小镇", "35000000.00", "CNY", ContractStatus.PLANNED, "机器人");
        add("撤回的项目", "100000000.00", "CNY", ContractStatus.WITHDRAWN, "机器人");

        ReportSection.Part zh = new ContractReportSection(service).read(eventId, Locale.SIMPLIFIED_CHINESE);

        assertThat(zh.headline()).containsExactly(
                new ReportBlock.Headline("签约项目 2 个，总金额 536.3 亿元"),
                new ReportBlock.Text("其中 1 个签约项目以外币签约（6.2 亿美元），未计入人民币总额。"),
                new ReportBlock.Text("另有计划签约项目 1 个，金额 3,500 万元（未计入签约总额）"));
        ReportBlock.Table contracts = (ReportBlock.Table) zh.body().get(1);
        assertThat(contracts.rows()).hasSize(4);
        assertThat(contracts.rows().get(2).cells().get(1)).isEqualTo(new ReportBlock.Cell("机器人小镇", "（计划）"));
        assertThat(contracts.rows().get(3).style()).isEqualTo(ReportBlock.RowStyle.GREYED);
        ReportBlock.Table bySector = (ReportBlock.Table) zh.body().get(2);
        assertThat(bySector.title()).isEqualTo("按行业汇总");
        assertThat(bySector.rows().get(bySector.rows().size() - 1).cells()).extracting(ReportBlock.Cell::text)
                .containsExactly("合计", "53,630,000,000.00", "100.0%");
        assertThat(zh.notes()).hasSize(5);
    }

    @Test
    void anEventWithoutContractsSaysSoInEnglishToo() {
        ReportSection.Part en = new ContractReportSection(service).read(eventId, Locale.ENGLISH);

        assertThat(en.headline()).containsExactly(new ReportBlock.Headline("No projects signed, total RMB 0"));
        assertThat(en.body()).containsExactly(new ReportBlock.Heading("Contracts in signing order"),
                new ReportBlock.Text("No contracts have been recorded for this event yet.", true));
        assertThat(en.notes()).hasSize(3);
    }

    @Test
    void shareIsRoundedHalfUpToOneDecimal() {
        assertThat(ContractReportSection.share(new BigDecimal("1"), new BigDecimal("3"))).isEqualTo("33.3%");
        assertThat(ContractReportSection.share(new BigDecimal("2"), new BigDecimal("3"))).isEqualTo("66.7%");
        assertThat(ContractReportSection.share(new BigDecimal("0.05"), new BigDecimal("100"))).isEqualTo("0.1%");
        assertThat(ContractReportSection.share(new BigDecimal("0.04"), new BigDecimal("100"))).isEqualTo("0.0%");
        assertThat(ContractReportSection.share(BigDecimal.ONE, BigDecimal.ZERO)).isEqualTo("–");
    }

    @Test
    void theTableHasOneCellPerColumn() {
        add("智能装备产业园", "1.00", "CNY", ContractStatus.SIGNED, "智能装备");

        ReportBlock.Table table = (ReportBlock.Table) new ContractReportSection(service).read(eventId, Locale.ENGLISH).body().get(1);

        assertThat(table.columns()).extracting(ReportBlock.Column::header).containsExactly("No.", "Project", "Investor",
                "Partner", "Sector", "District", "Amount (yuan)", "Running total (yuan)");
        assertThat(List.of(table.columns().get(6).figure(), table.columns().get(1).figure())).containsExactly(true, false);
    }
}
