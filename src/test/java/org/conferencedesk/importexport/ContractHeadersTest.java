package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.conferencedesk.contracts.ContractField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContractHeadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "序号|SIGNING_ORDER", "No.|SIGNING_ORDER", "#|SIGNING_ORDER", "签约顺序|SIGNING_ORDER",
            "  项目名称：|PROJECT_NAME", "*项目名称|PROJECT_NAME", "Project Name|PROJECT_NAME", "项 目|PROJECT_NAME",
            "甲方|INVESTOR", "Party A|INVESTOR", "签约乙方|PARTNER", "PARTNER|PARTNER",
            "所属行业|SECTOR", "Industry|SECTOR", "落户地|DISTRICT", "Region|DISTRICT",
            "投资金额（亿元）|AMOUNT", "总投资(万元)*|AMOUNT", "ＡＭＯＵＮＴ|AMOUNT", "Contract amount|AMOUNT",
            "Investment (RMB 10k)|AMOUNT", "币种|CURRENCY", "状态|STATUS", "Signed on:|SIGNED_ON",
            "签约时间|SIGNED_ON", "Signing date|SIGNED_ON", "说明|NOTE", "Remarks|NOTE",
            "signingOrder|SIGNING_ORDER", "projectName|PROJECT_NAME", "signedOn|SIGNED_ON"})
    void recognisesTheHeadersOrganisersWrite(String header, ContractField field) {
        assertThat(ContractHeaders.fieldOf(header)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} → \"{1}\" {2}")
    @CsvSource(delimiter = '|', value = {
            "金额（万元）|万|", "投资额（亿元）|亿|", "Amount (RMB 10k)|万|", "Amount (RMB 100m)|亿|",
            "Amount (billion yuan)|' billion'|", "金额(万美元)|万|USD", "金额（元）|''|", "Amount|''|"})
    void readsTheUnitOfTheAmountHeader(String header, String unit, String currency) {
        ContractHeaders.Recognised recognised = ContractHeaders.recognise(List.of("项目", header), Map.of());

        assertThat(recognised.column(ContractField.AMOUNT)).isEqualTo(1);
        assertThat(recognised.amountUnit()).isEqualTo(unit);
        assertThat(recognised.amountCurrency()).isEqualTo(currency);
    }

    @Test
    void theFirstOfTwoColumnsForOneFieldWinsAndTheOtherIsListedAsUnmapped() {
        ContractHeaders.Recognised recognised = ContractHeaders.recognise(
                List.of("项目名称", "金额", "项目", "联系人", ""), Map.of());

        assertThat(recognised.used()).containsExactly(Map.entry("项目名称", ContractField.PROJECT_NAME),
                Map.entry("金额", ContractField.AMOUNT));
        assertThat(recognised.unmapped()).containsExactly("项目", "联系人");
    }

    @Test
    void anOverrideWinsOverTheRecognisedColumn() {
        ContractHeaders.Recognised recognised = ContractHeaders.recognise(
                List.of("项目名称", "金额", "合同额（万元）"), Map.of("合同额（万元）", ContractField.AMOUNT));

        assertThat(recognised.column(ContractField.AMOUNT)).isEqualTo(2);
        assertThat(recognised.amountUnit()).isEqualTo("万");
        assertThat(recognised.unmapped()).containsExactly("金额");
    }
}
