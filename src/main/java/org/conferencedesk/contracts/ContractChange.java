package org.conferencedesk.contracts;

import java.util.List;

/**
 * What changed in an event's contracts after a committed write, so that live views update
 * incrementally. Listeners get it on the thread that made the change.
 */
public sealed interface ContractChange {

    /** The event whose contracts changed. */
    long eventId();

    /** A contract was added or edited; {@code contract} is as stored. */
    record Saved(long eventId, Contract contract) implements ContractChange {
    }

    /** The contract with this id was deleted. */
    record Deleted(long eventId, long contractId) implements ContractChange {
    }

    /** Many contracts changed at once (an import): reload the event's contracts. */
    record Reloaded(long eventId, List<Contract> contracts) implements ContractChange {
    }
}
