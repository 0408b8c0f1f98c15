package org.refunddesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.store.CaseChangeListener;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.store.StaleCaseException;
import org.refunddesk.store.VersionedCase;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;

/**
 * Team mode (issue 16), not a unit test: HELPERS simulated helpers (threads, each with its own connection pool) each
 * save SAVES case changes against one PostgreSQL server on this machine, all on a small set of shared cases so they
 * collide. A save that finds the case changed re-reads it and saves again (as the conflict view would after "keep
 * both"). Reports lost updates (each save adds one event with a unique id: every acknowledged one must be stored),
 * p50/p95 save latency, conflicts, and how long a change takes to reach another client's listener.
 * Run: mvn -q -ntp -Pbench test-compile exec:java -Dexec.mainClass=org.refunddesk.bench.TeamBench [-Dexec.args="5 100"]
 * (REFUNDDESK_TEST_PG names the server, else a throw-away cluster is started as for the tests).
 */
public final class TeamBench {
    private TeamBench() {
    }

    public static void main(String[] args) throws Exception {
        int helpers = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int saves = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int sharedCases = 10;
        Clock clock = Clock.systemUTC();
        Path cache = Files.createTempDirectory("team-bench");
        ServerLogin login = TestPostgres.newDatabase();
        List<UUID> ids = new ArrayList<>();
        try (Database setup = Database.openServer(login, cache.resolve("setup"), clock, true)) {
            for (int i = 0; i < sharedCases; i++) {
                ids.add(setup.cases().create(SampleCases.minimal("共享 " + i)).id());
            }
        }
        Map<UUID, Long> heardAt = new ConcurrentHashMap<>();
        Map<UUID, Long> savedAt = new ConcurrentHashMap<>();
        List<Long> notifyMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> latenciesNanos = Collections.synchronizedList(new ArrayList<>());
        List<UUID> acknowledged = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        try (CaseChangeListener listener = CaseChangeListener.start(login, changed -> {
            if (changed == null) {
                return;
            }
            long now = System.nanoTime();
            for (UUID id : changed) {
                Long saved = savedAt.remove(id);
                if (saved != null) {
                    notifyMillis.add((now - saved) / 1_000_000);
                }
                heardAt.put(id, now);
            }
        }, null)) {
            ExecutorService pool = Executors.newFixedThreadPool(helpers);
            List<Future<?>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int h = 0; h < helpers; h++) {
                int helper = h;
                runs.add(pool.submit(() -> {
                    try (Database db = Database.openServer(login, cache.resolve("h" + helper), clock, false)) {
                        java.util.Random random = new java.util.Random(helper);
                        for (int s = 0; s < saves; s++) {
                            UUID id = ids.get(random.nextInt(ids.size()));
                            CaseEvent event = CaseEvent.of(EventType.SUPPLEMENT_SENT, clock.instant(), Channel.PLATFORM)
                                    .withNote("helper " + helper + " save " + s);
                            long t0 = System.nanoTime();
                            VersionedCase base = db.cases().findVersioned(id).orElseThrow();
                            while (true) {
                                try {
                                    db.cases().update(base.refundCase().withEvent(event), base.version());
                                    break;
                                } catch (StaleCaseException stale) {
                                    conflicts.incrementAndGet();
                                    base = stale.storedVersioned();
                                }
                            }
                            long t1 = System.nanoTime();
                            savedAt.put(id, t1);
                            latenciesNanos.add(t1 - t0);
                            acknowledged.add(event.id());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.MINUTES);
            }
            long wall = System.nanoTime() - start;
            pool.shutdown();
            Thread.sleep(2000); // the last notifications
            long lost;
            try (Database check = Database.openServer(login, cache.resolve("check"), clock, false)) {
                java.util.Set<UUID> stored = new java.util.HashSet<>();
                for (UUID id : ids) {
                    RefundCase rc = check.cases().find(id).orElseThrow();
                    rc.events().forEach(e -> stored.add(e.id()));
                }
                lost = acknowledged.stream().filter(e -> !stored.contains(e)).count();
            }
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            List<Long> notes = new ArrayList<>(notifyMillis);
            Collections.sort(notes);
            System.out.printf("team bench: %d helpers x %d saves on %d shared cases, %.1f s wall, load %.2f%n", helpers, saves,
                    sharedCases, wall / 1e9, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf("  acknowledged saves %d, lost updates %d, stale-version conflicts retried %d%n",
                    acknowledged.size(), lost, conflicts.get());
            System.out.printf("  save latency (read + save incl. retries): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    pct(sorted, 50) / 1e6, pct(sorted, 95) / 1e6, sorted.get(sorted.size() - 1) / 1e6);
            if (!notes.isEmpty()) {
                System.out.printf("  change -> other client's listener: p50 %d ms, p95 %d ms, max %d ms (%d samples)%n",
                        pct(notes, 50), pct(notes, 95), notes.get(notes.size() - 1), notes.size());
            }
        }
        System.exit(0);
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
