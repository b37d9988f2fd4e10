package org.conferencedesk.importexport;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestDuplicates;
import org.conferencedesk.guests.GuestException;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestMerging;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Imports an event's guests from CSV and XLSX files. Every row is read and checked first
 * ({@link GuestRowConverter}, {@link org.conferencedesk.guests.GuestRules}), and so is every row
 * that looks like a guest already in the event or an earlier row of the file
 * ({@link GuestDuplicates#matchIncoming}, {@link GuestDuplicates#find}); only then is anything saved,
 * in one transaction ({@link GuestService#importGuests}).
 *
 * <ul>
 *   <li>All or nothing by default: any bad row refuses the import, every problem reported (file,
 *       line as the user sees it, column as written, reason in the user's language).
 *       {@link GuestImportOptions#partial()} imports the good rows and reports the rest.</li>
 *   <li>Duplicates: without an answer ({@link GuestImportOptions#duplicates()} or one per line) the
 *       import is refused with {@link DuplicateGuestsException} listing each such row. Skip leaves
 *       the row out; merge merges it into the existing guest ({@link GuestMerging}: existing values
 *       kept, empty ones filled, clashes into the notes) or into the earlier row; add adds it. A
 *       general "merge" never merges a row whose only likeness is the name: it is added and listed
 *       in {@link GuestImportResult#addedNameOnly()}.</li>
 * </ul>
 *
 * <p>Reading: {@link SpreadsheetReader} (UTF-8 with or without BOM, GB18030; comma, semicolon,
 * tab; the first visible sheet or a chosen one; a header spanning two merged rows). Headers:
 * {@link GuestHeaders}. Check-in times without an offset are in the event's time zone
 * (Asia/Shanghai by default). Thread-safe; call it off the FX application thread.
 */
public final class GuestImportService {

    /** How many data rows {@link GuestImportPreview#firstRows()} holds. */
    public static final int PREVIEW_ROWS = 20;

    /** How often (in rows) reading reports progress. */
    private static final int PROGRESS_EVERY = 256;

    private final GuestService guests;
    private final EventService events;

    /**
     * @param guests the guest list imported into
     * @param events the events (for their time zone)
     */
    public GuestImportService(GuestService guests, EventService events) {
        this.guests = guests;
        this.events = events;
    }

    /**
     * The rows of a file read and checked, nothing saved. {@code table} keeps only the first
     * {@value #PREVIEW_ROWS} rows (the rest are no longer needed once converted: 100,000 rows kept
     * alive while saving made every garbage collection copy them); {@code rowCount} counts them all.
     */
    private record Checked(SpreadsheetTable table, int rowCount, GuestHeaders.Recognised headers, List<Integer> lines,
                           List<Guest> incoming, List<ImportProblem> problems, List<GuestDuplicate> duplicates) {
    }

    /**
     * Reads and checks {@code file} without saving anything, for the window's preview: how it was
     * read and mapped, its first rows, every problem and every duplicate row.
     *
     * @param locale the language of the problems
     * @return the preview; a file that cannot be read at all gives one with no headers and its problem
     */
    public GuestImportPreview preview(long eventId, Path file, GuestImportOptions options, Locale locale) {
        Checked checked;
        try {
            checked = check(eventId, file, options, ProgressMonitor.NONE, locale);
        } catch (ImportRejectedException e) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            return new GuestImportPreview(name, null, null, null, List.of(), null, List.of(), Map.of(), List.of(),
                    List.of(), 0, 0, e.problems(), List.of());
        }
        SpreadsheetTable table = checked.table();
        return new GuestImportPreview(table.file(), table.format(), table.encoding(), table.delimiter(),
                table.sheetNames(), table.sheet(), table.header().cells(),
                checked.headers() == null ? Map.of() : checked.headers().used(),
                checked.headers() == null ? List.of() : checked.headers().unmapped(),
                table.rows(), checked.rowCount(), checked.incoming().size(), checked.problems(), checked.duplicates());
    }

    /**
     * Reads, checks and imports {@code file} into the event in one transaction, with the answers
     * for duplicates in {@code options} only.
     *
     * @see #importGuests(long, Path, GuestImportOptions, Map, ProgressMonitor, Locale)
     */
    public GuestImportResult importGuests(long eventId, Path file, GuestImportOptions options, ProgressMonitor monitor,
                                          Locale locale) {
        return importGuests(eventId, file, options, Map.of(), monitor, locale);
    }

    /**
     * Reads, checks and imports {@code file} into the event in one transaction. Progress is
     * reported while reading and once for saving; cancellation is checked while reading and before
     * saving.
     *
     * @param decisions the user's answer for single duplicate rows, by line; a row without one takes
     *                  {@link GuestImportOptions#duplicates()} ({@link GuestDuplicate#forAll})
     * @param locale the language of the problems, progress texts and merge notes
     * @return how many guests were added, merged and skipped, and the rows a partial import left out
     * @throws ImportRejectedException listing every problem (all or nothing), or the problem of the
     *         whole file, or when a partial import has no good row; nothing is imported
     * @throws DuplicateGuestsException if rows look like existing guests (or earlier rows) and some
     *         have no answer; nothing is imported
     * @throws org.conferencedesk.shared.OperationCancelledException if cancelled; nothing is imported
     * @throws GuestException if a guest to merge into was deleted meanwhile; nothing is imported
     */
    public GuestImportResult importGuests(long eventId, Path file, GuestImportOptions options,
                                          Map<Integer, DuplicateAction> decisions, ProgressMonitor monitor,
                                          Locale locale) {
        Messages messages = Messages.of("importexport", locale);
        Checked checked = check(eventId, file, options, monitor, locale);
        List<ImportProblem> problems = new ArrayList<>(checked.problems());
        if (!problems.isEmpty() && (!options.partial() || checked.headers() == null || checked.incoming().isEmpty())) {
            throw new ImportRejectedException(problems);
        }
        List<GuestDuplicate> unanswered = checked.duplicates().stream()
                .filter(d -> !decisions.containsKey(d.line()) && options.duplicates() == null).toList();
        if (!unanswered.isEmpty()) {
            throw new DuplicateGuestsException(unanswered, unanswered.stream()
                    .map(d -> describe(d, checked, messages)).toList());
        }
        Plan plan = plan(checked, options, decisions, locale, problems, messages);
        if (!problems.isEmpty() && !options.partial()) {
            throw new ImportRejectedException(problems);
        }
        monitor.throwIfCancelled();
        long total = checked.rowCount() + 1L;
        monitor.progress(total - 1, total, messages.get("guest.progress.saving", plan.added.size()));
        int added;
        try {
            added = guests.importGuests(eventId, plan.added, List.copyOf(plan.mergedInto.values()),
                    file.getFileName() == null ? null : file.getFileName().toString());
        } catch (GuestException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(checked.table().file(), 0, null, e.sentence(locale))));
        }
        monitor.progress(total, total, messages.get("guest.progress.done", added));
        List<ImportProblem> left = options.partial() ? problems : List.of();
        return new GuestImportResult(added, plan.mergedRows, plan.skipped, left, plan.addedNameOnly);
    }

    /** What will be saved. */
    private static final class Plan {
        final List<Guest> added = new ArrayList<>();
        final Map<Long, Guest> mergedInto = new LinkedHashMap<>();
        final List<GuestDuplicate> addedNameOnly = new ArrayList<>();
        int mergedRows;
        int skipped;
    }

    /** Where a row went: a new guest (index in the added list) or an existing one (id). */
    private record Destination(Integer newIndex, Long existingId) {
    }

    private Plan plan(Checked checked, GuestImportOptions options, Map<Integer, DuplicateAction> decisions, Locale locale,
                      List<ImportProblem> problems, Messages messages) {
        Plan plan = new Plan();
        Map<Integer, GuestDuplicate> byLine = new HashMap<>();
        checked.duplicates().forEach(d -> byLine.put(d.line(), d));
        Map<Integer, Destination> destinations = new HashMap<>();
        Map<Long, Guest> existingById = new HashMap<>();
        for (int i = 0; i < checked.incoming().size(); i++) {
            int line = checked.lines().get(i);
            Guest row = checked.incoming().get(i);
            GuestDuplicate duplicate = byLine.get(line);
            if (duplicate == null) {
                destinations.put(line, new Destination(plan.added.size(), null));
                plan.added.add(row);
                continue;
            }
            DuplicateAction action = decisions.get(line);
            if (action == null) {
                action = duplicate.forAll(options.duplicates());
                if (action == DuplicateAction.ADD && options.duplicates() == DuplicateAction.MERGE) {
                    plan.addedNameOnly.add(duplicate);
                }
            }
            Destination target = duplicate.inFile() ? destinations.get(duplicate.earlierLine())
                    : new Destination(null, duplicate.existing().id());
            if (!duplicate.inFile()) {
                existingById.putIfAbsent(duplicate.existing().id(), duplicate.existing());
            }
            switch (action) {
                case ADD -> {
                    destinations.put(line, new Destination(plan.added.size(), null));
                    plan.added.add(row);
                }
                case SKIP -> {
                    destinations.put(line, target);
                    plan.skipped++;
                }
                case MERGE -> {
                    if (target == null) {
                        // The earlier row was itself left out by a problem (partial import): add this one.
                        destinations.put(line, new Destination(plan.added.size(), null));
                        plan.added.add(row);
                        break;
                    }
                    try {
                        if (target.newIndex() != null) {
                            Guest into = plan.added.get(target.newIndex());
                            plan.added.set(target.newIndex(), GuestMerging.merge(into, List.of(row), locale));
                        } else {
                            Guest into = plan.mergedInto.getOrDefault(target.existingId(), existingById.get(target.existingId()));
                            plan.mergedInto.put(target.existingId(), GuestMerging.merge(into, List.of(row), locale));
                        }
                        destinations.put(line, target);
                        plan.mergedRows++;
                    } catch (GuestException e) {
                        problems.add(new ImportProblem(checked.table().file(), line,
                                columnName(checked, GuestField.NOTES), e.sentence(locale)));
                    }
                }
                default -> throw new IllegalStateException(action.name());
            }
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::line));
        return plan;
    }

    private Checked check(long eventId, Path file, GuestImportOptions options, ProgressMonitor monitor, Locale locale) {
        Messages messages = Messages.of("importexport", locale);
        monitor.throwIfCancelled();
        SpreadsheetTable table = new SpreadsheetReader(locale).read(file, options.encoding(), options.delimiter(), options.sheet());
        GuestHeaders.Recognised headers = GuestHeaders.recognise(table.header().cells(), options.mapping(), options.ignored());
        List<ImportProblem> problems = headerProblems(table, headers, options, messages);
        if (!problems.isEmpty()) {
            return new Checked(firstRowsOnly(table), table.rows().size(), null, List.of(), List.of(), problems, List.of());
        }
        if (table.rows().isEmpty()) {
            return new Checked(table, 0, headers, List.of(), List.of(),
                    List.of(new ImportProblem(table.file(), 0, null, messages.get("guest.file.noRows", table.file()))), List.of());
        }
        ZoneId zone = events.find(eventId).map(Event::timeZone).orElse(Event.DEFAULT_TIME_ZONE);
        GuestRowConverter converter = new GuestRowConverter(table, headers, locale, eventId, zone);
        int total = table.rows().size();
        List<Integer> lines = new ArrayList<>(total);
        List<Guest> incoming = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            SpreadsheetRow row = table.rows().get(i);
            GuestRowConverter.Converted converted = converter.convert(row);
            problems.addAll(converted.problems());
            if (converted.guest() != null) {
                lines.add(row.line());
                incoming.add(converted.guest());
            }
            if (i % PROGRESS_EVERY == 0 || i == total - 1) {
                monitor.throwIfCancelled();
                monitor.progress(i + 1, total + 1L, messages.get("progress.row", String.valueOf(row.line())));
            }
        }
        List<GuestDuplicate> duplicates = duplicates(guests.list(eventId), incoming, lines);
        return new Checked(firstRowsOnly(table), total, headers, lines, incoming, problems, duplicates);
    }

    private static SpreadsheetTable firstRowsOnly(SpreadsheetTable table) {
        return table.withRows(table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size())));
    }

    /** Rows like existing guests, and rows like earlier rows of the file, in file order. */
    private static List<GuestDuplicate> duplicates(List<Guest> existing, List<Guest> incoming, List<Integer> lines) {
        GuestDuplicate[] byIndex = new GuestDuplicate[incoming.size()];
        // Each row's keys are folded once, for both checks.
        List<GuestDuplicates.Keys> keys = GuestDuplicates.keysOf(incoming);
        if (!existing.isEmpty()) {
            for (GuestDuplicates.Match match : GuestDuplicates.matchIncoming(existing, incoming, keys)) {
                int i = match.incomingIndex();
                byIndex[i] = new GuestDuplicate(lines.get(i), incoming.get(i), match.existing().get(0), 0, match.reasons());
            }
        }
        List<GuestDuplicates.Group> groups = GuestDuplicates.find(incoming, keys);
        if (!groups.isEmpty()) {
            Map<Guest, Integer> index = new IdentityHashMap<>(incoming.size() * 2);
            for (int i = 0; i < incoming.size(); i++) {
                index.put(incoming.get(i), i);
            }
            for (GuestDuplicates.Group group : groups) {
                int[] members = new int[group.guests().size()];
                int count = 0;
                for (Guest g : group.guests()) {
                    Integer i = index.get(g);
                    if (i == null) {
                        i = incoming.indexOf(g);
                    }
                    if (i >= 0) {
                        members[count++] = i;
                    }
                }
                java.util.Arrays.sort(members, 0, count);
                for (int k = 1; k < count; k++) {
                    int i = members[k];
                    if (byIndex[i] == null) {
                        byIndex[i] = new GuestDuplicate(lines.get(i), incoming.get(i), null, lines.get(members[0]),
                                group.reasons());
                    }
                }
            }
        }
        List<GuestDuplicate> found = new ArrayList<>();
        for (GuestDuplicate d : byIndex) {
            if (d != null) {
                found.add(d);
            }
        }
        return found;
    }

    /** The sentence for a duplicate row: who it looks like and why. */
    static String describe(GuestDuplicate d, Messages messages) {
        String reasons = d.reasons().stream().sorted().map(r -> messages.get("guest.duplicate.reason." + r.name()))
                .collect(Collectors.joining(messages.get("guest.duplicate.reasonSeparator")));
        if (d.inFile()) {
            return messages.get("guest.duplicate.inFile", d.incoming().fullName(), d.earlierLine(), reasons);
        }
        Guest e = d.existing();
        List<String> about = new ArrayList<>();
        for (String s : new String[] {e.organisation(), e.email(), e.phone()}) {
            if (s != null && !s.isBlank()) {
                about.add(s);
            }
        }
        return messages.get("guest.duplicate.existing", d.incoming().fullName(), e.fullName(),
                about.isEmpty() ? "—" : String.join(", ", about), reasons);
    }

    private static ImportProblem describe(GuestDuplicate d, Checked checked, Messages messages) {
        return new ImportProblem(checked.table().file(), d.line(), columnName(checked, GuestField.FULL_NAME),
                describe(d, messages));
    }

    private static String columnName(Checked checked, GuestField field) {
        int column = checked.headers() == null ? -1 : checked.headers().column(field);
        return column < 0 ? null : checked.table().header().cell(column);
    }

    private static List<ImportProblem> headerProblems(SpreadsheetTable table, GuestHeaders.Recognised headers,
                                                      GuestImportOptions options, Messages messages) {
        List<ImportProblem> problems = new ArrayList<>();
        int line = table.header().line();
        String found = table.header().cells().stream().filter(h -> !h.isBlank())
                .map(h -> "“" + h + "”").collect(Collectors.joining(", "));
        for (String unknown : headers.unknownOverrides()) {
            problems.add(new ImportProblem(table.file(), line, null, messages.get("header.mapUnknown", unknown, found)));
        }
        // --map HEADER=ignore for a header that is not there: a typo, and the column meant is imported after all.
        for (String ignored : options.ignored()) {
            if (table.header().cells().stream().noneMatch(h -> HeaderMatching.sameHeader(h, ignored))) {
                problems.add(new ImportProblem(table.file(), line, null, messages.get("header.mapUnknown", ignored, found)));
            }
        }
        if (headers.column(GuestField.FULL_NAME) < 0) {
            // Big5 text decodes as GB18030 too, into other characters: say so when the headers may be garbled.
            String hint = "GB18030".equals(table.encoding()) ? messages.get("guest.header.encodingHint") : "";
            // One header cell holding the whole line: the columns are separated by a pipe, which is not detected.
            String cell = table.header().cells().size() == 1 ? table.header().cell(0).strip() : "";
            if (hint.isEmpty() && table.format() == SpreadsheetTable.Format.CSV && cell.indexOf('|') > 0) {
                hint = messages.get("guest.header.delimiterHint", "|");
            }
            problems.add(new ImportProblem(table.file(), line, null,
                    messages.get("guest.header.missing", found, GuestField.FULL_NAME.jsonName()) + hint));
        }
        problems.addAll(twiceProblems(table, headers, options, messages));
        return problems;
    }

    /**
     * A second column recognised as a field another column already holds (two 姓名, or 电话 and 手机)
     * would be left out without a word, and its text lost: refused unless that field was mapped
     * with {@code --map} or the column is ignored.
     */
    private static List<ImportProblem> twiceProblems(SpreadsheetTable table, GuestHeaders.Recognised headers,
                                                     GuestImportOptions options, Messages messages) {
        List<ImportProblem> problems = new ArrayList<>();
        List<String> cells = table.header().cells();
        for (int i = 0; i < cells.size(); i++) {
            String header = cells.get(i);
            GuestField field = header.isBlank() ? null : GuestHeaders.fieldOf(header);
            if (field == null || headers.column(field) < 0 || headers.columns().containsValue(i)
                    || options.mapping().containsValue(field)
                    || options.ignored().stream().anyMatch(h -> HeaderMatching.sameHeader(header, h))) {
                continue;
            }
            int first = headers.column(field);
            String firstHeader = cells.get(first);
            String fieldName = Messages.of("guests", messages.locale()).get("field." + field.jsonName());
            boolean same = firstHeader.strip().equals(header.strip());
            problems.add(new ImportProblem(table.file(), table.header().line(), header,
                    messages.get(same ? "guest.header.sameTwice" : "guest.header.twice", fieldName, firstHeader,
                            first + 1, header, i + 1)));
        }
        return problems;
    }
}
