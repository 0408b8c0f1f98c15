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
 * [OPEN_CASES] [BACKUP_CASES] [ROUNDS] (0 skips that figure). The plain and encrypted runs alternate, so a load
 * that comes and goes on a shared machine hits both columns alike; each line gives median [min - max].
 */
public final class PrivacyBench {
    private static final char[] PASSPHRASE = "bench passphrase 2026".toCharArray();

    public static void main(String[] args) throws Exception {
        int openCases = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int backupCases = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = Files.createTempDirectory("privacy-bench");
        Clock clock = Clock.systemUTC();
        KdfParams kdf = KdfParams.tune(500);
        System.out.printf("Argon2id tuned here to m=%d KiB t=%d p=%d; load %s%n", kdf.memoryKiB(), kdf.iterations(),
                kdf.parallelism(), load());
        System.out.printf("%d timed runs per figure after one warm-up; median [min - max] in ms%n", rounds);
        System.out.printf("%-44s %-26s %-26s %s%n", "", "plain", "encrypted", "median ratio");
        List<Long> unlock = times(rounds, () -> kdf.derive(PASSPHRASE, new byte[16]));
        System.out.printf("%-44s %-26s %-26s %s%n", "unlock (Argon2id, once per start)", "-", show(unlock), "-");

        for (int n : java.util.stream.IntStream.of(openCases, backupCases).filter(x -> x > 0).distinct().toArray()) {
            Path plain = work.resolve("plain-" + n);
            Path sealed = work.resolve("sealed-" + n);
            fill(plain, n, clock);
            copy(plain, sealed);
            new StoreEncryption(sealed, clock).encrypt(PASSPHRASE, kdf, false);
            StoreKey key = StoreEncryption.unlock(sealed, PASSPHRASE);
            System.out.printf("%,d cases: store file %,d bytes plain, %,d bytes encrypted%n", n,
                    Files.size(plain.resolve("refunddesk.mv.db")), Files.size(sealed.resolve("refunddesk.mv.db")));
            if (n == openCases) {
                pair(String.format("open + read %,d cases (key derived)", n), rounds,
                        () -> openAndRead(plain, null, clock), () -> openAndRead(sealed, key, clock));
            }
            if (n == backupCases) {
                pair(String.format("full .rdbackup of %,d cases", n), rounds,
                        () -> backup(plain, null, clock, work.resolve("p.rdbackup")),
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

    /** Plain and encrypted alternately, one warm-up each, then {@code rounds} timed runs of each. */
    private static void pair(String what, int rounds, Work plain, Work encrypted) throws Exception {
        plain.run();
        encrypted.run();
        List<Long> p = new ArrayList<>();
        List<Long> e = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            p.add(once(plain));
            e.add(once(encrypted));
        }
        System.out.printf("%-44s %-26s %-26s %.2f   (load %s)%n", what, show(p), show(e),
                (double) median(e) / Math.max(1, median(p)), load());
    }

    private static List<Long> times(int rounds, Work work) throws Exception {
        work.run();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            millis.add(once(work));
        }
        return millis;
    }

    private static long once(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String show(List<Long> millis) {
        return String.format("%,d [%,d - %,d]", median(millis), millis.stream().min(Long::compare).orElseThrow(),
                millis.stream().max(Long::compare).orElseThrow());
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
