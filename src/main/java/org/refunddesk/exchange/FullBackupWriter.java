package org.refunddesk.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.refunddesk.domain.backup.EvidenceLogRecord;
import org.refunddesk.domain.backup.SavedViewRecord;
import org.refunddesk.domain.backup.StoredEvidence;

/**
 * Writes a full backup ({@code .rdbackup}): one ZIP with the evidence rows, the evidence log, saved views and
 * settings (small JSON entries), every evidence file, the cases as {@code refunddesk.backup/1} JSON (streamed),
 * and last a manifest with the size and SHA-256 of every entry. See docs/backup.md.
 */
public final class FullBackupWriter {
    public static final String FORMAT = "refunddesk.rdbackup/1";
    static final String EVIDENCE = "evidence.json";
    static final String LOG = "evidence-log.json";
    static final String VIEWS = "views.json";
    static final String SETTINGS = "settings.json";
    static final String CASES = "cases.json";
    static final String MANIFEST = "manifest.json";
    static final String STORE_ID = "storeId";
    /** Entries carry a fixed time, so two backups of the same store differ only where their content does. */
    private static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));

    /** What goes in: the store's parts, read by the caller's store. */
    public record Parts(BackupCasesJson.Source cases, List<StoredEvidence> evidence,
                        Function<StoredEvidence, Path> fileOf, List<EvidenceLogRecord> log,
                        List<SavedViewRecord> views, Map<String, String> settings, ContentOpener content,
                        BackupCipher cipher) {
        public Parts(BackupCasesJson.Source cases, List<StoredEvidence> evidence,
                     Function<StoredEvidence, Path> fileOf, List<EvidenceLogRecord> log,
                     List<SavedViewRecord> views, Map<String, String> settings) {
            this(cases, evidence, fileOf, log, views, settings,
                    (e, file) -> Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), BackupCipher.NONE);
        }
    }

    /** An evidence file's plain content (an encrypted store unseals its files here). */
    @FunctionalInterface
    public interface ContentOpener {
        InputStream open(StoredEvidence evidence, Path file) throws IOException;
    }

    /** What came out: how many cases and files, and the evidence files that could not be copied (and why). */
    public record Written(int cases, int files, List<String> notCopied) {
    }

    private FullBackupWriter() {
    }

    /** Writes the backup to {@code target} through a temporary file: a failure leaves no half backup. */
    public static Written write(Path target, Instant createdAt, Parts parts) throws IOException {
        return write(target, createdAt, parts, null);
    }

    /** As {@link #write(Path, Instant, Parts)}, naming in the manifest the store the backup is of ({@code storeId}). */
    public static Written write(Path target, Instant createdAt, Parts parts, java.util.UUID storeId) throws IOException {
        Written[] written = new Written[1];
        AtomicFiles.write(target, out -> {
            OutputStream sealed = BackupStreams.forWriting(out, parts.cipher());
            written[0] = write(sealed, createdAt, parts, storeId);
            if (sealed != out) {
                sealed.close(); // ends the last sealed segment; the file itself stays open for AtomicFiles
            }
        });
        return written[0];
    }

    private static Written write(OutputStream raw, Instant createdAt, Parts parts, java.util.UUID storeId)
            throws IOException {
        ArrayNode manifestEntries = JsonNodeFactory.instance.arrayNode();
        List<String> notCopied = new ArrayList<>();
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("format", FORMAT);
        manifest.put("createdAt", CaseJsonWriter.time(createdAt));
        if (storeId != null) {
            manifest.put(STORE_ID, storeId.toString());
        }
        int files = 0;
        int cases;
        ZipOutputStream zip = new ZipOutputStream(BackupStreams.keepOpen(raw));
        try (zip) {
            json(zip, manifestEntries, EVIDENCE, BackupRowsJson.evidence(parts.evidence()));
            json(zip, manifestEntries, LOG, BackupRowsJson.log(parts.log()));
            json(zip, manifestEntries, VIEWS, BackupRowsJson.views(parts.views()));
            json(zip, manifestEntries, SETTINGS, BackupRowsJson.settings(parts.settings()));
            for (StoredEvidence e : parts.evidence()) {
                Path file = parts.fileOf().apply(e);
                if (Files.isSymbolicLink(file)) {
                    notCopied.add(e.item().originalName() + ": the vault holds a link, not the file (" + file + ")");
                    continue;
                }
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    notCopied.add(e.item().originalName() + ": missing (" + file + ")");
                    continue;
                }
                try (InputStream in = parts.content().open(e, file)) {
                    Entry entry = begin(zip, e.archivePath());
                    in.transferTo(entry.out);
                    end(zip, manifestEntries, e.archivePath(), entry);
                    files++;
                } catch (java.nio.file.AccessDeniedException denied) {
                    notCopied.add(e.item().originalName() + ": not readable (" + file + ")");
                }
            }
            Entry entry = begin(zip, CASES);
            cases = BackupCasesJson.write(entry.out, createdAt, parts.cases());
            end(zip, manifestEntries, CASES, entry);
            manifest.set("entries", manifestEntries);
            ArrayNode missing = manifest.putArray("notCopied");
            notCopied.forEach(missing::add);
            ZipEntry m = new ZipEntry(MANIFEST);
            m.setLastModifiedTime(ENTRY_TIME);
            zip.putNextEntry(m);
            zip.write(CaseFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
        }
        return new Written(cases, files, notCopied);
    }

    private record Entry(DigestOutputStream out, long[] size) {
    }

    private static Entry begin(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        long[] size = {0};
        OutputStream counting = new java.io.FilterOutputStream(BackupStreams.keepOpen(zip)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                size[0] += len;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size[0]++;
            }
        };
        return new Entry(new DigestOutputStream(counting, sha256()), size);
    }

    private static void end(ZipOutputStream zip, ArrayNode manifest, String name, Entry entry) throws IOException {
        entry.out.flush();
        zip.closeEntry();
        ObjectNode line = manifest.addObject();
        line.put("path", name);
        line.put("size", entry.size[0]);
        line.put("sha256", HexFormat.of().formatHex(entry.out.getMessageDigest().digest()));
    }

    private static void json(ZipOutputStream zip, ArrayNode manifest, String name, JsonNode content) throws IOException {
        Entry entry = begin(zip, name);
        entry.out.write(CaseFiles.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
        end(zip, manifest, name, entry);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
