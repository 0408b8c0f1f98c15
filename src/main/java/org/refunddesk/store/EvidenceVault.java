package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.domain.EvidenceFact;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.store.EvidenceLogEntry.Action;
import org.refunddesk.store.EvidenceRows.Row;

/**
 * The evidence vault: files copied into the data folder, their SHA-256 recorded, never changed in
 * place. Each write is one transaction together with its file move: when the copy fails there is no
 * row, when the row fails the copied file is removed again. Removal moves the file to a trash folder
 * and is logged with its reason; the trash is kept until the user empties it.
 */
public final class EvidenceVault {
    /** Files above this size are kept only when the user confirms. */
    public static final long LARGE_FILE_BYTES = 50L * 1024 * 1024;

    private final Database db;
    private final Clock clock;
    private final long largeFileBytes;
    private final EvidenceFiles files;
    private final EvidenceFiles.Copier copier;

    public EvidenceVault(Database db, Clock clock) {
        this(db, clock, LARGE_FILE_BYTES, EvidenceFiles.copier(db.storeKey().orElse(null)));
    }

    /** With another size limit and copy step, so tests can use small files and make a copy fail. */
    EvidenceVault(Database db, Clock clock, long largeFileBytes, EvidenceFiles.Copier copier) {
        this.db = db;
        this.clock = clock;
        this.largeFileBytes = largeFileBytes;
        this.files = new EvidenceFiles(db.dataDir());
        this.copier = copier;
    }

    /** True when the file is large enough that the user must confirm keeping it. */
    public boolean needsLargeConfirmation(Path file) {
        try {
            return Files.size(file) > largeFileBytes;
        } catch (IOException e) {
            return false;
        }
    }

