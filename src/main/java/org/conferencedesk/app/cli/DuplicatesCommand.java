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
import org.conferencedesk.guests.GuestPair;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code duplicates guests [--json]}: the event's likely duplicate guests ({@link GuestDuplicates}),
 * and {@code merge guests KEEP_ID ID...} / {@code unmerge guests MERGE_ID} to act on them by hand,
 * {@code distinct guests ID ID...} / {@code undistinct guests ID ID...} to say guests are different
 * people (or take it back). Finding never merges anything.
 */
// The cli bundle's conferencedesk.duplicates[.guests].usage.description (English and Chinese) wins over these English fallbacks.
@Command(name = "duplicates", subcommands = DuplicatesCommand.Guests.class,
        description = "Find likely duplicate records for review (nothing is merged).")
final class DuplicatesCommand {

    /**
     * {@code duplicates guests [--json]}: JSON is an array of groups, each
     * {@code {"reasons": ["SAME_NAME", "SAME_EMAIL"], "nameOnly": false, "guests": [{"id": 12,
     * "fullName": "张三", "reasons": [...]}, ...], "setAside": [[12, 15]]}}: why the group's guests
     * match (every reason that links two of them, in the order name, e-mail, phone), whether they
     * share nothing but the name, each guest in list order with what links it to the others, and the
     * pairs among them marked as different people (lower id first). The text lists the same, in the
     * user's language. Pairs marked as different people are never linked (a group of
     * only such pairs is left out; the text says how many pairs were set aside, and under a group
     * which of its pairs were marked). Exit 0 whether or not there are groups.
     */
    @Command(name = "guests", sortOptions = false,
            description = "List groups of guests that look like the same person (same name written differently, same e-mail "
                    + "or phone) and why; --json prints an array of groups of {reasons, nameOnly, guests [{id, fullName, "
                    + "reasons}], setAside}. Nothing is merged.")
    static final class Guests implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--json", descriptionKey = "option.json")
        private boolean json;

        @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang")
        private Lang lang;

