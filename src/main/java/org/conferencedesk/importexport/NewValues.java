package org.conferencedesk.importexport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.record.RecordField;

/**
 * The values of one import that the event's lists do not know, each once for the whole file with the
 * rows it stands in (the first {@value #LINES_KEPT} lines and a count, so a big file keeps little),
 * and the user's answer. One per reading of the file; not thread-safe.
 */
final class NewValues {

    /** Lines named per value; the rest are counted. */
    static final int LINES_KEPT = 10;

    private final ValueAnswers answers;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    NewValues(ValueAnswers answers) {
        this.answers = answers == null ? ValueAnswers.NONE : answers;
    }

    /** One value the event does not know, in one column. */
    private static final class Entry {
        final RecordField field;
        final String header;
        final String written;
        final List<String> choices;
        final boolean asks;
        final String answer;
        final List<Integer> lines = new ArrayList<>();
        int rows;

        Entry(RecordField field, String header, String written, List<String> choices, boolean asks, String answer) {
            this.field = field;
            this.header = header;
            this.written = written;
            this.choices = choices;
            this.asks = asks;
            this.answer = answer;
        }

        boolean waiting() {
            return asks && answer == null;
        }
    }

    /**
     * The value {@code written} (stripped, not empty) means in {@code field}'s list: the user's answer,
     * a known value, or a new value added; null (the row waits, nothing recorded on it) for a new
     * value of a list that asks, with no answer.
     */
    <V> V resolve(int line, RecordField field, String header, ValueList<V> list, String written) {
        String answer = answers.answer(field, header, written);
        if (answer == null) {
            V known = list.known(written);
            if (known != null) {
                return known;
            }
        }
        String key = field.jsonName() + '\u0000' + ChoiceWords.fold(written);
        Entry entry = entries.get(key);
        if (entry == null) {
            // Another spelling of a value met earlier takes that value's answer and first spelling.
            entry = new Entry(field, header, written, list.shown(), list.asks(),
                    answer != null ? answer : answers.addNew() ? written : null);
            entries.put(key, entry);
        }
        entry.rows++;
        if (entry.lines.size() < LINES_KEPT) {
            entry.lines.add(line);
        }
        if (entry.answer == null) {
            return list.asks() ? null : list.added(entry.written);
        }
        V chosen = list.known(entry.answer);
        return chosen != null ? chosen : list.added(entry.answer);
    }

    /** One problem per new value still waiting for an answer, at its first line, naming its rows. */
    List<ImportProblem> problems(String file, Messages messages) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (!e.waiting()) {
                continue;
            }
            String lines = e.lines.stream().map(String::valueOf).collect(Collectors.joining(messages.get("value.join")));
            String rows = e.rows > e.lines.size() ? messages.get("value.rowsMore", lines, e.rows) : lines;
            String label = e.header == null ? e.field.jsonName() : e.header;
            String choices = e.choices.isEmpty() ? "–" : String.join(messages.get("value.join"), e.choices);
            problems.add(new ImportProblem(file, e.lines.get(0), e.header,
                    messages.get("value.unknown", label, e.written, rows, choices)));
        }
        return problems;
    }

    /** Every new value with its rows, its choices and its answer, in the order first met. */
    List<ImportPreview.NewValue> preview() {
        List<ImportPreview.NewValue> list = new ArrayList<>();
        for (Entry e : entries.values()) {
            list.add(new ImportPreview.NewValue(e.field, e.header, e.written, e.rows, e.lines, e.choices, e.asks,
                    e.answer));
        }
        return list;
    }
}
