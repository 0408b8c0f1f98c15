package org.refunddesk.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import org.refunddesk.domain.backup.EvidenceLogRecord;
import org.refunddesk.domain.backup.SavedViewRecord;
import org.refunddesk.domain.backup.StoredEvidence;

/**
 * Reads a full backup ({@code .rdbackup}) in two passes over the stream: {@link #verify} checks every entry
 * against the manifest (names, sizes, SHA-256) before anything is used; {@link #read} then hands out the
 * small parts, each evidence file, and the cases one at a time. Every problem is a {@link CaseFileException}
 * whose one-line message starts with the file's name.
 */
public final class FullBackupReader {
    /** The small parts, read before any file or case. */
    public record Meta(List<StoredEvidence> evidence, List<EvidenceLogRecord> log, List<SavedViewRecord> views,
                       Map<String, String> settings) {
    }

    /** Receives the backup in the order it is stored. */
    public interface Handler {
        void meta(Meta meta);

        void evidenceFile(StoredEvidence evidence, InputStream content) throws IOException;

        /** The cases, to be pulled once through {@code cases.forEach} before this returns. */
        void cases(BackupCasesJson.Source cases);
    }

    /** One manifest line. */
    record Line(long size, String sha256) {
    }

    private FullBackupReader() {
    }

    /** True when the file is a ZIP (a full backup) rather than a cases-only JSON backup. */
    public static boolean isFullBackup(Path file) {
        if (file.getFileName().toString().toLowerCase().endsWith(".rdbackup")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        } catch (IOException e) {
            return false;
        }
    }

    /** Checks the whole file against its manifest; returns the manifest's entries. */
    public static Map<String, Line> verify(Path file) {
        return verify(file, BackupCipher.NONE);
    }

