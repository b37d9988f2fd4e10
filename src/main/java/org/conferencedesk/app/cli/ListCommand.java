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

/** {@code list contracts [--json]} and {@code list guests [--json]}. */
@Command(name = "list", subcommands = {ListCommand.ListContracts.class, ListCommand.ListGuests.class})
final class ListCommand {

    /**
     * {@code list contracts [--json]}: the event's contracts in signing order with their running
     * totals; as a JSON array (fields named as in {@link Json#contract}) or an aligned text table.
     */
    @Command(name = "contracts", sortOptions = false)
    static final class ListContracts implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", descriptionKey = "option.json")
        private boolean json;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = root.openContext()) {
                Event event = root.chooseEvent(context, false);
                List<ContractWithRunningTotal> rows = context.contracts().listWithRunningTotals(event.id());
                if (json) {
                    ArrayNode array = Json.array();
                    rows.forEach(row -> array.add(Json.contract(row)));
                    Json.print(out, array);
                } else {
                    printText(out, root.messages(), rows);
                }
            }
            return ConferenceDeskCli.OK;
        }

        private static void printText(PrintWriter out, Messages messages, List<ContractWithRunningTotal> rows) {
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
    }

    /**
     * {@code list guests [--json]}: the event's guests in the order they were added; as a JSON array
     * (fields named as in {@link Json#guest}) or an aligned text table whose first column is the
     * guest's number (the one {@code merge guests} takes).
     */
    @Command(name = "guests", sortOptions = false)
    static final class ListGuests implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", descriptionKey = "option.json")
        private boolean json;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = root.openContext()) {
                Event event = root.chooseEvent(context, false);
                List<Guest> guests = context.guests().list(event.id());
                if (json) {
                    ArrayNode array = Json.array();
                    guests.forEach(g -> array.add(Json.guest(g, event.timeZone())));
                    Json.print(out, array);
                } else {
                    printText(out, root.messages(), guests, event.timeZone());
                }
            }
            return ConferenceDeskCli.OK;
        }

        private static void printText(PrintWriter out, Messages messages, List<Guest> guests, java.time.ZoneId zone) {
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
                table.row(String.valueOf(g.id()), g.fullName(), g.organisation(), words.get("category." + g.category().name()),
                        words.get("attendance." + g.attendance().name()),
                        words.get("invitationStatus." + g.invitationStatus().name()),
                        g.checkedInAt() == null ? "" : time.format(g.checkedInAt().atZone(zone)));
            }
            table.print(out);
            out.flush();
        }
    }
}
