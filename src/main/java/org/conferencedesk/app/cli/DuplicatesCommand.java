package org.conferencedesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestDuplicates;
import org.conferencedesk.guests.GuestException;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code duplicates guests [--json]}: the event's likely duplicate guests ({@link GuestDuplicates}),
 * and {@code merge guests KEEP_ID ID...} / {@code unmerge guests MERGE_ID} to act on them by hand.
 * Finding never merges anything.
 */
// The cli bundle's conferencedesk.duplicates[.guests].usage.description (English and Chinese) wins over these English fallbacks.
@Command(name = "duplicates", subcommands = DuplicatesCommand.Guests.class,
        description = "Find likely duplicate records for review (nothing is merged).")
final class DuplicatesCommand {

    /**
     * {@code duplicates guests [--json]}: JSON is an array of groups, each an array of
     * {@code {"id": 12, "fullName": "张三"}} in list order; the text lists each group with why its guests
     * match, in the user's language. Exit 0 whether or not there are groups.
     */
    @Command(name = "guests", sortOptions = false,
            description = "List groups of guests that look like the same person (same name written differently, same e-mail "
                    + "or phone) and why; --json prints an array of groups of {id, fullName}. Nothing is merged.")
    static final class Guests implements Callable<Integer> {

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
                List<GuestDuplicates.Group> groups = GuestDuplicates.find(guests);
                if (json) {
                    ArrayNode array = Json.array();
                    for (GuestDuplicates.Group group : groups) {
                        ArrayNode members = array.addArray();
                        for (Guest g : group.guests()) {
                            ObjectNode node = members.addObject();
                            node.put("id", g.id());
                            node.put("fullName", g.fullName());
                        }
                    }
                    Json.print(out, array);
                } else {
                    printText(out, Messages.of("duplicates", root.locale()), Messages.of("guests", root.locale()), guests.size(), groups);
                }
            }
            return ConferenceDeskCli.OK;
        }

        private static void printText(PrintWriter out, Messages m, Messages g, int guestCount, List<GuestDuplicates.Group> groups) {
            if (groups.isEmpty()) {
                out.println(m.get("cli.none", guestCount));
                out.flush();
                return;
            }
            int number = 0;
            for (GuestDuplicates.Group group : groups) {
                number++;
                String reasons = GuestDuplicates.describe(group.reasons(), m.locale());
                out.println(m.get(group.nameOnly() ? "cli.group.nameOnly" : "cli.group", number, reasons));
                TextTable table = new TextTable(m.get("cli.column.id"), g.get("field.fullName"), g.get("field.organisation"),
                        g.get("field.email"), g.get("field.phone"), m.get("cli.column.why"));
                table.alignRight(0);
                for (int i = 0; i < group.guests().size(); i++) {
                    Guest guest = group.guests().get(i);
                    table.row(String.valueOf(guest.id()), guest.fullName(), guest.organisation(), guest.email(), guest.phone(),
                            GuestDuplicates.describe(group.reasonsOf(i), m.locale()));
                }
                table.print(out);
                out.println();
            }
            long nameOnly = groups.stream().filter(GuestDuplicates.Group::nameOnly).count();
            out.println(m.get("cli.summary", groups.size(), nameOnly, guestCount));
            out.flush();
        }
    }

    /** {@code merge guests KEEP_ID ID...}: merges the guests ID... into KEEP_ID (the user's own decision), audited. */
    @Command(name = "merge", subcommands = Merge.Guests.class, description = "Merge records the user has checked are the same.")
    static final class Merge {

        @Command(name = "guests", sortOptions = false,
                description = "Merge the guests ID... into KEEP_ID: it keeps every non-empty value, the others leave the list; "
                        + "audited, and undone with: unmerge guests MERGE_ID.")
        static final class Guests implements Callable<Integer> {

            @Spec
            private CommandSpec spec;

            @Parameters(index = "0", paramLabel = "KEEP_ID", descriptionKey = "param.keepId")
            private long keepId;

            @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", descriptionKey = "param.mergeIds")
            private List<Long> ids;

            @Override
            public Integer call() {
                ConferenceDeskCommand root = Commands.root(spec);
                Messages m = Messages.of("duplicates", root.locale());
                try (AppContext context = root.openContext()) {
                    Event event = root.chooseEvent(context, false);
                    GuestService guests = context.guests();
                    Set<Long> listed = new HashSet<>();
                    guests.list(event.id()).forEach(g -> listed.add(g.id()));
                    for (long id : concat(keepId, ids)) {
                        if (!listed.contains(id)) {
                            return refuse(m.get("cli.notListed", String.valueOf(id), event.displayName()));
                        }
                    }
                    GuestService.Merge merge = guests.merge(event.id(), keepId, ids, root.locale());
                    PrintWriter out = spec.commandLine().getOut();
                    out.println(m.get("cli.merged", merge.mergedIds().size() + 1, merge.kept().fullName(),
                            String.valueOf(keepId), String.valueOf(merge.mergeId())));
                    out.flush();
                    return ConferenceDeskCli.OK;
                } catch (GuestException refused) {
                    return refuse(refused.sentence(root.locale()));
                }
            }

            private int refuse(String sentence) {
                spec.commandLine().getErr().println(sentence);
                spec.commandLine().getErr().flush();
                return ConferenceDeskCli.BAD_INPUT;
            }

            private static List<Long> concat(long first, List<Long> rest) {
                List<Long> all = new java.util.ArrayList<>(rest);
                all.add(0, first);
                return all;
            }
        }
    }

    /** {@code unmerge guests MERGE_ID}: undoes a merge (the number printed by {@code merge guests}). */
    @Command(name = "unmerge", subcommands = Unmerge.Guests.class, description = "Undo a merge.")
    static final class Unmerge {

        @Command(name = "guests", sortOptions = false,
                description = "Undo the merge MERGE_ID (printed by merge guests): the merged guests come back, the kept one gets its values back.")
        static final class Guests implements Callable<Integer> {

            @Spec
            private CommandSpec spec;

            @Parameters(index = "0", paramLabel = "MERGE_ID", descriptionKey = "param.mergeId")
            private long mergeId;

            @Override
            public Integer call() {
                ConferenceDeskCommand root = Commands.root(spec);
                Messages m = Messages.of("duplicates", root.locale());
                PrintWriter err = spec.commandLine().getErr();
                try (AppContext context = root.openContext()) {
                    Event event = root.chooseEvent(context, false);
                    GuestService guests = context.guests();
                    if (!guests.undoMerge(event.id(), mergeId)) {
                        err.println(m.get("cli.unmerge.nothing", String.valueOf(mergeId)));
                        err.flush();
                        return ConferenceDeskCli.BAD_INPUT;
                    }
                    spec.commandLine().getOut().println(m.get("cli.unmerged", String.valueOf(mergeId)));
                    spec.commandLine().getOut().flush();
                    return ConferenceDeskCli.OK;
                } catch (GuestException refused) {
                    err.println(refused.sentence(root.locale()));
                    err.flush();
                    return ConferenceDeskCli.BAD_INPUT;
                }
            }
        }
    }
}
