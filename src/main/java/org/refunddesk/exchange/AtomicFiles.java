package org.refunddesk.exchange;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary file beside it and a move, so readers never see half a file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes the content to a stream; any exception leaves the target as it was. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void writeString(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /** Streams the content into a temporary file in the target's folder and moves it into place when complete. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp");
        try {
            try (FileOutputStream file = new FileOutputStream(temp.toFile());
                 OutputStream out = new BufferedOutputStream(file)) {
                // a writer that closes what it is given (ical4j's outputter) must not close the file before its sync
                content.writeTo(new NonClosingOutputStream(out));
                out.flush();
                file.getFD().sync(); // on disk before it takes the target's name: a crash leaves old or new, whole
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
