package org.conferencedesk.awards.io;

import java.text.Bidi;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.Prize;
import org.conferencedesk.awards.io.RunningOrder.Presentation;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The words the running order and the certificates share, in one language: the award's name, a winner
 * with their organisation, lists of names, times. Every sentence comes from the {@code awarddocs}
 * bundle.
 */
final class AwardWords {

    /** Left-to-right mark (U+200E), drawn as nothing. */
    private static final char LRM = '\u200E';

    private final Messages messages;
    private final Locale locale;

    AwardWords(Locale locale) {
        this.messages = Messages.of("awarddocs", locale);
        this.locale = messages.locale();
    }

    Messages messages() {
        return messages;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** The category's name in this language. */
    String category(Presentation presentation) {
        return presentation.category().name(locale).strip();
    }

    /**
     * What was won: the prize with its category ("第五届智能制造大赛　一等奖"), or the category alone when
     * its one prize bears its name (a forum award).
     */
    String award(Presentation presentation, Prize prize) {
        String category = category(presentation);
        String name = prize.name(locale).strip();
        return isTheAward(presentation, prize) ? name : messages.get("certificate.award", category, name);
    }

    /**
     * True if the prize is the award itself: it bears the category's name, or it is the category's only
     * prize and the category's name is the prize's with a qualifier ("优秀组织奖（个人）" for "优秀组织奖").
     */
    boolean isTheAward(Presentation presentation, Prize prize) {
        String category = category(presentation);
        String name = prize.name(locale).strip();
        return name.equals(category) || presentation.prizes().size() == 1 && !name.isEmpty() && category.startsWith(name);
    }

    /**
     * A prize's name inside an English sentence: "First prize" becomes "first prize" (a name in sentence
     * case), "Gold Award" stays as written; Chinese is unchanged.
     */
    String inSentence(String name) {
        if (Messages.isChinese(locale) || name.length() < 2 || !Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        int space = name.indexOf(' ');
        boolean sentenceCase = space > 0 && space + 1 < name.length() && Character.isLowerCase(name.charAt(space + 1))
                && name.substring(1, space).chars().allMatch(Character::isLowerCase);
        return sentenceCase ? Character.toLowerCase(name.charAt(0)) + name.substring(1) : name;
    }

    /**
     * The name with the definite article in English ("the Most Concerned Forum Award", "the 5th Smart
     * Manufacturing Contest" for "The 5th …"), as it is in Chinese.
     */
    String definite(String name) {
        if (Messages.isChinese(locale)) {
            return name;
        }
        return name.regionMatches(true, 0, "the ", 0, 4) ? "the " + name.substring(4) : "the " + name;
    }

    /**
     * What the presenter reads for one presentation: the category announced, each prize with its winners
     * (or that none is recorded yet), and a closing line once there is a winner. The running order PDF
     * and its CSV/XLSX ({@link RunningOrderExportSpec}) print the same lines.
     */
    List<String> presenterLines(Presentation p) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(introLine(p));
        for (RunningOrder.PrizeWinners prize : p.prizes()) {
            lines.add(prizeLine(p, prize));
        }
        if (p.winners() > 0) {
            lines.add(closingLine());
        }
        return lines;
    }

    /** "Next, the Most Concerned Forum Award." */
    String introLine(Presentation p) {
        return messages.get("order.line.intro", definite(category(p)));
    }

    /** "First prize of the 5th Smart Manufacturing Contest goes to …", or that no winner is recorded yet. */
    String prizeLine(Presentation p, RunningOrder.PrizeWinners prize) {
        String prizeName = prize.prize().name(locale).strip();
        if (prize.winners().isEmpty()) {
            return messages.get("order.line.noWinner", award(p, prize.prize()));
        }
        String winners = list(prize.winners().stream().map(this::winner).toList());
        if (isTheAward(p, prize.prize())) {
            return messages.get("order.line.prize", capitalised(definite(prizeName)), winners);
        }
        return messages.get("order.line.rankedPrize", capitalised(definite(inSentence(prizeName))), definite(category(p)), winners);
    }

    /** The applause line after a category's winners. */
    String closingLine() {
        return messages.get("order.line.close");
    }

    /** The text with its first letter in upper case, to start a sentence with it. */
    static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The winner as written, with their organisation when there is one: "赵晓东（大会组委会秘书处）". */
    String winner(Nominee winner) {
        String name = winner.name() == null ? "" : winner.name().strip();
        String affiliation = winner.affiliation() == null ? "" : winner.affiliation().strip();
        return affiliation.isEmpty() ? name : messages.get("winner.withAffiliation", name, affiliation);
    }

    /**
     * "A、B和C" / "A, B and C". A name written right to left is followed by a left-to-right mark, so that
     * two such names in a row keep the list's order from left to right instead of running together
     * (Unicode bidirectional algorithm: the comma between them would otherwise be taken as right to left).
     */
    String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        String joined = closed(items.get(0));
        for (int i = 1; i < items.size(); i++) {
            joined = messages.get(i == items.size() - 1 ? "list.pair" : "list.more", joined, closed(items.get(i)));
        }
        return joined;
    }

    private static String closed(String item) {
        return Bidi.requiresBidi(item.toCharArray(), 0, item.length()) ? item + LRM : item;
    }

    /** "28 November 2020, 10:00 (Beijing time)" in the event's zone; other zones are named by their id. */
    String time(ZonedDateTime time, ZoneId zone) {
        String text = time.withZoneSameInstant(zone).format(DateTimeFormatter.ofPattern(messages.get("time.pattern"), locale));
        String zoneName = "Asia/Shanghai".equals(zone.getId()) ? messages.get("zone.beijing") : zone.getId();
        return Messages.isChinese(locale) ? text + "（" + zoneName + "）" : text + " (" + zoneName + ")";
    }
}
