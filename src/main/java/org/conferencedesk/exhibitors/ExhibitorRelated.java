package org.conferencedesk.exhibitors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.guests.GuestAudit;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.RelatedRecords;

/**
 * What exhibitors hold about other records, for their screens ({@link RelatedRecords}): of a guest,
 * the exhibitors whose contact person they are; of an exhibitor, its contact guest. Read through
 * {@link ExhibitorService}, so a guest's name is the guest's as it is now, and a guest merged away
 * reads as the guest it was merged into.
 */
public final class ExhibitorRelated implements RelatedRecords {

    private final ExhibitorService exhibitors;

    /** @param exhibitors the exhibitors and their contacts */
    public ExhibitorRelated(ExhibitorService exhibitors) {
        this.exhibitors = exhibitors;
    }

    @Override
    public List<Line> of(long eventId, String recordType, long recordId, Locale locale) {
        Messages words = Messages.of("exhibitors", locale);
        List<Line> lines = new ArrayList<>();
        if (GuestAudit.RECORD_TYPE.equals(recordType)) {
            for (Exhibitor e : exhibitors.contactsOf(eventId, recordId)) {
                lines.add(new Line(words.get("related.contactOf", e.companyName()), ExhibitorAudit.EXHIBITOR, e.id()));
            }
        } else if (ExhibitorAudit.EXHIBITOR.equals(recordType)) {
            exhibitors.find(recordId).filter(e -> e.eventId() == eventId && e.contactGuestId() != null).ifPresent(e ->
                    lines.add(new Line(words.get("related.contactGuest", e.contactPerson()), GuestAudit.RECORD_TYPE,
                            e.contactGuestId())));
        }
        return lines;
    }
}
