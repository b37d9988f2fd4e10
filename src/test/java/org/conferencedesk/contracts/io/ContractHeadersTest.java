package org.conferencedesk.contracts.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.importexport.AmountUnit;
import org.conferencedesk.importexport.Columns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContractHeadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "序号|SIGNING_ORDER", "No.|SIGNING_ORDER", "#|SIGNING_ORDER", "签约顺序|SIGNING_ORDER",
            "  项目名称：|PROJECT_NAME", "*项目名称|PROJECT_NAME", "Project Name|PROJECT_NAME", "项 目|PROJECT_NAME",
            "甲方|INVESTOR", "Party A|INVESTOR", "签约乙方|PARTNER", "PARTNER|PARTNER",
            "所属行业|SECTOR", "Industry|SECTOR", "落户地|DISTRICT", "Region|DISTRICT",
            "投资金额（亿元）|AMOUNT", "总投资(万元)*|AMOUNT", "ＡＭＯＵＮＴ|AMOUNT", "Contract amount|AMOUNT",
            "Investment (RMB 10k)|AMOUNT", "金额/万元|AMOUNT", "币种|CURRENCY", "状态|STATUS", "Signed on:|SIGNED_ON",
            "签约时间|SIGNED_ON", "Signing date|SIGNED_ON", "说明|NOTE", "Remarks|NOTE",
            "signingOrder|SIGNING_ORDER", "projectName|PROJECT_NAME", "signedOn|SIGNED_ON",
            // issue 10: headers organisers write that were dropped without a word
            "签约状态|STATUS", "币别|CURRENCY", "货币种类|CURRENCY", "计价币种|CURRENCY", "金额币种|CURRENCY",
            "簽約狀態|STATUS", "投资总额|AMOUNT"})
    void recognisesTheHeadersOrganisersWrite(String header, ContractField field) {
        assertThat(ContractHeaders.VOCABULARY.fieldOf(header)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} → 10^{1} {2}")
    @CsvSource(delimiter = '|', value = {
            "金额（万元）|4|", "投资额（亿元）|8|", "Amount (RMB 10k)|4|CNY", "Amount (RMB 100m)|8|CNY",
            "Amount (billion yuan)|9|CNY", "金额(万美元)|4|USD", "金额（元）|0|", "金额/万元|4|", "金额/亿元|8|"})
    void readsTheUnitOfTheAmountHeader(String header, int power, String currency) {
        AmountUnit unit = AmountUnit.inHeader(header);

        assertThat(unit.multiplier()).isEqualByComparingTo(BigDecimal.TEN.pow(power));
        assertThat(unit.currency()).isEqualTo(currency);
    }

    @Test
    void aHeaderWithoutAUnitHasNone() {
        assertThat(AmountUnit.inHeader("Amount")).isNull();
        assertThat(AmountUnit.inHeader("国家/地区")).isNull();
    }

    @Test
    void twoColumnsForOneFieldAndAnUnknownColumnWaitForTheUser() {
        Columns<ContractField> columns = Columns.match(List.of("项目名称", "金额", "项目", "联系人", ""),
                ContractHeaders.VOCABULARY, Map.of(), Set.of(), true);

        assertThat(columns.used()).containsExactly(Map.entry("项目名称", ContractField.PROJECT_NAME),
                Map.entry("金额", ContractField.AMOUNT));
        assertThat(columns.all()).extracting(Columns.Column::kind).containsExactly(Columns.Kind.FIELD,
                Columns.Kind.FIELD, Columns.Kind.TWICE, Columns.Kind.UNKNOWN, Columns.Kind.BLANK);
        assertThat(columns.allAccountedFor()).isFalse();
    }

    @Test
    void anOverrideWinsAndTheRecognisedColumnForTheSameFieldWaitsForTheUser() {
        Columns<ContractField> columns = Columns.match(List.of("项目名称", "金额", "合同额（万元）"),
                ContractHeaders.VOCABULARY, Map.of("合同额（万元）", ContractField.AMOUNT), Set.of(), true);

        assertThat(columns.index(ContractField.AMOUNT)).isEqualTo(2);
        assertThat(columns.all().get(1).kind()).isEqualTo(Columns.Kind.TWICE);
    }

    @Test
    void aUnitColumnAndTheExportsRunningTotalAreAccountedFor() {
        Columns<ContractField> columns = Columns.match(List.of("项目名称", "金额", "单位", "累计金额（元）"),
                ContractHeaders.VOCABULARY, Map.of(), Set.of(), true);

        assertThat(columns.unitColumn()).isEqualTo(2);
        assertThat(columns.all().get(3).kind()).isEqualTo(Columns.Kind.IGNORED);
        assertThat(columns.allAccountedFor()).isTrue();
    }
}
