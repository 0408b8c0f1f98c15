package org.refunddesk.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CurrentThreadTaskExecutorTest {
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final List<String> calls = new ArrayList<>();

    @Test
    void successRunsRunningThenWorkThenSuccessThenFinished() {
        BackgroundTask.of("t", progress -> {
                    calls.add("call");
                    return 42;
                })
                .onRunning(() -> calls.add("running"))
                .onSuccess(value -> calls.add("success " + value))
                .onFailure(error -> calls.add("failure"))
                .onFinished(() -> calls.add("finished"))
                .executeWith(executor);

        assertThat(calls).containsExactly("running", "call", "success 42", "finished");
        assertThat(executor.executedCount()).isEqualTo(1);
    }

    @Test
    void anExceptionInTheWorkGoesToFailureNotSuccess() {
        BackgroundTask.of("t", progress -> {
                    throw new IllegalStateException("broken file");
                })
                .onSuccess(value -> calls.add("success"))
                .onFailure(error -> calls.add("failure " + error.getMessage()))
                .onFinished(() -> calls.add("finished"))
                .executeWith(executor);

        assertThat(calls).containsExactly("failure broken file", "finished");
    }

    @Test
    void finishedRunsEvenWhenTheSuccessCallbackThrows() {
        try {
            BackgroundTask.of("t", progress -> 1)
                    .onSuccess(value -> {
                        throw new IllegalArgumentException("bug in callback");
                    })
                    .onFinished(() -> calls.add("finished"))
                    .executeWith(executor);
        } catch (IllegalArgumentException expected) {
            calls.add("thrown");
        }

        assertThat(calls).containsExactly("finished", "thrown");
    }
}
