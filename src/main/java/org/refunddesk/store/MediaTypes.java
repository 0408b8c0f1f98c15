package org.refunddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The media type of an evidence file: what the system knows, else the extension, else octet-stream. */
final class MediaTypes {
    static final String UNKNOWN = "application/octet-stream";
    // the system's table is often empty on a bare Linux install: keep the usual evidence types here
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("bmp", "image/bmp"),
            Map.entry("heic", "image/heic"), Map.entry("pdf", "application/pdf"), Map.entry("txt", "text/plain"),
            Map.entry("html", "text/html"), Map.entry("htm", "text/html"), Map.entry("mhtml", "multipart/related"),
            Map.entry("json", "application/json"), Map.entry("csv", "text/csv"), Map.entry("zip", "application/zip"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"), Map.entry("amr", "audio/amr"),
            Map.entry("wav", "audio/wav"), Map.entry("mp4", "video/mp4"), Map.entry("mov", "video/quicktime"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    private MediaTypes() {
    }

    static String of(Path file, String originalName) {
        try {
            String probed = Files.probeContentType(file);
            if (probed != null && !probed.isBlank()) {
                return probed;
            }
        } catch (IOException | SecurityException e) {
            // fall through to the extension
        }
        return BY_EXTENSION.getOrDefault(extension(originalName), UNKNOWN);
    }

    /** The lower-case extension if it is plain letters and digits, else "". */
    static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,10}") ? ext : "";
    }
}
