package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.exchange.xlsx.SheetFields;
import org.refunddesk.domain.EvidenceCategory;
import org.refunddesk.exchange.xlsx.CaseColumn;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceAttachment;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.testing.SampleCases;

/** The caseload commands end to end: real data folders, real files. */
class CaseloadCommandsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path folderWith(String name, List<RefundCase> cases) {
        Path dir = tmp.resolve(name);
        try (Database db = Database.open(dir, CLOCK)) {
            db.cases().createAll(cases);
        }
        return dir;
    }

    private List<RefundCase> demoAndFull() {
        List<RefundCase> cases = new ArrayList<>(DemoCases.create(CLOCK));
        cases.add(SampleCases.full("完整的案件"));
        return cases;
    }

    private static List<RefundCase> casesIn(Path dir) {
        try (Database db = Database.open(dir, CLOCK)) {
            List<RefundCase> cases = new ArrayList<>(db.cases().list());
            cases.sort(Comparator.comparing(RefundCase::id));
            return cases;
        }
    }

    @Test
    void exportXlsxThenImportXlsxIntoAnEmptyFolderGivesTheSameCases() {
        Path source = folderWith("source", demoAndFull());
        Path file = tmp.resolve("cases.xlsx");

        CliRun export = CliRun.of("--data-dir", source.toString(), "export-xlsx", "--out", file.toString(),
                "--show-phones");
        CliRun imported = CliRun.of("--data-dir", tmp.resolve("empty").toString(), "import-xlsx", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        List<RefundCase> before = casesIn(source);
        List<RefundCase> after = casesIn(tmp.resolve("empty"));
        assertThat(after).hasSize(before.size());
        for (int i = 0; i < before.size(); i++) {
            SheetFields.assertSame(after.get(i), before.get(i));
        }
        assertThat(imported.out()).contains("已导入 " + before.size() + " 个案件");
    }

    @Test
    void importingTheSameFileAgainReportsDuplicatesAndAddsNothing() {
        Path source = folderWith("source", demoAndFull());
        Path file = tmp.resolve("cases.xlsx");
        CliRun.of("--data-dir", source.toString(), "export-xlsx", "--out", file.toString());

        CliRun again = CliRun.of("--data-dir", source.toString(), "--lang", "en", "import-xlsx", file.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("imported 0 cases", "skipped " + casesIn(source).size() + " duplicates");
        assertThat(casesIn(source)).hasSize(demoAndFull().size());
    }

    @Test
    void aBadAmountInRow12IsReportedByRowAndColumnExit2AndNothingIsImported() throws IOException {
        Path file = workbookWithBadAmountInRow12();
        Path target = tmp.resolve("target");

        CliRun run = CliRun.of("--data-dir", target.toString(), "import-xlsx", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("第 12 行 金额: “12,5” 不是金额", "有 1 处错误，未导入任何案件");
        assertThat(casesIn(target)).isEmpty();
    }

    @Test
    void cellsOutsideTheInputLimitsAfterGoodRowsRollTheWholeImportBack() {
        String csv = writeText("limits.csv", "标题,平台,商品,金额,付款时间\n"
                + "好的,星辰卡盟,话费充值,10,2024-05-01 10:00\n"
                + "好的,星辰卡盟,话费充值,11,2024-05-01 10:00\n"
                + "坏的,星辰卡盟,话费充值,-0,1999-05-01 10:00\n"
                + "题" + "目".repeat(200) + ",星辰\u0000卡盟,话费充值,10000001,2024-05-01 10:00\n");
        Path target = tmp.resolve("limits");

        CliRun run = CliRun.of("--data-dir", target.toString(), "import-xlsx", csv);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(6);
        assertThat(run.errLines().get(0)).isEqualTo("第 4 行 金额: “-0” 金额不能带正负号，只写数字（例如 100.00）");
        assertThat(run.errLines().get(1)).isEqualTo("第 4 行 付款时间: “1999-05-01 10:00” 不在 2000-01-01 至 2100-12-31 之间");
        assertThat(run.errLines().get(2)).startsWith("第 5 行 平台: “星辰<U+0000>卡盟” 含有控制字符（U+0000，第 3 个字符）");
        assertThat(run.errLines().get(3)).startsWith("第 5 行 金额: “10000001” 超出范围");
        assertThat(run.errLines().get(4)).startsWith("第 5 行 标题: “题目目").endsWith("超过 200 个字的上限");
        assertThat(run.errLines().get(5)).isEqualTo("有 5 处错误，未导入任何案件");
        assertThat(casesIn(target)).isEmpty();
    }

    @Test
    void dryRunListsWhatWouldBeImportedAndWritesNothing() {
        Path source = folderWith("source", demoAndFull());
        Path file = tmp.resolve("cases.xlsx");
        // in full: a masked export imports without its order numbers
        CliRun.of("--data-dir", source.toString(), "export-xlsx", "--out", file.toString(), "--show-in-full");
        Path target = tmp.resolve("target");

        CliRun run = CliRun.of("--data-dir", target.toString(), "import-xlsx", file.toString(), "--dry-run");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("星辰卡盟  KM20260302001  100.00  完整的案件",
                "试运行：将导入 " + demoAndFull().size() + " 个案件（未写入）");
        assertThat(casesIn(target)).isEmpty();
    }

    @Test
    void exportFilterKeepsOnlyMatchingCases() throws IOException {
        List<RefundCase> cases = demoAndFull();
        Path source = folderWith("source", cases);
        long inProgress = cases.stream().filter(c -> c.status() == CaseStatus.IN_PROGRESS).count();

        Path byOption = tmp.resolve("a.xlsx");
        Path byText = tmp.resolve("b.xlsx");
        CliRun a = CliRun.of("--data-dir", source.toString(), "export-xlsx", "--out", byOption.toString(),
                "--status", "IN_PROGRESS");
        CliRun b = CliRun.of("--data-dir", source.toString(), "export-xlsx", "--out", byText.toString(),
                "--filter", "status=in-progress; assignee=张志愿");

        assertThat(a.exitCode()).isZero();
        assertThat(dataRows(byOption)).isEqualTo(inProgress);
        assertThat(b.exitCode()).isZero();
        assertThat(dataRows(byText)).isEqualTo(cases.stream()
                .filter(c -> c.status() == CaseStatus.IN_PROGRESS && "张志愿".equals(c.assignee())).count());
        assertThat(inProgress).isPositive();
    }

    @Test
    void badArgumentsAreBadInput() {
        Path dir = tmp.resolve("d");

        assertThat(CliRun.of("--data-dir", dir.toString(), "export-xlsx").errLines()).containsExactly("缺少 --out：请补上它（见 refunddesk --help）");
        assertThat(CliRun.of("--data-dir", dir.toString(), "export-xlsx", "--out", "x.xlsx", "--status", "DONE")
                .exitCode()).isEqualTo(2);
        CliRun missing = CliRun.of("--data-dir", dir.toString(), "import-xlsx", tmp.resolve("nope.xlsx").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).singleElement().asString().isEqualTo("没有这个文件：" + tmp.resolve("nope.xlsx"));
        CliRun notXlsx = CliRun.of("--data-dir", dir.toString(), "import-xlsx", writeText("junk.xlsx", "not a workbook"));
        assertThat(notXlsx.exitCode()).isEqualTo(2);
        assertThat(notXlsx.errLines()).hasSize(1);
    }

    @Test
    void icsHasOneEventWithAnAlarmPerOpenDeadlineThatDueLists() throws Exception {
        Path source = folderWith("source", demoAndFull());
        Path first = tmp.resolve("first.ics");
        Path second = tmp.resolve("second.ics");

        CliRun run = CliRun.of("--data-dir", source.toString(), "ics", "--out", first.toString());
        CliRun.of("--data-dir", source.toString(), "ics", "--out", second.toString());
        CliRun due = CliRun.of("--data-dir", source.toString(), "due", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<VEvent> events = events(first);
        JsonNode listed = new ObjectMapper().readTree(due.out());
        // every stored case has at least its open limitation clock
        assertThat(events).hasSizeGreaterThanOrEqualTo(demoAndFull().size()).hasSize(listed.size());
        assertThat(events).allSatisfy(e -> assertThat(e.getAlarms()).hasSize(1));
        assertThat(uids(events)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(uids(events(second)));
    }

    @Test
    void dueListsTheStoredCasesDeadlinesSoonestFirst() throws Exception {
        Path source = folderWith("source", demoAndFull());

        CliRun all = CliRun.of("--data-dir", source.toString(), "due", "--json");
        CliRun mine = CliRun.of("--data-dir", source.toString(), "due", "--json", "--assignee", "张志愿");
        CliRun text = CliRun.of("--data-dir", source.toString(), "due");

        assertThat(all.exitCode()).as(all.err()).isZero();
        List<Instant> dues = new ArrayList<>();
        new ObjectMapper().readTree(all.out()).forEach(n -> dues.add(Instant.parse(n.get("dueAt").asText())));
        assertThat(dues).isNotEmpty().isSorted();
        JsonNode mine2 = new ObjectMapper().readTree(mine.out());
        assertThat(mine2).isNotEmpty().allSatisfy(n -> assertThat(n.get("assignee").asText()).isEqualTo("张志愿"));
        assertThat(mine2.size()).isLessThan(dues.size());
        assertThat(text.out().lines()).hasSize(dues.size());
    }

    @Test
    void casesImportedWithoutAProblemStillGetTheirClocks() throws Exception {
        Path csv = tmp.resolve("bare.csv");
        Files.writeString(csv, "平台,商品,金额,付款时间\n星辰卡盟,话费充值,10,2026-03-01 10:00\n");
        Path dir = tmp.resolve("bare");

        CliRun imported = CliRun.of("--data-dir", dir.toString(), "import-xlsx", csv.toString());
        CliRun due = CliRun.of("--data-dir", dir.toString(), "due", "--json");

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(new ObjectMapper().readTree(due.out())).isNotEmpty();
    }

    @Test
    void importXlsxMapsAForeignSheetsHeadersToFields() throws IOException {
        String csv = writeText("mine.csv", "网站,买的什么,花了多少,什么时候买的\n太阳卡盟,话费充值,35,2026-11-01 10:00\n");
        Path dir = tmp.resolve("mapped");

        CliRun unmapped = CliRun.of("--data-dir", dir.toString(), "import-xlsx", csv);
        CliRun badField = CliRun.of("--data-dir", dir.toString(), "import-xlsx", csv, "--map", "网站=site");
        CliRun mapped = CliRun.of("--data-dir", dir.toString(), "import-xlsx", csv,
                "--map", "网站=platform,买的什么=product,花了多少=amount,什么时候买的=paidAt");

        assertThat(unmapped.exitCode()).isEqualTo(2);
        assertThat(badField.exitCode()).isEqualTo(2);
        assertThat(badField.errLines()).containsExactly("--map: unknown field \"site\"");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(casesIn(dir)).singleElement().satisfies(c -> {
            assertThat(c.platform().name()).isEqualTo("太阳卡盟");
            assertThat(c.purchase().amount()).isEqualByComparingTo("35");
        });
    }

    @Test
    void exportXlsxCarriesTheVaultsEvidenceScoreAndFiles() throws IOException {
        RefundCase full = SampleCases.full("有证据的案件");
        Path source = folderWith("withEvidence", List.of(full));
        Path screenshot = Files.writeString(tmp.resolve("订单截图.png"), "png");
        try (Database db = Database.open(source, CLOCK)) {
            new EvidenceVault(db, CLOCK).attach(EvidenceAttachment.of(full.id(), screenshot, EvidenceCategory.PURCHASE_PROOF));
        }
        Path file = tmp.resolve("evidence.xlsx");

        CliRun export = CliRun.of("--data-dir", source.toString(), "export-xlsx", "--out", file.toString());

        assertThat(export.exitCode()).as(export.err()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            double score = wb.getSheetAt(0).getRow(1).getCell(CaseColumn.EVIDENCE_SCORE.ordinal()).getNumericCellValue();
            assertThat(score).isBetween(1.0, 99.0);
            Row evidence = wb.getSheetAt(3).getRow(1);
            assertThat(evidence.getCell(1).getStringCellValue()).isEqualTo("订单截图.png");
            assertThat(evidence.getCell(2).getStringCellValue()).isEqualTo("购买凭证");
        }
    }

    private static List<VEvent> events(Path ics) throws Exception {
        try (InputStream in = Files.newInputStream(ics)) {
            return new CalendarBuilder().build(in).getComponents("VEVENT");
        }
    }

    private static List<String> uids(List<VEvent> events) {
        return events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    private String writeText(String name, String text) {
        try {
            return Files.writeString(tmp.resolve(name), text).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long dataRows(Path xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            return wb.getSheetAt(0).getLastRowNum();
        }
    }

    private Path workbookWithBadAmountInRow12() throws IOException {
        Path file = tmp.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("案件");
            List<String> names = List.of("平台", "订单号", "商品", "金额", "付款时间");
            Row header = sheet.createRow(0);
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            for (int r = 1; r <= 20; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("星辰卡盟");
                row.createCell(1).setCellValue("SO-" + r);
                row.createCell(2).setCellValue("话费充值");
                // sheet row 12 is index 11
                if (r == 11) {
                    row.createCell(3).setCellValue("12,5");
                } else {
                    row.createCell(3).setCellValue(12.5);
                }
                row.createCell(4).setCellValue("2026-03-01 10:00");
            }
            wb.write(out);
        }
        return file;
    }
}
