package org.conferencedesk.awards;

/** Which average a ranking of nominees is built on (see {@link ScoreSheet}). */
public enum RankingBasis {
    /** The plain mean of the members' weighted scores. */
    RAW,
    /** The mean of the members' weighted scores after each member's z-score normalisation, rescaled. */
    NORMALISED
}
