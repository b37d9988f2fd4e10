package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.SigningSession;
import org.conferencedesk.contracts.SigningSessionKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DashboardReportTest {

    private final DashboardFixture f = new DashboardFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theReportsPartHasTheHeadlineEachSessionsOwnTotalsAndTheComparison() throws Exception {
        f.importSampleContracts();
        f.importSampleGuests();
        f.announceSampleFigures();
        SigningSession preEvent = f.sessions.saveSession(SigningSession.of(f.eventId, SigningSessionKind.PRE_EVENT, "会前签约活动",
                "Pre-event signing", null));
        Contract early = f.contracts.save(new Contract(null, f.eventId, "会前签约项目", "投资方", "合作方", "集成电路", "江北新区",
                new BigDecimal("80000000.00"), "CNY", null, ContractStatus.SIGNED, null, null));
        f.sessions.assign(f.eventId, java.util.List.of(early.id()), preEvent.id());

        DashboardReport zh = f.dashboard.report(f.eventId, Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.headline()).isEqualTo("嘉宾326位，其中院士24位、专家102位、企业代表200位；闭幕式现场签约项目30个，总金额536.3亿元；"
                + "会前签约活动签约项目1个，金额8,000万元。");
        assertThat(zh.sessions()).hasSize(2);
        assertThat(zh.sessions().get(0).session()).isEqualTo("闭幕式");
        assertThat(zh.sessions().get(0).signed().count()).isEqualTo(30);
        assertThat(zh.sessions().get(0).signed().amount()).isEqualByComparingTo("53630000000.00");
        assertThat(zh.sessions().get(0).amountText()).isEqualTo("536.3 亿元");
        assertThat(zh.sessions().get(1).session()).isEqualTo("会前签约活动");
        assertThat(zh.sessions().get(1).signed().amount()).isEqualByComparingTo("80000000.00");
        assertThat(zh.sessions().get(1).major().count()).isZero();
        assertThat(zh.allSessions().signed().count()).isEqualTo(31);
        assertThat(zh.allSessions().signed().amount()).isEqualByComparingTo("53710000000.00");
        assertThat(zh.comparisons()).hasSize(8).contains("嘉宾：公布“320+”，数据为326，比公布的多6，相符。");
        // The closing ceremony counts only its own: 30 and 536.3 亿元 still agree; the cloud exhibitors do not.
        assertThat(zh.comparisons().get(0)).endsWith("相符。");
        assertThat(zh.comparisons().get(1)).endsWith("相符。");
        assertThat(zh.disagreements()).isEqualTo(1);

        DashboardReport en = f.dashboard.report(f.eventId, Locale.ENGLISH);
        assertThat(en.headline()).contains("30 projects signed at the closing ceremony for a total of RMB 53.63 billion")
                .contains("1 project signed at Pre-event signing for RMB 80 million");
        assertThat(en.sessions().get(0).amountText()).isEqualTo("RMB 53.63 billion");
    }
}
