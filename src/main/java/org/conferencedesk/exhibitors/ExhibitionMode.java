package org.conferencedesk.exhibitors;

/** How an exhibitor takes part (DOMAIN.md): with a booth in a hall, in the cloud exhibition, or both. */
public enum ExhibitionMode {
    /** A booth in one of the halls (现场展). */
    ON_SITE,
    /** The online cloud exhibition only (云展): holds no booth. */
    CLOUD,
    /** A booth and the cloud exhibition. */
    BOTH;

    /** True if the exhibitor may hold booths (on site or both). */
    public boolean holdsBooths() {
        return this != CLOUD;
    }
}
