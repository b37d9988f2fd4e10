package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.conferencedesk.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The command line's progress bar: rows done, rows per second and time left of the current step. */
class TerminalProgressTest {

    private final StringWriter written = new StringWriter();
    private final AtomicLong clock = new AtomicLong();
    private final TerminalProgress bar = new TerminalProgress(new PrintWriter(written), Messages.of("cli", Locale.ENGLISH),
            clock::get);

    private String lastLine() {
        String[] lines = written.toString().split("\r");
        return lines[lines.length - 1].stripTrailing();
    }

    @Test
    void theRateAndTimeLeftAreThoseOfTheStepUnderWayNotOfEverySinceTheStart() {
        // Reading a big file: 400,000 rows of about 1,000,000 in 20 s.
        bar.progress(0, 1_000_000, "Reading the file: line 1");
        clock.set(20_000_000_000L);
        bar.progress(400_000, 1_000_000, "Reading the file: line 400,001");
        assertThat(lastLine()).isEqualTo("[##########--------------]  40%  20,000 rows/s · 0:30 left · Reading the file: line 400,001");

        // Then the check starts again from 0 of 2,000,001 (check and save): 5,000 rows 1 s later.
        clock.addAndGet(1_000_000_000L);
        bar.progress(0, 2_000_001, "Checking line 2");
        clock.addAndGet(1_000_000_000L);
        bar.progress(5_000, 2_000_001, "Checking line 5,002");

        assertThat(lastLine()).isEqualTo("[------------------------]   0%  5,000 rows/s · 6:39 left · Checking line 5,002");
    }

    @Test
    void closingWipesTheBar() {
        bar.progress(1, 2, "Checking line 2");
        bar.close();

        String line = "[############------------]  50% · Checking line 2";
        assertThat(written.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
    }
}
