package org.conferencedesk.awards.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.SignOff;
import org.conferencedesk.awards.Winner;

/**
 * The ceremony's running order: the event's award categories in presentation order, each with its
 * prizes (first prize first) and their winners (by place), and where the category stands with its
 * sign-off. What the running order PDF, the certificates and an export of the running order are made
 * from. Read in one go from {@link AwardService}: linked nominees show their guest's or exhibitor's name
 * as it reads now.
 *
 * @param presentations the categories in running order
 */
public record RunningOrder(List<Presentation> presentations) {

    /** Copies the list. */
    public RunningOrder {
        presentations = List.copyOf(presentations);
    }

    /**
     * The running order of the event's categories.
     *
     * @param onlyCategoryId just this category (its place in the running order kept), or null for all
     */
    public static RunningOrder read(AwardService awards, long eventId, Long onlyCategoryId) {
        List<Presentation> list = new ArrayList<>();
        int place = 0;
        for (AwardCategory category : awards.categories(eventId)) {
            place++;
            if (onlyCategoryId != null && !onlyCategoryId.equals(category.id())) {
                continue;
            }
            list.add(Presentation.of(place, awards.content(category.id())));
        }
        return new RunningOrder(list);
    }

    /** Every winner in presentation order: category by category, prize by prize, place by place. */
    public List<Award> awards() {
        List<Award> all = new ArrayList<>();
        for (Presentation p : presentations) {
            for (PrizeWinners prize : p.prizes()) {
                for (Nominee winner : prize.winners()) {
                    all.add(new Award(p, prize.prize(), winner));
                }
            }
        }
        return all;
    }

    /**
     * One category as presented.
     *
     * @param order its place in the running order, from 1
     * @param category the category
     * @param prizes its prizes by rank, each with its winners by place (a prize with no winner yet has none)
     * @param state open, signed off or reopened
     * @param signOff the sign-off in force when signed off, else null
     */
    public record Presentation(int order, AwardCategory category, List<PrizeWinners> prizes,
                               AwardCategoryContent.SignOffState state, SignOff signOff) {

        /** Copies the list. */
        public Presentation {
            Objects.requireNonNull(category, "category");
            prizes = List.copyOf(prizes);
            Objects.requireNonNull(state, "state");
        }

        static Presentation of(int order, AwardCategoryContent content) {
            List<PrizeWinners> prizes = new ArrayList<>();
            for (Prize prize : content.prizes()) {
                List<Nominee> winners = content.winnersOf(prize.id()).stream()
                        .sorted(Comparator.comparingInt(Winner::place))
                        .map(w -> content.nominee(w.nomineeId()).orElseThrow())
                        .toList();
                prizes.add(new PrizeWinners(prize, winners));
            }
            return new Presentation(order, content.category(), prizes, content.state(), content.signOffInForce().orElse(null));
        }

        /** True if the committee has signed the result off (it cannot change until reopened). */
        public boolean signedOff() {
            return state == AwardCategoryContent.SignOffState.SIGNED_OFF;
        }

        /** The number of winners recorded. */
        public int winners() {
            return prizes.stream().mapToInt(p -> p.winners().size()).sum();
        }

        /** The sign-off in force, if signed off. */
        public Optional<SignOff> signOffInForce() {
            return Optional.ofNullable(signOff);
        }
    }

    /**
     * A prize with its winners.
     *
     * @param prize the prize
     * @param winners its winners by place, names as they read now
     */
    public record PrizeWinners(Prize prize, List<Nominee> winners) {
        /** Copies the list. */
        public PrizeWinners {
            Objects.requireNonNull(prize, "prize");
            winners = List.copyOf(winners);
        }
    }

    /**
     * One winner of one prize: a certificate.
     *
     * @param presentation the category as presented
     * @param prize the prize won
     * @param winner the winner, name as it reads now
     */
    public record Award(Presentation presentation, Prize prize, Nominee winner) {
    }
}
