package org.refunddesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * replacing the target's log). Each case (its row, new events and new evidence files) is one transaction on the
 * target, so a stop (cancel, lost connection) never leaves a case half copied; a {@link Listener} hears each case and
 * may stop the run between two cases.
 */
public final class TeamTransfer {
    private final Clock clock;

    public TeamTransfer(Clock clock) {
        this.clock = clock;
    }

    /** What one run copied; {@code stopped}: the listener stopped it before every case was looked at. */
    public record Result(int casesCreated, int eventsAppended, int filesCopied, int casesUnchanged, boolean stopped) {
        public Result(int casesCreated, int eventsAppended, int filesCopied, int casesUnchanged) {
            this(casesCreated, eventsAppended, filesCopied, casesUnchanged, false);
        }
    }

    /** Hears a run case by case (on the copying thread); {@link #stopRequested} is asked before each case. */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        /** Before the first case: how many cases the source has (as far as the login may see). */
        default void starting(int cases) {
        }

        /** After each case, committed on the target: how many cases are done and what was copied so far. */
        default void caseDone(int done, int total, Result soFar) {
        }

        /** True to stop before the next case (the cases done stay copied; a later run goes on from there). */
        default boolean stopRequested() {
            return false;
        }
    }

    public Result copy(Database from, Database to) {
        return copy(from, to, Listener.NONE);
    }

    public Result copy(Database from, Database to, Listener listener) {
        if (to.storeKey().isPresent()) {
            throw new StoreException("copying into an encrypted store is not supported: decrypt it first");
        }
        if (!(to.cases() instanceof JdbcCaseRepository target)) {
            throw new StoreException("the target store cannot take copied cases");
        }
        EvidenceVault source = new EvidenceVault(from, clock);
        EvidenceVault targetVault = new EvidenceVault(to, clock);
        int total = from.cases().count();
        listener.starting(total);
        int[] counts = new int[5]; // created, events, files, unchanged, cases done
        try {
            from.cases().forEach(rc -> {
                if (listener.stopRequested()) {
                    throw new Stop();
                }
                CaseCopy copied = copyCase(rc, from, to, target, source, targetVault);
                counts[0] += copied.created() ? 1 : 0;
                counts[1] += copied.events();
                counts[2] += copied.files();
                counts[3] += copied.nothing() ? 1 : 0;
                counts[4]++;
                listener.caseDone(counts[4], total, new Result(counts[0], counts[1], counts[2], counts[3]));
            });
        } catch (Stop stop) {
            return new Result(counts[0], counts[1], counts[2], counts[3], true);
        }
        return new Result(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Ends the source's read between two cases when the listener asks to stop. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("stopped", null, false, false);
        }
    }

    private record CaseCopy(boolean created, int events, int files) {
        boolean nothing() {
            return !created && events == 0 && files == 0;
        }
    }

    /**
     * One case in one transaction on the target: the row with its events (or the events the target lacks) and the
     * evidence rows and files it lacks. The files are read from the source into temporary plain copies first (the
     * target checks each against its row's hash); the target's own local copies are written once it committed.
     */
    private CaseCopy copyCase(RefundCase rc, Database from, Database to, JdbcCaseRepository target,
                              EvidenceVault source, EvidenceVault targetVault) {
        List<EvidenceItem> items = from.inTransaction(c -> EvidenceRows.list(c, rc.id(), false));
        List<EvidenceItem> lacking = new ArrayList<>();
        for (EvidenceItem item : items) {
            if (!to.inTransaction(c -> EvidenceRows.find(c, item.id()).isPresent())) {
                lacking.add(item);
            }
        }
        Map<EvidenceItem, Path> plain = new LinkedHashMap<>();
        try {
            for (EvidenceItem item : lacking) {
                plain.put(item, plainCopy(item, source));
            }
            List<EvidenceItem> inserted = new ArrayList<>();
            CaseCopy copied = to.inTransaction(c -> {
                boolean created = false;
                int events = 0;
                if (!CaseRows.exists(c, rc.id())) {
                    target.insertCopy(c, rc);
                    created = true;
                } else {
                    Set<UUID> have = CaseRows.select(c, rc.id()).stream().flatMap(there -> there.events().stream())
                            .map(CaseEvent::id).collect(Collectors.toSet());
                    List<CaseEvent> missing = rc.events().stream().filter(e -> !have.contains(e.id())).toList();
                    if (!missing.isEmpty()) {
                        target.appendCopiedEvents(c, rc.id(), missing);
                        events = missing.size();
                    }
                }
                inserted.clear();
                for (Map.Entry<EvidenceItem, Path> file : plain.entrySet()) {
                    EvidenceItem item = file.getKey();
                    if (EvidenceRows.find(c, item.id()).isEmpty()) {
                        // the row first: row-level security lets a role store a file only for a row it may see
                        EvidenceRows.insert(c, item);
                        ServerBlobs.put(c, file.getValue(), item.sha256(), clock.instant());
                        inserted.add(item);
                    }
                }
                if (created || events > 0 || !inserted.isEmpty()) {
                    to.summaries().refresh(c, rc.id());
                }
                return new CaseCopy(created, events, inserted.size());
            });
            for (EvidenceItem item : inserted) {
                Path local = targetVault.file(item);
                Files.createDirectories(local.getParent());
                Files.copy(plain.get(item), local, StandardCopyOption.REPLACE_EXISTING);
            }
            return copied;
        } catch (IOException e) {
            throw new StoreException("cannot copy the evidence files of case " + rc.id() + ": " + e.getMessage(), e);
        } finally {
            for (Path tmp : plain.values()) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    private static Path plainCopy(EvidenceItem item, EvidenceVault source) throws IOException {
        Path tmp = Files.createTempFile("refunddesk-transfer", ".bin");
        boolean done = false;
        try (InputStream in = source.open(item)) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            return tmp;
        } catch (IOException e) {
            throw new IOException(item.originalName() + ": " + e.getMessage(), e);
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Writes the stored file of each evidence row whose local file is missing (a server store's local cache). */
    public int fillCache(Database db) {
        return fillCache(db, Listener.NONE);
    }

    /**
     * As {@link #fillCache(Database)}, telling the listener after each case ({@code soFar.filesCopied()}: files
     * fetched) and stopping between cases when it asks: the cache is only a cache, what was fetched stays.
     */
    public int fillCache(Database db, Listener listener) {
        EvidenceVault vault = new EvidenceVault(db, clock);
        int total = db.cases().count();
        listener.starting(total);
        int[] fetched = {0, 0};
        try {
            db.cases().forEach(rc -> {
                if (listener.stopRequested()) {
                    throw new Stop();
                }
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
                fetched[1]++;
                listener.caseDone(fetched[1], total, new Result(0, 0, fetched[0], 0));
            });
        } catch (Stop stop) {
            return fetched[0];
        }
        return fetched[0];
    }
}
