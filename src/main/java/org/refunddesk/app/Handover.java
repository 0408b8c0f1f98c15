package org.refunddesk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The single-instance hand-over: a second launch gives its file (or just "show yourself") to the app
 * already running on the same data folder instead of failing on the locked folder.
 * <p>
 * Protocol, one UTF-8 line each, over a loopback socket whose port is in {@link HandoverFile}:
 * the app greets with {@value #GREETING}; the launch sends the token from the handover file, then
 * {@code OPEN <absolute path>} or {@code SHOW}; the app answers {@code OK}, or {@code DENIED} (wrong
 * token) / {@code BAD <reason>}. The app never listens on anything but the loopback address.
 */
final class Handover {
    static final String GREETING = "REFUNDDESK-HANDOVER 1";
    static final int MAX_LINE = 8192;
    static final int TIMEOUT_MILLIS = 5000;

    /** What a launch asks of the running app: open this file, or (file null) come to the front. */
    record Request(Path file) {
        static Request show() {
            return new Request(null);
        }

        String line() {
            return file == null ? "SHOW" : "OPEN " + file.toAbsolutePath();
        }
    }

    private Handover() {
    }

    /**
     * Hands the request to the app running on this data folder. True when that app took it; false when no
     * app answers (none runs, a stale file, another program on the port) or it refused, so the caller
     * starts the app itself.
     */
    static boolean send(Path dataDir, Request request) {
        return send(dataDir, HandoverFile.FILE_NAME, request);
    }

    /** The same for the app that published the handover file {@code name} (one on a team server). */
    static boolean send(Path dataDir, String name, Request request) {
        return HandoverFile.read(dataDir, name).map(entry -> send(entry, request)).orElse(false);
    }

    static boolean send(HandoverFile.Entry entry, Request request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), entry.port()), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            InputStream in = socket.getInputStream();
            // The token goes only to a RefundDesk: something else on a stale port does not greet like one.
            if (!GREETING.equals(readLine(in))) {
                return false;
            }
            OutputStream out = socket.getOutputStream();
            out.write((entry.token() + "\n" + request.line() + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return "OK".equals(readLine(in));
        } catch (IOException e) {
            return false;
        }
    }

    /** One line without its end; null at end of stream. Longer than {@link #MAX_LINE} bytes is an error. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            if (line.size() >= MAX_LINE) {
                throw new IOException("hand-over line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }
}
