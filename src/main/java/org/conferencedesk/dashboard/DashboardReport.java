package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.conferencedesk.contracts.ContractTotals.CountAndAmount;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The dashboard's part of the summary report, in words and figures only (the report's section lays it
 * out): the headline paragraph in the style of the press release ({@link PressHeadline}), each signing
 * session's own contracts (the closing ceremony counting only its own, as issue 14 asks), and the
 * announced figures beside the data ({@link FigureComparison#sentence}). The same figures as the
 * dashboard, read from one {@link EventFigures}.
 *
 * @param headline the headline paragraph
 * @param sessions one line per signing session with signed or planned contracts, the closing ceremony first
 * @param allSessions every session together
 * @param comparisons one sentence per announced figure, in their order
 * @param disagreements how many announced figures the data do not agree with (or cannot be compared)
 */
public record DashboardReport(String headline, List<SessionLine> sessions, SessionLine allSessions, List<String> comparisons,
                              int disagreements) {

    /**
     * One signing session's signed contracts.
     *
     * @param session its name in the language ("闭幕式", "会前签约活动")
     * @param signed its signed contracts: count, CNY amount in yuan (scale 2)
     * @param major those of at least 1 亿元
     * @param amountText the amount for a reader ("536.3 亿元", "RMB 53.63 billion")
     */
    public record SessionLine(String session, CountAndAmount signed, CountAndAmount major, String amountText) {
    }

    /** Copies the lists. */
    public DashboardReport {
        Objects.requireNonNull(headline, "headline");
        sessions = List.copyOf(sessions);
        comparisons = List.copyOf(comparisons);
    }

    /** The report's part of {@code figures} and the event's {@code announced} figures, in {@code locale}'s language. */
    public static DashboardReport of(EventFigures figures, List<AnnouncedFigure> announced, Locale locale) {
        Messages m = Messages.of("dashboard", locale);
        ContractFigures c = figures.contracts();
        List<SessionLine> sessions = new ArrayList<>();
        ContractFigures.SessionFigures closing = c.closingCeremony();
        sessions.add(line(m.get("report.closingCeremony"), closing.ceremony(), locale));
        for (ContractFigures.SessionFigures s : c.sessions()) {
            if (!s.session().isClosingCeremony() && (s.ceremony().signed().count() > 0 || s.planned().count() > 0)) {
                sessions.add(line(s.session().name(locale), s.ceremony(), locale));
            }
        }
        SessionLine all = line(m.get("report.allSessions"), c.ceremony(), locale);
        List<String> sentences = new ArrayList<>();
        int disagreements = 0;
        for (FigureComparison comparison : FigureComparison.of(announced, figures)) {
            sentences.add(comparison.sentence(locale));
            if (!comparison.agrees()) {
                disagreements++;
            }
        }
        return new DashboardReport(PressHeadline.of(figures, locale), sessions, all, sentences, disagreements);
    }

    private static SessionLine line(String name, CeremonyFigures f, Locale locale) {
        BigDecimal amount = f.signed().amount();
        return new SessionLine(name, f.signed(), f.major(), MoneyFormat.headline(amount, locale));
    }
}
