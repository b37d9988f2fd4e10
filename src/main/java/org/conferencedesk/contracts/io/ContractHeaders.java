package org.conferencedesk.contracts.io;

import static org.conferencedesk.contracts.ContractField.AMOUNT;
import static org.conferencedesk.contracts.ContractField.CURRENCY;
import static org.conferencedesk.contracts.ContractField.DISTRICT;
import static org.conferencedesk.contracts.ContractField.INVESTOR;
import static org.conferencedesk.contracts.ContractField.NOTE;
import static org.conferencedesk.contracts.ContractField.PARTNER;
import static org.conferencedesk.contracts.ContractField.PROJECT_NAME;
import static org.conferencedesk.contracts.ContractField.SECTOR;
import static org.conferencedesk.contracts.ContractField.SIGNED_ON;
import static org.conferencedesk.contracts.ContractField.SIGNING_ORDER;
import static org.conferencedesk.contracts.ContractField.STATUS;

import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.importexport.HeaderVocabulary;

/**
 * The column headers organisers write for signing-ceremony lists, in Chinese and English (the table
 * of {@code docs/decisions/0002-import-files.md}, extended by issue 10: 签约状态, 币别, 货币种类, 计价币种,
 * 金额币种 …). The fields' labels and JSON names are recognised too ({@link HeaderVocabulary}). A new
 * spelling is one word here.
 */
public final class ContractHeaders {

    /** The vocabulary of contract headers. */
    public static final HeaderVocabulary<ContractField> VOCABULARY = HeaderVocabulary.of(ContractField.class)
            .words(SIGNING_ORDER, "序号", "No.", "No", "#", "签约顺序", "Signing order", "Order", "序", "编号", "签约序号",
                    "顺序号")
            .words(PROJECT_NAME, "项目名称", "项目", "签约项目", "项目名", "签约项目名称", "Project", "Project name")
            .words(INVESTOR, "投资方", "甲方", "签约甲方", "投资主体", "投资企业", "投资单位", "签约企业", "签约单位",
                    "Investor", "Party A")
            .words(PARTNER, "合作方", "乙方", "签约乙方", "合作单位", "Partner", "Party B")
            .words(SECTOR, "行业", "产业", "产业领域", "所属行业", "行业类别", "产业类别", "所属产业", "行业领域",
                    "Sector", "Industry")
            .words(DISTRICT, "区域", "落户区域", "落户地", "区县", "所在区", "所在区域", "所属区域", "落地区域", "落户区县",
                    "District", "Region")
            .words(AMOUNT, "金额", "投资额", "投资金额", "签约金额", "总投资", "投资总额", "合同金额", "协议金额", "签约额",
                    "项目金额", "计划投资", "Amount", "Contract amount", "Investment")
            .words(CURRENCY, "币种", "货币", "币别", "货币种类", "计价币种", "金额币种", "币制", "Currency")
            .words(STATUS, "状态", "签约状态", "项目状态", "Status")
            .words(SIGNED_ON, "签约日期", "签约时间", "签署日期", "日期", "Signed on", "Date", "Signing date")
            .words(NOTE, "备注", "说明", "备注说明", "Note", "Notes", "Remarks")
            // What the export writes beside the fields: computed again from the contracts, never read.
            .derived("累计金额", "累计签约金额", "Running total")
            .build();

    private ContractHeaders() {
    }
}