        @Override
        public Integer call() {
            ConferenceDeskCommand root = Commands.root(spec);
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext context = root.openContext()) {
                Event event = root.chooseEvent(context, false);
                Set<GuestPair> distinct = context.guests().distinctPairs(event.id());
                List<Guest> guests = context.guests().list(event.id());
                List<GuestDuplicates.Group> groups = GuestDuplicates.find(guests, distinct);
                if (json) {
                    Json.print(out, toJson(groups));
                } else {
                    java.util.Locale locale = Lang.or(lang, root.locale());
                    printText(out, Messages.of("duplicates", locale), Messages.of("guests", locale), guests.size(), groups,
                            GuestDuplicates.setAside(guests, distinct, groups));
                }
            }
            return ConferenceDeskCli.OK;
        }

        private static ArrayNode toJson(List<GuestDuplicates.Group> groups) {
            ArrayNode array = Json.array();
            for (GuestDuplicates.Group group : groups) {
                ObjectNode node = array.addObject();
                reasons(node, group.reasons());
                node.put("nameOnly", group.nameOnly());
                ArrayNode members = node.putArray("guests");
                for (int i = 0; i < group.guests().size(); i++) {
                    Guest g = group.guests().get(i);
                    ObjectNode member = members.addObject();
                    member.put("id", g.id());
                    member.put("fullName", g.fullName());
                    reasons(member, group.reasonsOf(i));
                }
                ArrayNode setAside = node.putArray("setAside");
                for (GuestPair pair : group.setAside()) {
                    setAside.addArray().add(pair.low()).add(pair.high());
                }
            }
            return array;
        }

        private static void reasons(ObjectNode node, Set<GuestDuplicates.Reason> reasons) {
            ArrayNode array = node.putArray("reasons");
            reasons.stream().sorted().forEach(r -> array.add(r.name()));
        }

        private static void printText(PrintWriter out, Messages m, Messages g, int guestCount, List<GuestDuplicates.Group> groups,
                                      int setAside) {
            if (groups.isEmpty()) {
                out.println(m.get("cli.none", guestCount));
                if (setAside > 0) {
                    out.println(m.get("cli.setAside", setAside));
                }
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
                if (!group.setAside().isEmpty()) {
                    out.println(m.get("cli.group.setAside", group.setAside().stream().map(GuestPair::toString)
                            .collect(java.util.stream.Collectors.joining(m.get("reason.separator")))));
                }
                out.println();
            }
            long nameOnly = groups.stream().filter(GuestDuplicates.Group::nameOnly).count();
            out.println(m.get("cli.summary", groups.size(), nameOnly, guestCount));
            if (setAside > 0) {
                out.println(m.get("cli.setAside", setAside));
            }
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
                description = "Undo the merge MERGE_ID (printed by merge guests), in any order: the merged guests come back, the kept "
                        + "one loses what they brought; other merges into it and changes made since stay.")
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

    /** {@code distinct guests ID ID...}: "not the same person" from the command line (every pair among the guests), audited. */
    @Command(name = "distinct", subcommands = Distinct.Guests.class, description = "Mark records as different people.")
    static final class Distinct {

        @Command(name = "guests", sortOptions = false,
                description = "Mark the guests ID ID... as different people (every pair among them): duplicates guests and the "
                        + "window no longer show them together; audited, and undone with: undistinct guests ID ID...")
        static final class Guests implements Callable<Integer> {

            @Spec
            private CommandSpec spec;

            @Parameters(index = "0..*", arity = "2..*", paramLabel = "ID", descriptionKey = "param.distinctIds")
            private List<Long> ids;

            @Override
            public Integer call() {
                return markOrUnmark(spec, ids, true);
            }
        }
    }

    /** {@code undistinct guests ID ID...}: takes back "different people" for every pair among the guests. */
    @Command(name = "undistinct", subcommands = Undistinct.Guests.class, description = "Take back \"different people\".")
    static final class Undistinct {

        @Command(name = "guests", sortOptions = false,
                description = "Take back \"different people\" for every pair among the guests ID ID...: duplicates guests shows "
                        + "them together again if they match; audited.")
        static final class Guests implements Callable<Integer> {

            @Spec
            private CommandSpec spec;

            @Parameters(index = "0..*", arity = "2..*", paramLabel = "ID", descriptionKey = "param.distinctIds")
            private List<Long> ids;

            @Override
            public Integer call() {
                return markOrUnmark(spec, ids, false);
            }
        }
    }

    private static int markOrUnmark(CommandSpec spec, List<Long> ids, boolean mark) {
        ConferenceDeskCommand root = Commands.root(spec);
        Messages m = Messages.of("duplicates", root.locale());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AppContext context = root.openContext()) {
            Event event = root.chooseEvent(context, false);
            GuestService guests = context.guests();
            java.util.Map<Long, Guest> listed = new java.util.HashMap<>();
            guests.list(event.id()).forEach(g -> listed.put(g.id(), g));
            String idText = new java.util.TreeSet<>(ids).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" "));
            if (mark) {
                for (long id : ids) {
                    if (!listed.containsKey(id)) {
                        err.println(m.get("cli.notListed", String.valueOf(id), event.displayName()));
                        err.flush();
                        return ConferenceDeskCli.BAD_INPUT;
                    }
                }
                List<GuestPair> added = guests.markDistinct(event.id(), ids);
                if (added.isEmpty()) {
                    out.println(m.get("cli.distinct.already"));
                } else {
                    String names = new java.util.TreeSet<>(ids).stream().map(id -> listed.get(id).fullName() + " (#" + id + ")")
                            .collect(java.util.stream.Collectors.joining(" ≠ "));
                    out.println(m.get("cli.distinct.done", new java.util.HashSet<>(ids).size(), added.size(), names, idText));
                }
            } else {
                int removed = guests.undoDistinct(event.id(), GuestPair.allAmong(ids));
                if (removed == 0) {
                    err.println(m.get("cli.undistinct.nothing"));
                    err.flush();
                    return ConferenceDeskCli.BAD_INPUT;
                }
                out.println(m.get("cli.undistinct.done", removed, idText));
            }
            out.flush();
            return ConferenceDeskCli.OK;
        } catch (GuestException refused) {
            err.println(refused.sentence(root.locale()));
            err.flush();
            return ConferenceDeskCli.BAD_INPUT;
        }
    }
}
