package org.conferencedesk.awards;

import java.util.Objects;

/**
 * A member of a category's award committee.
 *
 * @param id database id, or null before it is saved
 * @param categoryId the category
 * @param name the member's name as written, 1–200 characters, unique in the category
 */
public record CommitteeMember(Long id, long categoryId, String name) {

    /** Checks the name is present. */
    public CommitteeMember {
        Objects.requireNonNull(name, "name");
    }

    /** A member not yet saved. */
    public static CommitteeMember of(long categoryId, String name) {
        return new CommitteeMember(null, categoryId, name);
    }
}
