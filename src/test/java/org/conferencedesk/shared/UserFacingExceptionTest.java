package org.conferencedesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractException;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractRules;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.EventException;
import org.conferencedesk.guests.GuestException;
import org.conferencedesk.reports.ReportException;
import org.junit.jupiter.api.Test;

class UserFacingExceptionTest {

    private static Contract contract(String projectName, String currency) {
        return new Contract(null, 1L, projectName, null, null, null, null, new BigDecimal("100.00"), currency, null,
                ContractStatus.SIGNED, null, null);
    }

    @Test
    void aContractBreakingTheRulesIsRefusedInEitherLanguageNamingEachField() {
        ContractException refused = new ContractException(ContractRules.check(contract(" ", "US$")));

        assertThat(refused.problems()).extracting(p -> p.field())
                .containsExactly(ContractField.PROJECT_NAME, ContractField.CURRENCY);
        assertThat(refused.sentence(Locale.ENGLISH)).isEqualTo("The project name is empty; every contract needs one. "
                + "The currency \u201cUS$\u201d is not a three-letter ISO code such as CNY or USD.");
        assertThat(refused.sentence(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("项目名称为空，每个签约项目都需要项目名称。币种“US$”不是三个字母的 ISO 代码，如 CNY、USD。");
        assertThat(refused.getMessage()).isEqualTo(refused.sentence(Locale.ENGLISH));
        assertThat(refused.fieldProblems()).hasSize(2);
    }

    @Test
    void aTooLongTextNamesItsFieldByItsLabel() {
        ContractException refused = new ContractException(ContractRules.check(contract("项".repeat(301), "CNY")));

        assertThat(refused.sentence(Locale.ENGLISH)).startsWith("Project name has 301 characters; at most 300 fit.");
        assertThat(refused.sentence(Locale.CHINA)).startsWith("项目名称有 301 个字符，最多 300 个。");
    }

    @Test
    void everyFeaturesRefusalIsOneTypeWithASentenceInBothLanguages() {
        UserFacingException[] refusals = {
            new ContractException("save.gone"),
            new GuestException("merge.tooFew"),
            new EventException("event.exists", "WIMC 2020"),
            new ReportException("error.noEvent", "7"),
            new OperationCancelledException(),
        };
        for (UserFacingException refused : refusals) {
            assertThat(refused.sentence(Locale.ENGLISH)).as(refused.key()).doesNotContain("!").isEqualTo(refused.getMessage());
            assertThat(refused.sentence(Locale.SIMPLIFIED_CHINESE)).as(refused.key()).doesNotContain("!")
                    .isNotEqualTo(refused.getMessage()).containsPattern("\\p{IsHan}");
        }
        assertThat(new EventException("event.exists", "WIMC 2020").sentence(Locale.CHINA))
                .isEqualTo("已有名为“WIMC 2020”的活动，请换一个名称。");
    }

    @Test
    void anyOtherFailureIsDescribedByItsMessageOrItsType() {
        assertThat(UserFacingException.sentenceOf(new GuestException("merge.tooFew"), Locale.CHINA)).isEqualTo("请至少选择两位嘉宾进行合并。");
        assertThat(UserFacingException.sentenceOf(new IllegalStateException("disk full"), Locale.CHINA)).isEqualTo("disk full");
        assertThat(UserFacingException.sentenceOf(new NullPointerException(), Locale.ENGLISH)).isEqualTo("NullPointerException");
    }
}
