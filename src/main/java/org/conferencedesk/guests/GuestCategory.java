package org.conferencedesk.guests;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The kind of guest: one of the event's own categories. Every event starts with the six of the 2020
 * press release and of an organising committee's usual groups ({@link #DEFAULTS}: 24 academicians, 100+
 * experts, 200+ enterprise representatives, government officials, media, other), shown through the
 * {@code guests} bundle ({@code category.NAME}); an event adds its own (VIP, 演讲嘉宾, 随行, 工作人员,
 * 志愿者), kept as written and shown as written in both languages. The event's list is the defaults
 * plus the categories its guests carry ({@link GuestService#categories}).
 *
 * <p>Immutable; equal when the codes are equal. The code is what the database stores
 * ({@code guest.category}, at most {@value #MAX_LENGTH} UTF-16 units).
 */
public final class GuestCategory implements Comparable<GuestCategory> {

    /** The longest code the database keeps ({@code guest.category VARCHAR(30)}). */
    public static final int MAX_LENGTH = 30;

    public static final GuestCategory ACADEMICIAN = new GuestCategory("ACADEMICIAN", 0);
    public static final GuestCategory EXPERT = new GuestCategory("EXPERT", 1);
    public static final GuestCategory ENTERPRISE_REPRESENTATIVE = new GuestCategory("ENTERPRISE_REPRESENTATIVE", 2);
    public static final GuestCategory GOVERNMENT_OFFICIAL = new GuestCategory("GOVERNMENT_OFFICIAL", 3);
    public static final GuestCategory MEDIA = new GuestCategory("MEDIA", 4);
    public static final GuestCategory OTHER = new GuestCategory("OTHER", 5);

    /** The six categories every event has, in the order figures list them. */
    public static final List<GuestCategory> DEFAULTS = List.of(ACADEMICIAN, EXPERT, ENTERPRISE_REPRESENTATIVE,
            GOVERNMENT_OFFICIAL, MEDIA, OTHER);

    private final String code;
    /** The place among the defaults, or -1 for an event's own category. */
    private final int position;

    private GuestCategory(String code, int position) {
        this.code = code;
        this.position = position;
    }

    /**
     * The category stored as {@code code}: a default for its constant's name ({@code ACADEMICIAN}),
     * else the event's own category of that name (stripped).
     *
     * @throws IllegalArgumentException for a blank code
     */
    public static GuestCategory of(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A guest category needs a name");
        }
        String stripped = code.strip();
        for (GuestCategory c : DEFAULTS) {
            if (c.code.equals(stripped)) {
                return c;
            }
        }
        return new GuestCategory(stripped, -1);
    }

    /** The same as {@link #of}, under the name an enum had (the audit trail and older callers read it so). */
    public static GuestCategory valueOf(String code) {
        return of(code);
    }

    /** The six defaults, in order (a copy, as an enum's {@code values()} is). */
    public static GuestCategory[] values() {
        return DEFAULTS.toArray(GuestCategory[]::new);
    }

    /** What the database stores: a default's constant name, or the event's own category as written. */
    public String name() {
        return code;
    }

    /** True for the six categories every event has. */
    public boolean isDefault() {
        return position >= 0;
    }

    /** The name shown: a default's label in {@code locale}'s language, an event's own category as written. */
    public String label(Locale locale) {
        return isDefault() ? Messages.of("guests", locale).get("category." + code) : code;
    }

    /** The defaults in their order first, then the event's own categories by code. */
    @Override
    public int compareTo(GuestCategory other) {
        if (isDefault() || other.isDefault()) {
            int a = isDefault() ? position : DEFAULTS.size();
            int b = other.isDefault() ? other.position : DEFAULTS.size();
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GuestCategory c && c.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
