package org.refunddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.EncryptionStateException;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.StoreLockedException;
import org.refunddesk.store.WrongPassphraseException;

/** Store failures on the command line are said in the user's language, naming the folder or case and what to do. */
class StoreErrorTextTest {
    private final Messages zh = Messages.forTag("zh");
    private final Messages en = Messages.forTag("en");
    private final Path folder = Path.of("/home/li/退款数据");

    @Test
    void aFolderInUseNamesTheFolderAndWhatHoldsItInTheUsersLanguage() {
        var byCommand = new StoreLockedException(folder, "the command \"backup\" (process 4242)");
        var byApp = new StoreLockedException(folder, "the RefundDesk app (process 7)");

        assertThat(StoreErrorText.of(byCommand, zh)).isEqualTo("数据文件夹 " + folder
                + " 正被命令“backup”（进程 4242）使用：请等它完成（或关闭应用）后再试");
        assertThat(StoreErrorText.of(byApp, zh)).contains("退款维权助手应用（进程 7）");
        assertThat(StoreErrorText.of(byApp, en)).isEqualTo("the data folder " + folder
                + " is in use by the RefundDesk app (process 7); wait until it has finished (or close the app) and try again");
        assertThat(StoreErrorText.of(new StoreLockedException(folder), zh)).contains("另一个退款维权助手");
        assertThat(StoreErrorText.of(new StoreLockedException(folder, "something else"), zh)).contains("something else");
    }

    @Test
    void passphraseAndEncryptionStateNameTheFolder() {
        assertThat(StoreErrorText.of(new WrongPassphraseException(folder), zh))
                .isEqualTo("口令或恢复密钥打不开 " + folder + " 中的数据库；没有做任何更改");
        assertThat(StoreErrorText.of(new EncryptionStateException(folder, true), zh))
                .contains(folder.toString(), "已经加密", "change-passphrase");
        assertThat(StoreErrorText.of(new EncryptionStateException(folder, false), en))
                .isEqualTo("the store in " + folder + " is not encrypted: it needs no passphrase");
    }

    @Test
    void aStaleSaveNamesTheCaseAndBothVersionsWithoutThousandsSeparators() {
        UUID id = UUID.fromString("0b7f3c52-1a61-4f0e-9a53-6d1c2e4f8a01");
        assertThat(StoreErrorText.of(new StaleCaseException(id, 1234, 1235, null), zh))
                .startsWith("案件 " + id).contains("版本 1234，现在 1235", "没有保存任何内容");
    }
}
