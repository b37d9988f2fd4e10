package org.conferencedesk.shared.i18n;

import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;

/**
 * A time zone as a reader names it: China's time is "北京时间" in Chinese and "Beijing time" in
 * English (what Chinese organisers and their foreign guests say and write), never a database id
 * such as "Asia/Shanghai"; any other zone by its localised full name ("Central European Time").
 * Files and JSON keep the id; this is for people.
 */
public final class ZoneNames {

    /** The zone ids that are China's standard time (UTC+8, no daylight saving since 1991). */
    private static final Set<String> CHINA = Set.of("Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin",
            "Asia/Urumqi", "PRC");

    private ZoneNames() {
    }

    /**
     * @param zone the zone
     * @param locale the reader's language (any Chinese locale gives Simplified Chinese, else English)
     * @return "北京时间" / "Beijing time" for China's zone; otherwise the zone's full name in that language
     */
    public static String name(ZoneId zone, Locale locale) {
        boolean chinese = Messages.isChinese(locale);
        if (CHINA.contains(zone.getId())) {
            return chinese ? "北京时间" : "Beijing time";
        }
        return zone.getDisplayName(TextStyle.FULL, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
    }
}
