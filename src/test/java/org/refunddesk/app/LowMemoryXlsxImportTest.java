package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.exchange.ExportProgress;
import org.refunddesk.exchange.xlsx.XlsxCaseExporter;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.store.SecondJvm;

/**
 * import-xlsx streams the sheet and feeds one transaction row by row: 20,000 rows import in a child JVM limited
 * to 64 MB of heap (the whole workbook as a POI object model would not fit), and export-xlsx of them streams
 * too. Not a timing test: it only has to finish.
 */
class LowMemoryXlsxImportTest {
    /** The full scale (100,000 rows at 256 MB) by -Dtest.jvm.extra="-Drefunddesk.lowMemoryRows=100000 -Drefunddesk.lowMemoryHeap=256m". */
    private static final int ROWS = Integer.getInteger("refunddesk.lowMemoryRows", 20_000);
    private static final String HEAP = System.getProperty("refunddesk.lowMemoryHeap", "64m");

    @TempDir
    Path tmp;

    @Test
    void twentyThousandRowsImportAndExportAtSixtyFourMegabytes() throws Exception {
        Path workbook = tmp.resolve("many.xlsx");
        new XlsxCaseExporter(Messages.forTag("zh"), true).export(generated(), ROWS, workbook, ExportProgress.NONE);
        Path store = tmp.resolve("store");

        String imported = run("--data-dir", store.toString(), "import-xlsx", workbook.toString());
        String exported = run("--data-dir", store.toString(), "export-xlsx", "--out", tmp.resolve("back.xlsx").toString());

        String count = java.text.NumberFormat.getIntegerInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(ROWS);
        assertThat(imported).contains("已导入 " + count + " 个案件");
        assertThat(exported).contains(count);
        try (Database db = Database.open(store)) {
            assertThat(db.cases().count()).isEqualTo(ROWS);
        }
    }

    /** The cases made one at a time as the exporter asks for them, so the test JVM does not hold them either. */
    private static Iterable<CaseOverview> generated() {
        return () -> new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < ROWS;
            }

            @Override
            public CaseOverview next() {
                made++;
                return CaseOverview.of(refundCase("星辰卡盟", (10 + made % 500) + ".50", "张三" + made, "138" + (10_000_000 + made),
                        "SO-" + made).withTags(List.of("批量", "导入")), List.of());
            }
        };
    }

    private String run(String... args) throws Exception {
        ProcessBuilder pb = SecondJvm.java(Launcher.class.getName(), args);
        pb.command().add(1, "-Xmx" + HEAP);
        Path log = Files.createTempFile(tmp, "child", ".log");
        Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        return output;
    }
}
