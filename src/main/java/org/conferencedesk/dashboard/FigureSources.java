package org.conferencedesk.dashboard;

import java.util.Objects;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.contracts.ContractLedger;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.SigningSessionService;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.ExhibitorService;
import org.conferencedesk.guests.GuestService;

/**
 * The features' services an event's figures are read from: only their services, never their
 * repositories (the layer rules check it). Each section is read on its own ({@link #guests(long)} …), so
 * a live model re-reads only the section a change touches.
 *
 * <p>Thread-safe as the services are; call it off the FX application thread.
 *
 * @param guests the guest list
 * @param exhibitors exhibitors and their figures
 * @param booths halls, booths and bookings
 * @param awards award categories and their figures
 * @param contracts the signing ceremony's contracts
 * @param sessions signing sessions and the contracts' sessions and investor origins
 */
public record FigureSources(GuestService guests, ExhibitorService exhibitors, BoothService booths, AwardService awards,
                            ContractService contracts, SigningSessionService sessions) {

    /** Checks that every service is given. */
    public FigureSources {
        Objects.requireNonNull(guests, "guests");
        Objects.requireNonNull(exhibitors, "exhibitors");
        Objects.requireNonNull(booths, "booths");
        Objects.requireNonNull(awards, "awards");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(sessions, "sessions");
    }

    /** Every figure of the event, each section read through its feature's service now. */
    public EventFigures read(long eventId) {
        return new EventFigures(eventId, guests(eventId), exhibitors(eventId), awards(eventId), contracts(eventId));
    }

    /** The guest figures, counted by the database ({@code GuestService.totals}). */
    public GuestFigures guests(long eventId) {
        return new GuestFigures(guests.totals(eventId));
    }

    /** The exhibitor figures ({@code ExhibitorService.totals}). */
    public ExhibitorFigures exhibitors(long eventId) {
        return ExhibitorFigures.of(exhibitors.totals(eventId));
    }

    /** The award figures, counted by the database ({@code AwardService.totals}). */
    public AwardFigures awards(long eventId) {
        return new AwardFigures(awards.totals(eventId));
    }

    /** The signing ceremony's figures, from the event's contracts, their sessions and origins, and its sessions. */
    public ContractFigures contracts(long eventId) {
        var list = contracts.list(eventId);
        CeremonyTally tally = new CeremonyTally();
        tally.reset(list, sessions.signings(eventId), sessions.sessions(eventId));
        return ContractFigures.of(new ContractLedger(list), tally);
    }
}
