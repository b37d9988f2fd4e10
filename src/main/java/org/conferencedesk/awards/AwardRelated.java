package org.conferencedesk.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.exhibitors.ExhibitorAudit;
import org.conferencedesk.guests.GuestAudit;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.RelatedRecords;

/**
 * What awards hold about guests and exhibitors, for their screens ({@link RelatedRecords}): each
 * nomination of the guest (with those of guests merged into it) or of the exhibitor, naming the award
 * category and the prize won, if any; each opens its category on the awards screen
 * ({@link AwardAudit#CATEGORY}).
 */
public final class AwardRelated implements RelatedRecords {

    private final AwardService awards;

    /** @param awards the categories and their nominees */
    public AwardRelated(AwardService awards) {
        this.awards = awards;
    }

    @Override
    public List<Line> of(long eventId, String recordType, long recordId, Locale locale) {
        List<AwardService.Nomination> nominations;
        if (GuestAudit.RECORD_TYPE.equals(recordType)) {
            nominations = awards.nominationsOfGuest(eventId, recordId);
        } else if (ExhibitorAudit.EXHIBITOR.equals(recordType)) {
            nominations = awards.nominationsOfExhibitor(recordId).stream()
                    .filter(n -> n.category().eventId() == eventId).toList();
        } else {
            return List.of();
        }
        Messages words = Messages.of("awards", locale);
        List<Line> lines = new ArrayList<>();
        for (AwardService.Nomination n : nominations) {
            String category = n.category().name(locale);
            String text = n.prize() == null ? words.get("related.nominated", category)
                    : words.get("related.won", category, n.prize().name(locale));
            lines.add(new Line(text, AwardAudit.CATEGORY, n.category().id()));
        }
        return lines;
    }
}
