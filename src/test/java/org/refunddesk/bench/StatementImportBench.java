package org.refunddesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.exchange.statement.CandidateFinder;
import org.refunddesk.exchange.statement.PlannedCase;
import org.refunddesk.exchange.statement.Statement;
import org.refunddesk.exchange.statement.StatementCandidate;
import org.refunddesk.exchange.statement.StatementCasePlanner;
import org.refunddesk.exchange.statement.StatementFixtures;
import org.refunddesk.exchange.statement.StatementFixtures.Payment;
import org.refunddesk.exchange.statement.StatementFixtures.Refund;
import org.refunddesk.exchange.statement.StatementReader;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseImportWriter;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;

/**
 * Issue 17's floor: a 10 MB bill (about 50,000 rows) imports in under 5 s. Generates an Alipay app bill
 * (GBK, the layout's own padding) of ROWS payments of which DISPUTES are 卡盟 purchases with refunds, the
 * same as a WeChat CSV and a WeChat XLSX, then times what {@code import-statement FILE} does: read and
 * check every row, find the candidates, plan the cases, and store them with the bill copied into each
 * case's evidence vault (a fresh data folder per round). Round 1 is a cold JVM; the rest are reported
 * as best and median. Usage: {@code StatementImportBench [ROWS] [DISPUTES] [ROUNDS]} (50000 20 5).
 */
public final class StatementImportBench {
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StatementImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int disputes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Payment> payments = payments(rows, disputes);
        Path work = Files.createTempDirectory("statement-bench");
        try {
            Path alipay = Files.write(work.resolve("alipay.csv"), StatementFixtures.alipayApp(payments, false));
            Path wechat = Files.write(work.resolve("wechat.csv"), StatementFixtures.wechatCsv(payments, true, false));
            Path xlsx = Files.write(work.resolve("wechat.xlsx"), StatementFixtures.wechatXlsx(payments, 4, false));
            System.out.printf("java %s, %d cores, load %.2f; %d payments, %d disputes%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), load(), rows, disputes);
            for (Path bill : List.of(alipay, wechat, xlsx)) {
                run(bill, work, rounds);
            }
        } finally {
            deleteTree(work);
        }
    }

    private static void run(Path bill, Path work, int rounds) throws IOException {
        long[] readMs = new long[rounds];
        long[] totalMs = new long[rounds];
        long[] cpuMs = new long[rounds];
        int imported = 0;
        int lines = 0;
        for (int round = 0; round < rounds; round++) {
            Path dataDir = Files.createDirectories(work.resolve("data-" + bill.getFileName() + "-" + round));
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            Statement statement = new StatementReader().read(bill);
            List<StatementCandidate> chosen = new CandidateFinder().find(statement, List.of()).stream()
                    .filter(StatementCandidate::likely).toList();
            readMs[round] = (System.nanoTime() - start) / 1_000_000;
            try (Database db = Database.open(dataDir, Clock.systemUTC())) {
                List<PlannedCase> plan = new StatementCasePlanner(Messages.forTag("zh")).plan(statement, chosen,
                        db.cases().list());
                List<CaseImportWriter.Item> items = plan.stream().map(p -> new CaseImportWriter.Item(p.refundCase(),
                        p.existing(), new EvidenceAttachment(p.refundCase().id(), bill, EvidenceCategory.PAYMENT_STATEMENT,
                        null, statement.exportedAt(), p.evidenceSource(), p.facts(), p.evidenceNote(), true))).toList();
                imported = new CaseImportWriter(db.cases(), new EvidenceVault(db, Clock.systemUTC()))
                        .write(items, done -> { }).created().size();
            }
            totalMs[round] = (System.nanoTime() - start) / 1_000_000;
            cpuMs[round] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
            lines = statement.rows().size();
            deleteTree(dataDir);
        }
        long[] warmRead = Arrays.copyOfRange(readMs, 1, rounds);
        long[] warmTotal = Arrays.copyOfRange(totalMs, 1, rounds);
        long[] warmCpu = Arrays.copyOfRange(cpuMs, 1, rounds);
        Arrays.sort(warmRead);
        Arrays.sort(warmTotal);
        Arrays.sort(warmCpu);
        System.out.printf("%-12s %6.1f MB %6d rows %3d cases | read+find cold %5d ms, warm best %5d median %5d"
                        + " | whole import cold %5d ms, warm best %5d median %5d"
                        + " (CPU of the importing thread: cold %5d ms, warm median %5d) | load %.2f%n",
                bill.getFileName(), Files.size(bill) / 1e6, lines, imported, readMs[0], warmRead[0],
                warmRead[warmRead.length / 2], totalMs[0], warmTotal[0], warmTotal[warmTotal.length / 2],
                cpuMs[0], warmCpu[warmCpu.length / 2], load());
    }

    /** Ordinary payments every ten minutes, with a 卡盟 purchase (half of them partly refunded) spread evenly. */
    static List<Payment> payments(int rows, int disputes) {
        List<Payment> list = new ArrayList<>(rows);
        LocalDateTime t = LocalDateTime.of(2022, 1, 1, 8, 0, 0);
        int every = Math.max(1, rows / Math.max(1, disputes));
        for (int i = 0; i < rows; i++) {
            t = t.plusMinutes(10).plusSeconds(i % 7);
            String time = t.format(FULL);
            String trade = String.format("2022%018d", i);
            if (i % every == every / 2 && list.stream().filter(p -> p.counterparty().contains("卡盟")).count() < disputes) {
                List<Refund> refunds = i % 2 == 0 ? List.of(new Refund(t.plusHours(20).format(FULL), "20.00")) : List.of();
                list.add(new Payment(time, "星辰卡盟" + i, "话费充值100元", "100.00", trade, "XC" + i, refunds));
            } else {
                list.add(new Payment(time, "便利店" + (i % 300), "日用品 " + (i % 97), (i % 50 + 1) + "." + (i % 90 + 10),
                        trade, "M" + i, List.of()));
            }
        }
        return list;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }
}
