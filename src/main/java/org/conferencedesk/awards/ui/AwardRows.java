package org.conferencedesk.awards.ui;

/**
 * The rows the awards screen shows, as text in the window's language ({@link CategoryTexts} makes
 * them from a category's content). Immutable; no JavaFX.
 */
public final class AwardRows {

    private AwardRows() {
    }

    /**
     * A category in the list on the left.
     *
     * @param id the category
     * @param order its place in the ceremony's running order (1 = first)
     * @param name its name in the window's language
     * @param kind its kind ("forum award")
     * @param state open, signed off or reopened, in words
     * @param winners "3 / 6": winners recorded and places
     * @param signedOff true while it is frozen
     */
    public record CategoryRow(long id, int order, String name, String kind, String state, String winners, boolean signedOff) {
    }

    /**
     * A nominee with its averages and ranks as the viewer may see them ({@code "hidden"} otherwise).
     *
     * @param id the nominee
     * @param name the name as written (a linked one marked "(guest)" / "(exhibitor)")
     * @param kind entry, organisation or person, in words
     * @param affiliation the organisation, or ""
     * @param counted how many members' scores count for it, or ""
     * @param recused how many members are recused from it, or ""
     * @param raw the raw average to 2 decimals, or "" / "hidden"
     * @param rawRank its rank by the raw average, or ""
     * @param normalised the normalised average to 2 decimals, or "" / "hidden"
     * @param normalisedRank its rank by the normalised average, or ""
     * @param own the viewing member's own weighted score, or ""
     * @param won the prize it won, or ""
     */
    public record NomineeRow(long id, String name, String kind, String affiliation, String counted, String recused,
                             String raw, String rawRank, String normalised, String normalisedRank, String own, String won) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A prize with its winners.
     *
     * @param id the prize
     * @param name "一等奖" / "First prize"
     * @param places how many places it has
     * @param winners the winners' names, by place, "、" or ", " between them
     * @param free places not yet awarded
     */
    public record PrizeRow(long id, String name, int places, String winners, int free) {

        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A winner in a place.
     *
     * @param id the winner record
     * @param prize the prize's name
     * @param place which of its places (1 …)
     * @param nominee the winner's name
     */
    public record WinnerRow(long id, String prize, int place, String nominee) {
    }

    /**
     * A committee member as a choice (who views the scores, who signs off); id null for the secretariat.
     *
     * @param memberId the member, or null for the secretariat
     * @param label what the choice reads
     */
    public record Person(Long memberId, String label) {

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * One difference between the frozen result and the category now.
     *
     * @param what the field in words ("获奖 › 智能产线数字孪生系统")
     * @param frozen its value when signed off, or "(none)"
     * @param now its value now, or "(none)"
     */
    public record ChangeRow(String what, String frozen, String now) {
    }

    /**
     * One audit entry of the category, as the audit window writes it.
     *
     * @param time when, in the event's time zone
     * @param actor who
     * @param action what
     * @param record which record
     * @param changes the values
     */
    public record HistoryRow(String time, String actor, String action, String record, String changes) {
    }
}
