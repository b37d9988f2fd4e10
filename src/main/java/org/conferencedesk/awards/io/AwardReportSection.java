package org.conferencedesk.awards.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.reports.ReportBlock;
import org.conferencedesk.reports.ReportBlock.Cell;
import org.conferencedesk.reports.ReportBlock.Column;
import org.conferencedesk.reports.ReportBlock.Row;
import org.conferencedesk.reports.ReportBlock.RowStyle;
import org.conferencedesk.reports.ReportSection;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The awards' part of the summary report: the winners in the ceremony's running order ({@link RunningOrder}:
 * category by category as presented, prize by prize, place by place), each with the organisation, and
 * whether the committee signed the category off; a category without winners yet says so. Nothing for an
 * event without award categories. Winners are published names, so they are in the body; the nominees who
 * did not win are in no part of the report. Words from the {@code awardreport} bundle.
 */
public final class AwardReportSection implements ReportSection {

    private final AwardService awards;

    /** The section over the awards it reports on. */
    public AwardReportSection(AwardService awards) {
        this.awards = Objects.requireNonNull(awards, "awards");
    }

    @Override
    public Part read(long eventId, Locale locale) {
        RunningOrder order = RunningOrder.read(awards, eventId, null);
        if (order.presentations().isEmpty()) {
            return Part.EMPTY;
        }
        Messages m = Messages.of("awardreport", locale);
        List<Row> rows = new ArrayList<>();
        int winners = 0;
        int signedOff = 0;
        for (RunningOrder.Presentation p : order.presentations()) {
            String category = p.category().name(locale);
            String state = m.get(p.signedOff() ? "state.signedOff" : "state.open");
            if (p.signedOff()) {
                signedOff++;
            }
            if (p.winners() == 0) {
                rows.add(new Row(List.of(new Cell(Integer.toString(p.order())), new Cell(category), new Cell(""),
                        new Cell(m.get("noWinners")), new Cell(""), new Cell(state)), RowStyle.GREYED));
                continue;
            }
            for (RunningOrder.PrizeWinners prize : p.prizes()) {
                for (Nominee winner : prize.winners()) {
                    winners++;
                    rows.add(new Row(List.of(new Cell(Integer.toString(p.order())), new Cell(category),
                            new Cell(prize.prize().name(locale)), new Cell(winner.name()), new Cell(winner.affiliation()),
                            new Cell(state)), RowStyle.NORMAL));
                }
            }
        }
        List<ReportBlock> body = new ArrayList<>();
        body.add(new ReportBlock.Heading(m.get("section")));
        body.add(new ReportBlock.Text(m.get("line", order.presentations().size(), winners, signedOff)));
        body.add(new ReportBlock.Table(null, List.of(new Column(m.get("column.order"), 7f, true),
                new Column(m.get("column.category"), 30f, false), new Column(m.get("column.prize"), 16f, false),
                new Column(m.get("column.winner"), 24f, false), new Column(m.get("column.affiliation"), 26f, false),
                new Column(m.get("column.state"), 11f, false)), rows, 100f));
        return new Part(List.of(), body, List.of(m.get("note")));
    }
}
