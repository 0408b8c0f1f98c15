package org.refunddesk.exchange;

/**
 * Told how far a long export has got. May throw (e.g. {@link java.util.concurrent.CancellationException})
 * to stop the export; the target file is then left untouched.
 */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
