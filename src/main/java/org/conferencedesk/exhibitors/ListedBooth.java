package org.conferencedesk.exhibitors;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A booth as a list of booths gives it (one row per booth, with its hall and, optionally, who holds
 * it): what {@code import booths} reads.
 *
 * @param hall its hall: code, and name and size if the file gives them (a hall not in the event yet
 *             is added so); its id is ignored
 * @param booth the booth; its {@code hallId} is ignored (the hall is found or added by code)
 * @param holder the company name of the exhibitor who holds it (an exhibitor of the event), or null
 * @param firstDay the first day it is held (null: the event's first day); ignored without a holder
 * @param lastDay the last day it is held (null: the event's last day); ignored without a holder
 */
public record ListedBooth(Hall hall, Booth booth, String holder, LocalDate firstDay, LocalDate lastDay) {

    /** Checks that hall and booth are present. */
    public ListedBooth {
        Objects.requireNonNull(hall, "hall");
        Objects.requireNonNull(booth, "booth");
    }
}
