package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.guests.GuestField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
            "备注, NOTES", "Notes, NOTES", "备注（内部）, NOTES"})
    void recognisesChineseAndEnglishHeaders(String header, GuestField field) {
        assertThat(GuestHeaders.fieldOf(header)).isEqualTo(field);
    }

    @Test
    void everyHeaderOfAnExportIsRecognisedInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            GuestHeaders.Recognised recognised = GuestHeaders.recognise(GuestExportService.headers(locale), Map.of(), Set.of());
            assertThat(recognised.used().values()).as(locale.toString()).containsExactly(GuestField.values());
        }
    }

    @Test
    void aMappingWinsAndAnIgnoredColumnIsLeftOut() {
        GuestHeaders.Recognised recognised = GuestHeaders.recognise(List.of("姓名", "联系人", "备注", "备注"),
                Map.of("联系人", GuestField.PHONE), Set.of("姓名"));

        assertThat(recognised.column(GuestField.FULL_NAME)).isEqualTo(-1);
        assertThat(recognised.column(GuestField.PHONE)).isEqualTo(1);
        assertThat(recognised.column(GuestField.HOST)).isEqualTo(-1);
        assertThat(recognised.column(GuestField.NOTES)).isEqualTo(2);
        assertThat(recognised.unmapped()).containsExactly("姓名", "备注");
    }
}
