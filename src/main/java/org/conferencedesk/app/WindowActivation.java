package org.conferencedesk.app.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
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
import org.conferencedesk.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Starting the application a second time brings the running window to the front" (issue 5), without
 * JavaFX: the running window listens on a loopback socket (127.0.0.1, a port the system chooses) and
 * writes the port into {@code NAME.window} beside the database file; a second start on the same
 * database, before opening it, connects, sends {@value #ACTIVATE} and, when the running window
 * answers {@value #OK}, exits quietly. A stale file (the window was killed) refuses the connection:
 * the second start then carries on and meets the usual "in use" message if the database is open.
 */
public final class WindowActivation implements AutoCloseable {

    /** The one request: bring the window to the front. */
    static final String ACTIVATE = "activate";
    /** The answer of a running window. */
    static final String OK = "ok";
    private static final int TIMEOUT_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(WindowActivation.class);

    private final ServerSocket server;
    private final Path portFile;
    private final Runnable onActivate;

    private WindowActivation(ServerSocket server, Path portFile, Runnable onActivate) {
        this.server = server;
        this.portFile = portFile;
        this.onActivate = onActivate;
    }

    /** The file beside the database that holds the running window's port: {@code ..../NAME.window}. */
    public static Path portFile(Path databaseFile) {
        Path base = Database.basePath(databaseFile);
        return base.resolveSibling(base.getFileName() + ".window");
    }

    /**
     * Listens for second starts on the database at {@code databaseFile} and writes the port file.
     *
     * @param onActivate run on the listening thread for each {@value #ACTIVATE} (the window hands it to the FX thread)
     * @throws IOException if the socket or the port file cannot be made (the window then works without it)
     */
    public static WindowActivation listen(Path databaseFile, Runnable onActivate) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Path file = portFile(databaseFile);
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, Integer.toString(server.getLocalPort()), StandardCharsets.US_ASCII);
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            WindowActivation activation = new WindowActivation(server, file, onActivate);
            Thread thread = new Thread(activation::serve, "window-activation");
            thread.setDaemon(true);
            thread.start();
            return activation;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The port the window listens on. */
    public int port() {
        return server.getLocalPort();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                client.setSoTimeout(TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                String line = in.readLine();
                if (ACTIVATE.equals(line)) {
                    Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
                    out.write(OK + "\n");
                    out.flush();
                    onActivate.run();
                }
            } catch (SocketException e) {
                if (!server.isClosed()) {
                    LOG.debug("Window activation: connection failed", e);
                }
            } catch (IOException | RuntimeException e) {
                LOG.debug("Window activation: request failed", e);
            }
        }
    }

    /**
     * Asks a window running on the database at {@code databaseFile} to come to the front.
     *
     * @return true if a running window answered (the caller exits quietly); false if there is no port
     *         file, or it is stale (nothing listens, or something else answers)
     */
    public static boolean activateRunning(Path databaseFile) {
        Path file = portFile(databaseFile);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        int port;
        try {
            port = Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        if (port <= 0 || port > 65535) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            out.write(ACTIVATE + "\n");
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return OK.equals(answer);
        } catch (IOException e) {
            LOG.debug("No running window answered on port {} ({} is stale)", port, file, e);
            return false;
        }
    }

    /** Stops listening and deletes the port file (if it still names this window's port). */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("Window activation socket not closed", e);
        }
        try {
            if (Files.isRegularFile(portFile)
                    && Files.readString(portFile, StandardCharsets.US_ASCII).strip().equals(Integer.toString(server.getLocalPort()))) {
                Files.delete(portFile);
            }
        } catch (IOException e) {
            LOG.debug("Port file {} not deleted", portFile, e);
        }
    }
}
