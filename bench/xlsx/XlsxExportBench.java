import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.StoredAssessment;
import org.refunddesk.domain.Verdict;
import org.refunddesk.exchange.ExportProgress;
import org.refunddesk.exchange.xlsx.XlsxCaseExporter;
import org.refunddesk.rules.i18n.Messages;

/**
 * Benchmark (not a unit test): XlsxCaseExporter on N generated cases next to a plain SXSSF write of the
 * same cells, in the same JVM, alternating order, median of the rounds; peak heap sampled during each.
 * Cases are generated lazily and identically for both, so neither holds the whole caseload in memory.
 */
public class XlsxExportBench {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");
    static final Messages ZH = Messages.forTag("zh");

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("xlsx-bench");
        // warm-up: let the JIT see both paths
        exporter(cases(5_000), 5_000, dir.resolve("w1.xlsx"));
        plain(cases(5_000), dir.resolve("w2.xlsx"));
        long generateOnly = time(() -> { for (CaseOverview o : cases(n)) { o.refundCase().id(); } });
        List<Long> exporterMs = new ArrayList<>();
        List<Long> plainMs = new ArrayList<>();
        long exporterPeak = 0;
        long plainPeak = 0;
        for (int r = 0; r < rounds; r++) {
            boolean exporterFirst = r % 2 == 0;
            for (int k = 0; k < 2; k++) {
                boolean runExporter = exporterFirst == (k == 0);
                System.gc();
                HeapSampler sampler = HeapSampler.start();
                long ms = runExporter ? time(() -> exporter(cases(n), n, dir.resolve("e.xlsx")))
                        : time(() -> plain(cases(n), dir.resolve("p.xlsx")));
                long peak = sampler.stop();
                if (runExporter) {
                    exporterMs.add(ms);
                    exporterPeak = Math.max(exporterPeak, peak);
                } else {
                    plainMs.add(ms);
                    plainPeak = Math.max(plainPeak, peak);
                }
            }
        }
        long e = median(exporterMs);
        long p = median(plainMs);
        System.out.printf("cases: %,d; rounds: %d; max heap: %d MB; JDK %s%n", n, rounds,
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        System.out.printf("generating the cases alone: %,d ms (inside both timings)%n", generateOnly);
        System.out.printf("XlsxCaseExporter: median %,d ms %s, peak heap %d MB, file %,d bytes%n", e, exporterMs,
                exporterPeak >> 20, Files.size(dir.resolve("e.xlsx")));
        System.out.printf("plain SXSSF:      median %,d ms %s, peak heap %d MB, file %,d bytes%n", p, plainMs,
                plainPeak >> 20, Files.size(dir.resolve("p.xlsx")));
        System.out.printf("ratio exporter / plain: %.2fx (goal <= 1.20x)%n", (double) e / p);
        for (Path f : List.of("w1.xlsx", "w2.xlsx", "e.xlsx", "p.xlsx").stream().map(dir::resolve).toList()) {
            Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }

    static void exporter(Iterable<CaseOverview> cases, int n, Path out) throws Exception {
        new XlsxCaseExporter(ZH, false).export(cases, n, out, ExportProgress.NONE);
    }

    /** The same four sheets and cells written with nothing but POI: the floor the exporter is measured against. */
    static void plain(Iterable<CaseOverview> cases, Path out) throws Exception {
        Map<Enum<?>, String> names = new java.util.HashMap<>();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(out)) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            SXSSFSheet cs = header(wb, "案件", 17, bold);
            SXSSFSheet ds = header(wb, "期限", 5, bold);
            SXSSFSheet es = header(wb, "事件", 7, bold);
            SXSSFSheet vs = header(wb, "证据", 4, bold);
            int cr = 1, dr = 1, er = 1, vr = 1;
            for (CaseOverview o : cases) {
                RefundCase c = o.refundCase();
                String id = c.id().toString();
                Row row = cs.createRow(cr++);
                str(row, 0, id);
                str(row, 1, c.title());
                str(row, 2, c.consumer().name());
                String ph = c.consumer().phone();
                str(row, 3, ph.substring(0, 3) + "****" + ph.substring(7));
                str(row, 4, c.platform().name());
                str(row, 5, names.computeIfAbsent(c.purchase().product(), ZH::of));
                Cell a = row.createCell(6);
                a.setCellValue(c.purchase().amount().doubleValue());
                a.setCellStyle(money);
                Cell p = row.createCell(7);
                p.setCellValue(LocalDateTime.ofInstant(c.purchase().paidAt(), ZONE));
                p.setCellStyle(date);
                str(row, 8, names.computeIfAbsent(c.problem().kind(), ZH::of));
                str(row, 9, names.computeIfAbsent(o.verdict(), ZH::of));
                str(row, 10, names.computeIfAbsent(c.status(), ZH::of));
                str(row, 11, c.assignee());
                Cell nd = row.createCell(12);
                nd.setCellValue(LocalDateTime.ofInstant(o.deadlines().get(0).dueAt(), ZONE));
                nd.setCellStyle(date);
                Cell sc = row.createCell(13);
                sc.setCellValue(o.evidenceScore());
                sc.setCellStyle(integer);
                str(row, 14, c.purchase().orderNo());
                str(row, 15, names.computeIfAbsent(c.purchase().delivery(), ZH::of));
                str(row, 16, String.join(", ", c.tags()));
                for (Deadline d : o.deadlines()) {
                    Row r = ds.createRow(dr++);
                    str(r, 0, id);
                    str(r, 1, d.rule());
                    Cell due = r.createCell(2);
                    due.setCellValue(LocalDateTime.ofInstant(d.dueAt(), ZONE));
                    due.setCellStyle(date);
                    str(r, 3, names.computeIfAbsent(d.state(), ZH::of));
                    str(r, 4, d.basis());
                }
                for (CaseEvent ev : c.events()) {
                    Row r = es.createRow(er++);
                    str(r, 0, id);
                    str(r, 1, names.computeIfAbsent(ev.type(), ZH::of));
                    Cell at = r.createCell(2);
                    at.setCellValue(LocalDateTime.ofInstant(ev.at(), ZONE));
                    at.setCellStyle(date);
                    str(r, 3, names.computeIfAbsent(ev.channel(), ZH::of));
                    str(r, 4, ev.ref());
                    if (ev.amount() != null) {
                        Cell am = r.createCell(5);
                        am.setCellValue(ev.amount().doubleValue());
                        am.setCellStyle(money);
                    }
                    str(r, 6, ev.note());
                }
                for (CaseOverview.EvidenceFile f : o.evidence()) {
                    Row r = vs.createRow(vr++);
                    str(r, 0, id);
                    str(r, 1, f.file());
                    str(r, 2, f.category());
                    str(r, 3, f.sha256());
                }
            }
            cs.setAutoFilter(new CellRangeAddress(0, cr - 1, 0, 16));
            ds.setAutoFilter(new CellRangeAddress(0, dr - 1, 0, 4));
            es.setAutoFilter(new CellRangeAddress(0, er - 1, 0, 6));
            vs.setAutoFilter(new CellRangeAddress(0, vr - 1, 0, 3));
            wb.write(os);
        }
    }

    static void str(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    static SXSSFSheet header(SXSSFWorkbook wb, String name, int columns, CellStyle bold) {
        SXSSFSheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns; i++) {
            Cell c = row.createCell(i);
            c.setCellValue("h" + i);
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, 20 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** N deterministic cases, made one at a time as they are read. */
    static Iterable<CaseOverview> cases(int n) {
        return () -> new Iterator<>() {
            int i;

            public boolean hasNext() {
                return i < n;
            }

            public CaseOverview next() {
                return generate(i++);
            }
        };
    }

    static final ProductType[] PRODUCTS = ProductType.values();
    static final ProblemKind[] PROBLEMS = ProblemKind.values();
    static final CaseStatus[] STATUSES = CaseStatus.values();
    static final Verdict[] VERDICTS = Verdict.values();
    static final String[] HELPERS = {"张志愿", "李志愿", "王志愿", "赵志愿"};

    static CaseOverview generate(int i) {
        Instant paid = BASE.plusSeconds(i * 317L);
        UUID id = new UUID(0x5eedL, i);
        CaseEvent applied = new CaseEvent(new UUID(1, i), EventType.REFUND_APPLIED, paid.plusSeconds(3600),
                Channel.PLATFORM, "RF-" + i, null, null, "申请退款", null, null);
        CaseEvent received = new CaseEvent(new UUID(2, i), EventType.REFUND_RECEIVED, paid.plusSeconds(86400),
                Channel.PLATFORM, null, null, new BigDecimal(i % 50 + ".50"), null, null, null);
        RefundCase c = new RefundCase(id, "话费没到账 第" + i + "单",
                new Consumer("消费者" + (i % 9973), String.format("138%08d", i % 100_000_000), null),
                HELPERS[i % HELPERS.length], List.of("批量", "卡盟" + (i % 7)),
                new Platform("卡盟平台" + (i % 211), null, null, null, null),
                new Purchase("KM" + (1_000_000 + i), PRODUCTS[i % PRODUCTS.length], DeliveryMode.DIRECT_TOPUP,
                        new BigDecimal((i % 500) + "." + (i % 10) + "0"), paid, null, null, null, null),
                new Problem(PROBLEMS[i % PROBLEMS.length], paid, false, false, false, false, null),
                List.of(applied, received), STATUSES[i % STATUSES.length], List.of(),
                new StoredAssessment("bench", VERDICTS[i % VERDICTS.length], null, paid), paid, paid);
        List<Deadline> deadlines = List.of(
                new Deadline("clock.platform-review", paid, paid.plus(Duration.ofDays(3)), DeadlineState.OPEN,
                        "seed 000, 003", false, "3 个工作日", applied.id()),
                new Deadline("clock.limitation", paid, paid.plus(Duration.ofDays(1095)), DeadlineState.OPEN,
                        "民法典第一百八十八条", false, "3 年", null));
        return new CaseOverview(c, c.assessment().verdict(), deadlines, i % 101,
                List.of(new CaseOverview.EvidenceFile("order-" + i + ".png", "transaction",
                        String.format("%064x", (long) i * 2654435761L))));
    }

    interface Work {
        void run() throws Exception;
    }

    static long time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** Samples used heap every 5 ms on a daemon thread; returns the highest value seen. */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            s.thread = new Thread(() -> {
                while (s.running) {
                    s.peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
