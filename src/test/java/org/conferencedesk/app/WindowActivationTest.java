package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The second-start protocol without a window: port file beside the database, "activate" over loopback. */
class WindowActivationTest {

    private static final WindowActivation.CommandRunner NO_COMMANDS = (request, out, err) -> java.util.Optional.of(9);

    @TempDir
    Path folder;

    @Test
    void aSecondStartReachesTheRunningWindowWhichComesToTheFront() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        AtomicInteger activations = new AtomicInteger();
        CountDownLatch activated = new CountDownLatch(1);
        try (WindowActivation running = WindowActivation.listen(db, () -> {
            activations.incrementAndGet();
            activated.countDown();
        }, NO_COMMANDS)) {
            Path portFile = folder.resolve("wimc.window");
            assertThat(WindowActivation.portFile(db)).isEqualTo(portFile);
            assertThat(Files.readAllLines(portFile).get(0)).isEqualTo(Integer.toString(running.port()));
            // The second line is the secret every request must bring; only the user may read it.
            assertThat(Files.readAllLines(portFile).get(1)).hasSize(48);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(portFile)))
                    .isEqualTo("rw-------");

            assertThat(WindowActivation.activateRunning(folder.resolve("wimc"))).isTrue();
            assertThat(activated.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(activations.get()).isEqualTo(1);
        }
        assertThat(folder.resolve("wimc.window")).doesNotExist();
        assertThat(WindowActivation.activateRunning(db)).isFalse();
    }

    @Test
    void aStalePortFileIsNotARunningWindow() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        Files.writeString(folder.resolve("wimc.window"), Integer.toString(freePort));
        assertThat(WindowActivation.activateRunning(db)).isFalse();

        Files.writeString(folder.resolve("wimc.window"), "not a port");
        assertThat(WindowActivation.activateRunning(db)).isFalse();
    }

    @Test
    void anotherDatabaseHasItsOwnPortFile() throws Exception {
        try (WindowActivation running = WindowActivation.listen(folder.resolve("wimc"), () -> { }, NO_COMMANDS)) {
            assertThat(WindowActivation.activateRunning(folder.resolve("other"))).isFalse();
        }
    }
}
