package org.refunddesk.store.offline;

import java.nio.file.Path;

/**
 * A line of the queue file that could not be read. {@code lastLine}: the final line, cut off by a crash during
 * an enqueue that never returned (so never acknowledged); any other bad line is damage. Either way the file as
 * found is kept at {@code savedCopy} before the queue rewrites it.
 */
public record QueueProblem(int lineNumber, boolean lastLine, String reason, Path savedCopy) {
}
