package org.conferencedesk.awards.ui;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.awards.AwardCategory;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.Criterion;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.Score;
import org.conferencedesk.awards.ScoreSheet;
import org.conferencedesk.awards.Scoring;
import org.conferencedesk.awards.SignOff;
import org.conferencedesk.awards.Viewer;
import org.conferencedesk.awards.Winner;
import org.conferencedesk.awards.ui.AwardRows.CategoryRow;
import org.conferencedesk.awards.ui.AwardRows.ChangeRow;
import org.conferencedesk.awards.ui.AwardRows.NomineeRow;
import org.conferencedesk.awards.ui.AwardRows.PrizeRow;
import org.conferencedesk.awards.ui.AwardRows.WinnerRow;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.storage.FieldChange;

/**
 * A category's content as the awards screen writes it, in one language: the row in the category
 * list, its nominees with the averages the viewer may see, its prizes and winners, its state line and
 * the differences from its frozen result in words. Pure functions; no JavaFX.
 */
final class CategoryTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages ui;
    private final Messages words;
    private final Locale locale;

    /** Texts in {@code locale} (Chinese or English). */
    CategoryTexts(Locale locale) {
        this.locale = locale;
        this.ui = Messages.of("awardsui", locale);
        this.words = Messages.of("awards", locale);
    }

    Messages ui() {
        return ui;
    }

    /** The category's row in the list. */
    CategoryRow row(AwardCategoryContent content) {
        AwardCategory c = content.category();
        return new CategoryRow(c.id(), c.runningOrder(), c.name(locale), words.get("AwardKind." + c.kind().name()),
                ui.get("state." + content.state().name()), ui.get("winners.count", content.winners().size(), content.places()),
                c.isFrozen());
    }

    /** "Forum award · ties: shared place · scores 0.00 to 100.00". */
    String subtitle(AwardCategory c) {
        String tie = words.get("TieRule." + c.tieRule().name());
        if (c.drawSeed() != null) {
            tie = ui.get("detail.seed", tie, c.drawSeed());
        }
        return ui.get("detail.subtitle", words.get("AwardKind." + c.kind().name()), tie,
                c.scoreMin().toPlainString(), c.scoreMax().toPlainString());
    }

    /** Where the category stands with its sign-off, in one sentence; times in {@code zone}. */
    String stateLine(AwardCategoryContent content, ZoneId zone) {
        return switch (content.state()) {
            case OPEN -> ui.get("state.line.OPEN");
            case SIGNED_OFF -> {
                SignOff s = content.signOffInForce().orElseThrow();
                yield ui.get("state.line.SIGNED_OFF", s.memberName(), time(s.signedAt(), zone));
            }
            case REOPENED -> {
                SignOff.Reopening r = content.lastSignOff().orElseThrow().reopening();
                yield r == null ? ui.get("state.line.OPEN")
                        : ui.get("state.line.REOPENED", r.reopenedBy(), time(r.reopenedAt(), zone), r.reason());
            }
        };
    }

    /** Each sign-off and its reopening, oldest first, one line each. */
    List<String> signOffHistory(AwardCategoryContent content, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (SignOff s : content.signOffs()) {
            String line = ui.get("signOffs.signed", s.memberName(), time(s.signedAt(), zone), s.resultHash());
            if (s.reopening() != null) {
                line += "; " + ui.get("signOffs.reopened", s.reopening().reopenedBy(), time(s.reopening().reopenedAt(), zone),
                        s.reopening().reason());
            }
            lines.add(line);
        }
        return lines;
    }

    static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone));
    }

    /** The nominees in nomination order, with what {@code sheet}'s viewer may see of the scores. */
    List<NomineeRow> nominees(AwardCategoryContent content, ScoreSheet sheet) {
        Map<Long, Scoring.Standing> standings = new HashMap<>();
        sheet.standings().forEach(s -> standings.put(s.nomineeId(), s));
        boolean scored = !content.criteria().isEmpty();
        String hidden = ui.get("nominee.hidden");
        List<NomineeRow> rows = new ArrayList<>();
        for (Nominee n : content.nominees()) {
            Scoring.Standing s = standings.get(n.id());
            String won = content.winners().stream().filter(w -> w.nomineeId() == n.id()).findFirst()
                    .flatMap(w -> content.prize(w.prizeId())).map(p -> p.name(locale)).orElse("");
            String own = sheet.viewer() instanceof Viewer.Member m ? ownScore(content, sheet, m.memberId(), n.id()) : "";
            if (!scored) {
                rows.add(new NomineeRow(n.id(), name(n), kind(n), text(n.affiliation()), "", "", "", "", "", "", own, won));
            } else if (sheet.hidden() || s == null) {
                rows.add(new NomineeRow(n.id(), name(n), kind(n), text(n.affiliation()), "", "", hidden, "", hidden, "", own, won));
            } else {
                rows.add(new NomineeRow(n.id(), name(n), kind(n), text(n.affiliation()), Integer.toString(s.counted()),
                        Integer.toString(s.recused()), plain(s.rawAverage()), rank(s.rawRank()), plain(s.normalisedAverage()),
                        rank(s.normalisedRank()), own, won));
            }
        }
        return rows;
    }

    /** The member's weighted score Σw·s/Σw of the nominee, if every criterion is scored ({@link Scoring}'s rule). */
    private static String ownScore(AwardCategoryContent content, ScoreSheet sheet, long memberId, long nomineeId) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Criterion c : content.criteria()) {
            Score score = sheet.scores().stream()
                    .filter(s -> s.memberId() == memberId && s.nomineeId() == nomineeId && s.criterionId() == c.id())
                    .findFirst().orElse(null);
            if (score == null) {
                return "";
            }
            sum = sum.add(c.weight().multiply(score.score()));
            weights = weights.add(c.weight());
        }
        return weights.signum() == 0 ? "" : sum.divide(weights, MathContext.DECIMAL128).setScale(Scoring.SCALE, Scoring.ROUNDING)
                .toPlainString();
    }

    /** The nominee's name, a linked one marked as the guest or exhibitor it is. */
    String name(Nominee n) {
        String name = n.name() == null ? (n.guestId() != null ? "guest#" + n.guestId() : "exhibitor#" + n.exhibitorId()) : n.name();
        if (n.guestId() != null) {
            return ui.get("nominee.linked", name, ui.get("nominee.link.guest"));
        }
        if (n.exhibitorId() != null) {
            return ui.get("nominee.linked", name, ui.get("nominee.link.exhibitor"));
        }
        return name;
    }

    private String kind(Nominee n) {
        return words.get("NomineeKind." + n.kind().name());
    }

    /** The prizes by rank, with their winners by place. */
    List<PrizeRow> prizes(AwardCategoryContent content) {
        String separator = Messages.isChinese(locale) ? "、" : ", ";
        List<PrizeRow> rows = new ArrayList<>();
        for (Prize p : content.prizes()) {
            List<String> names = content.winnersOf(p.id()).stream()
                    .map(w -> content.nominee(w.nomineeId()).map(Nominee::name).orElse("?")).toList();
            rows.add(new PrizeRow(p.id(), p.name(locale), p.places(), String.join(separator, names), p.places() - names.size()));
        }
        return rows;
    }

    /** The winners, prize by prize and place by place. */
    List<WinnerRow> winners(AwardCategoryContent content) {
        List<WinnerRow> rows = new ArrayList<>();
        for (Prize p : content.prizes()) {
            for (Winner w : content.winnersOf(p.id())) {
                rows.add(new WinnerRow(w.id(), p.name(locale), w.place(),
                        content.nominee(w.nomineeId()).map(Nominee::name).orElse("?")));
            }
        }
        return rows;
    }

    /**
     * The differences from the frozen result in words ({@code winner/NOMINEE: 1 → 2} reads "获奖 › NOMINEE:
     * 一等奖 → 二等奖"). Scores and the scores a recusal removed read "(not shown until signed off)" when
     * {@code hideScores}: a member does not see the others' scores while the category is open.
     */
    List<ChangeRow> changes(List<FieldChange> changes, AwardCategoryContent content, boolean hideScores) {
        List<ChangeRow> rows = new ArrayList<>();
        for (FieldChange change : changes) {
            List<String> path = org.conferencedesk.awards.ResultContent.segments(change.field());
            String head = path.get(0);
            String what = ui.bundle().containsKey("path." + head) ? ui.get("path." + head) : head;
            if (path.size() > 1) {
                what += " › " + String.join(" › ", path.subList(1, path.size()));
            }
            boolean hide = hideScores && "score".equals(head);
            rows.add(new ChangeRow(what, hide ? ui.get("changes.hidden") : value(head, change.before(), content),
                    hide ? ui.get("changes.hidden") : value(head, change.after(), content)));
        }
        return rows;
    }

    private String value(String head, String value, AwardCategoryContent content) {
        if (value == null) {
            return ui.get("changes.removed");
        }
        if ("winner".equals(head)) {
            try {
                int rank = Integer.parseInt(value);
                return content.prizes().stream().filter(p -> p.rank() == rank).findFirst().map(p -> p.name(locale)).orElse(value);
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String rank(Integer rank) {
        return rank == null ? "" : rank.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
