package org.conferencedesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.MoneyFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code list TYPE [--json]}, one subcommand per record type ({@link RecordTypes}). */
@Command(name = "list")
final class ListCommand {

    /**
     * {@code list TYPE [--json]}: the event's records in the order their export writes them; as a JSON
     * array (fields named by their JSON names) or an aligned text table.
     */
    @Command(sortOptions = false)
    static final class ListRecords<X> implements Callable<Integer> {

        private final RecordTypes.RecordType<X> type;

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", descriptionKey = "option.json")
        private boolean json;

        ListRecords(RecordTypes.RecordType<X> type) {
            this.type = type;
        }

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = root.openContext()) {
                Event event = root.chooseEvent(context, false);
                List<X> rows = type.exporter().apply(context).spec().rows(event.id());
                if (json) {
                    Json.print(out, type.toJson(rows, event));
                } else {
                    type.text().print(out, root.messages(), rows, event);
                }
            }
            return ConferenceDeskCli.OK;
        }
    }

    private ListCommand() {
    }

    /** The event's contracts in signing order with their running totals, as a text table. */
    static void printContracts(PrintWriter out, Messages messages, List<ContractWithRunningTotal> rows, Event event) {
        if (rows.isEmpty()) {
            out.println(messages.get("contracts.none"));
            out.flush();
            return;
        }
        Locale locale = messages.locale();
        TextTable table = new TextTable(messages.get("contracts.column.order"), messages.get("contracts.column.project"),
                messages.get("contracts.column.investor"), messages.get("contracts.column.sector"),
                messages.get("contracts.column.district"), messages.get("contracts.column.amount"),
                messages.get("contracts.column.currency"), messages.get("contracts.column.status"),
                messages.get("contracts.column.runningTotal"));
        table.alignRight(0, 5, 8);
        for (ContractWithRunningTotal row : rows) {
            Contract c = row.contract();
            table.row(c.signingOrder() == null ? "" : c.signingOrder().toString(), c.projectName(), c.investor(),
                    c.sector(), c.district(), MoneyFormat.full(c.amount(), locale), c.currency(),
                    messages.get("status." + c.status().name().toLowerCase(Locale.ROOT)),
                    MoneyFormat.full(row.runningTotal(), locale));
        }
        table.print(out);
        out.flush();
    }

    /** The event's award nominees by category in running order, with the prize each won, as a text table. */
    static void printAwards(PrintWriter out, Messages messages, List<org.conferencedesk.awards.io.AwardRow> rows, Event event) {
        if (rows.isEmpty()) {
            out.println(messages.get("awards.none"));
            out.flush();
            return;
        }
        Locale locale = messages.locale();
        Messages words = Messages.of("awardio", locale);
        TextTable table = new TextTable(words.get("field.runningOrder"), words.get("field.category"), words.get("field.nominee"),
                words.get("field.affiliation"), words.get("field.prizeWon"), words.get("io.export.signedOffBy"));
        table.alignRight(0);
        for (org.conferencedesk.awards.io.AwardRow r : rows) {
            org.conferencedesk.awards.AwardCategory c = r.content().category();
            String won = r.prizeWon() == null ? "" : r.content().prizes().stream().filter(p -> p.nameZh().equals(r.prizeWon()))
                    .findFirst().map(p -> p.name(locale)).orElse(r.prizeWon());
            table.row(String.valueOf(c.runningOrder()), c.name(locale), r.nominee(), r.affiliation(), won,
                    r.content().signOffInForce().map(org.conferencedesk.awards.SignOff::memberName).orElse(""));
        }
        table.print(out);
        out.flush();
    }

    /** The event's guests in the order they were added, as a text table whose first column is the guest's number. */
    static void printGuests(PrintWriter out, Messages messages, List<Guest> guests, Event event) {
        if (guests.isEmpty()) {
            out.println(messages.get("guests.none"));
            out.flush();
            return;
        }
        Messages words = Messages.of("guests", messages.locale());
        TextTable table = new TextTable(messages.get("guests.column.id"), words.get("field.fullName"), words.get("field.organisation"),
                words.get("field.category"), words.get("field.attendance"), words.get("field.invitationStatus"),
                words.get("field.checkedInAt"));
        table.alignRight(0);
        java.time.format.DateTimeFormatter time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        for (Guest g : guests) {
            table.row(String.valueOf(g.id()), g.fullName(), g.organisation(), g.category().label(messages.locale()),
                    words.get("attendance." + g.attendance().name()),
                    words.get("invitationStatus." + g.invitationStatus().name()),
                    g.checkedInAt() == null ? "" : time.format(g.checkedInAt().atZone(event.timeZone())));
        }
        table.print(out);
        out.flush();
    }

    /** Exhibitors as a text table: id, company, mode, hall, booths, area, fee, payment status. */
    static void printExhibitors(PrintWriter out, Messages messages, List<org.conferencedesk.exhibitors.ListedExhibitor> rows,
                                Event event) {
        if (rows.isEmpty()) {
            out.println(messages.get("exhibitors.none"));
            out.flush();
            return;
        }
        Messages words = Messages.of("exhibitors", messages.locale());
        TextTable table = new TextTable(messages.get("guests.column.id"), words.get("field.companyName"), words.get("field.mode"),
                words.get("field.hall"), words.get("field.booths"), words.get("field.areaM2"), words.get("field.fee"),
                words.get("field.paymentStatus"));
        table.alignRight(0);
        table.alignRight(5);
        table.alignRight(6);
        for (org.conferencedesk.exhibitors.ListedExhibitor r : rows) {
            org.conferencedesk.exhibitors.Exhibitor e = r.exhibitor();
            String fee = r.fee() == null ? "" : r.fee().sums().entrySet().stream()
                    .map(f -> f.getKey() + " " + f.getValue().setScale(2).toPlainString())
                    .collect(java.util.stream.Collectors.joining("; "));
            table.row(String.valueOf(e.id()), e.companyName(), words.get("mode." + e.mode().name()),
                    r.hall() == null ? "" : r.hall(), String.join("/", r.booths()),
                    r.areaM2() == null ? "" : r.areaM2().toPlainString(), fee,
                    words.get("paymentStatus." + e.paymentStatus().name()));
        }
        table.print(out);
        out.flush();
    }
}
