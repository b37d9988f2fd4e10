package org.conferencedesk.reports;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
}