    /** Copies the file into the case's vault folder and records it. The original stays where it was. */
    public EvidenceItem attach(EvidenceAttachment request) {
        Path source = request.file();
        String originalName = source.getFileName().toString();
        if (!Files.isRegularFile(source) || !Files.isReadable(source)) {
            throw new StoreException("cannot read " + source);
        }
        long size = sizeOf(source);
        if (size > largeFileBytes && !request.largeConfirmed()) {
            throw new LargeEvidenceException(originalName, size, largeFileBytes);
        }
        UUID id = UUID.randomUUID();
        Path folder = files.caseFolder(request.caseId());
        Path target = folder.resolve(EvidenceFiles.storedName(id, originalName));
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, ".adding-", ".part");
            EvidenceFiles.Copied copied = copier.copy(source, temp);
            EvidenceItem item = new EvidenceItem(id, request.caseId(), request.category(), request.checklistItemId(),
                    target.getFileName().toString(), originalName, MediaTypes.of(source, originalName), copied.size(),
                    copied.sha256(), clock.instant(), request.capturedAt(), blankToNull(request.source()),
                    request.facts(), blankToNull(request.note()));
            Path staged = temp;
            db.inTransaction(c -> {
                requireCase(c, request.caseId());
                // the row before the file: row-level security lets a role store a file only for a row it may see
                EvidenceRows.insert(c, item);
                if (onServer()) {
                    // team mode: the server keeps the file (streamed, hash checked); this folder is only its cache
                    ServerBlobs.put(c, staged, item.sha256(), clock.instant());
                }
                db.summaries().refresh(c, request.caseId());
                move(staged, target);
                return null;
            });
            EvidenceFiles.makeReadOnly(target);
            return item;
        } catch (IOException e) {
            throw new StoreException("cannot copy " + originalName + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw storeException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Changes what the vault says about a file (category, checklist item, what it shows, note); never the file. */
    public EvidenceItem describe(UUID evidenceId, EvidenceCategory category, String checklistItemId,
                                 Set<EvidenceFact> facts, String note) {
        return db.inTransaction(c -> {
            EvidenceItem changed = active(c, evidenceId).withDescription(category, checklistItemId, facts,
                    blankToNull(note));
            EvidenceRows.updateDescription(c, changed);
            db.summaries().refresh(c, changed.caseId());
            return changed;
        });
    }

    public List<EvidenceItem> list(UUID caseId) {
        return db.inTransaction(c -> EvidenceRows.list(c, caseId, false));
    }

    /** Every case's evidence (not in the trash), by case id. */
    public Map<UUID, List<EvidenceItem>> listAll() {
        Map<UUID, List<EvidenceItem>> byCase = new LinkedHashMap<>();
        db.inTransaction(c -> EvidenceRows.list(c, null, false))
                .forEach(i -> byCase.computeIfAbsent(i.caseId(), k -> new ArrayList<>()).add(i));
        return byCase;
    }

    public Optional<EvidenceItem> find(UUID evidenceId) {
        return db.inTransaction(c -> EvidenceRows.find(c, evidenceId)).filter(r -> !r.trashed()).map(Row::item);
    }

    public List<EvidenceItem> trash(UUID caseId) {
        return db.inTransaction(c -> EvidenceRows.list(c, caseId, true));
    }

    public List<EvidenceLogEntry> log(UUID caseId) {
        return db.inTransaction(c -> EvidenceRows.logOf(c, caseId));
    }

    /** Whether stored files are sealed (an encrypted store): then {@link #file} is not readable as it is. */
    public boolean isEncrypted() {
        return db.storeKey().isPresent();
    }

    /** The stored file, for reading (thumbnails); never write to it. Sealed when {@link #isEncrypted()}. */
    public Path file(EvidenceItem item) {
        return files.stored(item);
    }

    /** The file's content; on a team server fetched (and checked against its hash) when this computer lacks it. */
    public InputStream open(EvidenceItem item) throws IOException {
        Path local = files.stored(item);
        if (onServer() && !Files.exists(local, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            fetch(item, local);
        }
        return EvidenceFiles.open(local, db.storeKey().orElse(null));
    }

    /**
     * The case's files whose content changed or that are missing, in the order they were added. On a team server
     * each file is read from the server again (its hash checked while it streams in) and this computer's copy
     * replaced by it, so what is verified is what the server holds.
     */
    public List<EvidenceProblem> verify(UUID caseId) {
        return check(list(caseId));
    }

    public List<EvidenceProblem> verifyAll() {
        return check(db.inTransaction(c -> EvidenceRows.list(c, null, false)));
    }

    private boolean onServer() {
        return db.server().isPresent();
    }

    /** Writes the server's file into this computer's cache; fails when it is not there or not what its hash says. */
    private void fetch(EvidenceItem item, Path local) {
        db.inTransaction(c -> {
            ServerBlobs.get(c, item.sha256(), local);
            return null;
        });
        EvidenceFiles.makeReadOnly(local);
    }

    /** The server's copy of the file, fetched again: empty when it arrived intact, else what is wrong with it. */
    private Optional<EvidenceProblem.Kind> refetch(EvidenceItem item) {
        Path local = files.stored(item);
        if (!db.inTransaction(c -> ServerBlobs.exists(c, item.sha256()))) {
            return Optional.of(EvidenceProblem.Kind.MISSING);
        }
        try {
            EvidenceFiles.deleteStored(local);
        } catch (IOException e) {
            return Optional.of(EvidenceProblem.Kind.UNREADABLE);
        }
        try {
            fetch(item, local);
            return Optional.empty();
        } catch (ServerUnreachableException | ServerRefusedException e) {
            throw e; // not a finding about the file: the command says the server is gone or refused
        } catch (StoreException e) {
            return Optional.of(EvidenceProblem.Kind.CHANGED);
        }
    }

    private List<EvidenceProblem> check(List<EvidenceItem> items) {
        List<EvidenceProblem> problems = new ArrayList<>();
        for (EvidenceItem item : items) {
            if (onServer()) {
                Optional<EvidenceProblem.Kind> fetched = refetch(item);
                if (fetched.isPresent()) {
                    problems.add(new EvidenceProblem(item, fetched.get()));
                    continue;
                }
            }
            Path path = files.stored(item);
            if (Files.isSymbolicLink(path) || Files.isSymbolicLink(path.getParent())) {
                // an identical copy elsewhere is still not the file the vault holds: never followed
                problems.add(new EvidenceProblem(item, EvidenceProblem.Kind.SYMLINK));
                continue;
            }
            if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new EvidenceProblem(item, EvidenceProblem.Kind.MISSING));
                continue;
            }
            if (!Files.isReadable(path)) {
                problems.add(new EvidenceProblem(item, EvidenceProblem.Kind.UNREADABLE));
                continue;
            }
            try {
                EvidenceFiles.Copied plain = EvidenceFiles.hash(path, db.storeKey().orElse(null));
                if (plain.size() != item.size() || !plain.sha256().equalsIgnoreCase(item.sha256())) {
                    problems.add(new EvidenceProblem(item, EvidenceProblem.Kind.CHANGED));
                }
            } catch (IOException e) {
                // a sealed file that no longer opens was changed (or cut); one that cannot be read is as good as gone
                problems.add(new EvidenceProblem(item, Files.isReadable(path)
                        ? EvidenceProblem.Kind.CHANGED : EvidenceProblem.Kind.UNREADABLE));
            }
        }
        return problems;
    }

    /** Moves the file to the trash and logs why; {@link #restore} brings it back until the trash is emptied. */
    public void remove(UUID evidenceId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("removing evidence needs a reason");
        }
        Instant now = clock.instant();
        moveLogged(evidenceId, false, now, Action.REMOVED, reason.strip());
    }

    public EvidenceItem restore(UUID evidenceId) {
        return moveLogged(evidenceId, true, null, Action.RESTORED, null);
    }

    /** One transaction: flags the row, logs it, moves the file; the move is undone when the commit fails. */
    private EvidenceItem moveLogged(UUID evidenceId, boolean fromTrash, Instant trashedAt, Action action, String reason) {
        Path[] moved = new Path[2];
        try {
            return db.inTransaction(c -> {
                Row row = EvidenceRows.find(c, evidenceId).filter(r -> r.trashed() == fromTrash)
                        .orElseThrow(() -> new StoreException("no " + (fromTrash ? "removed " : "") + "evidence " + evidenceId));
                EvidenceItem item = row.item();
                EvidenceRows.setTrashed(c, item.id(), trashedAt);
                EvidenceRows.log(c, item, action, clock.instant(), reason);
                db.summaries().refresh(c, item.caseId());
                Path from = fromTrash ? files.trashed(item) : files.stored(item);
                Path to = fromTrash ? files.stored(item) : files.trashed(item);
                if (Files.exists(from)) {
                    move(from, to);
                    moved[0] = from;
                    moved[1] = to;
                }
                return item;
            });
        } catch (RuntimeException e) {
            if (moved[1] != null) {
                try {
                    EvidenceFiles.move(moved[1], moved[0]);
                } catch (IOException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw storeException(e);
        }
    }

    /** Deletes the case's removed files for good (logged); returns how many. */
    public int emptyTrash(UUID caseId) {
        Instant now = clock.instant();
        List<EvidenceItem> purged = db.inTransaction(c -> {
            List<EvidenceItem> trashed = EvidenceRows.list(c, caseId, true);
            for (EvidenceItem item : trashed) {
                EvidenceRows.delete(c, item.id());
                EvidenceRows.log(c, item, Action.PURGED, now, null);
            }
            return trashed;
        });
        // after the commit: a file that cannot be deleted only stays behind in the trash folder
        purged.forEach(item -> deleteQuietly(files.trashed(item)));
        return purged.size();
    }

    private static EvidenceItem active(Connection c, UUID evidenceId) throws SQLException {
        return EvidenceRows.find(c, evidenceId).filter(r -> !r.trashed()).map(Row::item)
                .orElseThrow(() -> new StoreException("no evidence " + evidenceId));
    }

    private static void requireCase(Connection c, UUID caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM cases WHERE id = ?")) {
            Sql.setUuid(ps, 1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new CaseNotFoundException(caseId);
                }
            }
        }
    }

    private static void move(Path from, Path to) {
        try {
            EvidenceFiles.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static RuntimeException storeException(RuntimeException e) {
        if (e instanceof UncheckedIOException io) {
            return new StoreException("cannot move the evidence file: " + io.getCause().getMessage(), io.getCause());
        }
        return e;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            EvidenceFiles.deleteStored(file);
        } catch (IOException e) {
            // nothing refers to it; a leftover file is harmless and the next verify does not list it
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
