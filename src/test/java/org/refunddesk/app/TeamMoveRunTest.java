package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.cli.ServerOptions;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.TeamTransfer;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;
import org.refunddesk.ui.teammove.TeamMoveJob;

/**
 * The menu items' copy when the window works on the team server (issue 16; the window on this computer's store is
 * TeamMoveAppTest): upload takes the store in the data folder (cases recorded before switching) to the open server,
 * download copies the server's cases into that store; the login is the window's own, said as such.
 */
class TeamMoveRunTest {
    private final Clock clock = Clock.systemUTC();
    private final Messages zh = Messages.forTag("zh");
    @TempDir
    Path dataDir;

    /** Steps that record what the dialog would say. */
    private static final class Heard implements TeamMoveJob.Steps {
        final List<String> said = new ArrayList<>();

        @Override
        public void connecting() {
            said.add("connecting");
        }

        @Override
        public void loggedIn(String role, String user, String server) {
            said.add(role + " " + user + " " + server);
        }

        @Override
        public TeamTransfer.Listener fetching() {
            return TeamTransfer.Listener.NONE;
        }

        @Override
        public TeamTransfer.Listener copying() {
            return new TeamTransfer.Listener() {
                @Override
                public void caseDone(int done, int total, TeamTransfer.Result soFar) {
                    said.add(done + "/" + total);
                }
            };
        }
    }

    @Test
    void onTheServerUploadTakesTheDataFoldersStoreUpAndDownloadCopiesIntoIt() throws Exception {
        ServerLogin owner = TestPostgres.newDatabase();
        try (Database local = Database.open(dataDir, clock)) {
            local.cases().create(SampleCases.full("换用服务器之前记下的案件"));
        }
        try (Database server = Database.openServer(owner, ServerOptions.cacheDir(dataDir), clock, true)) {
            server.cases().create(SampleCases.full("服务器上的案件"));
            Path folder = server.dataDir().getParent();
            assertThat(folder).isEqualTo(dataDir.toAbsolutePath().normalize());

            Heard up = new Heard();
            TeamTransfer.Result pushed = TeamMoveRun.onServer(TeamMoveRun.Direction.PUSH, server, folder, zh, clock)
                    .run(null, up);
            assertThat(pushed).isEqualTo(new TeamTransfer.Result(1, 0, 0, 0));
            assertThat(up.said).containsExactly("connecting",
                    "所有者 " + owner.address().user() + " 127.0.0.1/" + owner.address().database(), "1/1");
            assertThat(server.cases().count()).isEqualTo(2);

            TeamTransfer.Result pulled = TeamMoveRun.onServer(TeamMoveRun.Direction.PULL, server, folder, zh, clock)
                    .run(null, new Heard());
            assertThat(pulled).isEqualTo(new TeamTransfer.Result(1, 0, 0, 1));
        }
        try (Database local = Database.open(dataDir, clock)) {
            assertThat(local.cases().count()).isEqualTo(2);
        }
    }
}
