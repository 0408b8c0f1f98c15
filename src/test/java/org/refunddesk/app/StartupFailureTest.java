package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.StoreException;
import org.refunddesk.store.StoreLockedException;

class StartupFailureTest {
    private final Path folder = Path.of("/home/u/.local/share/refunddesk");

    @Test
    void aLockedFolderIsExplainedAsAnotherRunningInstanceNotAsAnError() {
        StartupFailure failure = StartupFailure.describe(new StoreLockedException(folder), folder, Messages.forTag("zh"));

        assertThat(failure.title()).isEqualTo("RefundDesk 已在运行");
        assertThat(failure.message()).contains("已被另一个 RefundDesk 窗口打开").contains(folder.toString())
                .doesNotContain("Exception");
    }

    @Test
    void aLockWrappedInAnotherExceptionIsStillRecognised() {
        StartupFailure failure = StartupFailure.describe(new RuntimeException(new StoreLockedException(folder)), folder,
                Messages.forTag("en"));

        assertThat(failure.title()).isEqualTo("RefundDesk is already running");
        assertThat(failure.message()).contains("another RefundDesk window");
    }

    /** Issue 15, problem 8: the holder is a command (a restore, a backup), not a window to switch to. */
    @Test
    void aFolderHeldByACommandNamesTheCommandInsteadOfAnotherWindow() {
        StartupFailure failure = StartupFailure.describe(
                new StoreLockedException(folder, "the command \"restore\" (process 4242)"), folder, Messages.forTag("zh"));

        assertThat(failure.title()).isEqualTo("数据文件夹正在使用中");
        assertThat(failure.message()).contains("restore").contains("4242").contains(folder.toString())
                .doesNotContain("另一个 RefundDesk 窗口");
    }

    @Test
    void otherFailuresNameTheFolderAndTheCause() {
        StartupFailure failure = StartupFailure.describe(new StoreException("the rule book is odd"), folder, Messages.forTag("zh"));

        assertThat(failure.title()).isEqualTo("无法启动 RefundDesk");
        assertThat(failure.message()).contains(folder.toString()).contains("the rule book is odd");
    }

    @Test
    void launchOptionsSurviveTheTripThroughApplicationParameters() {
        LaunchOptions options = new LaunchOptions("/data/我的案件", true, "en", List.of());

        assertThat(LaunchOptions.parse(RefundDeskApp.toArgs(options))).isEqualTo(options);
        assertThat(RefundDeskApp.toArgs(new LaunchOptions(null, false, null, List.of()))).isEmpty();
    }
}
