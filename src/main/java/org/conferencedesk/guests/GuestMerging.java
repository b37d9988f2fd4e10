package org.conferencedesk.guests;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.shared.i18n.Messages;

/**
 * What a guest becomes when others are merged into it: every non-empty field is kept. A field the
 * kept guest leaves empty takes the first value the others give; a different value that does not
 * fit (a second phone number) is written into the notes ("Also phone: …"), so nothing typed is lost.
 * The category takes the first one that is not "other"; the invitation status the first that is not
 * "not invited"; the check-in time the earliest. Pure: the service stores the result.
 */
public final class GuestMerging {

    private GuestMerging() {
    }

    /**
     * The kept guest with the others' values merged in (id and event of {@code kept}).
     *
     * @param locale the language of the lines added to the notes
     * @throws GuestException ({@code merge.notesTooLong}) if the merged notes would not fit in 2,000 characters
     */
    public static Guest merge(Guest kept, List<Guest> others, Locale locale) {
        Guest merged = replay(kept, others, locale);
        if (merged.notes() != null && merged.notes().length() > GuestField.NOTES.maxLength()) {
            throw new GuestException("merge.notesTooLong", merged.notes().length(), GuestField.NOTES.maxLength());
        }
        return merged;
    }

    /**
     * {@link #merge} without the length check of the notes: what a merge made (or would make), worked
     * out again when an earlier merge into the same guest is undone ({@link GuestUnmerging}).
     */
    static Guest replay(Guest kept, List<Guest> others, Locale locale) {
        Map<GuestField, String> texts = new EnumMap<>(GuestField.class);
        Set<String> notes = new LinkedHashSet<>();
        if (kept.text(GuestField.NOTES) != null) {
            notes.add(kept.text(GuestField.NOTES).strip());
        }
        for (GuestField field : GuestField.values()) {
            if (field.isText() && field != GuestField.NOTES && kept.text(field) != null) {
                texts.put(field, kept.text(field).strip());
            }
        }
        GuestCategory category = kept.category();
        InvitationStatus status = kept.invitationStatus();
        Instant checkedIn = kept.checkedInAt();
        List<String> extra = new ArrayList<>();
        for (Guest other : others) {
            for (GuestField field : GuestField.values()) {
                if (!field.isText() || field == GuestField.NOTES || other.text(field) == null) {
                    continue;
                }
                String value = other.text(field).strip();
                String mine = texts.get(field);
                if (mine == null) {
                    texts.put(field, value);
                } else if (!sameText(field, mine, value)) {
                    String line = alsoLine(field, value, locale);
                    if (!extra.contains(line)) {
                        extra.add(line);
                    }
                }
            }
            if (other.text(GuestField.NOTES) != null) {
                notes.add(other.text(GuestField.NOTES).strip());
            }
            if (category.equals(GuestCategory.OTHER)) {
                category = other.category();
            }
            if (status == InvitationStatus.NOT_INVITED) {
                status = other.invitationStatus();
            }
            if (other.checkedInAt() != null && (checkedIn == null || other.checkedInAt().isBefore(checkedIn))) {
                checkedIn = other.checkedInAt();
            }
        }
        notes.addAll(extra);
        String mergedNotes = notes.isEmpty() ? null : String.join("\n", notes);
        return new Guest(kept.id(), kept.eventId(), texts.getOrDefault(GuestField.FULL_NAME, kept.fullName()),
                texts.get(GuestField.OTHER_NAME), texts.get(GuestField.TITLE), texts.get(GuestField.ORGANISATION),
                texts.get(GuestField.COUNTRY), category, texts.get(GuestField.VIP_LEVEL), kept.attendance(), status,
                checkedIn, texts.get(GuestField.EMAIL), texts.get(GuestField.PHONE), texts.get(GuestField.HOST),
                mergedNotes, kept.version());
    }

    /** The line a merge adds to the notes for a value that does not fit ("另有电话：…", "Also Phone: …"). */
    static String alsoLine(GuestField field, String value, Locale locale) {
        Messages messages = Messages.of("guests", locale);
        return messages.get("merge.also", messages.get("field." + field.jsonName()), value);
    }

    /**
     * The same value written differently needs no second line: names and other text compared by
     * {@link PersonNames#comparisonKey} (spacing, case, width, middle dots, accents), e-mail by
     * {@link PersonNames#emailKey}, phone by {@link PersonNames#phoneKey} ("+86 138-0013-8000" = "13800138000").
     */
    private static boolean sameText(GuestField field, String a, String b) {
        return switch (field) {
            case EMAIL -> PersonNames.emailKey(a).equals(PersonNames.emailKey(b));
            case PHONE -> {
                String ka = PersonNames.phoneKey(a);
                yield ka.isEmpty() ? a.equals(b) : ka.equals(PersonNames.phoneKey(b));
            }
            default -> PersonNames.comparisonKey(a).equals(PersonNames.comparisonKey(b));
        };
    }
}
