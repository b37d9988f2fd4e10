package org.conferencedesk.exhibitors;

/** The two kinds of booth an exhibition lets, each with its own rate per m² ({@link BoothRate}). */
public enum BoothKind {
    /** Standard shell scheme (标准展位, 标摊): walls, fascia, carpet and lights provided, usually 3 m × 3 m. */
    STANDARD,
    /** Raw space (光地), on which the exhibitor builds its own stand (特装), let from a minimum area. */
    RAW_SPACE
}
