package org.conferencedesk.exhibitors;

import java.time.LocalDate;
import java.util.Objects;
import org.conferencedesk.shared.money.Amount;

/**
 * A deposit (定金) received from an exhibitor: paid towards its fee, in its own currency, and counted
 * against the fee in that currency only ({@link ExhibitorFee#balance()}).
 *
 * @param id database id, or null for a deposit not yet recorded
 * @param eventId the event
 * @param exhibitorId who paid it
 * @param amount how much, more than 0, in its currency
 * @param receivedOn the day it was received, or null if not known
 * @param note free text (e.g. the bank transfer's reference), up to 500 characters, optional
 */
public record Deposit(Long id, long eventId, long exhibitorId, Amount amount, LocalDate receivedOn, String note) {

    /** Longest note kept (column {@code exhibitor_deposit.note}). */
    public static final int NOTE_LENGTH = 500;

    /** Checks that the amount is present (NullPointerException otherwise). */
    public Deposit {
        Objects.requireNonNull(amount, "amount");
    }

    /** A copy with the given id (after insert). */
    public Deposit withId(Long newId) {
        return new Deposit(newId, eventId, exhibitorId, amount, receivedOn, note);
    }
}
