package org.refunddesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The single-instance lock: an OS file lock on {@code refunddesk.lock} in the data folder, held for the
 * life of the {@link Database}. The OS releases it when the process dies, so a crash leaves no stale lock.
 */
final class DataFolderLock implements AutoCloseable {
    static final String FILE_NAME = "refunddesk.lock";
    /** The lock covers one byte far past the text, so other processes can still read who holds the folder. */
    private static final long LOCKED_BYTE = Long.MAX_VALUE - 1;
    private static volatile String thisProcess = "RefundDesk";

    /** What this process is, as the lock file tells others: the app, or which command. */
    static void describeThisProcess(String description) {
        thisProcess = description;
    }

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataDir) {
        FileChannel channel;
        try {
            channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
        } catch (IOException e) {
            throw new StoreException("cannot open the lock file in " + dataDir + ": " + e.getMessage(), e);
        }
        try {
            FileLock lock = channel.tryLock(LOCKED_BYTE, 1, false);
            if (lock == null) {
                throw new StoreLockedException(dataDir, holder(channel));
            }
            writeHolder(channel);
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            // this JVM already holds it: another Database on the same folder
            String holder = holder(channel);
            closeQuietly(channel);
            throw new StoreLockedException(dataDir, holder);
        } catch (StoreLockedException e) {
            closeQuietly(channel);
            throw e;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("cannot lock " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void writeHolder(FileChannel channel) throws IOException {
        String text = thisProcess + " (process " + ProcessHandle.current().pid() + ")\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
    }

    /** Who wrote the lock file (the holder), or null when it says nothing readable. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(300);
            int n = channel.read(buffer, 0);
            if (n <= 0) {
                return null;
            }
            String text = new String(buffer.array(), 0, n, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            return text.isEmpty() ? null : text;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * For a store opened read-only because the folder cannot be written: the lock when the existing lock file can
     * still be locked (its holder line is not rewritten), else none; H2's own file lock still keeps a writer out.
     */
    static DataFolderLock acquireWithoutWriting(Path dataDir) {
        try {
            FileChannel channel = FileChannel.open(dataDir.resolve(FILE_NAME), StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (IOException | OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = holder(channel);
                closeQuietly(channel);
                throw new StoreLockedException(dataDir, holder);
            }
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            return new DataFolderLock(null, null);
        }
    }

    @Override
    public void close() {
        if (channel == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing more to do: the lock goes with the channel
        }
    }
}
