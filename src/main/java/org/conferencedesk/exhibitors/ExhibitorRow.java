package org.conferencedesk.exhibitors;

import java.util.Objects;
import org.conferencedesk.guests.GuestSearch;

/**
 * One exhibitor as the exhibitors screen holds it: its listing (the exhibitor, the halls and booths
 * it holds, their area in m², the fee due per currency) and its search key (company name in either
 * language, pinyin and initials, and the contact person, built once with {@link GuestSearch}, so a
 * keystroke only tests precomputed keys). Immutable; no JavaFX.
 *
 * @param listed the exhibitor with its booths and fee
 * @param key what it is found by
 */
public record ExhibitorRow(ListedExhibitor listed, GuestSearch.SearchKey key) {

    /** Checks that both parts are present. */
    public ExhibitorRow {
        Objects.requireNonNull(listed, "listed");
        Objects.requireNonNull(key, "key");
    }

    /** The row of a listing, its search key built now (a few µs; call off the UI thread for many). */
    public static ExhibitorRow of(ListedExhibitor listed) {
        Exhibitor e = listed.exhibitor();
        return new ExhibitorRow(listed, GuestSearch.SearchKey.of(e.companyName(), e.otherName(), e.contactPerson()));
    }

    /** The exhibitor as stored. */
    public Exhibitor exhibitor() {
        return listed.exhibitor();
    }

    /** Its database id (never null for a listed row). */
    public long id() {
        return listed.exhibitor().id();
    }
}
