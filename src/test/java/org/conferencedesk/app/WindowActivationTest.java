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

/**
 * The window's door without a window: port file (with the secret) beside the database, activation and
 * forwarded commands over loopback.
 */
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

    @Test
    void aRequestWithoutTheWindowsSecretIsNotAnswered() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        AtomicInteger activations = new AtomicInteger();
        try (WindowActivation running = WindowActivation.listen(db, activations::incrementAndGet, NO_COMMANDS)) {
            Path portFile = folder.resolve("wimc.window");
            Files.writeString(portFile, running.port() + "\n" + "0".repeat(48) + "\n");

            assertThat(WindowActivation.activateRunning(db)).isFalse();
            assertThat(WindowActivation.forward(db, request(null), new java.io.StringWriter(), new java.io.StringWriter())).isEmpty();
            assertThat(activations.get()).isZero();
        }
    }

    @Test
    void aForwardedCommandStreamsItsOutputAndExitCodeOrAsksForThePassword() throws Exception {
        Path db = folder.resolve("wimc.mv.db");
        java.util.List<WindowActivation.CommandRequest> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        WindowActivation.CommandRunner runner = (request, out, err) -> {
            seen.add(request);
            if (request.password() == null) {
                return java.util.Optional.empty();
            }
            try {
                // More than one frame of output, in Chinese, on both streams.
                out.write("嘉宾326位\n".repeat(5_000));
                err.write("提示\n");
                out.flush();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return java.util.Optional.of(7);
        };
        try (WindowActivation running = WindowActivation.listen(db, () -> { }, runner)) {
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();

            assertThat(WindowActivation.forward(db, request(null), out, err))
                    .containsInstanceOf(WindowActivation.CommandAnswer.PasswordRefused.class);
            assertThat(out.toString()).isEmpty();

            assertThat(WindowActivation.forward(db, request("会议密码2020"), out, err))
                    .contains(new WindowActivation.CommandAnswer.Ran(7));
            assertThat(out.toString()).isEqualTo("嘉宾326位\n".repeat(5_000));
            assertThat(err.toString()).isEqualTo("提示\n");
            WindowActivation.CommandRequest last = seen.get(seen.size() - 1);
            assertThat(last.args()).containsExactly("--db", "wimc", "totals", "--lang", "zh");
            assertThat(last.workingDirectory()).isEqualTo(folder);
            assertThat(last.languageTag()).isEqualTo("zh-CN");
            assertThat(new String(last.password())).isEqualTo("会议密码2020");
        }
        assertThat(WindowActivation.forward(db, request(null), new java.io.StringWriter(), new java.io.StringWriter())).isEmpty();
    }

    private WindowActivation.CommandRequest request(String password) {
        return new WindowActivation.CommandRequest(java.util.List.of("--db", "wimc", "totals", "--lang", "zh"), folder, "zh-CN",
                password == null ? null : password.toCharArray());
    }
}
