package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerUnreachableException;

/** Why a team server could not be opened, as the start dialog and the settings' test say it. */
class ServerStartReasonTest {
    private final ServerAddress address = ServerAddress.parse("postgresql://zhang@team.example/refunddesk");

    @Test
    void aServerThatServesNoSslIsToldAsSuchWithWhatToDo() {
        var refused = new ServerUnreachableException(address, new SQLException("The server does not support SSL.", "08004"));
        assertThat(ServerStart.reason(refused, Messages.forTag("zh-CN")))
                .contains("没有开启加密连接（SSL）", "postgresql.conf", "不加密").doesNotContain("没有响应");
        assertThat(ServerStart.reason(refused, Messages.forTag("en"))).contains("no encrypted connections (SSL)");
    }

    @Test
    void aServerThatDoesNotAnswerIsStillSaidToBeUnreachable() {
        var down = new ServerUnreachableException(address, new SQLException("Connection refused", "08001",
                new ConnectException("Connection refused")));
        assertThat(down.sslRefused()).isFalse();
        assertThat(ServerStart.reason(down, Messages.forTag("zh-CN"))).contains("没有响应或拒绝连接");
    }
}
