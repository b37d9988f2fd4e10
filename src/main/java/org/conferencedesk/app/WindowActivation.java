package org.conferencedesk.app;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.conferencedesk.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running window's door on this computer, without JavaFX (issue 5, issue 9): the window listens
 * on a loopback socket (127.0.0.1, a port the system chooses) and writes the port and a random
 * secret into {@code NAME.window} beside the database file, readable by the user only. Two requests
 * come through it, each opened with that secret (a program that cannot read the file cannot ask):
 * <ul>
 * <li>{@link #activateRunning}: a second start of the window on the same database brings the running
 * window to the front and quits;</li>
 * <li>{@link #forward}: a command that only reads ({@code totals}, {@code list}, {@code report} …)
 * while the window holds the database runs inside the window, over the window's open database, and
 * its output and exit code are streamed back. The window checks the password of an encrypted
 * database as opening it would.</li>
 * </ul>
 * A stale file (the window was killed) refuses the connection: the caller then carries on.
 */
public final class WindowActivation implements AutoCloseable {

    /** Opens every request, so that nothing else listening on a reused port is mistaken for the window. */
    static final String HELLO = "conferencedesk-window/2";
    /** Request: bring the window to the front. */
    static final String ACTIVATE = "activate";
    /** Request: run a command that only reads, over the window's open database. */
    static final String COMMAND = "command";
    /** The answer to {@link #ACTIVATE}. */
    static final String OK = "ok";
    /** Frames of a command's answer. */
    static final byte OUT = 'o';
    static final byte ERR = 'e';
    static final byte EXIT = 'x';
    static final byte PASSWORD = 'p';
    private static final int CONNECT_TIMEOUT_MILLIS = 2000;
    /** Chunks of output in one frame: at most 3 bytes each in writeUTF's encoding, within its 65,535. */
    private static final int CHUNK = 16_000;
    private static final Logger LOG = LoggerFactory.getLogger(WindowActivation.class);

    /** A command to run in the window, as the command line was given it. */
    public record CommandRequest(List<String> args, Path workingDirectory, String languageTag, char[] password) {
    }

    /** What the window answered a {@link CommandRequest}. */
    public sealed interface CommandAnswer {
        /** It ran; its output has been written; this is its exit code. */
        record Ran(int exitCode) implements CommandAnswer {
        }

        /** The database is encrypted and the request had no password or a wrong one; nothing ran. */
        record PasswordRefused() implements CommandAnswer {
        }
    }

    /** Runs forwarded commands in the window. */
    @FunctionalInterface
    public interface CommandRunner {
        /**
         * Runs {@code request}, writing its output to {@code out} and {@code err}.
         *
         * @return its exit code, or empty if the password was missing or wrong (nothing ran)
         */
        Optional<Integer> run(CommandRequest request, Writer out, Writer err);
    }

    private final ServerSocket server;
    private final Path portFile;
    private final String secret;
    private final Runnable onActivate;
    private final CommandRunner commands;
    private final AtomicInteger running = new AtomicInteger();

    private WindowActivation(ServerSocket server, Path portFile, String secret, Runnable onActivate, CommandRunner commands) {
        this.server = server;
        this.portFile = portFile;
        this.secret = secret;
        this.onActivate = onActivate;
        this.commands = commands;
    }

    /** The file beside the database that holds the running window's port and secret: {@code ..../NAME.window}. */
    public static Path portFile(Path databaseFile) {
        Path base = Database.basePath(databaseFile);
        return base.resolveSibling(base.getFileName() + ".window");
    }

    /**
     * Listens for second starts on the database at {@code databaseFile} and writes the port file.
     *
     * @param onActivate run on the listening thread for each activation (the window hands it to the FX thread)
     * @param commands runs forwarded commands (on a thread of their own each)
     * @throws IOException if the socket or the port file cannot be made (the window then works without it)
     */
    public static WindowActivation listen(Path databaseFile, Runnable onActivate, CommandRunner commands) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String secret = HexFormat.of().formatHex(random);
            Path file = portFile(databaseFile);
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.deleteIfExists(part);
            createPrivate(part);
            Files.writeString(part, server.getLocalPort() + "\n" + secret + "\n", StandardCharsets.US_ASCII);
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            WindowActivation activation = new WindowActivation(server, file, secret, onActivate, commands);
            Thread thread = new Thread(activation::serve, "window-activation");
            thread.setDaemon(true);
            thread.start();
            return activation;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Creates {@code file} readable and writable by its owner only, where the file system knows permissions. */
    private static void createPrivate(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // Windows: the user's own folders are private to the user already.
            Files.createFile(file);
        }
    }

    /** The port the window listens on. */
    public int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.debug("Window activation: connection failed", e);
                }
                continue;
            }
            running.incrementAndGet();
            Thread thread = new Thread(() -> {
                try (client) {
                    answer(client);
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Window activation: request failed", e);
                } finally {
                    running.decrementAndGet();
                }
            }, "window-request");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void answer(Socket client) throws IOException {
        client.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
        DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
        if (!HELLO.equals(in.readUTF())
                || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.US_ASCII), in.readUTF().getBytes(StandardCharsets.US_ASCII))) {
            LOG.warn("Window activation: a request without this window's secret was refused");
            return;
        }
        String verb = in.readUTF();
        if (!ACTIVATE.equals(verb) && !COMMAND.equals(verb)) {
            return;
        }
        // This is the window on that database, and it heard the request.
        out.writeUTF(OK);
        out.flush();
        if (ACTIVATE.equals(verb)) {
            onActivate.run();
        } else {
            CommandRequest request = readRequest(in);
            client.setSoTimeout(0);
            Writer stdout = new FrameWriter(out, OUT);
            Writer stderr = new FrameWriter(out, ERR);
            Optional<Integer> exit = commands.run(request, stdout, stderr);
            stdout.flush();
            stderr.flush();
            synchronized (out) {
                if (exit.isPresent()) {
                    out.writeByte(EXIT);
                    out.writeInt(exit.get());
                } else {
                    out.writeByte(PASSWORD);
                }
                out.flush();
            }
        }
    }

    private static CommandRequest readRequest(DataInputStream in) throws IOException {
        Path workingDirectory = Path.of(in.readUTF());
        String language = in.readUTF();
        int count = in.readInt();
        if (count < 0 || count > 10_000) {
            throw new IOException("Bad request: " + count + " arguments");
        }
        List<String> args = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            args.add(in.readUTF());
        }
        String password = in.readUTF();
        return new CommandRequest(List.copyOf(args), workingDirectory, language, password.isEmpty() ? null : password.toCharArray());
    }

    /** A writer that sends what it is given as frames of one kind; shared stream, so frames never interleave. */
    private static final class FrameWriter extends Writer {
        private final DataOutputStream out;
        private final byte kind;

        FrameWriter(DataOutputStream out, byte kind) {
            this.out = out;
            this.kind = kind;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int start = offset; start < offset + length; start += CHUNK) {
                String chunk = new String(chars, start, Math.min(CHUNK, offset + length - start));
                synchronized (out) {
                    out.writeByte(kind);
                    out.writeUTF(chunk);
                }
            }
        }

        @Override
        public void flush() throws IOException {
            synchronized (out) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The port and secret of a window running on the database, or empty if there is no usable port file. */
    private static Optional<Door> door(Path databaseFile) {
        Path file = portFile(databaseFile);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            int port = Integer.parseInt(lines.get(0).strip());
            if (port <= 0 || port > 65535 || lines.size() < 2 || lines.get(1).isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new Door(port, lines.get(1).strip()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Door(int port, String secret) {
    }

    private static Socket connect(Door door, String verb) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), door.port()), CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MILLIS);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            out.writeUTF(HELLO);
            out.writeUTF(door.secret());
            out.writeUTF(verb);
            out.flush();
            String answer = new DataInputStream(socket.getInputStream()).readUTF();
            if (!OK.equals(answer)) {
                throw new IOException("Not the window: it answered " + answer);
            }
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Asks a window running on the database at {@code databaseFile} to come to the front.
     *
     * @return true if a running window answered (the caller exits quietly); false if there is no port
     *         file, or it is stale (nothing listens, or something else answers)
     */
    public static boolean activateRunning(Path databaseFile) {
        Optional<Door> door = door(databaseFile);
        if (door.isEmpty()) {
            return false;
        }
        try (Socket socket = connect(door.get(), ACTIVATE)) {
            return true;
        } catch (IOException e) {
            LOG.debug("No running window answered on port {} ({} is stale)", door.get().port(), portFile(databaseFile), e);
            return false;
        }
    }

    /**
     * Runs {@code request} in the window running on the database at {@code databaseFile}, writing what
     * it prints to {@code out} and {@code err} as it comes.
     *
     * @return the window's answer, or empty if no window answered (no port file, or a stale one)
     * @throws IOException if the window stopped answering part way (it was closed or killed)
     */
    public static Optional<CommandAnswer> forward(Path databaseFile, CommandRequest request, Writer out, Writer err) throws IOException {
        Optional<Door> door = door(databaseFile);
        if (door.isEmpty()) {
            return Optional.empty();
        }
        Socket socket;
        try {
            socket = connect(door.get(), COMMAND);
        } catch (IOException e) {
            LOG.debug("No running window answered on port {}", door.get().port(), e);
            return Optional.empty();
        }
        try (socket) {
            DataOutputStream toWindow = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            toWindow.writeUTF(request.workingDirectory().toAbsolutePath().toString());
            toWindow.writeUTF(request.languageTag());
            toWindow.writeInt(request.args().size());
            for (String arg : request.args()) {
                toWindow.writeUTF(arg);
            }
            toWindow.writeUTF(request.password() == null ? "" : new String(request.password()));
            toWindow.flush();
            // A report of a large event may take a while; the window answers as it goes.
            socket.setSoTimeout((int) TimeUnit.MINUTES.toMillis(30));
            DataInputStream fromWindow = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            while (true) {
                byte kind;
                try {
                    kind = fromWindow.readByte();
                } catch (EOFException e) {
                    throw new IOException("The window closed the connection before the command finished", e);
                }
                switch (kind) {
                    case OUT -> out.write(fromWindow.readUTF());
                    case ERR -> err.write(fromWindow.readUTF());
                    case EXIT -> {
                        out.flush();
                        err.flush();
                        return Optional.of(new CommandAnswer.Ran(fromWindow.readInt()));
                    }
                    case PASSWORD -> {
                        return Optional.of(new CommandAnswer.PasswordRefused());
                    }
                    default -> throw new IOException("Unknown answer from the window: " + kind);
                }
            }
        }
    }

    /**
     * Stops listening, deletes the port file (if it still names this window's port), and waits up to
     * {@code waitMillis} for forwarded commands still running to finish.
     */
    public void close(long waitMillis) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Window activation socket not closed", e);
        }
        try {
            if (Files.isRegularFile(portFile)
                    && Files.readAllLines(portFile, StandardCharsets.US_ASCII).get(0).strip().equals(Integer.toString(server.getLocalPort()))) {
                Files.delete(portFile);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Port file {} not deleted", portFile, e);
        }
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        while (running.get() > 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops listening and deletes the port file, without waiting for forwarded commands. */
    @Override
    public void close() {
        close(0);
    }
}
