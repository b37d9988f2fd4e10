package org.conferencedesk.awards;

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
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditText;
import org.conferencedesk.storage.FieldChange;
import org.junit.jupiter.api.Test;

/** The awards' sentences exist in both languages, and the audit trail reads a sign-off in each. */
class AwardWordsTest {

    private static Set<Object> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = new InputStreamReader(AwardWordsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p.keySet();
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndAWordForEveryKindAndRule() throws IOException {
        Set<Object> en = keys("/i18n/awards.properties");
        assertThat(keys("/i18n/awards_zh_CN.properties")).containsExactlyInAnyOrderElementsOf(en);
        assertThat(keys("/i18n/audit_zh_CN.properties")).containsExactlyInAnyOrderElementsOf(keys("/i18n/audit.properties"));
        for (Class<? extends Enum<?>> type : List.of(AwardKind.class, NomineeKind.class, TieRule.class, RankingBasis.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(en).contains(type.getSimpleName() + "." + constant.name());
            }
        }
        for (String code : List.of(AwardFreezeTrigger.FROZEN, AwardFreezeTrigger.RULE_AFTER_SCORES, AwardFreezeTrigger.RECUSED,
                AwardFreezeTrigger.SIGN_OFF_KEPT)) {
            assertThat(en).contains("database." + code);
        }
    }

    @Test
    void theAuditTrailReadsASignOffInBothLanguagesWithTheTimeInNanjing() {
        AuditEntry entry = new AuditEntry(1L, 1L, Instant.parse("2020-11-28T02:00:00Z"), "秘书处", AwardAudit.CATEGORY, 4L,
                AuditAction.SIGNED_OFF, "第五届智能制造大赛 / The 5th Smart Manufacturing Contest",
                List.of(new FieldChange("signedOffBy", null, "王建国"), new FieldChange("signedOffAt", null, "2020-11-28T02:00:00Z")));

        AuditText zh = new AuditText(Locale.SIMPLIFIED_CHINESE, ZoneId.of("Asia/Shanghai"));
        AuditText en = new AuditText(Locale.ENGLISH, ZoneId.of("Asia/Shanghai"));

        assertThat(zh.action(entry)).isEqualTo("签字确认");
        assertThat(zh.record(entry)).isEqualTo("奖项：第五届智能制造大赛 / The 5th Smart Manufacturing Contest");
        assertThat(zh.changes(entry)).isEqualTo("签字人：王建国；签字时间：2020-11-28 10:00:00");
        assertThat(en.action(entry)).isEqualTo("Signed off");
        assertThat(en.changes(entry)).isEqualTo("Signed off by: 王建国; Signed off at: 2020-11-28 10:00:00");
    }
}
