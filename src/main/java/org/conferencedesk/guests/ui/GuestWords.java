package org.conferencedesk.guests.ui;

import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.InvitationStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The words the guest screens show, in one language: their own sentences (bundle {@code guestsui})
 * and the names of fields and choices (bundle {@code guests}), and check-in times in the event's
 * time zone (Asia/Shanghai unless the event says otherwise). Pure; no JavaFX.
 */
public final class GuestWords {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages ui;
    private final Messages guests;

    /** The words in {@code locale} (Simplified Chinese or English). */
    public GuestWords(Locale locale) {
        this.ui = Messages.of("guestsui", locale);
        this.guests = Messages.of("guests", locale);
    }

    /** The language. */
    public Locale locale() {
        return ui.locale();
    }

    /** The screens' sentences ({@code guestsui}), e.g. for FXML. */
    public Messages ui() {
        return ui;
    }

    /** A sentence of the screens ({@code guestsui}) with its arguments filled in. */
    public String get(String key, Object... arguments) {
        return ui.get(key, arguments);
    }

    /** The field's name, e.g. "单位" / "Organisation". */
    public String field(GuestField field) {
        return guests.get("field." + field.jsonName());
    }

    /** "院士" / "Academician", an event's own category as written; "" for null. */
    public String category(GuestCategory c) {
        return c == null ? "" : c.label(guests.locale());
    }

    /** "线下" / "On site"; "" for null. */
    public String attendance(Attendance a) {
        return a == null ? "" : guests.get("attendance." + a.name());
    }

    /** "已确认" / "Confirmed"; "" for null. */
    public String invitationStatus(InvitationStatus s) {
        return s == null ? "" : guests.get("invitationStatus." + s.name());
    }

    /**
     * A check-in time as the table shows it, in {@code zone}: "11-26 09:15" (an event's check-ins
     * fall within its days; the year would only take room); "" for null.
     */
    public static String dayAndTime(Instant at, ZoneId zone) {
        return at == null ? "" : DAY_AND_TIME.format(at.atZone(zone));
    }

    /** A check-in time in full, as the form shows it, in {@code zone}: "2020-11-26 09:15"; "" for null. */
    public static String full(Instant at, ZoneId zone) {
        return at == null ? "" : FULL.format(at.atZone(zone));
    }

    /** A check-in time as the desk says it, in {@code zone}: "09:15"; "" for null. */
    public static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }
}
