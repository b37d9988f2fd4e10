package org.conferencedesk.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.contracts.ContractTotals.CountAndAmount;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The headline paragraph of an event's figures in the style of the closing press release, written from
 * the data, in Chinese or English (bundle {@code dashboard}, {@code headline.*}): "嘉宾326位，其中院士24位、
 * 专家102位、企业代表200位；云展商3,200家；闭幕式现场签约项目30个，总金额536.3亿元。" / "326 guests, including
 * 24 academicians, 102 experts and 200 enterprise representatives; 3,200 cloud exhibitors; 30 projects
 * signed at the closing ceremony for a total of RMB 53.63 billion." Each session other than the closing
 * ceremony with signed contracts adds its own clause (in 2020 a pre-event conference signed 10 projects of
 * its own). A part with nothing to say (no guests, no exhibitors, nothing signed) is left out; with no
 * data at all the sentence says so. Amounts are exact ({@link MoneyFormat#inSentence}); counts grouped.
 */
public final class PressHeadline {

    private PressHeadline() {
    }

    /** The paragraph of {@code figures} in {@code locale}'s language (Chinese for a Chinese locale, else English). */
    public static String of(EventFigures figures, Locale locale) {
        Messages m = Messages.of("dashboard", locale);
        List<String> parts = new ArrayList<>();
        GuestTotals g = figures.guests().totals();
        if (g.total() > 0) {
            List<String> kinds = new ArrayList<>();
            addKind(kinds, m, "headline.academicians", g.byCategory().get(GuestCategory.ACADEMICIAN));
            addKind(kinds, m, "headline.experts", g.byCategory().get(GuestCategory.EXPERT));
            addKind(kinds, m, "headline.enterpriseRepresentatives", g.byCategory().get(GuestCategory.ENTERPRISE_REPRESENTATIVE));
            parts.add(kinds.isEmpty() ? m.get("headline.guests", count(g.total()))
                    : m.get("headline.guestsIncluding", count(g.total()), list(kinds, m)));
        }
        ExhibitorFigures ex = figures.exhibitors();
        if (ex.cloud() > 0) {
            parts.add(m.get("headline.cloudExhibitors", count(ex.cloud()), ex.cloud()));
        }
        if (ex.onSite() > 0) {
            parts.add(m.get("headline.onSiteExhibitors", count(ex.onSite()), ex.onSite()));
        }
        ContractFigures c = figures.contracts();
        CountAndAmount closing = c.closingCeremony().ceremony().signed();
        if (closing.count() > 0) {
            parts.add(m.get("headline.closing", count(closing.count()), MoneyFormat.inSentence(closing.amount(), locale),
                    closing.count()));
        }
        for (ContractFigures.SessionFigures s : c.sessions()) {
            CountAndAmount signed = s.ceremony().signed();
            if (!s.session().isClosingCeremony() && signed.count() > 0) {
                parts.add(m.get("headline.session", s.session().name(locale), count(signed.count()),
                        MoneyFormat.inSentence(signed.amount(), locale), signed.count()));
            }
        }
        if (parts.isEmpty()) {
            return m.get("headline.nothing");
        }
        return m.get("headline.sentence", String.join(m.get("headline.partSeparator"), parts));
    }

    private static void addKind(List<String> kinds, Messages m, String key, int n) {
        if (n > 0) {
            kinds.add(m.get(key, count(n)));
        }
    }

    /** "a、b、c" / "a, b and c". */
    private static String list(List<String> items, Messages m) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(m.get("headline.listSeparator"), items.subList(0, items.size() - 1));
        return m.get("headline.listLast", head, items.get(items.size() - 1));
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
