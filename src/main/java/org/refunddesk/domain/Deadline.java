package org.refunddesk.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A computed deadline: which rule, from when, due when, its state at "now", the legal or documentary
 * basis, whether the calendar had to be estimated, and the arithmetic in words.
 * {@code sourceEventId} is the event that started the clock (null when it starts from the purchase).
 *
 * <p>Not a record any more, only so the explanation can be written on demand: planning 100,000 cases
 * for a list or a reminder sweep needs the due dates, while the words are read for a handful of them.
 * The accessors keep the record's names, and equality is still by value, explanation included.
 */
public final class Deadline {
    private final String rule;
    private final Instant startAt;
    private final Instant dueAt;
    private final DeadlineState state;
    private final String basis;
    private final boolean estimate;
    private final UUID sourceEventId;
    /** Set once the explanation is known; written before {@link #writer} is cleared, read after it is seen cleared. */
    private String explanation;
    /** Writes the explanation on the first call of {@link #explanation()}; null once it has been written. */
    private volatile Supplier<String> writer;

    /** A deadline whose explanation is already written. */
    public Deadline(String rule, Instant startAt, Instant dueAt, DeadlineState state, String basis, boolean estimate,
                    String explanation, UUID sourceEventId) {
        this(rule, startAt, dueAt, state, basis, estimate, sourceEventId);
        this.explanation = explanation;
    }

    private Deadline(String rule, Instant startAt, Instant dueAt, DeadlineState state, String basis, boolean estimate,
                     UUID sourceEventId) {
        this.rule = rule;
        this.startAt = startAt;
        this.dueAt = dueAt;
        this.state = state;
        this.basis = basis;
        this.estimate = estimate;
        this.sourceEventId = sourceEventId;
    }

    /**
     * A deadline whose explanation is written by {@code explanation} when first asked for, then kept.
     * The supplier is called at most once (even from several threads) and must not return null.
     */
    public static Deadline explainedLater(String rule, Instant startAt, Instant dueAt, DeadlineState state, String basis,
                                          boolean estimate, Supplier<String> explanation, UUID sourceEventId) {
        Deadline d = new Deadline(rule, startAt, dueAt, state, basis, estimate, sourceEventId);
        d.writer = Objects.requireNonNull(explanation, "explanation");
        return d;
    }

    public String rule() {
        return rule;
    }

    public Instant startAt() {
        return startAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public DeadlineState state() {
        return state;
    }

    public String basis() {
        return basis;
    }

    public boolean estimate() {
        return estimate;
    }

    /** The arithmetic in words; written on the first call when the deadline was made with {@link #explainedLater}. */
    public String explanation() {
        if (writer != null) {
            synchronized (this) {
                Supplier<String> w = writer;
                if (w != null) {
                    explanation = Objects.requireNonNull(w.get(), "explanation");
                    writer = null; // the volatile write publishes the explanation and frees what the writer held
                }
            }
        }
        return explanation;
    }

    public UUID sourceEventId() {
        return sourceEventId;
    }

    /** By value, as the record was: comparing two deadlines writes their explanations. */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Deadline d && estimate == d.estimate && Objects.equals(rule, d.rule)
                && Objects.equals(startAt, d.startAt) && Objects.equals(dueAt, d.dueAt) && state == d.state
                && Objects.equals(basis, d.basis) && Objects.equals(sourceEventId, d.sourceEventId)
                && Objects.equals(explanation(), d.explanation());
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, startAt, dueAt, state, basis, estimate, explanation(), sourceEventId);
    }

    @Override
    public String toString() {
        return "Deadline[rule=" + rule + ", startAt=" + startAt + ", dueAt=" + dueAt + ", state=" + state + ", basis="
                + basis + ", estimate=" + estimate + ", explanation=" + explanation() + ", sourceEventId="
                + sourceEventId + "]";
    }
}
