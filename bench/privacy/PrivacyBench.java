import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.refunddesk.cli.Backups;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.store.Database;
import org.refunddesk.store.StoreEncryption;
import org.refunddesk.store.crypto.KdfParams;
import org.refunddesk.store.crypto.StoreKey;

/**
 * The cost of encryption: opening a store and reading every case, and writing a full backup, with and without
 * it, on the same cases. Usage: java -cp "target/refunddesk.jar:target/lib/*" bench/privacy/PrivacyBench.java
 * [OPEN_CASES] [BACKUP_CASES] [ROUNDS]
 */
public final class PrivacyBench {
    private static final char[] PASSPHRASE = "bench passphrase 2026".toCharArray();

    public static void main(String[] args) throws Exception {
        int openCases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int backupCases = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("privacy-bench");
        Clock clock = Clock.systemUTC();
        KdfParams kdf = KdfParams.tune(500);
        System.out.printf("Argon2id tuned here to m=%d KiB t=%d p=%d; load %s%n", kdf.memoryKiB(), kdf.iterations(),
                kdf.parallelism(), load());
        time("unlock (Argon2id, once per start)", rounds, () -> kdf.derive(PASSPHRASE, new byte[16]));

        for (int n : new int[] {openCases, backupCases}) {
            Path plain = work.resolve("plain-" + n);
            Path sealed = work.resolve("sealed-" + n);
            fill(plain, n, clock);
            copy(plain, sealed);
            new StoreEncryption(sealed, clock).encrypt(PASSPHRASE, kdf, false);
            StoreKey key = StoreEncryption.unlock(sealed, PASSPHRASE);
            System.out.printf("%n%,d cases: store file %,d bytes plain, %,d bytes encrypted%n", n,
                    Files.size(plain.resolve("refunddesk.mv.db")), Files.size(sealed.resolve("refunddesk.mv.db")));
            if (n == openCases) {
                time("open + read every case, plain", rounds, () -> openAndRead(plain, null, clock));
                time("open + read every case, encrypted (key already derived)", rounds,
                        () -> openAndRead(sealed, key, clock));
            }
            if (n == backupCases) {
                time("full .rdbackup, plain", rounds, () -> backup(plain, null, clock, work.resolve("p.rdbackup")));
                time("full .rdbackup, encrypted store (sealed backup)", rounds,
                        () -> backup(sealed, key, clock, work.resolve("s.rdbackup")));
                System.out.printf("backup size: %,d bytes plain, %,d bytes sealed%n",
                        Files.size(work.resolve("p.rdbackup")), Files.size(work.resolve("s.rdbackup")));
            }
        }
        System.out.println("load after: " + load());
    }

    interface Work {
        void run() throws Exception;
    }

    private static void time(String what, int rounds, Work work) throws Exception {
        work.run(); // warm-up
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(null);
        System.out.printf("%-58s best %,6d ms  median %,6d ms%n", what, millis.get(0), millis.get(millis.size() / 2));
    }

    private static void openAndRead(Path dir, StoreKey key, Clock clock) {
        try (Database db = Database.open(dir, clock, key)) {
            if (db.cases().list().isEmpty()) {
                throw new IllegalStateException("no cases");
            }
        }
    }

    private static void backup(Path dir, StoreKey key, Clock clock, Path out) throws Exception {
        try (Database db = Database.open(dir, clock, key)) {
            new Backups(db, clock, Map::of).writeFull(out);
        }
    }

    private static void fill(Path dir, int n, Clock clock) {
        List<RefundCase> demo = DemoCases.create(clock);
        try (Database db = Database.open(dir, clock)) {
            List<RefundCase> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                RefundCase d = demo.get(i % demo.size());
                batch.add(new RefundCase(null, d.title() + " " + i,
                        new Consumer("用户" + i, String.format("139%08d", i), "上海市某区某路" + i + "号"), d.assignee(),
                        d.tags(), d.platform(), d.purchase(), d.problem(), d.events(), d.status(), d.redFlags(),
                        d.assessment(), d.createdAt(), d.updatedAt()));
                if (batch.size() == 1000) {
                    db.cases().createAll(batch);
                    batch.clear();
                }
            }
            db.cases().createAll(batch);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        Files.copy(from.resolve("refunddesk.mv.db"), to.resolve("refunddesk.mv.db"));
    }

    private static String load() {
        return String.format("%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
