package org.conferencedesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code events list [--json]} and {@code events create --name NAME [...]}. */
@Command(name = "events", subcommands = {EventsCommand.ListEvents.class, EventsCommand.CreateEvent.class})
final class EventsCommand {

    /** {@code events list [--json]}: every event, the most recent first. */
    @Command(name = "list", sortOptions = false)
    static final class ListEvents implements java.util.concurrent.Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", descriptionKey = "option.json")
        private boolean json;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = root.openContext()) {
                List<Event> events = context.events().list();
                if (json) {
                    ArrayNode array = Json.array();
                    events.forEach(e -> array.add(Json.event(e)));
                    Json.print(out, array);
                    return ConferenceDeskCli.OK;
                }
                Messages messages = root.messages();
                if (events.isEmpty()) {
                    out.println(messages.get("events.none"));
                    return ConferenceDeskCli.OK;
                }
                TextTable table = new TextTable(messages.get("events.column.name"), messages.get("events.column.shortName"),
                        messages.get("events.column.city"), messages.get("events.column.venue"),
                        messages.get("events.column.start"), messages.get("events.column.end"));
                for (Event e : events) {
                    table.row(e.name(), e.shortName(), e.city(), e.venue(), Json.date(e.startDate()), Json.date(e.endDate()));
                }
                table.print(out);
                out.flush();
            }
            return ConferenceDeskCli.OK;
        }
    }

    /** {@code events create --name NAME [--short-name S] [--city C] [--venue V] [--start DATE] [--end DATE]}. */
    @Command(name = "create", sortOptions = false)
    static final class CreateEvent implements java.util.concurrent.Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "option.name")
        private String name;

        @Option(names = "--short-name", paramLabel = "S", descriptionKey = "option.shortName")
        private String shortName;

        @Option(names = "--city", paramLabel = "C", descriptionKey = "option.city")
        private String city;

        @Option(names = "--venue", paramLabel = "V", descriptionKey = "option.venue")
        private String venue;

        @Option(names = "--start", paramLabel = "DATE", descriptionKey = "option.start")
        private LocalDate start;

        @Option(names = "--end", paramLabel = "DATE", descriptionKey = "option.end")
        private LocalDate end;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            Messages messages = root.messages();
            if (name.isBlank()) {
                spec.commandLine().getErr().println(messages.get("events.nameBlank"));
                return ConferenceDeskCli.BAD_INPUT;
            }
            if (start != null && end != null && end.isBefore(start)) {
                spec.commandLine().getErr().println(messages.get("events.endBeforeStart", end.toString(), start.toString()));
                return ConferenceDeskCli.BAD_INPUT;
            }
            try (AppContext context = root.openContext()) {
                Event created = context.events().create(
                        new Event(null, name.strip(), shortName, city, venue, start, end, Event.DEFAULT_TIME_ZONE));
                spec.commandLine().getOut().println(messages.get("events.created", created.name()));
            }
            return ConferenceDeskCli.OK;
        }
    }
}
