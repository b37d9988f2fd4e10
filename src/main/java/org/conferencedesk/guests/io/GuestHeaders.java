package org.conferencedesk.guests.io;

import static org.conferencedesk.guests.GuestField.ATTENDANCE;
import static org.conferencedesk.guests.GuestField.CATEGORY;
import static org.conferencedesk.guests.GuestField.CHECKED_IN_AT;
import static org.conferencedesk.guests.GuestField.COUNTRY;
import static org.conferencedesk.guests.GuestField.EMAIL;
import static org.conferencedesk.guests.GuestField.FULL_NAME;
import static org.conferencedesk.guests.GuestField.HOST;
import static org.conferencedesk.guests.GuestField.INVITATION_STATUS;
import static org.conferencedesk.guests.GuestField.NOTES;
import static org.conferencedesk.guests.GuestField.ORGANISATION;
import static org.conferencedesk.guests.GuestField.OTHER_NAME;
import static org.conferencedesk.guests.GuestField.PHONE;
import static org.conferencedesk.guests.GuestField.TITLE;
import static org.conferencedesk.guests.GuestField.VIP_LEVEL;

import java.util.Set;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.HeaderVocabulary;

/**
 * The column headers organisers write for guest lists, in Chinese (simplified or traditional) and
 * English: 姓名 / Name, 单位 / 工作单位 / Organisation, 签到时间 / Checked in …, and those issue 10 found
 * dropped (线上/线下, 参会方式, 参会类型, 是否线上 for the attendance; 人员类别, 嘉宾身份, 身份类别, 分类 for
 * the category). The fields' labels in both languages (what the export writes) and their JSON names
 * are recognised too ({@link HeaderVocabulary}).
 */
public final class GuestHeaders {

    /** The vocabulary of guest headers. */
    public static final HeaderVocabulary<GuestField> VOCABULARY = HeaderVocabulary.of(GuestField.class)
            .words(FULL_NAME, "姓名", "名字", "嘉宾姓名", "嘉宾", "中文名", "中文姓名", "Name", "Full name", "Guest",
                    "Guest name")
            .words(OTHER_NAME, "英文名", "英文姓名", "拼音", "姓名拼音", "外文名", "其他写法", "另一写法", "Other name",
                    "English name", "Pinyin", "Name in other script")
            .words(TITLE, "职务", "职称", "头衔", "职位", "Title", "Position", "Job title")
            .words(ORGANISATION, "单位", "工作单位", "所在单位", "机构", "公司", "单位名称", "Organisation", "Organization",
                    "Company", "Institution", "Affiliation")
            .words(COUNTRY, "国家", "地区", "国家/地区", "国家或地区", "国别", "Country", "Region", "Country or region",
                    "Country/Region")
            .words(CATEGORY, "类别", "嘉宾类别", "类型", "嘉宾类型", "身份", "人员类别", "嘉宾身份", "身份类别", "分类",
                    "人员类型", "嘉宾分类", "Category", "Type", "Guest type")
            .words(VIP_LEVEL, "贵宾级别", "VIP", "VIP级别", "级别", "贵宾等级", "VIP level", "Level")
            .words(ATTENDANCE, "参会方式", "出席方式", "参会形式", "参会类型", "线上/线下", "线下/线上", "是否线上",
                    "线上参会", "Attendance", "Attendance mode", "Mode", "Online")
            .words(INVITATION_STATUS, "邀请状态", "状态", "邀请", "Invitation status", "Status", "Invitation")
            .words(CHECKED_IN_AT, "签到时间", "签到", "报到时间", "Checked in", "Checked in at", "Check-in",
                    "Check-in time", "Checkin time")
            .words(EMAIL, "邮箱", "电子邮箱", "电子邮件", "Email", "E-mail", "Mail", "Email address")
            .words(PHONE, "电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "Phone", "Mobile", "Telephone",
                    "Tel", "Phone number")
            .words(HOST, "对接人", "联系人", "陪同人员", "接待人", "Host", "Contact person", "Committee host")
            .words(NOTES, "备注", "说明", "附注", "Notes", "Note", "Remarks", "Comments")
            .build();

    /**
     * Attendance headers that ask a yes-or-no question ("online?"): under them 是 / yes / Y / ✓ mean
     * online and 否 / no / N mean on site.
     */
    static final Set<String> ONLINE_QUESTIONS = Set.of("是否线上", "线上参会", "online", "是否线上参会");

    private GuestHeaders() {
    }

    /** True if the attendance column asks "online?" rather than naming the mode. */
    static boolean asksOnline(String header) {
        return header != null && ONLINE_QUESTIONS.contains(HeaderVocabulary.normalise(header));
    }
}
