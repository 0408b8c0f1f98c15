package org.refunddesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.refunddesk.rules.caseload.CaseloadFixtures.NOW;
import static org.refunddesk.rules.caseload.CaseloadFixtures.open;
import static org.refunddesk.rules.caseload.CaseloadFixtures.refundCase;
import static org.refunddesk.rules.caseload.CaseloadFixtures.withState;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseOverview;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseRepository;

class DueCommandTest {
    private final RefundCase zhang = refundCase("星辰卡盟", "10.00", "a", "1").withAssignee("张志愿");
    private final RefundCase li = refundCase("月光卡盟", "20.00", "b", "2").withAssignee("李志愿");
    private final List<CaseOverview> cases = List.of(
            CaseOverview.of(zhang, List.of(open("in-5d", NOW.plus(Duration.ofDays(5))),
                    open("in-2h", NOW.plus(Duration.ofHours(2))),
                    withState("met", NOW.plus(Duration.ofHours(1)), DeadlineState.MET))),
            CaseOverview.of(li, List.of(open("in-30h", NOW.plus(Duration.ofHours(30))),
                    open("overdue", NOW.minus(Duration.ofHours(3))))));

    @Test
    void listsOpenDeadlinesSoonestFirstWithOverdueOnTop() {
        Run run = run("due");

        assertThat(run.code).isZero();
        assertThat(run.out.lines().map(l -> l.split("  ")[1]).toList())
                .containsExactly("overdue", "in-2h", "in-30h", "in-5d");
        assertThat(run.out.lines().findFirst().orElseThrow())
                .startsWith("2024-05-20 07:00 (已过期)  overdue  话费没到账 20.00  李志愿  " + li.id());
    }

    @Test
    void withinKeepsDeadlinesDueInTheWindow() {
        assertThat(rules(run("due", "--within", "24h"))).containsExactly("overdue", "in-2h");
        assertThat(rules(run("due", "--within", "3d"))).containsExactly("overdue", "in-2h", "in-30h");
        assertThat(rules(run("due", "--within", "7d"))).hasSize(4);
    }

    @Test
    void assigneeKeepsThatHelpersCases() {
        assertThat(rules(run("due", "--assignee", "张志愿"))).containsExactly("in-2h", "in-5d");
    }

    @Test
    void jsonGivesTheSameListForScripts() throws Exception {
        Run run = run("due", "--within", "3d", "--json");

        JsonNode items = new ObjectMapper().readTree(run.out);
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("rule").asText()).isEqualTo("overdue");
        assertThat(items.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(items.get(0).get("caseId").asText()).isEqualTo(li.id().toString());
        assertThat(items.get(1).get("dueAt").asText()).isEqualTo(NOW.plus(Duration.ofHours(2)).toString());
        assertThat(items.get(1).get("dueLocal").asText()).isEqualTo("2024-05-20 12:00");
        assertThat(items.get(1).get("assignee").asText()).isEqualTo("张志愿");
        assertThat(items.get(1).get("basis").asText()).isEqualTo("basis of in-2h");
    }

    @Test
    void aPersonReadsTheDeadlinesNameAndScriptsGetTheRuleId() throws Exception {
        RefundCase wang = refundCase("星辰卡盟", "30.00", "c", "3");
        List<CaseOverview> real = List.of(CaseOverview.of(wang,
                List.of(open("SUPPLEMENT_REPLY", NOW.plus(Duration.ofHours(5))))));

        Run text = run(real, "due");
        assertThat(text.out.lines().findFirst().orElseThrow().split("  ")[1]).isEqualTo("补充材料期限（24 小时）");
        assertThat(text.out).doesNotContain("SUPPLEMENT_REPLY");

        JsonNode items = new ObjectMapper().readTree(run(real, "due", "--json").out);
        assertThat(items.get(0).get("rule").asText()).isEqualTo("SUPPLEMENT_REPLY");
        assertThat(items.get(0).get("ruleName").asText()).isEqualTo("补充材料期限（24 小时）");
    }

    @Test
    void nothingDueSaysSo() {
        Run run = run("due", "--assignee", "nobody");

        assertThat(run.code).isZero();
        assertThat(run.out.strip()).isEqualTo("没有到期的期限。");
    }

    @Test
    void aBadWindowIsBadInputWithOneLine() {
        Run run = run("due", "--within", "2w");

        assertThat(run.code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err.strip()).isEqualTo("--within：“2w”不是时间范围，请写成 24h、3d 或 7d 这样");
        assertThat(run("due", "--soon").code).isEqualTo(ExitCodes.BAD_INPUT);
    }

    private static List<String> rules(Run run) {
        return run.out.lines().map(l -> l.split("  ")[1]).toList();
    }

    private Run run(String... args) {
        return run(cases, args);
    }

    private Run run(List<CaseOverview> overviews, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = new CliContext(Path.of("unused"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC),
                Messages.forTag("zh"));
        int code = new Cli(List.of(new DueCommand(c -> new FixedWorkspace(overviews)))).run(args, context);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }

    /** Cases with fixed deadlines, as the rule engine would have computed them. */
    private record FixedWorkspace(List<CaseOverview> overviews) implements CaseloadWorkspace {
        @Override
        public CaseRepository cases() {
            throw new UnsupportedOperationException("due only reads overviews");
        }

        @Override
        public List<CaseOverview> overviews(Instant now) {
            return overviews;
        }

        @Override
        public void close() {
        }
    }
}