    /** As {@link #verify(Path)}, for a backup that may be sealed. */
    public static Map<String, Line> verify(Path file, BackupCipher cipher) {
        try (InputStream raw = open(file, cipher); ZipInputStream zip = new ZipInputStream(raw)) {
            Map<String, Line> seen = new LinkedHashMap<>();
            JsonNode manifest = null;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = safeName(e.getName());
                if (seen.containsKey(name) || FullBackupWriter.MANIFEST.equals(name) && manifest != null) {
                    throw new CaseFileException(name, "appears twice in the backup");
                }
                if (FullBackupWriter.MANIFEST.equals(name)) {
                    manifest = CaseFiles.MAPPER.readTree(BackupStreams.keepOpen(limited(zip, 16L << 20, name)));
                    continue;
                }
                MessageDigest sha = FullBackupWriter.sha256();
                long size = new DigestInputStream(zip, sha).transferTo(OutputStreams.NULL);
                seen.put(name, new Line(size, HexFormat.of().formatHex(sha.digest())));
            }
            if (manifest == null) {
                throw new CaseFileException("manifest.json", "missing: not a RefundDesk full backup");
            }
            if (!FullBackupWriter.FORMAT.equals(manifest.path("format").asText())) {
                throw new CaseFileException("manifest.json.format", "is not " + FullBackupWriter.FORMAT);
            }
            Map<String, Line> listed = new TreeMap<>();
            for (JsonNode line : manifest.path("entries")) {
                listed.put(line.path("path").asText(), new Line(line.path("size").asLong(-1),
                        line.path("sha256").asText().toLowerCase()));
            }
            for (Map.Entry<String, Line> e : seen.entrySet()) {
                Line expected = listed.get(e.getKey());
                if (expected == null) {
                    throw new CaseFileException(e.getKey(), "not listed in the manifest");
                }
                if (!expected.equals(e.getValue())) {
                    throw new CaseFileException(e.getKey(), "does not match the manifest (damaged or changed)");
                }
            }
            for (String name : listed.keySet()) {
                if (!seen.containsKey(name)) {
                    throw new CaseFileException(name, "listed in the manifest but missing from the backup");
                }
            }
            if (!seen.containsKey(FullBackupWriter.CASES)) {
                throw new CaseFileException(FullBackupWriter.CASES, "missing: not a RefundDesk full backup");
            }
            return listed;
        } catch (CaseFileException e) {
            throw e.inFile(file);
        } catch (JsonProcessingException e) {
            throw CaseFiles.broken(e).inFile(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * The id of the store the backup was made of (its manifest's {@code storeId}); empty for a backup made before
     * stores had one. A plain ZIP is read at its manifest only; a sealed one is read through.
     */
    public static java.util.Optional<java.util.UUID> storeId(Path file, BackupCipher cipher) {
        try {
            JsonNode manifest = null;
            if (startsWithZip(file)) {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                    ZipEntry entry = zip.getEntry(FullBackupWriter.MANIFEST);
                    if (entry != null) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            manifest = CaseFiles.MAPPER.readTree(limited(in, 16L << 20, FullBackupWriter.MANIFEST));
                        }
                    }
                }
            } else {
                try (InputStream raw = open(file, cipher); ZipInputStream zip = new ZipInputStream(raw)) {
                    for (ZipEntry e = zip.getNextEntry(); e != null && manifest == null; e = zip.getNextEntry()) {
                        if (FullBackupWriter.MANIFEST.equals(e.getName())) {
                            manifest = CaseFiles.MAPPER.readTree(BackupStreams.keepOpen(
                                    limited(zip, 16L << 20, FullBackupWriter.MANIFEST)));
                        }
                    }
                }
            }
            if (manifest == null) {
                throw new CaseFileException("manifest.json", "missing: not a RefundDesk full backup").inFile(file);
            }
            String id = manifest.path(FullBackupWriter.STORE_ID).asText("");
            return id.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(java.util.UUID.fromString(id));
        } catch (CaseFileException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new CaseFileException(file + ": manifest.json.storeId is not a store id", e);
        } catch (JsonProcessingException e) {
            throw CaseFiles.broken(e).inFile(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static boolean startsWithZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 'P' && in.read() == 'K';
        }
    }

    /** Reads a verified backup into the handler: meta, then each evidence file, then the cases. */
    public static void read(Path file, Handler handler) {
        read(file, handler, BackupCipher.NONE);
    }

    /** As {@link #read(Path, Handler)}, for a backup that may be sealed. */
    public static void read(Path file, Handler handler, BackupCipher cipher) {
        try (InputStream raw = open(file, cipher); ZipInputStream zip = new ZipInputStream(raw)) {
            Map<String, JsonNode> small = new HashMap<>();
            Map<String, StoredEvidence> byPath = null;
            boolean casesRead = false;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = safeName(e.getName());
                if (name.endsWith(".json") && !name.contains("/")) {
                    if (FullBackupWriter.CASES.equals(name)) {
                        if (byPath == null) {
                            byPath = meta(small, handler);
                        }
                        handler.cases(each -> BackupCasesJson.read(BackupStreams.keepOpen(zip), each));
                        casesRead = true;
                    } else if (!FullBackupWriter.MANIFEST.equals(name)) {
                        small.put(name, CaseFiles.MAPPER.readTree(BackupStreams.keepOpen(limited(zip, 512L << 20, name))));
                    }
                    continue;
                }
                if (byPath == null) {
                    byPath = meta(small, handler);
                }
                StoredEvidence evidence = byPath.get(name);
                if (evidence == null || casesRead) {
                    throw new CaseFileException(name, "is not an evidence file of this backup");
                }
                handler.evidenceFile(evidence, BackupStreams.keepOpen(zip));
            }
            if (!casesRead) {
                throw new CaseFileException(FullBackupWriter.CASES, "missing: not a RefundDesk full backup");
            }
        } catch (CaseFileException e) {
            throw e.inFile(file);
        } catch (JsonProcessingException e) {
            throw CaseFiles.broken(e).inFile(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static Map<String, StoredEvidence> meta(Map<String, JsonNode> small, Handler handler) {
        for (String required : List.of(FullBackupWriter.EVIDENCE, FullBackupWriter.LOG, FullBackupWriter.VIEWS,
                FullBackupWriter.SETTINGS)) {
            if (!small.containsKey(required)) {
                throw new CaseFileException(required, "missing: not a RefundDesk full backup");
            }
        }
        Meta meta = new Meta(BackupRowsJson.evidence(small.get(FullBackupWriter.EVIDENCE)),
                BackupRowsJson.log(small.get(FullBackupWriter.LOG)),
                BackupRowsJson.views(small.get(FullBackupWriter.VIEWS)),
                BackupRowsJson.settings(small.get(FullBackupWriter.SETTINGS)));
        Map<String, StoredEvidence> byPath = new HashMap<>();
        for (StoredEvidence e : meta.evidence()) {
            if (byPath.put(e.archivePath(), e) != null) {
                throw new CaseFileException(FullBackupWriter.EVIDENCE, "lists " + e.archivePath() + " twice");
            }
        }
        handler.meta(meta);
        return byPath;
    }

    private static InputStream open(Path file, BackupCipher cipher) throws IOException {
        return BackupStreams.forReading(new BufferedInputStream(Files.newInputStream(file)), cipher);
    }

    /** Entry names are only ever plain relative paths; "../x", "/x" or "C:" would point outside. */
    private static String safeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains("..")
                || name.contains(":") || name.contains("\\") || name.chars().anyMatch(Character::isISOControl)) {
            throw new CaseFileException("(zip)", "entry name \"" + name.replaceAll("\\p{Cntrl}", "?")
                    + "\" is not allowed in a backup");
        }
        return name;
    }

    private static InputStream limited(InputStream in, long max, String name) {
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > max) {
                    throw new CaseFileException(name, "larger than a backup's " + name + " can be");
                }
            }
        };
    }

    private static CaseFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new CaseFileException(file + ": no such file", e);
        }
        if (e instanceof ZipException) {
            return new CaseFileException(file + ": not a readable ZIP (" + e.getMessage() + ")", e);
        }
        return new CaseFileException(file + ": cannot read (" + e.getMessage() + ")", e);
    }

    /** An output stream that forgets everything. */
    private static final class OutputStreams {
        static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();
    }
}
