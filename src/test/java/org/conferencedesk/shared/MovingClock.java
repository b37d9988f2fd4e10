package org.conferencedesk.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand ({@link #set}), and that can move on by itself by a step at every
 * reading ({@link #ticking}), so that each change a test makes gets its own time. UTC; thread-safe.
 */
public final class MovingClock extends Clock {

    private final Duration step;
    private Instant now;

    /** A clock standing at {@code start} until the test moves it. */
    public MovingClock(Instant start) {
        this(start, Duration.ZERO);
    }

    private MovingClock(Instant start, Duration step) {
        this.now = start;
        this.step = step;
    }

    /** A clock at {@code start} whose every reading is {@code step} after the one before. */
    public static MovingClock ticking(Instant start, Duration step) {
        return new MovingClock(start, step);
    }

    /** Moves the clock to {@code at} (the next reading gives it). */
    public synchronized void set(Instant at) {
        now = at;
    }

    @Override
    public synchronized Instant instant() {
        Instant t = now;
        now = now.plus(step);
        return t;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
