package org.conferencedesk.awards.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardKind;
import org.conferencedesk.awards.NomineeKind;
import org.conferencedesk.awards.TieRule;

/**
 * One row of an awards file: a nominee of a category (or a category without nominees), with the
 * category's columns as the row gives them. Imported rows have null for what the row left empty;
 * exported rows carry the category's content they were read from.
 *
 * @param categoryZh the category's Chinese name (the key of its rows)
 * @param categoryEn its English name, or null (then the Chinese name)
 * @param kind its kind, or null (an existing category's, or the earlier row's)
 * @param runningOrder its place in the running order, or null
 * @param tieRule its tie rule, or null
 * @param drawSeed the seed of its draw, or null
 * @param prizes its prizes, highest first; empty if the row gives none
 * @param committee its committee members' names; empty if the row gives none
 * @param nominee the nominee's name as written, or null for a category without nominees
 * @param nomineeKind what the nominee is, or null (what the category's kind takes)
 * @param affiliation the nominee's organisation, or null
 * @param prizeWon the prize won, as written (Chinese or English name), or null
 * @param scores the members' scores of the nominee; empty if none
 * @param recusals the members who stand aside from the nominee, with their reasons; empty if none
 * @param content the category as stored, for an exported row; null for an imported one
 */
public record AwardRow(String categoryZh, String categoryEn, AwardKind kind, Integer runningOrder, TieRule tieRule,
                       Long drawSeed, List<PrizePlaces> prizes, List<String> committee, String nominee,
                       NomineeKind nomineeKind, String affiliation, String prizeWon, List<MemberScore> scores,
                       List<MemberRecusal> recusals, AwardCategoryContent content) {

    /** Copies the lists. */
    public AwardRow {
        Objects.requireNonNull(categoryZh, "categoryZh");
        prizes = List.copyOf(prizes);
        committee = List.copyOf(committee);
        scores = List.copyOf(scores);
        recusals = List.copyOf(recusals);
    }

    /**
     * A committee member standing aside from the nominee (a conflict of interest): they do not score it.
     *
     * @param member the member's name
     * @param reason why, as written
     */
    public record MemberRecusal(String member, String reason) {
    }

    /**
     * A prize as a file writes it.
     *
     * @param nameZh its Chinese name
     * @param nameEn its English name
     * @param places its number of places, from 1
     */
    public record PrizePlaces(String nameZh, String nameEn, int places) {
    }

    /**
     * One member's score of the nominee on one criterion.
     *
     * @param member the member's name
     * @param criterion the criterion's name (Chinese or English), or null for the category's one criterion
     * @param score the score, as written (two decimals at most)
     */
    public record MemberScore(String member, String criterion, BigDecimal score) {
    }
}
