package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.conferencedesk.contracts.SigningSessionService;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditText;
import org.conferencedesk.storage.FieldChange;
import org.junit.jupiter.api.Test;

/** Every figure has a name in both languages; the audit trail reads the dashboard's and the sessions' entries. */
class DashboardWordsTest {

    private static Set<Object> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(DashboardWordsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.keySet();
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndANameForEveryFigure() throws IOException {
        Set<Object> en = keys("/i18n/dashboard.properties");
        assertThat(keys("/i18n/dashboard_zh_CN.properties")).containsExactlyInAnyOrderElementsOf(en);
        assertThat(keys("/i18n/contracts_zh_CN.properties")).containsExactlyInAnyOrderElementsOf(keys("/i18n/contracts.properties"));
        for (FigureName name : FigureName.values()) {
            assertThat(en).contains("figure." + name.key());
        }
        assertThat(FigureName.CONTRACTS_MAJOR_SECTOR_COUNT.label(Locale.SIMPLIFIED_CHINESE, "集成电路")).isEqualTo("集成电路亿元以上项目");
        assertThat(FigureName.CONTRACTS_SECTOR.label(Locale.ENGLISH, "")).isEqualTo("Amount signed: not given");
        assertThat(FigureName.CONTRACTS_ORIGIN_COUNT.label(Locale.SIMPLIFIED_CHINESE,
                DashboardText.argument(FigureKey.of(FigureName.CONTRACTS_ORIGIN_COUNT, "FOREIGN"), Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("外资签约项目");
    }

    @Test
    void theAuditTrailReadsASessionMoveAndAFreezeInBothLanguages() {
        AuditEntry moved = new AuditEntry(1L, 1L, Instant.parse("2020-11-28T02:00:00Z"), "秘书处", "contract", 4L, AuditAction.UPDATED,
                "智能网联新能源汽车整车制造基地", List.of(new FieldChange(SigningSessionService.SESSION_FIELD, "闭幕式", "会前签约仪式"),
                        new FieldChange(SigningSessionService.ORIGIN_FIELD, null, "FOREIGN")));
        AuditText zh = new AuditText(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"));
        AuditText en = new AuditText(Locale.ENGLISH, ZoneId.of("Asia/Shanghai"));
        assertThat(zh.changes(moved)).isEqualTo("签约场次：闭幕式 → 会前签约仪式；投资方来源：（空） → 外资");
        assertThat(en.changes(moved)).isEqualTo("Signing session: 闭幕式 → 会前签约仪式; Investor origin: (empty) → Foreign");

        AuditEntry frozen = new AuditEntry(2L, 1L, Instant.parse("2020-11-28T03:00:00Z"), "秘书处", DashboardService.SNAPSHOT_RECORD_TYPE,
                1L, AuditAction.CREATED, "闭幕新闻稿", List.of(new FieldChange("figures", null, "120")));
        assertThat(zh.record(frozen)).isEqualTo("对外发布数据快照：闭幕新闻稿");
        assertThat(en.record(frozen)).isEqualTo("Figures frozen for the press: 闭幕新闻稿");
    }
}
