package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.BadInputException;

/** The single-instance hand-over protocol: who may hand what to the running app, over loopback only. */
class HandoverTest {
    private final BlockingQueue<Handover.Request> received = new LinkedBlockingQueue<>();
    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private HandoverServer server;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
        }
    }

    private Path caseFile() throws IOException {
        return Files.writeString(files.resolve("淘宝 话费.refundcase.json"), "{}");
    }

    @Test
    void aLaunchWithTheTokenHandsItsFileToTheRunningApp() throws Exception {
        server = HandoverServer.start(dataDir, received::add);
        Path file = caseFile();

        assertThat(Handover.send(dataDir, new Handover.Request(file))).isTrue();

        Handover.Request request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.file()).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void aLaunchWithoutAFileAsksTheRunningAppToComeToTheFront() throws Exception {
        server = HandoverServer.start(dataDir, received::add);

        assertThat(Handover.send(dataDir, Handover.Request.show())).isTrue();

        Handover.Request request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.file()).isNull();
    }

    @Test
    void aWrongTokenIsDeniedAndNothingReachesTheApp() throws Exception {
        server = HandoverServer.start(dataDir, received::add);
        HandoverFile.Entry forged = new HandoverFile.Entry(server.port(), "0".repeat(64));

        assertThat(Handover.send(forged, new Handover.Request(caseFile()))).isFalse();
        assertThat(exchange(server.port(), "not-the-token\nSHOW\n")).containsExactly(Handover.GREETING, "DENIED");
        assertThat(received).isEmpty();
    }

    @Test
    void aPathThatIsNotAnExistingFileIsRefusedWithAReason() throws Exception {
        server = HandoverServer.start(dataDir, received::add);
        String token = HandoverFile.read(dataDir).orElseThrow().token();

        assertThat(exchange(server.port(), token + "\nOPEN relative.refundcase.json\n"))
                .containsExactly(Handover.GREETING, "BAD not an absolute path of a file");
        assertThat(exchange(server.port(), token + "\nOPEN " + files.resolve("gone.refundcase.json") + "\n"))
                .containsExactly(Handover.GREETING, "BAD not an absolute path of a file");
        assertThat(exchange(server.port(), token + "\nDELETE-ALL\n"))
                .containsExactly(Handover.GREETING, "BAD unknown request");
        assertThat(received).isEmpty();
    }

    @Test
    void theAppListensOnLoopbackOnlyAndPublishesAFileOnlyTheUserCanRead() throws Exception {
        server = HandoverServer.start(dataDir, received::add);

        HandoverFile.Entry entry = HandoverFile.read(dataDir).orElseThrow();
        assertThat(entry.port()).isEqualTo(server.port());
        assertThat(entry.token()).matches("[0-9a-f]{64}");
        Path published = dataDir.resolve(HandoverFile.FILE_NAME);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(published))
                    .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
        // nothing answers on a non-loopback address of this machine on that port
        List<InetAddress> addresses = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses).toList();
        for (InetAddress address : addresses) {
            if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
                try (Socket socket = new Socket()) {
                    assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, server.port()), 2000))
                            .isInstanceOf(IOException.class);
                }
            }
        }
    }

    @Test
    void eachStartPublishesAFreshTokenAndClosingRemovesTheFile() throws Exception {
        server = HandoverServer.start(dataDir, received::add);
        String first = HandoverFile.read(dataDir).orElseThrow().token();
        server.close();
        assertThat(dataDir.resolve(HandoverFile.FILE_NAME)).doesNotExist();

        server = HandoverServer.start(dataDir, received::add);
        assertThat(HandoverFile.read(dataDir).orElseThrow().token()).isNotEqualTo(first);
    }

    @Test
    void withNoAppRunningOrAStaleFileTheLaunchStartsTheAppItself() throws Exception {
        assertThat(Handover.send(dataDir, Handover.Request.show())).isFalse();

        int deadPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = gone.getLocalPort();
        }
        HandoverFile.write(dataDir, new HandoverFile.Entry(deadPort, "ab".repeat(32)));
        assertThat(Handover.send(dataDir, Handover.Request.show())).isFalse();

        Files.writeString(dataDir.resolve(HandoverFile.FILE_NAME), "port=banana\n");
        assertThat(Handover.send(dataDir, Handover.Request.show())).isFalse();
    }

    @Test
    void theTokenGoesOnlyToAProgramThatGreetsLikeRefundDesk() throws Exception {
        try (ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HandoverFile.write(dataDir, new HandoverFile.Entry(other.getLocalPort(), "cd".repeat(32)));
            StringBuilder heard = new StringBuilder();
            Thread impostor = new Thread(() -> {
                try (Socket s = other.accept()) {
                    s.getOutputStream().write("SSH-2.0-OpenSSH\n".getBytes(StandardCharsets.UTF_8));
                    s.setSoTimeout(3000);
                    heard.append(new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the launch hung up, as it should
                }
            });
            impostor.start();

            assertThat(Handover.send(dataDir, Handover.Request.show())).isFalse();
            impostor.join(10_000);
            assertThat(heard.toString()).doesNotContain("cd".repeat(32));
        }
    }

    @Test
    void aBareCaseFileOrBackupPathOpensTheAppButACommandNameStaysACommand() throws Exception {
        Path file = caseFile();
        Path backup = Files.writeString(files.resolve("全部.rdbackup"), "x");
        Path oldExport = Files.writeString(files.resolve("old-export.json"), "{}");

        assertThat(OpenFileArgument.find(List.of(file.toString()), "cases"::equals)).contains(file.toAbsolutePath());
        assertThat(OpenFileArgument.find(List.of(backup.toUri().toString()), "cases"::equals)).contains(backup);
        assertThat(OpenFileArgument.find(List.of(oldExport.toString()), "cases"::equals)).contains(oldExport);
        assertThat(OpenFileArgument.find(List.of("cases"), "cases"::equals)).isEmpty();
        assertThat(OpenFileArgument.find(List.of("import", file.toString()), "import"::equals)).isEmpty();
        assertThat(OpenFileArgument.find(List.of("--help"), "cases"::equals)).isEmpty();
        assertThat(OpenFileArgument.find(List.of("nonsense"), "cases"::equals)).isEmpty();
        assertThatThrownBy(() -> OpenFileArgument.find(List.of("missing.refundcase.json"), "cases"::equals))
                .isInstanceOf(BadInputException.class).hasMessageContaining("missing.refundcase.json");
    }

    /** Talks to the server by hand: sends the text, returns every line it answers. */
    private static List<String> exchange(int port, String send) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(send.getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
