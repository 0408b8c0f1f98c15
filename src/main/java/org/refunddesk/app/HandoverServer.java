package org.refunddesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The running app's side of the {@link Handover}: listens on an ephemeral loopback port, publishes port and
 * a fresh random token in the data folder, and passes each authenticated request to the handler (on its
 * own thread: the handler moves to the FX thread itself). One request at a time; each has a short timeout.
 */
final class HandoverServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HandoverServer.class.getName());

    private final Path dataDir;
    private final String fileName;
    private final ServerSocket socket;
    private final HandoverFile.Entry entry;
    private final Consumer<Handover.Request> handler;
    private volatile boolean closed;

    private HandoverServer(Path dataDir, String fileName, ServerSocket socket, HandoverFile.Entry entry,
                           Consumer<Handover.Request> handler) {
        this.dataDir = dataDir;
        this.fileName = fileName;
        this.socket = socket;
        this.entry = entry;
        this.handler = handler;
    }

    /** Starts listening and publishes the handover file; call while holding the data folder's lock. */
    static HandoverServer start(Path dataDir, Consumer<Handover.Request> handler) throws IOException {
        return start(dataDir, HandoverFile.FILE_NAME, handler);
    }

    /**
     * The same, publishing the handover file {@code fileName}: an app on a team server holds no lock on the data
     * folder and publishes {@link HandoverFile#forServer} instead.
     */
    static HandoverServer start(Path dataDir, String fileName, Consumer<Handover.Request> handler) throws IOException {
        ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        HandoverFile.Entry entry = new HandoverFile.Entry(socket.getLocalPort(), HexFormat.of().formatHex(secret));
        try {
            HandoverFile.write(dataDir, fileName, entry);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        HandoverServer server = new HandoverServer(dataDir, fileName, socket, entry, handler);
        Thread thread = new Thread(server::acceptLoop, "refunddesk-handover");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    int port() {
        return entry.port();
    }

    private void acceptLoop() {
        while (!closed) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(Handover.TIMEOUT_MILLIS);
                serve(client);
            } catch (IOException e) {
                if (!closed) {
                    LOG.log(Level.FINE, "hand-over connection failed", e);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "hand-over request failed", e);
            }
        }
    }

    private void serve(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        OutputStream out = client.getOutputStream();
        reply(out, Handover.GREETING);
        String token = Handover.readLine(in);
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                entry.token().getBytes(StandardCharsets.UTF_8))) {
            reply(out, "DENIED");
            return;
        }
        String line = Handover.readLine(in);
        if ("SHOW".equals(line)) {
            handler.accept(Handover.Request.show());
            reply(out, "OK");
        } else if (line != null && line.startsWith("OPEN ")) {
            Path file;
            try {
                file = Path.of(line.substring("OPEN ".length()));
            } catch (InvalidPathException e) {
                reply(out, "BAD not a path");
                return;
            }
            if (!file.isAbsolute() || !Files.isRegularFile(file)) {
                reply(out, "BAD not an absolute path of a file");
                return;
            }
            handler.accept(new Handover.Request(file));
            reply(out, "OK");
        } else {
            reply(out, "BAD unknown request");
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Stops listening and removes the handover file (if a newer app has not replaced it). */
    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // the accept loop ends either way
        }
        HandoverFile.deleteIfOurs(dataDir, fileName, entry);
    }
}
