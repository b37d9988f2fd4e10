package org.conferencedesk.app.startup;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up milestones in milliseconds since the JVM started (RuntimeMXBean start time): the window
 * shown, and the current event's contracts and totals visible. Logged at INFO as
 * {@code startup: window shown at N ms, contracts visible at M ms}, the line docs/BENCHMARKS.md's
 * start-up benchmark reads.
 */
final class StartupClock {

    private static final Logger LOG = LoggerFactory.getLogger(StartupClock.class);

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private long windowShown = -1;
    private long databaseOpen = -1;
    private boolean reported;

    /** Milliseconds since the JVM started. */
    long now() {
        return System.currentTimeMillis() - jvmStart;
    }

    void windowShown() {
        windowShown = now();
        LOG.info("startup: window shown at {} ms", windowShown);
    }

    void databaseOpen() {
        databaseOpen = now();
        LOG.info("startup: database open at {} ms", databaseOpen);
    }

    /** Records the contracts as visible; only the first call counts. Returns true on that first call. */
    boolean contractsVisible() {
        if (reported) {
            return false;
        }
        reported = true;
        long visible = now();
        LOG.info("startup: window shown at {} ms, contracts visible at {} ms (database open at {} ms)",
                windowShown, visible, databaseOpen);
        return true;
    }
}
