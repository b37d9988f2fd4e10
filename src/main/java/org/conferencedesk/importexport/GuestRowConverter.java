package org.conferencedesk.importexport;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestRules;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.DateTextException;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * Turns the rows of one file into guests, collecting every problem of every row (never stopping at
 * the first). Text is taken as written, only surrounding blanks dropped, and the apostrophe an
 * export put before {@code = + - @} removed again. Choices are read in Chinese (simplified or traditional characters) or English
 * ({@link #CATEGORY_WORDS} …; empty means other / on site / not invited). Check-in times are read in
 * the event's time zone. Lengths, e-mail and phone are checked by {@link GuestRules}: a value
 * over its length is refused, never cut. Thread-safe once built (no per-file state).
 */
final class GuestRowConverter {

    /** A converted row: the guest (null if the row has a problem) and its problems. */
    record Converted(SpreadsheetRow row, Guest guest, List<ImportProblem> problems) {
    }


    static final Map<String, GuestCategory> CATEGORY_WORDS = new HashMap<>();
    static final Map<String, Attendance> ATTENDANCE_WORDS = new HashMap<>();
    static final Map<String, InvitationStatus> STATUS_WORDS = new HashMap<>();

    static {
        words(CATEGORY_WORDS, GuestCategory.ACADEMICIAN, "院士", "两院院士", "academician");
        words(CATEGORY_WORDS, GuestCategory.EXPERT, "专家", "学者", "专家学者", "expert", "specialist", "scholar");
        words(CATEGORY_WORDS, GuestCategory.ENTERPRISE_REPRESENTATIVE, "企业代表", "企业", "企业家", "enterprise",
                "enterpriserepresentative", "business", "businessrepresentative", "company");
        words(CATEGORY_WORDS, GuestCategory.GOVERNMENT_OFFICIAL, "政府官员", "领导", "政府", "官员", "政府领导",
                "government", "official", "governmentofficial");
        words(CATEGORY_WORDS, GuestCategory.MEDIA, "媒体", "记者", "媒体记者", "media", "press", "journalist", "reporter");
        words(CATEGORY_WORDS, GuestCategory.OTHER, "其他", "其它", "other", "others");
        words(ATTENDANCE_WORDS, Attendance.ON_SITE, "线下", "现场", "到场", "现场参会", "线下参会", "onsite", "on-site",
                "inperson", "offline");
        words(ATTENDANCE_WORDS, Attendance.ONLINE, "线上", "网上", "视频", "线上参会", "云端", "online", "virtual", "remote");
        words(STATUS_WORDS, InvitationStatus.NOT_INVITED, "未邀请", "待邀请", "未发邀请", "notinvited", "none");
        words(STATUS_WORDS, InvitationStatus.INVITED, "已邀请", "邀请", "已发邀请", "invited");
        words(STATUS_WORDS, InvitationStatus.CONFIRMED, "已确认", "确认", "确认出席", "已确认出席", "confirmed", "accepted");
        words(STATUS_WORDS, InvitationStatus.DECLINED, "已谢绝", "谢绝", "婉拒", "已婉拒", "拒绝", "不出席", "declined",
                "refused");
        // The words of a guest export (the guests bundle) in both languages, and the enum names.
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = Messages.of("guests", locale);
            for (GuestCategory c : GuestCategory.values()) {
                CATEGORY_WORDS.putIfAbsent(fold(messages.get("category." + c.name())), c);
                CATEGORY_WORDS.putIfAbsent(fold(c.name()), c);
            }
            for (Attendance a : Attendance.values()) {
                ATTENDANCE_WORDS.putIfAbsent(fold(messages.get("attendance." + a.name())), a);
                ATTENDANCE_WORDS.putIfAbsent(fold(a.name()), a);
            }
            for (InvitationStatus s : InvitationStatus.values()) {
                STATUS_WORDS.putIfAbsent(fold(messages.get("invitationStatus." + s.name())), s);
                STATUS_WORDS.putIfAbsent(fold(s.name()), s);
            }
        }
    }

    private static <E> void words(Map<String, E> map, E value, String... words) {
        for (String w : words) {
            map.put(fold(w), value);
        }
    }

    /** A choice as compared: NFKC, lower case, without spaces, underscores and hyphens. */
    static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '\u00A0' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static final Set<GuestField> TEXT_FIELDS = EnumSet.of(GuestField.FULL_NAME, GuestField.OTHER_NAME,
            GuestField.TITLE, GuestField.ORGANISATION, GuestField.COUNTRY, GuestField.VIP_LEVEL, GuestField.EMAIL,
            GuestField.PHONE, GuestField.HOST, GuestField.NOTES);

    private final SpreadsheetTable table;
    private final GuestHeaders.Recognised headers;
    private final Messages messages;
    private final Locale locale;
    private final long eventId;
    private final ZoneId zone;
    /** How the check-in column's dates are read: its day/month order, the workbook's serials. */
    private final DateText.Reading checkInReading;
    private final int[] columns = new int[GuestField.values().length];
    /**
     * Equal values of the columns a list repeats (title, organisation, country, VIP level, host,
     * notes) shared by every guest of one import: 100,000 rows kept alive until they are saved
     * (all or nothing) otherwise hold 100,000 copies of "中国" and of each organisation, which
     * every garbage collection copies. Names, e-mails and phones are left alone (nearly all distinct).
     */
    private final Map<String, String> shared = new HashMap<>();
    /** More distinct values than this are not kept for sharing (a column of free text). */
    private static final int SHARED_LIMIT = 50_000;

    /**
     * @param zone the event's time zone: a check-in time without an offset is a time there
     */
    GuestRowConverter(SpreadsheetTable table, GuestHeaders.Recognised headers, Locale locale, long eventId, ZoneId zone) {
        this.table = table;
        this.headers = headers;
        this.locale = locale;
        this.messages = Messages.of("importexport", locale);
        this.eventId = eventId;
        this.zone = zone;
        for (GuestField f : GuestField.values()) {
            columns[f.ordinal()] = headers.column(f);
        }
        int times = columns[GuestField.CHECKED_IN_AT.ordinal()];
        this.checkInReading = times < 0 ? table.dateReading()
                : DateText.readingOf(table.rows().stream().map(r -> r.cell(times)).toList(), table.dateSerials());
    }

    /** Converts one row; every problem found in it is in the result. */
    Converted convert(SpreadsheetRow row) {
        List<ImportProblem> problems = new ArrayList<>(0);
        // A row with more or fewer cells than the header (found by the reader): cells lost or shifted.
        if (table.isShifted(row)) {
            return new Converted(row, null, List.of(table.problemOf(row).orElseThrow()));
        }
        table.problemOf(row).ifPresent(problems::add);
        EnumSet<GuestField> failed = EnumSet.noneOf(GuestField.class);
        GuestCategory category = choice(row, GuestField.CATEGORY, CATEGORY_WORDS, GuestCategory.OTHER,
                "guest.row.category.unknown", problems, failed);
        Attendance attendance = choice(row, GuestField.ATTENDANCE, ATTENDANCE_WORDS, Attendance.ON_SITE,
                "guest.row.attendance.unknown", problems, failed);
        InvitationStatus status = choice(row, GuestField.INVITATION_STATUS, STATUS_WORDS, InvitationStatus.NOT_INVITED,
                "guest.row.invitationStatus.unknown", problems, failed);
        Instant checkedIn = checkedInAt(row, problems, failed);
        Guest guest = new Guest(null, eventId, nonNull(text(row, GuestField.FULL_NAME)), text(row, GuestField.OTHER_NAME),
                sharedText(row, GuestField.TITLE), sharedText(row, GuestField.ORGANISATION),
                sharedText(row, GuestField.COUNTRY), category == null ? GuestCategory.OTHER : category,
                sharedText(row, GuestField.VIP_LEVEL), attendance == null ? Attendance.ON_SITE : attendance,
                status == null ? InvitationStatus.NOT_INVITED : status, checkedIn, text(row, GuestField.EMAIL),
                text(row, GuestField.PHONE), sharedText(row, GuestField.HOST), sharedText(row, GuestField.NOTES));
        for (GuestField field : TEXT_FIELDS) {
            int at = controlCharacter(guest.text(field));
            if (isExcelError(guest.text(field))) {
                problems.add(problem(row, field, messages.get("guest.row.excelError", guest.text(field))));
                failed.add(field);
            } else if (at >= 0) {
                String text = guest.text(field);
                problems.add(problem(row, field, messages.get("guest.row.controlCharacter",
                        String.format(Locale.ROOT, "%04X", (int) text.charAt(at)), text.codePointCount(0, at) + 1)));
                failed.add(field);
            }
        }
        for (FieldProblem<GuestField> rule : GuestRules.check(guest)) {
            if (!failed.contains(rule.field())) {
                problems.add(problem(row, rule.field(), rule.sentence(locale)));
                failed.add(rule.field());
            }
        }
        return new Converted(row, problems.isEmpty() ? guest : null, problems);
    }

    /**
     * The index of the first control character in {@code text} other than tab and line breaks (a
     * NUL, BEL or ESC left by another program, invisible in Excel and in the table), or -1.
     */
    static int controlCharacter(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F) {
                return i;
            }
        }
        return -1;
    }

    /** Excel's error values, as an error cell reads (and as Excel writes it into a CSV). */
    private static final Set<String> EXCEL_ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");

    /** True if {@code text} is an Excel error value such as #REF! (a formula that cannot be calculated), not a value. */
    static boolean isExcelError(String text) {
        return text != null && text.startsWith("#") && EXCEL_ERRORS.contains(text);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The cell stripped (null if empty), without the apostrophe an export put before = + - @ tab CR. */
    private String text(SpreadsheetRow row, GuestField field) {
        int column = columns[field.ordinal()];
        if (column < 0) {
            return null;
        }
        return unescape(strip(row.cell(column)));
    }

    /** {@link #text}, the same String object for equal values of the import (see {@link #shared}). */
    private String sharedText(SpreadsheetRow row, GuestField field) {
        String text = text(row, field);
        if (text == null) {
            return null;
        }
        String earlier = shared.get(text);
        if (earlier != null) {
            return earlier;
        }
        if (shared.size() < SHARED_LIMIT) {
            shared.put(text, text);
        }
        return text;
    }

    /** {@link String#strip()}, without scanning a cell that neither starts nor ends with a blank (nearly all). */
    private static String strip(String cell) {
        int n = cell.length();
        if (n > 0 && !Character.isWhitespace(cell.charAt(0)) && !Character.isWhitespace(cell.charAt(n - 1))
                && !Character.isSpaceChar(cell.charAt(0)) && !Character.isSpaceChar(cell.charAt(n - 1))) {
            return cell;
        }
        return cell.strip();
    }

    /** {@code text} without the apostrophe {@link GuestExportService#harmless} added, or null if empty. */
    static String unescape(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 1 && text.charAt(0) == '\'' && isEscaped(text.charAt(1))) {
            return text.substring(1);
        }
        return text;
    }

    private static boolean isEscaped(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\'';
    }

    private <E> E choice(SpreadsheetRow row, GuestField field, Map<String, E> words, E empty, String unknownKey,
                         List<ImportProblem> problems, Set<GuestField> failed) {
        String written = text(row, field);
        if (written == null) {
            return empty;
        }
        // The usual words ("专家", "已确认") are found as written; only others are folded (NFKC, case, spaces).
        E value = words.get(written);
        if (value == null) {
            value = words.get(fold(written));
        }
        if (value == null) {
            // 線上, 已確認, 專家: the same words in traditional characters.
            value = words.get(fold(SimplifiedChinese.of(written)));
        }
        if (value == null) {
            problems.add(problem(row, field, messages.get(unknownKey, written)));
            failed.add(field);
        }
        return value;
    }

    private Instant checkedInAt(SpreadsheetRow row, List<ImportProblem> problems, Set<GuestField> failed) {
        String written = text(row, GuestField.CHECKED_IN_AT);
        if (written == null) {
            return null;
        }
        try {
            return parseTime(written);
        } catch (DateTextException e) {
            String reason = switch (e.problem()) {
                case NOT_A_DATE -> messages.get("guest.row.checkedInAt.unknown", written);
                case IMPOSSIBLE_TIME -> messages.get("guest.row.checkedInAt.impossibleTime", written);
                default -> e.sentence(locale);
            };
            problems.add(problem(row, GuestField.CHECKED_IN_AT, reason));
        }
        failed.add(GuestField.CHECKED_IN_AT);
        return null;
    }

    /**
     * The instant a check-in text means ({@link DateText}: a date with an optional time, ISO with
     * an offset, an Excel serial in a workbook); without an offset, a time in the event's zone.
     *
     * @throws DateTextException if it is not a date and time, or names a day or time that does not exist
     */
    Instant parseTime(String text) {
        DateText.Written at = DateText.parseWritten(text, checkInReading);
        return at == null ? null : at.at(zone);
    }

    private ImportProblem problem(SpreadsheetRow row, GuestField field, String reason) {
        int column = columns[field.ordinal()];
        return new ImportProblem(table.file(), row.line(), column < 0 ? null : table.header().cell(column), reason);
    }

    /** The header of the column holding {@code field} as written, or null. */
    String columnName(GuestField field) {
        int column = columns[field.ordinal()];
        return column < 0 ? null : table.header().cell(column);
    }

    GuestHeaders.Recognised headers() {
        return headers;
    }

    static boolean isText(GuestField field) {
        return TEXT_FIELDS.contains(field);
    }
}
