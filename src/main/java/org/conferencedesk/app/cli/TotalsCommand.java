package org.conferencedesk.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.GuestTotals;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code totals [--json] [--lang zh|en]}: the event's signing-ceremony figures, the same the window
 * and the report show. JSON: {@code {"event": {...}, "contracts": {"total", "signed", "planned",
 * "bySector", "byDistrict", "otherCurrencies"}, "guests": {"total", "byCategory", "byAttendance",
 * "byInvitationStatus", "checkedIn"}, "exhibitors": {"total", "byMode", "bySector", "byHall", "halls",
 * "booths", "bookedBooths", "freeBooths", "boothAreaM2", "bookedAreaM2", "occupancyPercent",
 * "feesByPaymentStatus", "deposits", "unpricedBooths"}, "awards": {"categories", "places",
 * "winnersRecorded", "signedOff", "open"}}} with amounts as strings in yuan (exhibitor fees per
 * currency), areas in m² as strings, and guest and exhibitor figures keyed by enum names
 * ({@code "ACADEMICIAN"}, {@code "ON_SITE"}, {@code "PAID"}).
 */
@Command(name = "totals", sortOptions = false)
final class TotalsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang")
    private Lang lang;

    @Override
    public Integer call() {
        ConferenceDeskCommand root = Commands.root(spec);
        try (AppContext context = root.openContext()) {
            Event event = root.chooseEvent(context, false);
            ContractTotals totals = context.contracts().totals(event.id());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode node = Json.object();
                node.set("event", Json.event(event));
                node.set("contracts", Json.totals(totals));
                node.set("guests", Json.guestTotals(context.guests().totals(event.id())));
                node.set("exhibitors", Json.exhibitorTotals(context.exhibitors().totals(event.id())));
                node.set("awards", Json.awardTotals(context.awards().totals(event.id())));
                Json.print(out, node);
            } else {
                printText(out, event, totals, Lang.or(lang, root.locale()));
                GuestTotals guests = context.guests().totals(event.id());
                if (guests.total() > 0) {
                    out.println();
                    out.println(guestHeadline(guests, Lang.or(lang, root.locale())));
                    out.flush();
                }
            }
        }
        return ConferenceDeskCli.OK;
    }

    /** The exhibitors' headline: "12 exhibitors (10 on site, 2 cloud), 40 of 63 booths booked (68.5 % of the area)". */
    static String exhibitorHeadline(org.conferencedesk.exhibitors.ExhibitorTotals totals, Locale locale) {
        Messages messages = Messages.of("cli", locale);
        return messages.get("exhibitors.headline", totals.exhibitors(),
                totals.byMode().getOrDefault(org.conferencedesk.exhibitors.ExhibitionMode.ON_SITE, 0)
                        + totals.byMode().getOrDefault(org.conferencedesk.exhibitors.ExhibitionMode.BOTH, 0),
                totals.byMode().getOrDefault(org.conferencedesk.exhibitors.ExhibitionMode.CLOUD, 0)
                        + totals.byMode().getOrDefault(org.conferencedesk.exhibitors.ExhibitionMode.BOTH, 0),
                totals.bookedBooths(), totals.booths(),
                totals.occupancyPercent() == null ? "0" : totals.occupancyPercent().toPlainString());
    }

    /** The headline sentence: "30 projects signed, total RMB 53.63 billion" / "签约项目30个，总金额536.3亿元". */
    static String headline(ContractTotals totals, Locale locale) {
        Messages messages = Messages.of("cli", locale);
        return messages.get("totals.headline", totals.signed().count(),
                MoneyFormat.inSentence(totals.signed().amount(), messages.locale()));
    }

    /**
     * The guests in one sentence: "326 guests: 24 academicians, 101 experts, … · 300 on site, 26 online
     * · 0 checked in" / "嘉宾326位：院士24位……".
     */
    static String awardHeadline(org.conferencedesk.awards.AwardTotals totals, Locale locale) {
        return Messages.of("cli", locale).get("totals.awards.headline", totals.categories(), totals.places(),
                totals.winnersRecorded(), totals.signedOff(), totals.open());
    }

    /** The guests' headline: by category, by attendance, checked in. */
    static String guestHeadline(GuestTotals totals, Locale locale) {
        Messages messages = Messages.of("cli", locale);
        Messages words = Messages.of("guests", locale);
        java.util.List<String> parts = new java.util.ArrayList<>();
        totals.byCategory().forEach((category, count) -> {
            if (count > 0) {
                parts.add(messages.get("totals.guests.part", category.label(locale), count));
            }
        });
        java.util.List<String> attendance = new java.util.ArrayList<>();
        totals.byAttendance().forEach((a, count) ->
                attendance.add(messages.get("totals.guests.part", words.get("attendance." + a.name()), count)));
        return messages.get("totals.guests.headline", totals.total(),
                String.join(messages.get("totals.guests.separator"), parts),
                String.join(messages.get("totals.guests.separator"), attendance), totals.checkedIn());
    }

    private static void printText(PrintWriter out, Event event, ContractTotals totals, Locale locale) {
        Messages messages = Messages.of("cli", locale);
        Locale language = messages.locale();
        out.println(event.name());
        out.println(headline(totals, locale));
        out.println();
        TextTable figures = new TextTable(
                messages.get("totals.column.what"), messages.get("totals.column.count"),
                messages.get("totals.column.amount"), messages.get("totals.column.yuan"));
        figures.alignRight(1, 2, 3);
        figures.row(messages.get("totals.signed"), String.valueOf(totals.signed().count()),
                MoneyFormat.headline(totals.signed().amount(), language), MoneyFormat.full(totals.signed().amount(), language));
        figures.row(messages.get("totals.planned"), String.valueOf(totals.planned().count()),
                MoneyFormat.headline(totals.planned().amount(), language), MoneyFormat.full(totals.planned().amount(), language));
        figures.row(messages.get("totals.total"), String.valueOf(totals.total().count()),
                MoneyFormat.headline(totals.total().amount(), language), MoneyFormat.full(totals.total().amount(), language));
        figures.print(out);
        printBreakdown(out, messages, messages.get("totals.bySector"), messages.get("totals.column.sector"), totals.bySector());
        printBreakdown(out, messages, messages.get("totals.byDistrict"), messages.get("totals.column.district"), totals.byDistrict());
        if (!totals.otherCurrencies().isEmpty()) {
            out.println();
            out.println(messages.get("totals.otherCurrencies"));
            TextTable other = new TextTable(messages.get("totals.column.currency"), messages.get("totals.column.amount"));
            other.alignRight(1);
            totals.otherCurrencies().forEach((currency, amount) ->
                    other.row(currency, MoneyFormat.full(amount, language)));
            other.print(out);
        }
        out.flush();
    }

    private static void printBreakdown(PrintWriter out, Messages messages, String title, String keyColumn,
                                       Map<String, BigDecimal> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        out.println();
        out.println(title);
        TextTable table = new TextTable(keyColumn, messages.get("totals.column.amount"), messages.get("totals.column.yuan"));
        table.alignRight(1, 2);
        amounts.forEach((key, amount) -> table.row(
                ContractTotals.UNSPECIFIED.equals(key) ? messages.get("totals.unspecified") : key,
                MoneyFormat.headline(amount, messages.locale()), MoneyFormat.full(amount, messages.locale())));
        table.print(out);
    }
}
