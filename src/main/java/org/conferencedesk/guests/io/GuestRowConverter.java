package org.conferencedesk.guests.io;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestRules;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.importexport.ChoiceWords;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.importexport.ValueList;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * Turns one row of a guest list into a guest, recording every problem of the row on it. Text is
 * kept as written (the pipeline's cell reader refuses control characters, Excel errors and stray
 * TABs); choices are read in Chinese (simplified or traditional) or English ({@link #CATEGORY_WORDS}
 * …; empty means other / on site / not invited), and under an attendance column that asks "online?"
 * (是否线上) 是 / 否 mean online / on site. Check-in times are read in the event's time zone; lengths,
 * e-mail and phone are {@link GuestRules}: a value over its length is refused, never cut. Stateless:
 * the same row always gives the same guest.
 */
final class GuestRowConverter {

    static final ChoiceWords<GuestCategory> CATEGORY_WORDS = new ChoiceWords<GuestCategory>()
            .add(GuestCategory.ACADEMICIAN, "院士", "两院院士", "academician")
            .add(GuestCategory.EXPERT, "专家", "学者", "专家学者", "expert", "specialist", "scholar")
            .add(GuestCategory.ENTERPRISE_REPRESENTATIVE, "企业代表", "企业", "企业家", "enterprise",
                    "enterprise representative", "business", "business representative", "company")
            .add(GuestCategory.GOVERNMENT_OFFICIAL, "政府官员", "领导", "政府", "官员", "政府领导", "government", "official",
                    "government official")
            .add(GuestCategory.MEDIA, "媒体", "记者", "媒体记者", "media", "press", "journalist", "reporter")
            .add(GuestCategory.OTHER, "其他", "其它", "other", "others");
    static final ChoiceWords<Attendance> ATTENDANCE_WORDS = new ChoiceWords<Attendance>()
            .add(Attendance.ON_SITE, "线下", "现场", "到场", "现场参会", "线下参会", "on site", "on-site", "in person", "offline")
            .add(Attendance.ONLINE, "线上", "网上", "视频", "线上参会", "云端", "online", "virtual", "remote");
    /** Under a column asking "online?" (是否线上). */
    static final ChoiceWords<Attendance> ONLINE_ANSWERS = new ChoiceWords<Attendance>()
            .add(Attendance.ONLINE, "是", "yes", "y", "true", "✓", "√", "1")
            .add(Attendance.ON_SITE, "否", "no", "n", "false", "×", "0");
    static final ChoiceWords<InvitationStatus> STATUS_WORDS = new ChoiceWords<InvitationStatus>()
            .add(InvitationStatus.NOT_INVITED, "未邀请", "待邀请", "未发邀请", "not invited", "none")
            .add(InvitationStatus.INVITED, "已邀请", "邀请", "已发邀请", "invited")
            .add(InvitationStatus.CONFIRMED, "已确认", "确认", "确认出席", "已确认出席", "confirmed", "accepted")
            .add(InvitationStatus.DECLINED, "已谢绝", "谢绝", "婉拒", "已婉拒", "拒绝", "不出席", "declined", "refused");

    static {
        // The words of a guest export (the guests bundle) in both languages, and the enum names.
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.of("guests", locale);
            for (GuestCategory c : GuestCategory.values()) {
                CATEGORY_WORDS.addIfAbsent(c, messages.get("category." + c.name())).addIfAbsent(c, c.name());
            }
            for (Attendance a : Attendance.values()) {
                ATTENDANCE_WORDS.addIfAbsent(a, messages.get("attendance." + a.name())).addIfAbsent(a, a.name());
            }
            for (InvitationStatus s : InvitationStatus.values()) {
                STATUS_WORDS.addIfAbsent(s, messages.get("invitationStatus." + s.name())).addIfAbsent(s, s.name());
            }
        }
    }

    private final long eventId;
    private final ValueList<GuestCategory> categories;
    private final ZoneId zone;
    private final Locale locale;
    private final Messages words;

    /**
     * @param categories the event's categories ({@code GuestService.categories}): a category the file
     *                   names that is not among them waits for the user's answer (mapped or added)
     * @param zone the event's time zone: a check-in time without an offset is a time there
     */
    GuestRowConverter(long eventId, List<GuestCategory> categories, ZoneId zone, Locale locale) {
        this.eventId = eventId;
        this.categories = categoryList(categories, locale);
        this.zone = zone;
        this.locale = locale;
        this.words = Messages.of("guests", locale);
    }

    /**
     * The event's categories as an import reads them: the defaults in every spelling of
     * {@link #CATEGORY_WORDS}, the event's own as written (and other spellings of them); a new one asks.
     */
    static ValueList<GuestCategory> categoryList(List<GuestCategory> event, Locale locale) {
        ChoiceWords<GuestCategory> words = CATEGORY_WORDS.copy();
        for (GuestCategory c : event) {
            words.addIfAbsent(c, c.name());
        }
        return ValueList.asking(words, event.stream().map(c -> c.label(locale)).toList(), GuestCategory::of);
    }

    /** The guest the row means; null if it has a problem (every one recorded on the row). */
    Guest convert(ImportRow<GuestField> row) {
        GuestCategory category = row.listed(GuestField.CATEGORY, categories, GuestCategory.OTHER);
        boolean question = GuestHeaders.asksOnline(row.header(GuestField.ATTENDANCE));
        Attendance attendance = row.choice(GuestField.ATTENDANCE, question ? ONLINE_ANSWERS : ATTENDANCE_WORDS,
                Attendance.ON_SITE, written -> words.get(question ? "io.row.online.unknown" : "io.row.attendance.unknown",
                        written, row.header(GuestField.ATTENDANCE)));
        InvitationStatus status = row.choice(GuestField.INVITATION_STATUS, STATUS_WORDS, InvitationStatus.NOT_INVITED,
                written -> words.get("io.row.invitationStatus.unknown", written));
        Instant checkedIn = row.dateTime(GuestField.CHECKED_IN_AT, zone);
        String fullName = row.text(GuestField.FULL_NAME);
        Guest guest = new Guest(null, eventId, fullName == null ? "" : fullName, row.text(GuestField.OTHER_NAME),
                row.text(GuestField.TITLE), row.text(GuestField.ORGANISATION), row.text(GuestField.COUNTRY),
                category == null ? GuestCategory.OTHER : category, row.text(GuestField.VIP_LEVEL),
                attendance == null ? Attendance.ON_SITE : attendance,
                status == null ? InvitationStatus.NOT_INVITED : status, checkedIn, row.text(GuestField.EMAIL),
                row.text(GuestField.PHONE), row.text(GuestField.HOST), row.text(GuestField.NOTES));
        for (FieldProblem<GuestField> rule : GuestRules.check(guest)) {
            if (!row.failed(rule.field())) {
                row.problem(rule.field(), rule.sentence(locale));
            }
        }
        if (row.hasProblems()) {
            return null;
        }
        if (checkedIn != null) {
            row.noteUnlikelyDate(GuestField.CHECKED_IN_AT, checkedIn.atZone(zone).toLocalDate());
        }
        return guest;
    }
}
