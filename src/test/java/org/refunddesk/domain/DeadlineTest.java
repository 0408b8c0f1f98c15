package org.refunddesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class DeadlineTest {
    private static final Instant START = Instant.parse("2026-02-12T01:00:00Z");
    private static final Instant DUE = Instant.parse("2026-02-24T16:00:00Z");
    private static final UUID SOURCE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private static Deadline later(Supplier<String> explanation) {
        return Deadline.explainedLater("REVIEW_FOLLOW_UP", START, DUE, DeadlineState.OPEN, "basis", false, explanation, SOURCE);
    }

    private static Deadline written(String explanation) {
        return new Deadline("REVIEW_FOLLOW_UP", START, DUE, DeadlineState.OPEN, "basis", false, explanation, SOURCE);
    }

    @Test
    void explanationIsWrittenOnlyWhenFirstAskedForAndThenKept() {
        AtomicInteger calls = new AtomicInteger();
        Deadline d = later(() -> "text " + calls.incrementAndGet());

        assertThat(d.dueAt()).isEqualTo(DUE);
        assertThat(calls).hasValue(0);
        assertThat(d.explanation()).isEqualTo("text 1");
        assertThat(d.explanation()).isEqualTo("text 1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aLaterExplainedDeadlineEqualsTheSameDeadlineWrittenAtOnce() {
        Deadline lazy = later(() -> "same words");

        assertThat(lazy).isEqualTo(written("same words")).hasSameHashCodeAs(written("same words"));
        assertThat(lazy).isNotEqualTo(written("other words"));
        assertThat(lazy.toString()).isEqualTo(written("same words").toString()).contains("explanation=same words");
    }

    @Test
    void deadlinesDifferingInAnyValueAreNotEqual() {
        Deadline d = written("e");

        assertThat(d).isNotEqualTo(new Deadline("OTHER", START, DUE, DeadlineState.OPEN, "basis", false, "e", SOURCE));
        assertThat(d).isNotEqualTo(new Deadline("REVIEW_FOLLOW_UP", START, DUE, DeadlineState.MET, "basis", false, "e", SOURCE));
        assertThat(d).isNotEqualTo(new Deadline("REVIEW_FOLLOW_UP", START, DUE, DeadlineState.OPEN, "basis", true, "e", SOURCE));
        assertThat(d).isNotEqualTo(new Deadline("REVIEW_FOLLOW_UP", START, DUE, DeadlineState.OPEN, "basis", false, "e", null));
    }

    @Test
    void manyThreadsAskingAtOnceGetTheSameTextWrittenOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Deadline d = later(() -> "written " + calls.incrementAndGet());
        int threads = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return d.explanation();
                }));
            }
            go.countDown();
            for (Future<String> a : answers) {
                assertThat(a.get(10, TimeUnit.SECONDS)).isEqualTo("written 1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(calls).hasValue(1);
    }

    @Test
    void aWrittenExplanationMayStillBeNullAsTheRecordAllowed() {
        assertThat(written(null).explanation()).isNull();
        assertThat(written(null)).isEqualTo(written(null));
    }
}
