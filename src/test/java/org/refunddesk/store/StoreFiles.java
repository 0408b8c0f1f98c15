package org.refunddesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Byte-level looks at a data folder: which files hold a text, and a snapshot of every file's bytes. */
public final class StoreFiles {
    /** Personal data in {@code SampleCases.full}: names, phone, address, order and payment numbers. */
    public static final List<String> SAMPLE_SECRETS = List.of("13800138000", "王小明", "张志愿", "上海市浦东新区",
            "KM20260302001", "2026030222001");

    private StoreFiles() {
    }

    /**
     * Files under {@code root} (except {@code skip} folders) whose bytes contain {@code text} in UTF-8, UTF-16 or
     * H2's own string encoding.
     */
    public static List<Path> filesContaining(Path root, String text, String... skip) {
        List<byte[]> needles = List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16BE),
                text.getBytes(StandardCharsets.UTF_16LE), h2Encoding(text));
        List<Path> hits = new ArrayList<>();
        for (Path file : files(root, skip)) {
            byte[] bytes = read(file);
            if (needles.stream().anyMatch(n -> indexOf(bytes, n) >= 0)) {
                hits.add(root.relativize(file));
            }
        }
        return hits;
    }

    /** Every file's bytes, by path relative to the root. */
    public static Map<String, List<Byte>> snapshot(Path root) {
        Map<String, List<Byte>> out = new TreeMap<>();
        for (Path file : files(root)) {
            byte[] bytes = read(file);
            List<Byte> boxed = new ArrayList<>(bytes.length);
            for (byte b : bytes) {
                boxed.add(b);
            }
            out.put(root.relativize(file).toString(), boxed);
        }
        return out;
    }

    static List<Path> files(Path root, String... skip) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Stream.of(skip).noneMatch(s -> root.relativize(p).startsWith(s)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How H2's MVStore writes a string's characters: like UTF-8 but without the continuation bits, so a Chinese
     * name in the database file is not found by searching its UTF-8 bytes.
     */
    static byte[] h2Encoding(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (char c : text.toCharArray()) {
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
