package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.ServerOptions;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.team.TeamServerSettings;
import org.refunddesk.ui.testing.InMemoryPreferences;

/**
 * The hand-over in team mode, without a server: an app on a team server holds no lock on the data folder, so it
 * publishes a handover file of its own, and a second start (a double-clicked case file) for the same server and
 * login finds it, whether the server was named (--server, REFUNDDESK_SERVER) or saved in the settings. The window
 * side on a real server is in {@link TeamStartTest}.
 */
class TeamHandoverTest {
    private static final ServerAddress SERVER = ServerAddress.parse("postgresql://zhang@team.example:5432/refunddesk");
    private final BlockingQueue<Handover.Request> received = new LinkedBlockingQueue<>();
    private final UiPreferences noSettings = UiPreferences.load(new InMemoryPreferences());
    @TempDir
    Path dataDir;
    @TempDir
    Path downloads;
    private HandoverServer teamWindow;

    @AfterEach
    void close() {
        if (teamWindow != null) {
            teamWindow.close();
        }
    }

    /** What the window on the team server publishes once its store is open ({@link StartupHandovers#listen}). */
    private void teamWindowRunsOn(ServerAddress server) throws IOException {
        teamWindow = HandoverServer.start(dataDir, HandoverFile.forServer(server), received::add);
    }

    private LaunchOptions doubleClick(Path file) {
        return LaunchOptions.parse(new String[] {"--data-dir", dataDir.toString(), file.toString()});
    }

    private Path caseFile() throws IOException {
        return Files.writeString(downloads.resolve("话费未到账.refundcase.json"), "{}");
    }

    @Test
    void aDoubleClickedFileGoesToTheWindowOnTheTeamServerNamedInTheEnvironment() throws Exception {
        teamWindowRunsOn(SERVER);
        Path file = caseFile();

        boolean handed = Launcher.handedToRunningApp(doubleClick(file), Optional.of(file),
                Map.of(ServerOptions.ENV_SERVER, SERVER.toString()), noSettings);

        assertThat(handed).isTrue();
        Handover.Request request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.file()).isEqualTo(file.toAbsolutePath());
        assertThat(dataDir.resolve(HandoverFile.FILE_NAME)).as("the data folder's own store is not involved").doesNotExist();
    }

    @Test
    void aDoubleClickedFileGoesToTheWindowOnTheTeamServerSavedInTheSettings() throws Exception {
        teamWindowRunsOn(SERVER);
        UiPreferences settings = UiPreferences.load(new InMemoryPreferences());
        new TeamServerSettings(SERVER.host(), SERVER.port(), SERVER.database(), SERVER.user(),
                TeamServerSettings.TlsMode.REQUIRE, true).save(settings.teamServerNode());
        Path file = caseFile();

        assertThat(Launcher.handedToRunningApp(doubleClick(file), Optional.of(file), Map.of(), settings)).isTrue();

        Handover.Request request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.file()).isEqualTo(file.toAbsolutePath());
    }

    @Test
    void aStartWithoutAFileBringsTheTeamWindowToTheFront() throws Exception {
        teamWindowRunsOn(SERVER);
        LaunchOptions plainStart = new LaunchOptions(dataDir.toString(), false, null, List.of(), null,
                SERVER.toString(), null, null);

        assertThat(Launcher.handedToRunningApp(plainStart, Optional.empty(), Map.of(), noSettings)).isTrue();

        Handover.Request request = received.poll(10, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        assertThat(request.file()).isNull();
    }

    @Test
    void aStartForThisComputersStoreOrAnotherLoginDoesNotGoToTheTeamWindow() throws Exception {
        teamWindowRunsOn(SERVER);
        Path file = caseFile();

        assertThat(Launcher.handedToRunningApp(doubleClick(file), Optional.of(file), Map.of(), noSettings))
                .as("no server chosen: the data folder's own store").isFalse();
        assertThat(Launcher.handedToRunningApp(doubleClick(file), Optional.of(file),
                Map.of(ServerOptions.ENV_SERVER, SERVER.withUser("li").toString()), noSettings))
                .as("the same server as another login").isFalse();
        assertThat(Launcher.handedToRunningApp(doubleClick(file), Optional.of(file),
                Map.of(ServerOptions.ENV_SERVER, "postgresql://zhang@other.example/refunddesk"), noSettings))
                .as("another server").isFalse();
        assertThat(received).isEmpty();
    }

    @Test
    void theTeamHandoverFileIsNamedAfterServerAndLoginOnly() {
        String name = HandoverFile.forServer(SERVER);

        assertThat(name).matches("refunddesk-team-[0-9a-f]{16}\\.handover").isNotEqualTo(HandoverFile.FILE_NAME);
        assertThat(name).doesNotContain("team.example", "zhang");
        assertThat(HandoverFile.forServer(ServerAddress.parse("postgresql://zhang@team.example:5432/refunddesk?sslmode=disable")))
                .as("the same server and login, another TLS mode").isEqualTo(name);
        assertThat(HandoverFile.forServer(SERVER.withUser("li"))).isNotEqualTo(name);
    }
}
