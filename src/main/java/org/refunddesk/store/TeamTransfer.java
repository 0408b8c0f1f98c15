package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;

/**
 * Copies cases with their events and evidence between two stores (issue 16): {@code team push} from this computer's
 * store to the team server, {@code team pull} back. Idempotent: a case, an event or a file the target has (same id)
 * is not copied again, so running it twice creates no duplicates; events the target lacks are appended (never
 * replacing the target's log). Each case is one transaction on the target.
 */
public final class TeamTransfer {
    private final Clock clock;

    public TeamTransfer(Clock clock) {
        this.clock = clock;
    }

    /** What one run copied. */
    public record Result(int casesCreated, int eventsAppended, int filesCopied, int casesUnchanged) {
    }

    public Result copy(Database from, Database to) {
        if (to.storeKey().isPresent()) {
            throw new StoreException("copying into an encrypted store is not supported: decrypt it first");
        }
        EvidenceVault source = new EvidenceVault(from, clock);
        EvidenceVault target = new EvidenceVault(to, clock);
        int[] counts = new int[4];
        from.cases().forEach(rc -> {
            int before = counts[0] + counts[1] + counts[2];
            copyCase(rc, to, counts);
            List<EvidenceItem> items = from.inTransaction(c -> EvidenceRows.list(c, rc.id(), false));
            for (EvidenceItem item : items) {
                if (copyFile(item, source, target, to)) {
                    counts[2]++;
                }
            }
            if (counts[0] + counts[1] + counts[2] == before) {
                counts[3]++;
            }
        });
        return new Result(counts[0], counts[1], counts[2], counts[3]);
    }

    private static void copyCase(RefundCase rc, Database to, int[] counts) {
        RefundCase there = to.cases().find(rc.id()).orElse(null);
        if (there == null) {
            to.cases().create(rc);
            counts[0]++;
            return;
        }
        Set<UUID> have = there.events().stream().map(CaseEvent::id).collect(Collectors.toSet());
        for (CaseEvent e : rc.events()) {
            if (!have.contains(e.id())) {
                to.cases().appendEvent(rc.id(), e);
                counts[1]++;
            }
        }
    }

    /** The file goes through a temporary plain copy, whose hash the target checks against the evidence row. */
    private boolean copyFile(EvidenceItem item, EvidenceVault source, EvidenceVault target, Database to) {
        if (to.inTransaction(c -> EvidenceRows.find(c, item.id()).isPresent())) {
            return false;
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("refunddesk-transfer", ".bin");
            try (InputStream in = source.open(item)) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            Path plain = tmp;
            to.inTransaction(c -> {
                ServerBlobs.put(c, plain, item.sha256(), clock.instant());
                EvidenceRows.insert(c, item);
                to.summaries().refresh(c, item.caseId());
                return null;
            });
            Path local = target.file(item);
            Files.createDirectories(local.getParent());
            Files.copy(plain, local, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new StoreException("cannot copy the evidence file " + item.originalName() + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** Writes the stored file of each evidence row whose local file is missing (a server store's local cache). */
    public int fillCache(Database db) {
        EvidenceVault vault = new EvidenceVault(db, clock);
        int[] fetched = {0};
        db.cases().forEach(rc -> {
            for (EvidenceItem item : db.inTransaction(c -> EvidenceRows.list(c, rc.id(), false))) {
                Path local = vault.file(item);
                if (!Files.exists(local)) {
                    db.inTransaction(c -> {
                        ServerBlobs.get(c, item.sha256(), local);
                        return null;
                    });
                    fetched[0]++;
                }
            }
        });
        return fetched[0];
    }
}
