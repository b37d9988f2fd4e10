package org.conferencedesk.importexport;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Recognises the column headers organisers write for guest lists, in Chinese and English
 * (姓名 / Name / Full name, 单位 / 工作单位 / Organisation, 签到时间 / Checked in …), compared as
 * {@link ContractHeaders} compares them (NFKC, case, spaces, {@code *} and {@code :}, a bracketed
 * tail ignored), in simplified or traditional characters (類別 reads as 类别). The field names of the {@code guests} bundle in both languages (the headers of a
 * guest export) are recognised too, and so are the JSON names ({@code fullName}).
 */
public final class GuestHeaders {

    private static final Map<String, GuestField> KNOWN = new HashMap<>();

    static {
        known(GuestField.FULL_NAME, "姓名", "名字", "嘉宾姓名", "嘉宾", "中文名", "中文姓名", "name", "fullname",
                "guest", "guestname");
        known(GuestField.OTHER_NAME, "英文名", "英文姓名", "拼音", "姓名拼音", "外文名", "其他写法", "另一写法", "othername",
                "englishname", "pinyin", "nameinotherscript");
        known(GuestField.TITLE, "职务", "职称", "头衔", "职位", "title", "position", "jobtitle");
        known(GuestField.ORGANISATION, "单位", "工作单位", "所在单位", "机构", "公司", "单位名称", "organisation",
                "organization", "company", "institution", "affiliation");
        known(GuestField.COUNTRY, "国家", "地区", "国家/地区", "国家或地区", "国别", "country", "region",
                "countryorregion", "country/region");
        known(GuestField.CATEGORY, "类别", "嘉宾类别", "类型", "嘉宾类型", "身份", "category", "type", "guesttype");
        known(GuestField.VIP_LEVEL, "贵宾级别", "vip", "vip级别", "级别", "贵宾等级", "viplevel", "level");
        known(GuestField.ATTENDANCE, "参会方式", "出席方式", "参会形式", "attendance", "attendancemode", "mode");
        known(GuestField.INVITATION_STATUS, "邀请状态", "状态", "邀请", "invitationstatus", "status", "invitation");
        known(GuestField.CHECKED_IN_AT, "签到时间", "签到", "报到时间", "checkedin", "checkedinat", "checkin",
                "check-intime", "checkintime");
        known(GuestField.EMAIL, "邮箱", "电子邮箱", "电子邮件", "email", "e-mail", "mail", "emailaddress");
        known(GuestField.PHONE, "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "phone", "mobile",
                "telephone", "tel", "phonenumber");
        known(GuestField.HOST, "对接人", "联系人", "陪同人员", "接待人", "host", "contactperson", "committeehost");
        known(GuestField.NOTES, "备注", "说明", "附注", "notes", "note", "remarks", "comments");
        // The headers of a guest export, in both languages.
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.of("guests", locale);
            for (GuestField field : GuestField.values()) {
                KNOWN.putIfAbsent(ContractHeaders.normalise(messages.get("field." + field.jsonName())), field);
            }
        }
    }

    private static void known(GuestField field, String... headers) {
        for (String header : headers) {
            KNOWN.put(ContractHeaders.normalise(header), field);
        }
        KNOWN.putIfAbsent(field.jsonName().toLowerCase(Locale.ROOT), field);
    }

    private static final HeaderMatching<GuestField> MATCHING = new HeaderMatching<>(GuestField.class, GuestHeaders::known);

    /** The field of a normalised header, also when it is written in traditional characters (類別, 電話), or null. */
    private static GuestField known(String normalised) {
        GuestField field = KNOWN.get(normalised);
        return field != null ? field : KNOWN.get(SimplifiedChinese.of(normalised));
    }

    private GuestHeaders() {
    }

    /**
     * What the header row means.
     *
     * @param columns field → 0-based column index
     * @param used header as written → field, in column order (what the preview shows)
     * @param unmapped headers as written that no field uses, in column order
     * @param unknownOverrides {@code --map} headers that match no column
     */
    public record Recognised(Map<GuestField, Integer> columns, Map<String, GuestField> used,
                             List<String> unmapped, List<String> unknownOverrides) {

        /** The column index of {@code field}, or -1 if no column holds it. */
        public int column(GuestField field) {
            return columns.getOrDefault(field, -1);
        }
    }

    /**
     * Reads the header row. {@code overrides} (header as written → field, {@code --map}) win over
     * the recognised headers; columns whose header is in {@code ignored} are not imported. When two
     * columns mean the same field the first wins and the second is listed as unmapped.
     */
    public static Recognised recognise(List<String> headers, Map<String, GuestField> overrides, Set<String> ignored) {
        HeaderMatching.Result<GuestField> matched = MATCHING.recognise(headers, overrides, ignored);
        return new Recognised(matched.columns(), matched.used(), matched.unmapped(), matched.unknownOverrides());
    }

    /** The field a header means by the built-in table, or null. */
    public static GuestField fieldOf(String header) {
        return known(ContractHeaders.normalise(header));
    }
}
