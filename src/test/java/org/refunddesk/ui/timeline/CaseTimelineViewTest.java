package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.DeadlineState;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.Problem;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.Purchase;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CaseTimelineViewTest {
    static final Instant PAID = Instant.parse("2026-03-02T02:00:00Z"); // 10:00 Shanghai, a Monday
    static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z"); // 12:00
    private final MutableClock clock = new MutableClock(NOW);
    private final Messages messages = Messages.forTag("zh");
    private InMemoryCaseRepository repository;
    private RefundCase stored;
    private int changes;

    static CasePlanner realPlanner(Messages messages) {
        var ruleBook = RuleBooks.builtIn();
        var calendar = WorkingDayCalendars.bundled();
        return (c, now) -> DeadlinePlanner.plan(c, now, ruleBook, calendar, messages);
    }

    static RefundCase topUpCase() {
        return new RefundCase(null, "快充卡盟 话费 30 元", null, "小李", null,
                new Platform("快充卡盟", null, null, null, null),
                new Purchase("KC-1", ProductType.PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP, new BigDecimal("30"), PAID,
                        PaymentChannel.ALIPAY, null, null, null),
                new Problem(ProblemKind.NOT_DELIVERED, null, false, false, false, false, null),
                null, null, null, null, null, null);
    }

    @Start
    void start(Stage stage) {
        repository = new InMemoryCaseRepository(clock);
        stored = repository.create(topUpCase());
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        CaseTimelineViewModel vm = new CaseTimelineViewModel(services, stored, realPlanner(messages), () -> changes++);
        stage.setScene(new Scene(new CaseTimelineView(vm, messages), 1100, 760));
        stage.show();
    }

    private static List<TimelineEntry> rows(FxRobot robot) {
        ListView<TimelineEntry> list = robot.lookup("#timeline").queryListView();
        return List.copyOf(list.getItems());
    }

    private static void chooseEventType(FxRobot robot, String shown) {
        robot.clickOn("#eventType");
        robot.clickOn(shown);
    }

    @Test
    void theEventFormOpensWithoutErrorsAndAddWithNothingChosenSaysWhatIsMissingAndStoresNothing(FxRobot robot) {
        javafx.scene.control.Label typeError = robot.lookup("#eventTypeError").queryAs(javafx.scene.control.Label.class);
        assertThat(typeError.getText()).isEmpty();
        assertThat(typeError.isVisible()).isFalse();

        robot.clickOn("#addEvent");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(typeError.getText()).isEqualTo("请选择发生了什么");
        assertThat(typeError.isVisible()).isTrue();
        assertThat(repository.find(stored.id()).orElseThrow().events()).isEmpty();
        assertThat(changes).isZero();
    }

    @Test
    void aSupplementRequestAddsAReplyDeadline24HoursLaterAndSendingTheSupplementMeetsIt(FxRobot robot) {
        assertThat(rows(robot)).noneMatch(r -> r.deadline() != null && r.deadline().rule().equals("SUPPLEMENT_REPLY"));

        chooseEventType(robot, "要求补充证据");
        robot.clickOn("#addEvent");
        WaitForAsyncUtils.waitForFxEvents();

        TimelineEntry reply = rows(robot).stream()
                .filter(r -> r.deadline() != null && r.deadline().rule().equals("SUPPLEMENT_REPLY"))
                .findFirst().orElseThrow();
        assertThat(reply.deadline().dueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(reply.deadline().state()).isEqualTo(DeadlineState.OPEN);
        assertThat(robot.lookup(".tl-title").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().equals("补充材料期限（24 小时）"));
        assertThat(robot.lookup(".tl-detail").queryAllAs(javafx.scene.control.Label.class))
                .anyMatch(l -> l.getText().contains("截止 2026-03-03 12:00") && l.getText().contains("还剩 24 小时"));
        assertThat(changes).isEqualTo(1);

        clock.advance(Duration.ofHours(3));
        chooseEventType(robot, "已补充证据");
        robot.doubleClickOn("#eventAtTime").eraseText(8).write("14:30").type(KeyCode.TAB);
        robot.clickOn("#addEvent");
        WaitForAsyncUtils.waitForFxEvents();

        TimelineEntry met = rows(robot).stream()
                .filter(r -> r.deadline() != null && r.deadline().rule().equals("SUPPLEMENT_REPLY"))
                .findFirst().orElseThrow();
        assertThat(met.deadline().state()).isEqualTo(DeadlineState.MET);
        assertThat(met.severity()).isEqualTo(TimelineEntry.Severity.DONE);
        assertThat(met.detail()).contains("已完成");
        assertThat(repository.find(stored.id()).orElseThrow().events()).hasSize(2);
    }

    @Test
    void clickingADeadlineShowsItsExplanationAndBasis(FxRobot robot) {
        robot.clickOn(robot.lookup(".tl-title").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().startsWith("平台退款申请期限")).findFirst().orElseThrow());
        String details = robot.lookup("#deadlineExplanation").queryLabeled().getText();
        assertThat(details).contains("计算过程").contains("依据");
    }

    @Test
    void aVoidedEventNeedsAReasonAndStaysVisibleStruckThrough(FxRobot robot) {
        chooseEventType(robot, "申请退款");
        robot.clickOn("#addEvent");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".tl-title").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().startsWith("申请退款")).findFirst().orElseThrow());
        assertThat(robot.lookup("#voidEvent").queryButton().isDisabled()).isTrue();

        robot.clickOn("#voidReason").write("点错了");
        robot.clickOn("#voidEvent");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows(robot)).anyMatch(r -> r.severity() == TimelineEntry.Severity.VOIDED
                && r.detail().contains("已作废（点错了）"));
        assertThat(repository.find(stored.id()).orElseThrow().effectiveEvents()).isEmpty();
    }
}
