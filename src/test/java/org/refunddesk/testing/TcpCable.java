package org.refunddesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A network cable between the app and a test server, on a local port: {@link #cut()} closes every connection
 * through it and refuses new ones (the server is unreachable, as when the Wi-Fi drops); {@link #restore()} lets
 * connections through again on the same port. The server itself keeps running.
 */
public final class TcpCable implements AutoCloseable {
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;
    private int port;

    private TcpCable(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    public static TcpCable to(String host, int port) throws IOException {
        TcpCable cable = new TcpCable(host, port);
        cable.listen(0);
        return cable;
    }

    /** The local port the app connects to instead of the server's. */
    public int port() {
        return port;
    }

    public synchronized void cut() throws IOException {
        ServerSocket was = listening;
        listening = null;
        if (was != null) {
            was.close();
        }
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    public synchronized void restore() throws IOException {
        if (listening == null) {
            listen(port);
        }
    }

    private void listen(int onPort) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
        port = server.getLocalPort();
        listening = server;
        Thread accepting = new Thread(() -> accept(server), "tcp-cable-accept");
        accepting.setDaemon(true);
        accepting.start();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket in = server.accept();
                Socket out = new Socket(targetHost, targetPort);
                sockets.add(in);
                sockets.add(out);
                pump(in, out);
                pump(out, in);
            } catch (IOException e) {
                // cut, or the server refused: the app sees a closed connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-cable-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
