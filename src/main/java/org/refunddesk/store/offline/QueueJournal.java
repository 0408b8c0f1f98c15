package org.refunddesk.store.offline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The queue's file: one record a line, {@code <crc32 hex> TAB <json> LF}. An append is on disk (fsync) before
 * it returns; a rewrite goes through a synced temporary file and an atomic move. A crash mid-append leaves at
 * most a cut-off last line, which {@link #read} reports instead of taking it for a record.
 */
final class QueueJournal {
    private final Path file;

    QueueJournal(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** A line as read: its json, or the reason it is unusable (json null). */
    record Line(int number, String json, String problem, boolean last) {
    }

    List<Line> read() throws IOException {
        List<Line> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return lines;
        }
        byte[] bytes = Files.readAllBytes(file);
        int start = 0;
        int number = 0;
        while (start < bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            number++;
            boolean terminated = end < bytes.length;
            boolean last = end + 1 >= bytes.length;
            String text = new String(bytes, start, end - start, StandardCharsets.UTF_8);
            if (!terminated) {
                lines.add(new Line(number, null, "cut off (no line end)", true));
            } else {
                lines.add(check(number, text, last));
            }
            start = end + 1;
        }
        return lines;
    }

    private static Line check(int number, String text, boolean last) {
        int tab = text.indexOf('\t');
        if (tab != 8) {
            return new Line(number, null, "no checksum", last);
        }
        String json = text.substring(tab + 1);
        if (!text.substring(0, tab).equals(crc(json))) {
            return new Line(number, null, "checksum does not match", last);
        }
        return new Line(number, json, null, last);
    }

    /** Appends one record and syncs it to disk before returning. */
    void append(String json) throws IOException {
        boolean created = !Files.exists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line(json));
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        if (created) {
            syncFolder();
        }
    }

    /** Replaces the whole file with these records (possibly none), atomically. */
    void rewrite(List<String> jsons) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (String json : jsons) {
                ByteBuffer buffer = ByteBuffer.wrap(line(json));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
            channel.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder();
    }

    /** Keeps the file as found next to it, before a rewrite drops lines that could not be read. */
    Path saveCopy(String suffix) throws IOException {
        Path copy = file.resolveSibling(file.getFileName() + "." + suffix);
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static byte[] line(String json) {
        if (json.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a record must be one line");
        }
        return (crc(json) + "\t" + json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String crc(String json) {
        CRC32 crc = new CRC32();
        crc.update(json.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /** The new name is durable only once the folder's entry is synced (not possible on Windows: skipped). */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
