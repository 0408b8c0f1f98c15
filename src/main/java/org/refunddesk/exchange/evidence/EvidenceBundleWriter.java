package org.refunddesk.exchange.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.exchange.AtomicFiles;
import org.refunddesk.rules.Masking;
import org.refunddesk.rules.evidence.BundleNaming;
import org.refunddesk.rules.evidence.BundleNaming.PlannedFile;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.rules.evidence.EvidenceTexts;

/**
 * Writes one case's evidence as a ZIP: the files renamed and ordered (purchase → promise → problem →
 * …), {@code manifest.json} and a readable {@code index.html}. Each file is hashed again while it is
 * copied and must match the hash recorded when it was added. The ZIP is written to a temporary file
 * next to the target and moved into place at the end, so a failure leaves no partial bundle.
 * It never touches the store: the caller passes the items and a way to open each file.
 */
public final class EvidenceBundleWriter {
    public static final String MANIFEST = "manifest.json";
    public static final String INDEX = "index.html";

    /** Opens one evidence file's content for reading. */
    @FunctionalInterface
    public interface FileOpener {
        InputStream open(EvidenceItem item) throws IOException;
    }

    /** Bytes copied so far of the total, called after each chunk. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> { };
    }

    private final EvidenceChecklist checklist;
    private final EvidenceTexts texts;
    private final Clock clock;
    private final boolean showInFull;

    /** A bundle for others: order numbers and numbers in titles and file names masked in its index and manifest. */
    public EvidenceBundleWriter(EvidenceChecklist checklist, EvidenceTexts texts, Clock clock) {
        this(checklist, texts, clock, false);
    }

    /** @param showInFull true only when the user asked for full numbers in the index and manifest */
    public EvidenceBundleWriter(EvidenceChecklist checklist, EvidenceTexts texts, Clock clock, boolean showInFull) {
        this.checklist = checklist;
        this.texts = texts;
        this.clock = clock;
        this.showInFull = showInFull;
    }

    /** Names come from the original file names, which may hold a phone or order number: masked unless asked. */
    private List<PlannedFile> shownNames(List<PlannedFile> plan) {
        if (showInFull) {
            return plan;
        }
        // 'x', not '*': Windows does not allow '*' in a file name
        return plan.stream().map(p -> new PlannedFile(p.item(), Masking.text(p.fileName()).replace('*', 'x'))).toList();
    }

    /** Writes the bundle to {@code target} (replacing it only when everything succeeded); returns the plan used. */
    public List<PlannedFile> write(EvidenceBundle bundle, FileOpener opener, Path target, Progress progress)
            throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        List<PlannedFile> plan = shownNames(new BundleNaming(checklist, texts).plan(bundle.files()));
        Instant createdAt = clock.instant();
        AtomicFiles.write(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            long total = plan.stream().mapToLong(p -> p.item().size()).sum();
            long[] done = {0};
            for (PlannedFile file : plan) {
                copyVerified(file, opener, zip, bytes -> {
                    done[0] += bytes;
                    progress.update(done[0], total);
                });
            }
            putText(zip, MANIFEST, new BundleManifest(checklist, texts, showInFull).json(bundle, plan, createdAt));
            putText(zip, INDEX, new BundleIndexPage(texts, showInFull).html(bundle, plan, createdAt));
            zip.finish();
        });
        return plan;
    }

    private interface Chunk {
        void copied(int bytes);
    }

    private static void copyVerified(PlannedFile file, FileOpener opener, ZipOutputStream zip, Chunk chunk)
            throws IOException {
        EvidenceItem item = file.item();
        ZipEntry entry = new ZipEntry(file.fileName());
        entry.setLastModifiedTime(FileTime.from(item.capturedAt() != null ? item.capturedAt() : item.addedAt()));
        zip.putNextEntry(entry);
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = opener.open(item)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
                zip.write(buffer, 0, n);
                chunk.copied(n);
            }
        }
        zip.closeEntry();
        if (!HexFormat.of().formatHex(sha.digest()).equalsIgnoreCase(item.sha256())) {
            throw new EvidenceChangedException(item.originalName());
        }
    }

    private static void putText(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
