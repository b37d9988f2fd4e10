package org.conferencedesk.guests.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.Columns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuestHeadersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "姓名, FULL_NAME", "Name, FULL_NAME", "Full name, FULL_NAME", "ＮＡＭＥ：, FULL_NAME", "*姓名, FULL_NAME",
            "英文名, OTHER_NAME", "拼音, OTHER_NAME", "Other name, OTHER_NAME", "另一写法, OTHER_NAME",
            "职务, TITLE", "职称, TITLE", "Title, TITLE",
            "单位, ORGANISATION", "工作单位, ORGANISATION", "Organisation, ORGANISATION", "Organization, ORGANISATION",
            "国家/地区, COUNTRY", "国家或地区, COUNTRY", "Country or region, COUNTRY",
            "类别, CATEGORY", "嘉宾类别, CATEGORY", "Category, CATEGORY",
            "贵宾级别, VIP_LEVEL", "VIP, VIP_LEVEL", "VIP level, VIP_LEVEL",
            "参会方式, ATTENDANCE", "Attendance, ATTENDANCE",
            "邀请状态, INVITATION_STATUS", "Status, INVITATION_STATUS", "Invitation status, INVITATION_STATUS",
            "签到时间, CHECKED_IN_AT", "Checked in, CHECKED_IN_AT", "checkedInAt, CHECKED_IN_AT",
            "邮箱, EMAIL", "电子邮箱, EMAIL", "E-mail, EMAIL", "Email, EMAIL",
            "电话, PHONE", "手机, PHONE", "Phone, PHONE", "手机号码, PHONE",
            "对接人, HOST", "Host, HOST",
            "备注, NOTES", "Notes, NOTES", "备注（内部）, NOTES",
            // issue 10: headers organisers write that were dropped without a word
            "线上/线下, ATTENDANCE", "参会方式, ATTENDANCE", "参会类型, ATTENDANCE", "是否线上, ATTENDANCE",
            "人员类别, CATEGORY", "嘉宾身份, CATEGORY", "身份类别, CATEGORY", "分类, CATEGORY", "類別, CATEGORY"})
    void recognisesChineseAndEnglishHeaders(String header, GuestField field) {
        assertThat(GuestHeaders.VOCABULARY.fieldOf(header)).isEqualTo(field);
    }

    @Test
    void everyHeaderOfAnExportIsRecognisedInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Columns<GuestField> columns = Columns.match(GuestExportSpec.headers(locale), GuestHeaders.VOCABULARY,
                    Map.of(), Set.of(), false);
            assertThat(columns.used().values()).as(locale.toString()).containsExactly(GuestField.values());
            assertThat(columns.allAccountedFor()).isTrue();
        }
    }

    @Test
    void aMappingWinsAndAnIgnoredColumnIsLeftOut() {
        Columns<GuestField> columns = Columns.match(List.of("姓名", "联系人", "备注", "备注"), GuestHeaders.VOCABULARY,
                Map.of("联系人", GuestField.PHONE), Set.of("姓名"), false);

        assertThat(columns.index(GuestField.FULL_NAME)).isEqualTo(-1);
        assertThat(columns.index(GuestField.PHONE)).isEqualTo(1);
        assertThat(columns.index(GuestField.HOST)).isEqualTo(-1);
        assertThat(columns.index(GuestField.NOTES)).isEqualTo(2);
        assertThat(columns.all()).extracting(Columns.Column::kind).containsExactly(Columns.Kind.IGNORED,
                Columns.Kind.FIELD, Columns.Kind.FIELD, Columns.Kind.TWICE);
    }

    @Test
    void aColumnNobodyRecognisesSaysWhatItCouldBe() {
        Columns<GuestField> columns = Columns.match(List.of("姓名", "工作单位名称"), GuestHeaders.VOCABULARY, Map.of(),
                Set.of(), false);

        assertThat(columns.all().get(1).kind()).isEqualTo(Columns.Kind.UNKNOWN);
        assertThat(columns.all().get(1).couldBe().get(0)).isEqualTo(GuestField.ORGANISATION);
    }
}
