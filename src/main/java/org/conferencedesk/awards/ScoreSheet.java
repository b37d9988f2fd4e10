package org.conferencedesk.awards;

import java.util.List;

/**
 * A category's scores as one viewer may see them ({@link AwardService#scoreSheet}).
 *
 * <p>The rule (issue 13: "a member's scores are hidden from other members until the category
 * closes"): while the category is not signed off, a committee member sees only their own scores and
 * no averages or rankings (with two members, an average and one's own score would give away the other's);
 * the secretariat, which is not a member, sees everything. Once the category is signed off, everyone
 * sees everything.
 *
 * @param viewer who asked
 * @param closed true if the category is signed off
 * @param scores the scores this viewer may see (all, or the member's own)
 * @param hidden true if other members' scores, the averages and the rankings are withheld from this viewer
 * @param standings each nominee's averages and ranks, in nomination order; empty when hidden
 * @param incomplete sheets with some but not all criteria scored (only the viewer's own when hidden)
 */
public record ScoreSheet(Viewer viewer, boolean closed, List<Score> scores, boolean hidden,
                         List<Scoring.Standing> standings, List<Scoring.Incomplete> incomplete) {

    /** Copies the lists. */
    public ScoreSheet {
        scores = List.copyOf(scores);
        standings = List.copyOf(standings);
        incomplete = List.copyOf(incomplete);
    }
}
