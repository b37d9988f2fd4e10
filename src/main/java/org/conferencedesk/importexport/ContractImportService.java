package org.conferencedesk.importexport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractException;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Imports signing-ceremony contracts from CSV and XLSX files, all or nothing: every row is read
 * and checked first, and if any row has a problem nothing is saved and every problem is reported
 * (file, line as the user sees it, column as written, reason in the user's language).
 *
 * <p>Reading: {@link SpreadsheetReader} (encoding and delimiter detection, Excel sheets). Headers:
 * {@link ContractHeaders}. Amounts: {@link org.conferencedesk.shared.money.AmountParser}, exact,
 * yuan; a bare number in a column headed with a unit ({@code 金额（万元）}) is in that unit.
 * Status words: 已签约/签约/signed, 计划/拟签约/待签约/planned, 撤回/取消/withdrawn; empty means signed.
 * Dates: 2020-11-28, 2020/11/28, 2020.11.28, 2020年11月28日, 11/28/2020, Excel dates and serial numbers.
 *
 * <p>Thread-safe; call it off the FX application thread.
 */
public final class ContractImportService {

    /** How many data rows {@link ImportPreview#firstRows()} holds. */
    public static final int PREVIEW_ROWS = 20;

    private final ContractService contracts;

    /** Creates the service over the ledger it imports into. */
    public ContractImportService(ContractService contracts) {
        this.contracts = contracts;
    }

    /**
     * Reads and checks {@code file} without saving anything, for the window's preview.
     *
     * @param locale the language of the problems (Chinese or English)
     * @return how the file was read and mapped, its first rows, and every problem; a file that
     *         cannot be read at all gives a preview with empty headers and its one problem
     */
    public ImportPreview preview(Path file, ImportOptions options, Locale locale) {
        return preview(null, file, options, locale);
    }

    /**
     * As {@link #preview(Path, ImportOptions, Locale)}, and also lists the rows that are already in
     * the event (same project and investor), which the import would refuse.
     *
     * @param eventId the event the file would be imported into, or null not to check
     */
    public ImportPreview preview(Long eventId, Path file, ImportOptions options, Locale locale) {
        Messages messages = Messages.of("importexport", locale);
        SpreadsheetTable table;
        try {
            table = read(file, options, locale);
        } catch (ImportRejectedException e) {
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            return new ImportPreview(name, null, null, null, List.of(), null, List.of(), Map.of(), List.of(),
                    List.of(), 0, 0, e.problems());
        }
        ContractHeaders.Recognised headers = ContractHeaders.recognise(table.header().cells(), options.mapping(), options.ignored());
        List<ImportProblem> problems = new ArrayList<>(headerProblems(table, headers, messages));
        int good = 0;
        if (problems.isEmpty()) {
            ContractRowConverter converter = new ContractRowConverter(table, headers, messages, 0L);
            AlreadyInEvent existing = new AlreadyInEvent(eventId == null ? List.of() : contracts.list(eventId));
            for (SpreadsheetRow row : table.rows()) {
                ContractRowConverter.Converted converted = converter.convert(row);
                problems.addAll(converted.problems());
                ImportProblem twin = converted.contract() == null ? null
                        : existing.problem(converted.contract(), table, headers, row, messages);
                if (twin != null) {
                    problems.add(twin);
                } else if (converted.contract() != null) {
                    good++;
                }
            }
            if (table.rows().isEmpty()) {
                problems.add(new ImportProblem(table.file(), 0, null, messages.get("file.noRows", table.file())));
            }
        }
        return new ImportPreview(table.file(), table.format(), table.encoding(), table.delimiter(), table.sheetNames(),
                table.sheet(), table.header().cells(), headers.used(), headers.unmapped(),
                table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size())), table.rows().size(), good,
                problems);
    }

    /** {@link #preview(Path, ImportOptions, Locale)} with problems in English. */
    public ImportPreview preview(Path file, ImportOptions options) {
        return preview(file, options, Locale.ENGLISH);
    }

    /**
     * Reads, checks and imports every row of {@code file} into the event in one transaction.
     * Problems are in English (the command line); see the overload with a {@link Locale}.
     *
     * @return the number of contracts imported
     * @throws ImportRejectedException listing every bad row (line, column, reason); nothing is imported
     * @throws org.conferencedesk.shared.OperationCancelledException if the monitor cancelled; nothing is imported
     */
    public int importContracts(long eventId, Path file, ImportOptions options, ProgressMonitor monitor) {
        return importContracts(eventId, file, options, monitor, Locale.ENGLISH);
    }

    /**
     * Reads, checks and imports every row of {@code file} into the event in one transaction.
     * Progress is reported once per row (then once for saving); cancellation is checked before
     * each row and before saving. Contracts without a signing order are placed after the event's
     * last one, in file order.
     *
     * @param locale the language of the problems and progress texts (Chinese or English)
     * @return the number of contracts imported
     * @throws ImportRejectedException listing every problem of every row (line, column, reason),
     *         or the one problem with the whole file; nothing is imported
     * @throws org.conferencedesk.shared.OperationCancelledException if the monitor cancelled; nothing is imported
     */
    public int importContracts(long eventId, Path file, ImportOptions options, ProgressMonitor monitor, Locale locale) {
        Messages messages = Messages.of("importexport", locale);
        monitor.throwIfCancelled();
        SpreadsheetTable table = read(file, options, locale);
        ContractHeaders.Recognised headers = ContractHeaders.recognise(table.header().cells(), options.mapping(), options.ignored());
        List<ImportProblem> problems = new ArrayList<>(headerProblems(table, headers, messages));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        if (table.rows().isEmpty()) {
            throw new ImportRejectedException(List.of(
                    new ImportProblem(table.file(), 0, null, messages.get("file.noRows", table.file()))));
        }
        ContractRowConverter converter = new ContractRowConverter(table, headers, messages, eventId);
        AlreadyInEvent existing = new AlreadyInEvent(contracts.list(eventId));
        List<Contract> read = new ArrayList<>(table.rows().size());
        int total = table.rows().size();
        for (int i = 0; i < total; i++) {
            monitor.throwIfCancelled();
            SpreadsheetRow row = table.rows().get(i);
            ContractRowConverter.Converted converted = converter.convert(row);
            problems.addAll(converted.problems());
            if (converted.contract() != null) {
                ImportProblem twin = existing.problem(converted.contract(), table, headers, row, messages);
                if (twin != null) {
                    problems.add(twin);
                } else {
                    read.add(converted.contract());
                }
            }
            monitor.progress(i + 1, total + 1L, messages.get("progress.row", String.valueOf(row.line())));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        monitor.throwIfCancelled();
        monitor.progress(total, total + 1L, messages.get("progress.saving", String.valueOf(read.size())));
        int added;
        try {
            // The audit trail names the file imported (one IMPORTED entry per import).
            added = contracts.addAll(eventId, read, file.getFileName() == null ? null : file.getFileName().toString());
        } catch (ContractException e) {
            // ContractRules was applied per row above; this is a safety net, not a normal path.
            throw new ImportRejectedException(List.of(new ImportProblem(table.file(), 0, null, e.getMessage())));
        }
        monitor.progress(total + 1L, total + 1L, messages.get("progress.done", String.valueOf(added)));
        return added;
    }

    /**
     * The event's contracts by project name and investor (NFKC, case and spacing folded): importing
     * the same file twice must not count every project twice in the totals.
     */
    private static final class AlreadyInEvent {
        private final Map<String, Contract> byKey = new java.util.HashMap<>();
        private final Map<Integer, Contract> byOrder = new java.util.HashMap<>();

        AlreadyInEvent(List<Contract> contracts) {
            contracts.forEach(c -> {
                byKey.putIfAbsent(key(c), c);
                if (c.signingOrder() != null) {
                    byOrder.putIfAbsent(c.signingOrder(), c);
                }
            });
        }

        /** The problem to report if {@code candidate} is already in the event, else null. */
        ImportProblem problem(Contract candidate, SpreadsheetTable table, ContractHeaders.Recognised headers,
                              SpreadsheetRow row, Messages messages) {
            Contract twin = byKey.get(key(candidate));
            if (twin == null) {
                Contract samePlace = candidate.signingOrder() == null ? null : byOrder.get(candidate.signingOrder());
                if (samePlace == null) {
                    return null;
                }
                String orderHeader = table.header().cells().get(headers.column(ContractField.SIGNING_ORDER));
                return new ImportProblem(table.file(), row.line(), orderHeader, messages.get("row.signingOrder.taken",
                        String.valueOf(candidate.signingOrder()), samePlace.projectName()));
            }
            String projectHeader = table.header().cells().get(headers.column(ContractField.PROJECT_NAME));
            return new ImportProblem(table.file(), row.line(), projectHeader, messages.get("row.alreadyInEvent",
                    twin.projectName(), twin.investor() == null ? "—" : twin.investor(),
                    twin.signingOrder() == null ? "—" : String.valueOf(twin.signingOrder())));
        }

        private static String key(Contract c) {
            return fold(c.projectName()) + '\u0000' + fold(c.investor());
        }

        private static String fold(String s) {
            return s == null ? "" : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC)
                    .replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        }
    }

    private static SpreadsheetTable read(Path file, ImportOptions options, Locale locale) {
        return new SpreadsheetReader(locale).read(file, options.encoding(), options.delimiter(), options.sheet());
    }

    private static List<ImportProblem> headerProblems(SpreadsheetTable table, ContractHeaders.Recognised headers,
                                                      Messages messages) {
        List<ImportProblem> problems = new ArrayList<>();
        int line = table.header().line();
        String found = table.header().cells().stream().filter(h -> !h.isBlank())
                .map(h -> "“" + h + "”").collect(Collectors.joining(", "));
        for (String unknown : headers.unknownOverrides()) {
            problems.add(new ImportProblem(table.file(), line, null,
                    messages.get("header.mapUnknown", unknown, found)));
        }
        List<String> missing = new ArrayList<>();
        for (ContractField required : Arrays.asList(ContractField.PROJECT_NAME, ContractField.AMOUNT)) {
            if (headers.column(required) < 0) {
                missing.add(required.jsonName());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(table.file(), line, null, messages.get("header.missing",
                    String.join(", ", missing), found, missing.get(0))));
        }
        return problems;
    }
}
