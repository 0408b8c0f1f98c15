package org.refunddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.EvidenceItem;

/**
 * Erasure of a consumer's data (PIPL art. 47, issue 18): cases, their events, tags, summaries, evidence files
 * (in the vault and its trash) and the evidence log's lines about them, all in one transaction; the database
 * file is rewritten when it closes so no old page keeps them. Each erasure leaves one log line with no personal
 * data: when, how many cases and files, and a random receipt id. Backups made before still hold the data until
 * they are rotated out.
 */
public final class CaseErasure {
    /** One erasure as logged: nothing in it points to a person. */
    public record Receipt(String id, Instant erasedAt, int cases, int files, boolean automatic) {
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final char[] RECEIPT_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database db;
    private final java.time.Clock clock;

    public CaseErasure(Database db, java.time.Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The cases whose consumer has this phone number (spaces and dashes ignored). */
    public List<UUID> casesOfPhone(String phone) {
        String digits = normalisePhone(phone);
        return ids("SELECT id FROM cases WHERE REPLACE(REPLACE(consumer_phone, ' ', ''), '-', '') = ? ORDER BY created_at",
                digits);
    }

    /** The cases whose consumer has exactly this name (surrounding spaces ignored). */
    public List<UUID> casesOfName(String name) {
        return ids("SELECT id FROM cases WHERE TRIM(consumer_name) = ? ORDER BY created_at", name.strip());
    }

    /** Closed cases last changed more than {@code months} months ago (0 or less: none). */
    public List<UUID> closedOlderThan(int months) {
        if (months <= 0) {
            return List.of();
        }
        Instant cutoff = ZonedDateTime.ofInstant(clock.instant(), SHANGHAI).minusMonths(months).toInstant();
        return closedBefore(cutoff);
    }

    /** Closed cases last changed before {@code cutoff}, oldest first. */
    public List<UUID> closedBefore(Instant cutoff) {
        return db.inTransaction(c -> {
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases WHERE status = ? AND "
                    + "COALESCE(updated_at, created_at) < ? ORDER BY COALESCE(updated_at, created_at)")) {
                ps.setString(1, CaseStatus.CLOSED.name());
                Sql.setInstant(ps, 2, cutoff);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(Sql.uuid(rs, "id"));
                    }
                }
            }
            return found;
        });
    }

    /** Erases the cases (unknown ids are skipped) and logs one receipt; all rows or none. */
    public Receipt erase(List<UUID> caseIds, boolean automatic) {
        Set<UUID> ids = new LinkedHashSet<>(caseIds);
        EvidenceFiles files = new EvidenceFiles(db.dataDir());
        List<Path> toDelete = new ArrayList<>();
        Receipt receipt = db.inTransaction(c -> {
            int cases = 0;
            int fileCount = 0;
            for (UUID id : ids) {
                if (!CaseRows.exists(c, id)) {
                    continue;
                }
                for (boolean trashed : new boolean[] {false, true}) {
                    for (EvidenceItem item : EvidenceRows.list(c, id, trashed)) {
                        toDelete.add(trashed ? files.trashed(item) : files.stored(item));
                        fileCount++;
                    }
                }
                delete(c, "DELETE FROM evidence_log WHERE case_id = ?", id);
                delete(c, "DELETE FROM cases WHERE id = ?", id); // events, tags, evidence, summary cascade
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM raised_notifications WHERE deadline_key LIKE ?")) {
                    ps.setString(1, "%" + id + "%");
                    ps.executeUpdate();
                }
                cases++;
            }
            Receipt r = new Receipt(newReceiptId(), clock.instant(), cases, fileCount, automatic);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO erasure_log (receipt, erased_at, cases, files, automatic) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, r.id());
                Sql.setInstant(ps, 2, r.erasedAt());
                ps.setInt(3, r.cases());
                ps.setInt(4, r.files());
                ps.setBoolean(5, automatic);
                ps.executeUpdate();
            }
            return r;
        });
        // after the commit: the rows are gone, so the files are unreachable; remove them and their folders
        for (Path file : toDelete) {
            deleteQuietly(file);
        }
        for (UUID id : ids) {
            deleteFolder(db.dataDir().resolve(EvidenceFiles.FOLDER).resolve(id.toString()));
            deleteFolder(db.dataDir().resolve(EvidenceFiles.TRASH).resolve(id.toString()));
        }
        db.compactWhenClosed();
        return receipt;
    }

    /** Every erasure, newest first. */
    public List<Receipt> log() {
        return db.inTransaction(c -> {
            List<Receipt> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT receipt, erased_at, cases, files, automatic FROM erasure_log ORDER BY erased_at DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new Receipt(rs.getString("receipt"), Sql.instant(rs, "erased_at"), rs.getInt("cases"),
                            rs.getInt("files"), rs.getBoolean("automatic")));
                }
            }
            return all;
        });
    }

    static String normalisePhone(String phone) {
        return phone == null ? "" : phone.replaceAll("[\\s-]", "");
    }

    private List<UUID> ids(String sql, String value) {
        return db.inTransaction(c -> {
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(Sql.uuid(rs, "id"));
                    }
                }
            }
            return found;
        });
    }

    private static void delete(Connection c, String sql, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Sql.setUuid(ps, 1, id);
            ps.executeUpdate();
        }
    }

    private static String newReceiptId() {
        StringBuilder id = new StringBuilder("ER-");
        for (int i = 0; i < 12; i++) {
            if (i == 4 || i == 8) {
                id.append('-');
            }
            id.append(RECEIPT_ALPHABET[RANDOM.nextInt(RECEIPT_ALPHABET.length)]);
        }
        return id.toString().toUpperCase(Locale.ROOT);
    }

    private static void deleteQuietly(Path file) {
        try {
            EvidenceFiles.deleteStored(file);
        } catch (IOException e) {
            // unreachable without its row; a file the system holds open is gone at the next erase of its folder
        }
    }

    private static void deleteFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(CaseErasure::deleteQuietly);
        } catch (IOException e) {
            // best effort: what remains holds no row that points to it
        }
    }
}
