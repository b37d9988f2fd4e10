package org.conferencedesk.contracts;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.shared.i18n.Messages;

/**
 * A signing session of an event: the closing ceremony, a sub-forum, a pre-event conference. Each has
 * its own total ({@link SessionTotals}); a contract belongs to one. A contract with no session belongs
 * to the closing ceremony (sql/V30: every contract written before sessions existed).
 *
 * @param id database id; null for a session not yet saved, and for the closing ceremony of an event
 *        that has no closing-ceremony row ({@link #closingCeremony(long)})
 * @param eventId the event
 * @param kind closing ceremony, sub-forum, pre-event conference, other
 * @param nameZh its name in Chinese as written, 1–200 characters, unique in the event
 *        (e.g. "闭幕式暨重大项目签约仪式")
 * @param nameEn its name in English as written, up to 200 characters, optional
 * @param heldOn the day it was held, in the event's time zone, optional
 */
public record SigningSession(Long id, long eventId, SigningSessionKind kind, String nameZh, String nameEn,
                             LocalDate heldOn) {

    /** Longest name kept (columns {@code name_zh}, {@code name_en}). */
    public static final int NAME_LENGTH = 200;

    /** Checks that the kind and the Chinese name are present (NullPointerException otherwise). */
    public SigningSession {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(nameZh, "nameZh");
    }

    /** A new session of the event, not yet saved. */
    public static SigningSession of(long eventId, SigningSessionKind kind, String nameZh, String nameEn, LocalDate heldOn) {
        return new SigningSession(null, eventId, kind, nameZh, nameEn, heldOn);
    }

    /**
     * The closing ceremony of an event that has not named it: no id, the names "闭幕式" / "Closing
     * ceremony" (bundle {@code contracts}, {@code session.closing}), no day.
     */
    public static SigningSession closingCeremony(long eventId) {
        return new SigningSession(null, eventId, SigningSessionKind.CLOSING_CEREMONY,
                Messages.of("contracts", Locale.SIMPLIFIED_CHINESE).get("session.closing"),
                Messages.of("contracts", Locale.ENGLISH).get("session.closing"), null);
    }

    /** True for the closing ceremony. */
    public boolean isClosingCeremony() {
        return kind == SigningSessionKind.CLOSING_CEREMONY;
    }

    /** The name in {@code locale}'s language: English when asked for and given, else Chinese. */
    public String name(Locale locale) {
        return !Messages.isChinese(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    /** A copy with the given id (after insert). */
    public SigningSession withId(Long newId) {
        return new SigningSession(newId, eventId, kind, nameZh, nameEn, heldOn);
    }
}
