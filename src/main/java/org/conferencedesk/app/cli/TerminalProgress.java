package org.conferencedesk.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * A progress bar for long commands on a terminal: {@code [########------] 57%  57,000 of 100,000 ·
 * 41,200 rows/s · 0:01 left · Saving 7,000 of 50,000}, redrawn in place at most five times a second and
 * wiped when the work ends. Only made when the command runs on a terminal ({@link System#console()});
 * when its output goes to a file or a pipe nothing extra is printed. Never cancels.
 *
 * <p>The rate and the time left are those of the current step: when the work starts counting again
 * (an import reads a big file, then checks and saves its rows) or changes its total, the clock
 * starts again, so the rate is not that of the rows of this step over the time of all steps.
 */
final class TerminalProgress implements ProgressMonitor, AutoCloseable {

    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final Messages messages;
    private final LongSupplier nanoTime;
    private long lastDrawn;
    private boolean drawn;
    private int lastLength;
    /** Where the current step started: its clock, its first count, its total. */
    private long stepStarted;
    private long stepFrom;
    private long stepTotal = -1;
    private long lastDone;

    /** A bar written to {@code out}, timed with {@code nanoTime} ({@link System#nanoTime} but in tests). */
    TerminalProgress(PrintWriter out, Messages messages, LongSupplier nanoTime) {
        this.out = out;
        this.messages = messages;
        this.nanoTime = nanoTime;
        this.stepStarted = nanoTime.getAsLong();
    }

    /** A bar on the terminal, or null when the command does not run on one. */
    static TerminalProgress onConsole(Messages messages) {
        Console console = System.console();
        return console == null ? null : new TerminalProgress(console.writer(), messages, System::nanoTime);
    }

    @Override
    public synchronized void progress(long done, long total, String what) {
        long now = nanoTime.getAsLong();
        if (total != stepTotal || done < lastDone) {
            stepStarted = now;
            stepFrom = done;
            stepTotal = total;
        }
        lastDone = done;
        if (drawn && now - lastDrawn < REDRAW_NANOS && done < total) {
            return;
        }
        drawn = true;
        lastDrawn = now;
        String line = line(done, total, what, done - stepFrom, (now - stepStarted) / 1e9);
        // Spaces wipe what a longer line before left at the end.
        out.print('\r' + line + " ".repeat(Math.max(0, lastLength - line.length())));
        lastLength = line.length();
        out.flush();
    }

    /**
     * The bar's text for {@code done} of {@code total}, {@code doneInStep} of them in the
     * {@code seconds} since the current step started.
     */
    String line(long done, long total, String what, long doneInStep, double seconds) {
        double fraction = total <= 0 ? 0 : Math.min(1, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        StringBuilder bar = new StringBuilder("[");
        bar.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        bar.append(String.format("%3d%%", Math.round(fraction * 100)));
        double rate = seconds > 0.2 ? doneInStep / seconds : 0;
        if (rate > 0) {
            long left = Math.round((total - done) / rate);
            bar.append("  ").append(messages.get("progress.rate", Math.round(rate), left / 60, String.format("%02d", left % 60)));
        }
        if (what != null && !what.isBlank()) {
            bar.append(" · ").append(what);
        }
        return bar.toString();
    }

    /** Wipes the bar, so that what the command prints next starts on a clean line. */
    @Override
    public synchronized void close() {
        if (drawn) {
            out.print("\r" + " ".repeat(lastLength) + "\r");
            out.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
