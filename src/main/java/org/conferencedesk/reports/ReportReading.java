package org.conferencedesk.reports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one summary report has already read, shared by its sections so that a figure two sections show
 * (the guest totals in the dashboard's charts and in the guests' section) is read from the database once
 * per report, and both show the same value even if a guest checks in while the report is being written.
 * Keyed by the type of what is read; one instance per report and event ({@link SummaryReportService}
 * makes it), never kept after the report.
 *
 * <p>Not thread-safe: a report reads its sections one after the other on one thread.
 */
public final class ReportReading {

    private final Map<Class<?>, Object> read = new HashMap<>();
    private final Set<String> stated = new HashSet<>();

    /**
     * The value of {@code type} this report already read, or what {@code reader} reads now (kept for the
     * rest of the report).
     *
     * @throws NullPointerException if the reader gives null
     */
    public <T> T once(Class<T> type, Supplier<? extends T> reader) {
        Object value = read.get(type);
        if (value == null) {
            value = Objects.requireNonNull(reader.get(), type.getName());
            read.put(type, value);
        }
        return type.cast(value);
    }

    /**
     * Marks that a section's summary has stated the figures named {@code what} (a key the sections agree
     * on, such as {@code "contracts.signed"}), so that a later section does not state them again.
     */
    public void state(String what) {
        stated.add(Objects.requireNonNull(what, "what"));
    }

    /** Whether an earlier section of this report stated the figures named {@code what} ({@link #state}). */
    public boolean stated(String what) {
        return stated.contains(what);
    }
}
