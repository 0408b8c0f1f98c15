package org.refunddesk.domain;

import java.time.Instant;

/**
 * A computed deadline: which rule, from when, due when, its state at "now", the legal or documentary
 * basis, whether the calendar had to be estimated, and the arithmetic in words.
 * {@code sourceEventId} is the event that started the clock (null when it starts from the purchase).
 */
public record Deadline(String rule, Instant startAt, Instant dueAt, DeadlineState state, String basis,
                       boolean estimate, String explanation, java.util.UUID sourceEventId) {
}
