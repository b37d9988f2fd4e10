package org.conferencedesk.guests.io;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.importexport.ExportColumn;
import org.conferencedesk.importexport.ExportColumn.Kind;
import org.conferencedesk.importexport.ExportSpec;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The columns of a guest export: the event's guests in the order they were added, one column per
 * {@link GuestField}, headers and choices (category, attendance, invitation status) in the user's
 * language, check-in times as local times in the event's zone (Asia/Shanghai by default). The
 * importer reads such a file back to the same values.
 */
public final class GuestExportSpec implements ExportSpec<Guest> {

    private static final int[] WIDTHS = {16, 20, 24, 36, 14, 16, 8, 10, 12, 18, 28, 18, 12, 40};

    private final GuestService guests;
    private final EventService events;

    /**
     * @param guests the guest list exported
     * @param events the events (for their time zone)
     */
    public GuestExportSpec(GuestService guests, EventService events) {
        this.guests = guests;
        this.events = events;
    }

    @Override
    public String bundle() {
        return "guests";
    }

    @Override
    public List<Guest> rows(long eventId) {
        return guests.list(eventId);
    }

    @Override
    public List<ExportColumn<Guest>> columns(long eventId, Locale locale) {
        Messages words = Messages.of("guests", locale);
        ZoneId zone = events.find(eventId).map(Event::timeZone).orElse(Event.DEFAULT_TIME_ZONE);
        List<ExportColumn<Guest>> columns = new ArrayList<>();
        for (GuestField field : GuestField.values()) {
            int width = WIDTHS[field.ordinal()];
            String header = field.label(locale);
            columns.add(switch (field) {
                case CATEGORY -> new ExportColumn<>(header, Kind.WORD, width, g -> g.category().label(locale));
                case ATTENDANCE -> new ExportColumn<>(header, Kind.WORD, width,
                        g -> words.get("attendance." + g.attendance().name()));
                case INVITATION_STATUS -> new ExportColumn<>(header, Kind.WORD, width,
                        g -> words.get("invitationStatus." + g.invitationStatus().name()));
                case CHECKED_IN_AT -> new ExportColumn<>(header, Kind.DATE_TIME, width,
                        g -> g.checkedInAt() == null ? null : LocalDateTime.ofInstant(g.checkedInAt(), zone));
                default -> new ExportColumn<>(header, Kind.TEXT, width, g -> g.text(field));
            });
        }
        return columns;
    }

    /** The header texts in {@code locale}'s language, one per {@link GuestField}, in field order. */
    public static List<String> headers(Locale locale) {
        return java.util.Arrays.stream(GuestField.values()).map(f -> f.label(locale)).toList();
    }
}
