package org.refunddesk.store.offline;

import java.nio.file.Path;
import java.time.Clock;

import org.refunddesk.testing.SampleCases;

/** Run in a child JVM by {@link OfflineQueueTest}: enqueues edits one after another, printing each entry id once queued. */
public final class EnqueueAndPrint {
    private EnqueueAndPrint() {
    }

    public static void main(String[] args) {
        OfflineQueue queue = OfflineQueue.open(Path.of(args[0]), Clock.systemUTC());
        for (int i = 0; ; i++) {
            System.out.println(queue.enqueueCreate(SampleCases.full("offline " + i)).entryId());
            System.out.flush();
        }
    }
}
