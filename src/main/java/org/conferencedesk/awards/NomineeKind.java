package org.conferencedesk.awards;

/** What a nominee is, stored by name in {@code award_nominee.kind}. */
public enum NomineeKind {
    /** A forum or a contest entry, by its name. */
    ENTRY,
    /** An organisation, by its name or as an exhibitor of the event. */
    ORGANISATION,
    /** A person, by name or as a guest of the event. */
    PERSON
}
