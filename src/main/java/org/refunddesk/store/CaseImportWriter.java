package org.refunddesk.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.refunddesk.domain.RefundCase;

/**
 * Stores imported cases together with the file they came from as evidence (a payment statement):
 * new cases in one transaction, updated ones in another, then the file into each case's vault unless
 * that case already holds the same file (same SHA-256), so importing again adds nothing twice. When a
 * copy into the vault fails, the cases this call created are deleted again, so no new case stands
 * without its evidence.
 */
public final class CaseImportWriter {
    private final CaseRepository cases;
    private final EvidenceVault vault;

    public CaseImportWriter(CaseRepository cases, EvidenceVault vault) {
        this.cases = cases;
        this.vault = vault;
    }

    /** One case to create ({@code existing} false) or update, and the evidence to file with it (its caseId is the case's). */
    public record Item(RefundCase refundCase, boolean existing, EvidenceAttachment evidence) {
    }

    public record Result(List<RefundCase> created, List<RefundCase> updated) {
    }

    /** @param progress told how many items are done after each evidence copy */
    public Result write(List<Item> items, IntConsumer progress) {
        List<RefundCase> toCreate = new ArrayList<>();
        List<RefundCase> toUpdate = new ArrayList<>();
        for (Item item : items) {
            (item.existing() ? toUpdate : toCreate).add(item.refundCase());
        }
        List<RefundCase> created = toCreate.isEmpty() ? List.of() : cases.createAll(toCreate);
        try {
            List<RefundCase> updated = toUpdate.isEmpty() ? List.of() : cases.updateAll(toUpdate);
            int done = 0;
            Map<Path, String> hashes = new HashMap<>();
            for (Item item : items) {
                if (item.evidence() != null) {
                    // only a case that existed can hold the file already; hash the file once, and only then
                    boolean alreadyThere = item.existing() && vault.list(item.refundCase().id()).stream()
                            .anyMatch(e -> e.sha256().equalsIgnoreCase(
                                    hashes.computeIfAbsent(item.evidence().file(), CaseImportWriter::hash)));
                    if (!alreadyThere) {
                        vault.attach(item.evidence());
                    }
                }
                progress.accept(++done);
            }
            return new Result(created, updated);
        } catch (RuntimeException e) {
            for (RefundCase c : created) {
                try {
                    cases.delete(c.id());
                } catch (RuntimeException undo) {
                    e.addSuppressed(undo);
                }
            }
            throw e;
        }
    }

    private static String hash(Path file) {
        try {
            return EvidenceFiles.hash(file);
        } catch (IOException e) {
            throw new StoreException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
