package org.conferencedesk.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.storage.AuditEntry;
import org.conferencedesk.storage.AuditFilter;
import org.conferencedesk.storage.AuditText;
import org.conferencedesk.storage.AuditWithholding;
import org.conferencedesk.storage.FieldChange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit [--json] [--limit N] [--lang zh|en]}: the event's audit trail, newest first, the same
 * lines the window's Help → Audit trail… shows. JSON: an array of {@code {"occurredAt" (ISO with the
 * event's offset, "2020-11-26T12:00:00+08:00"), "actor", "recordType", "recordId", "action",
 * "summary", "changes": [{"field", "before", "after"}]}} with values as stored (amounts as strings in
 * yuan, dates ISO). A value readers may not see yet (a committee member's scores before the category is
 * signed off, {@link org.conferencedesk.storage.AuditWithholding}) is left out: its change has
 * {@code "withheld": true} and null {@code before} and {@code after}, in the text a note.
 */
@Command(name = "audit", sortOptions = false)
final class AuditCommand implements Callable<Integer> {

    /** Changes shown when {@code --limit} is not given. */
    static final int DEFAULT_LIMIT = 200;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "option.json")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", descriptionKey = "option.limit")
    private int limit = DEFAULT_LIMIT;

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "option.lang")
    private Lang lang;

    @Override
    public Integer call() {
        ConferenceDeskCommand root = Commands.root(spec);
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), root.messages().get("error.limit", limit));
        }
        try (AppContext context = root.openContext()) {
            Event event = root.chooseEvent(context, false);
            List<AuditEntry> entries = context.audit().list(event.id(), AuditFilter.ALL, limit);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ArrayNode array = Json.array();
                AuditWithholding withholding = context.audit().withholding();
                entries.forEach(e -> array.add(entry(e, event, withholding.withheldFields(e))));
                Json.print(out, array);
            } else {
                printText(out, root, event, entries, context.auditWords(), context.audit().withholding());
            }
        }
        return ConferenceDeskCli.OK;
    }

    private static ObjectNode entry(AuditEntry e, Event event, Set<String> withheld) {
        ObjectNode node = Json.object();
        // Always with seconds ("…T12:00:00+08:00"); OffsetDateTime.toString() drops ":00".
        node.put("occurredAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.occurredAt().atZone(event.timeZone())));
        node.put("actor", e.actor());
        node.put("recordType", e.recordType());
        node.put("recordId", e.recordId());
        node.put("action", e.action().name());
        node.put("summary", e.summary());
        ArrayNode changes = node.putArray("changes");
        for (FieldChange c : e.changes()) {
            ObjectNode change = changes.addObject();
            change.put("field", c.field());
            boolean hidden = withheld.contains(c.field());
            change.put("before", hidden ? null : c.before());
            change.put("after", hidden ? null : c.after());
            if (hidden) {
                change.put("withheld", true);
            }
        }
        return node;
    }

    private void printText(PrintWriter out, ConferenceDeskCommand root, Event event, List<AuditEntry> entries,
                           List<org.conferencedesk.storage.AuditVocabulary> words, AuditWithholding withholding) {
        AuditText text = new AuditText(Lang.or(lang, root.locale()), event.timeZone(), words, withholding);
        if (entries.isEmpty()) {
            out.println(text.messages().get("empty"));
            out.flush();
            return;
        }
        var m = text.messages();
        TextTable table = new TextTable(m.get("column.time", org.conferencedesk.shared.i18n.ZoneNames.name(event.timeZone(), m.locale())), m.get("column.actor"),
                m.get("column.action"), m.get("column.record"), m.get("column.changes"));
        for (AuditEntry e : entries) {
            table.row(text.time(e), text.actor(e), text.action(e), text.record(e), text.changes(e));
        }
        table.print(out);
        out.flush();
    }
}
