package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.TeamMembers;
import org.refunddesk.ui.team.ConnectionTester;
import org.refunddesk.ui.team.TeamServerSettings;

/**
 * 设置 → 团队服务器 → 测试连接 (issue 16): logs in with the page's values as the app would at start, checks the
 * server's schema fits this version, and says as whom and how many cases the role sees; a failure says why in words.
 * Called off the FX thread by the page's view model.
 */
final class ServerConnectionCheck implements ConnectionTester {
    private final Path cacheDir;
    private final Clock clock;
    private final Messages messages;

    /** {@code cacheDir}: the server store's folder on this computer (nothing is written into it by a test). */
    ServerConnectionCheck(Path cacheDir, Clock clock, Messages messages) {
        this.cacheDir = cacheDir;
        this.clock = clock;
        this.messages = messages;
    }

    @Override
    public String test(TeamServerSettings settings, String password) throws Exception {
        try {
            ServerAddress address = new ServerAddress(settings.host(), settings.port(), settings.database(),
                    settings.user(), settings.tls().sslmode());
            try (Database db = Database.openServer(new ServerLogin(address,
                    password == null ? new char[0] : password.toCharArray()), cacheDir, clock, false)) {
                TeamMembers.Role role = new TeamMembers(db).currentRole();
                return messages.get("teamwire.test.ok", address.label(), messages.get(role.messageKey()),
                        settings.user(), db.cases().count());
            }
        } catch (RuntimeException e) {
            throw new Exception(ServerStart.reason(e, messages), e);
        }
    }
}
