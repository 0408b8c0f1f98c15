package org.refunddesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.PlatformStatus;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.DemoCases;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.store.Database;

class EscalationCommandsTest {
    @TempDir
    Path dir;
    private RefundCase notDelivered;

    @BeforeEach
    void seed() {
        try (Database db = Database.open(dir, Clock.systemUTC())) {
            db.cases().createAll(DemoCases.create(Clock.systemUTC()));
            notDelivered = db.cases().list().stream()
                    .filter(c -> c.problem().kind() == ProblemKind.NOT_DELIVERED).findFirst().orElseThrow();
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.of(all);
    }

    @Test
    void letterPrintsTheDraftForTheChannelFilledFromTheStoredCase() {
        RefundCase c = store(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED));
        CliRun r = run("letter", c.id().toString(), "--channel", "REGULATOR_12315");

        String paid = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(c.purchase().paidAt().atZone(ZoneId.of("Asia/Shanghai")));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("【草稿】", "投诉书（12315/市场监管）", c.purchase().orderNo(),
                "金额：100.00 元", "付款时间：" + paid, "《消费者权益保护法》第五十三条", "依据来源");
        assertThat(r.err()).doesNotContain("请填写");
    }

    @Test
    void aChannelThatDoesNotFitIsRefusedWithOneLinePerReasonAndNothingOnStdout() {
        // the demo case has no business address: 12315 needs the respondent's name and address (SAMR art. 9)
        CliRun r = run("letter", notDelivered.id().toString(), "--channel", "REGULATOR_12315");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).singleElement().asString().contains("12315", "第九条", "商家住所地", "国家企业信用信息公示系统");
    }

    @Test
    void forcePrintsTheDraftUnderAWarningBlockNamingTheFailedPreconditions() {
        CliRun r = run("letter", notDelivered.id().toString(), "--channel", "REGULATOR_12315", "--force");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("【警告：").contains("第九条", "--force", "投诉书（12315/市场监管）");
        assertThat(r.out().indexOf("第九条")).isLessThan(r.out().indexOf("【草稿】"));
        assertThat(r.err()).contains("【请填写：商家住所地（营业执照登记地址）】");
    }

    @Test
    void aPoliceReportForAUsersOwnSmallMistakeIsRefusedForBothReasons() {
        RefundCase c = store(EscalationFixtures.with(ProblemKind.DUPLICATE_PURCHASE, PlatformStatus.OPERATING, "50.00",
                PaymentChannel.ALIPAY));

        CliRun r = run("--lang", "en", "letter", c.id().toString(), "--channel", "POLICE");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).hasSize(2);
        assertThat(r.err()).contains("mistake of your own", "50.00 yuan is below");
    }

    @Test
    void aCourtStepNeedsTheDefendantsRegisteredNameAndAPlatformThatIsGoneGetsNoLetter() {
        RefundCase noOperator = store(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED));
        CliRun court = run("letter", noOperator.id().toString(), "--channel", "SMALL_CLAIMS_COURT");
        assertThat(court.exitCode()).isEqualTo(3);
        assertThat(court.err()).contains("第一百二十四条", "经营者（公司）登记名称");

        RefundCase withOperator = store(withIdentity(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED)));
        CliRun ok = run("letter", withOperator.id().toString(), "--channel", "SMALL_CLAIMS_COURT");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("名称：杭州星辰网络科技有限公司", "统一社会信用代码：91350100M000100Y43");
        assertThat(ok.err()).contains("【请填写：法定代表人】");

        RefundCase gone = store(EscalationFixtures.with(ProblemKind.PLATFORM_GONE, PlatformStatus.GONE, "100.00",
                PaymentChannel.ALIPAY));
        assertThat(run("letter", gone.id().toString(), "--channel", "CUSTOMER_SERVICE").exitCode()).isEqualTo(3);
    }

    private RefundCase store(RefundCase c) {
        try (Database db = Database.open(dir)) {
            db.cases().create(c);
        }
        return c;
    }

    private static RefundCase withIdentity(RefundCase c) {
        return new RefundCase(c.id(), c.title(), c.consumer(), null, List.of(),
                c.platform().withIdentity("杭州星辰网络科技有限公司", "91350100M000100Y43", null), c.purchase(),
                c.problem(), c.events(), null, List.of(), null, null, null);
    }

    @Test
    void letterInEnglishWithADocxCopy() throws Exception {
        Path docx = dir.resolve("letter.docx");

        CliRun r = run("letter", notDelivered.id().toString(), "--channel", "PAYMENT_PROVIDER", "--lang", "en",
                "--docx", docx.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Transaction dispute", "[DRAFT]", notDelivered.purchase().paymentRef());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).isEqualTo(r.out().stripTrailing());
        }
        assertThat(r.err()).contains(docx.toString());
    }

    @Test
    void anUnknownChannelIsBadInputListingTheValidOnes() {
        CliRun r = run("letter", notDelivered.id().toString(), "--channel", "WEIBO");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.errLines()).singleElement().asString().contains("WEIBO").contains(
                "PLATFORM, CUSTOMER_SERVICE, PAYMENT_PROVIDER, REGULATOR_12315, CONSUMER_ASSOCIATION, INDUSTRY_BODY, "
                        + "COMPLAINT_SITE, SMALL_CLAIMS_COURT, POLICE");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingChannelOrUnknownCaseOrLanguageIsBadInput() {
        assertThat(run("letter", notDelivered.id().toString()).errLines()).containsExactly("缺少 --channel：请补上它（见 refunddesk --help）");
        CliRun unknown = run("letter", "00000000-0000-0000-0000-000000000001", "--channel", "PLATFORM");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("没有编号为 00000000-0000-0000-0000-000000000001 的案件");
        CliRun lang = run("letter", notDelivered.id().toString(), "--channel", "PLATFORM", "--lang", "fr");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).startsWith("--lang：“fr”不是 zh 或 en");
    }

    @Test
    void nextAsJsonGivesTheStepItsReasonAndTheFailingPreconditions() throws Exception {
        RefundCase c = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM, DEMAND_SENT@CUSTOMER_SERVICE, "
                        + "COMPLAINT_ANSWERED@CUSTOMER_SERVICE, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER");
        Platform p = c.platform();
        c = new RefundCase(c.id(), c.title(), c.consumer(), null, List.of(),
                new Platform(p.name(), p.url(), p.model(), p.status(), null), c.purchase(), c.problem(), c.events(),
                null, List.of(), null, null, null);
        try (Database db = Database.open(dir)) {
            db.cases().create(c);
        }

        CliRun r = run("next", c.id().toString(), "--json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        // 12315 needs the respondent's address (SAMR art. 9): it is not offered, and next says why
        assertThat(json.get("recommended").asText()).isEqualTo("CONSUMER_ASSOCIATION");
        assertThat(json.get("taken")).hasSize(3);
        JsonNode notOffered = json.get("notOffered");
        assertThat(notOffered).anySatisfy(n -> {
            assertThat(n.get("channel").asText()).isEqualTo("REGULATOR_12315");
            assertThat(n.get("reasons").get(0).asText()).contains("第九条", "商家住所地");
        });
        // the court needs the defendant's registered name as well (Civil Procedure Law art. 124)
        assertThat(notOffered).anySatisfy(n -> assertThat(n.get("channel").asText()).isEqualTo("SMALL_CLAIMS_COURT"));
        assertThat(json.get("failingPreconditions")).isEmpty();

        // as text: each channel not offered is named once, its reasons beneath it
        List<String> lines = run("next", c.id().toString()).out().lines().toList();
        assertThat(lines).containsOnlyOnce("  - 小额诉讼", "  - 12315/市场监管");
        int court = lines.indexOf("  - 小额诉讼");
        assertThat(lines.get(court + 1)).startsWith("      ").contains("第一百二十四条");
    }

    @Test
    void nextAsTextNamesTheStepAndWhyInTheChosenLanguage() {
        CliRun zh = run("next", notDelivered.id().toString());
        CliRun en = CliRun.of("--data-dir", dir.toString(), "--lang", "en", "next", notDelivered.id().toString());

        assertThat(zh.exitCode()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("推荐下一步：平台退款入口", "申请退款/售后维权", "前提条件均已满足");
        assertThat(en.out()).contains("Recommended next step:", "refund / after-sales entry");
    }
}
