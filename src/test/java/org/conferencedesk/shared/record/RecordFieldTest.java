package org.conferencedesk.shared.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.guests.GuestField;
import org.junit.jupiter.api.Test;

class RecordFieldTest {

    private static final List<RecordField[]> EVERY_TYPE = List.of(ContractField.values(), GuestField.values());

    @Test
    void everyFieldOfEveryRecordTypeHasALabelInBothLanguages() {
        for (RecordField[] fields : EVERY_TYPE) {
            for (RecordField field : fields) {
                assertThat(field.label(Locale.ENGLISH)).as(field.jsonName()).doesNotStartWith("!").isNotBlank();
                assertThat(field.label(Locale.SIMPLIFIED_CHINESE)).as(field.jsonName()).doesNotStartWith("!")
                        .isNotEqualTo(field.label(Locale.ENGLISH));
            }
        }
    }

    @Test
    void labelsComeFromTheFeaturesOwnBundle() {
        assertThat(ContractField.PROJECT_NAME.labelKey()).isEqualTo("field.projectName");
        assertThat(ContractField.PROJECT_NAME.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("项目名称");
        assertThat(GuestField.FULL_NAME.label(Locale.ENGLISH)).isEqualTo("Name");
        assertThat(GuestField.FULL_NAME.label(Locale.CHINA)).isEqualTo("姓名");
    }

    @Test
    void aFieldIsFoundByItsJsonNameIgnoringCaseAndBlanks() {
        assertThat(RecordField.fromJsonName(ContractField.class, " SIGNEDon ")).isEqualTo(ContractField.SIGNED_ON);
        assertThat(ContractField.fromJsonName("amount")).isEqualTo(ContractField.AMOUNT);
        assertThat(GuestField.fromJsonName("vipLevel")).isEqualTo(GuestField.VIP_LEVEL);
        assertThat(RecordField.fromJsonName(GuestField.class, "amount")).isNull();
        assertThat(RecordField.fromJsonName(GuestField.class, null)).isNull();
    }

    @Test
    void textFieldsHaveALengthAndCodesAreNotText() {
        assertThat(ContractField.NOTE.isText()).isTrue();
        assertThat(ContractField.NOTE.maxLength()).isEqualTo(2000);
        assertThat(ContractField.CURRENCY.isText()).isFalse();
        assertThat(ContractField.AMOUNT.isText()).isFalse();
        assertThat(GuestField.EMAIL.isText()).isTrue();
        assertThat(GuestField.CATEGORY.isText()).isFalse();
        for (RecordField[] fields : EVERY_TYPE) {
            for (RecordField field : fields) {
                if (field.isText()) {
                    assertThat(field.maxLength()).as(field.jsonName()).isPositive();
                }
            }
        }
    }
}
