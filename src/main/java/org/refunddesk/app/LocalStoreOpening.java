package org.refunddesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.refunddesk.store.DataFolder;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.StoreLockedException;
import org.refunddesk.ui.StartupTimeline;

/**
 * Opens the data folder's store off the FX thread, or hands the start to the RefundDesk that holds it. An encrypted
 * store is not opened here: its passphrase is asked first.
 */
final class LocalStoreOpening {
    /** The store opened, or none: handed to the running app, or (neither) locked behind a passphrase. */
    record Opening(Database database, boolean handedOver) {
        static final Opening LOCKED = new Opening(null, false);
        static final Opening HANDED_OVER = new Opening(null, true);
    }

    private final Supplier<LaunchOptions> options;
    private final Clock clock;
    private final Predicate<Path> handedToRunningApp;
    private final Consumer<Database> listenAndPrepare;
    private volatile Path dataDir;

    /** {@code handedToRunningApp}: true when the RefundDesk holding the folder took this start. */
    LocalStoreOpening(Supplier<LaunchOptions> options, Clock clock, Predicate<Path> handedToRunningApp,
                      Consumer<Database> listenAndPrepare) {
        this.options = options;
        this.clock = clock;
        this.handedToRunningApp = handedToRunningApp;
        this.listenAndPrepare = listenAndPrepare;
    }

    /** The folder of the last {@link #open} (null before it found one). */
    Path dataDir() {
        return dataDir;
    }

    Opening open() throws java.io.IOException {
        dataDir = null;
        Path dir = options.get().demo() ? DemoFolder.create(clock) : DataFolder.resolve(options.get().dataDir());
        dataDir = dir;
        if (StoreEncryption.isEncrypted(dir)) {
            // a running app takes the file; otherwise the passphrase is asked first
            return handedToRunningApp.test(dir) ? Opening.HANDED_OVER : Opening.LOCKED;
        }
        try {
            Database opened = Database.open(dir, clock);
            StartupTimeline.mark("store-open");
            listenAndPrepare.accept(opened);
            StartupTimeline.mark("rules-loaded");
            return new Opening(opened, false);
        } catch (StoreLockedException e) {
            // an app started meanwhile: it takes the file; without an answer the user is told below
            if (handedToRunningApp.test(dir)) {
                return Opening.HANDED_OVER;
            }
            throw e;
        }
    }
}
