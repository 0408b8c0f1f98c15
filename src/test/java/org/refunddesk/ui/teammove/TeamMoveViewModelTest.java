package org.refunddesk.ui.teammove;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.ServerAddress;
import org.refunddesk.store.ServerLoginRefusedException;
import org.refunddesk.store.TeamTransfer;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;

/**
 * The upload / download dialog's state without a toolkit (issue 16): progress case by case, Stop between cases with
 * what was copied said, the results in words, a refused login asking for the password and starting again, and a
 * failure naming what was copied completely before it.
 */
class TeamMoveViewModelTest {
    private final Messages zh = Messages.forTag("zh");
    private final List<Double> progress = new ArrayList<>();
    private int copiedIntoOpenStore;

    /** A job copying {@code cases} cases, one new file with the first; {@code stopAfter} presses Stop during the run. */
    private final class FakeJob implements TeamMoveJob {
        final int cases;
        int stopAfter = -1;
        TeamMoveViewModel model;
        final List<String> passwordsTried = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        RuntimeException failAt;
        int failAfter = -1;

        FakeJob(int cases) {
            this.cases = cases;
        }

        @Override
        public TeamTransfer.Result run(char[] password, Steps steps) {
            passwordsTried.add(password == null ? null : new String(password));
            steps.connecting();
            if (password == null && !typed.isEmpty()) {
                throw new ServerLoginRefusedException(new ServerAddress("h", 5432, "db", "u", "disable"), "u",
                        new RuntimeException("password authentication failed"));
            }
            steps.loggedIn("协调人", "王协调", "h/db");
            TeamTransfer.Listener l = steps.copying();
            l.starting(cases);
            int created = 0;
            for (int i = 1; i <= cases; i++) {
                if (l.stopRequested()) {
                    return new TeamTransfer.Result(created, 0, Math.min(created, 1), 0, true);
                }
                if (i - 1 == failAfter) {
                    throw failAt;
                }
                created++;
                l.caseDone(i, cases, new TeamTransfer.Result(created, 0, 1, 0));
                if (i == stopAfter) {
                    model.stop();
                }
            }
            return new TeamTransfer.Result(created, 0, 1, 0);
        }

        @Override
        public String reason(Throwable error) {
            return "服务器没有响应";
        }

        @Override
        public Optional<char[]> askPassword(boolean wrongBefore) {
            return typed.isEmpty() ? Optional.empty() : Optional.of(typed.remove(0).toCharArray());
        }
    }

    private TeamMoveViewModel model(FakeJob job, boolean intoOpenStore) {
        TeamMoveViewModel model = new TeamMoveViewModel(zh, new CurrentThreadTaskExecutor(), Runnable::run, job, "h/db",
                intoOpenStore ? () -> copiedIntoOpenStore++ : null);
        model.progressProperty().addListener((o, was, now) -> progress.add(now.doubleValue()));
        job.model = model;
        return model;
    }

    @Test
    void theBarFollowsEachCaseAndTheEndSaysWhatWasCopiedAndWhoLoggedInWhere() {
        FakeJob job = new FakeJob(4);
        TeamMoveViewModel model = model(job, true);
        assertThat(model.statusProperty().get()).isEqualTo("点“开始”复制。");

        model.start();

        assertThat(progress).containsExactly(TeamMoveViewModel.INDETERMINATE, 0.0, 0.25, 0.5, 0.75, 1.0);
        assertThat(model.resultProperty().get()).isEqualTo("完成：4 件新案件，0 条新记录，1 个证据文件；0 件已是最新。");
        assertThat(model.statusProperty().get()).isEqualTo("已作为协调人 王协调 登录 h/db。");
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(copiedIntoOpenStore).as("the views are told").isEqualTo(1);
    }

    @Test
    void stopEndsBetweenCasesAndSaysTheCopiedCasesAreWholeAndTheNextRunGoesOn() {
        FakeJob job = new FakeJob(5);
        job.stopAfter = 2;
        TeamMoveViewModel model = model(job, false);

        model.start();

        assertThat(model.resultProperty().get()).isEqualTo("已停止：2 件新案件，0 条新记录，1 个证据文件；0 件已是最新。"
                + "已复制的案件都是完整的；再次运行会接着复制其余的案件。");
        assertThat(progress).last().isEqualTo(0.4);
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aSecondRunWithNothingNewSaysSoAndDoesNotReloadTheViews() {
        TeamMoveJob upToDate = new TeamMoveJob() {
            @Override
            public TeamTransfer.Result run(char[] password, Steps steps) {
                return new TeamTransfer.Result(0, 0, 0, 3);
            }

            @Override
            public String reason(Throwable error) {
                return "";
            }

            @Override
            public Optional<char[]> askPassword(boolean wrongBefore) {
                return Optional.empty();
            }
        };
        TeamMoveViewModel model = new TeamMoveViewModel(zh, new CurrentThreadTaskExecutor(), Runnable::run, upToDate,
                "h/db", () -> copiedIntoOpenStore++);
        model.start();
        assertThat(model.resultProperty().get()).isEqualTo("完成：没有新内容需要复制，3 件案件都已是最新，什么也没有重复复制。");
        assertThat(copiedIntoOpenStore).isZero();
    }

    @Test
    void aRefusedLoginAsksForThePasswordAndStartsAgainWithIt() {
        FakeJob job = new FakeJob(1);
        job.typed = new ArrayList<>(List.of("对的密码"));
        TeamMoveViewModel model = model(job, false);

        model.start();

        assertThat(job.passwordsTried).containsExactly(null, "对的密码");
        assertThat(model.resultProperty().get()).startsWith("完成：1 件新案件");
        assertThat(model.failedProperty().get()).isFalse();
    }

    @Test
    void aFailureSaysWhyAndWhatWasCopiedCompletelyBeforeIt() {
        FakeJob job = new FakeJob(3);
        job.failAfter = 2;
        job.failAt = new IllegalStateException("connection reset");
        TeamMoveViewModel model = model(job, true);

        model.start();

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.resultProperty().get()).isEqualTo("没有完成：服务器没有响应\n在此之前已完整复制：2 件新案件，0 条新记录，"
                + "1 个证据文件；出问题的那件案件什么也没有复制。问题解决后再次运行会接着复制，不会重复。");
        assertThat(copiedIntoOpenStore).as("the cases copied before show in the views").isEqualTo(1);
    }
}
