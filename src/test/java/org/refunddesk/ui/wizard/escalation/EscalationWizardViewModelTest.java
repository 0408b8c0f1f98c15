package org.refunddesk.ui.wizard.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.Platform;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.CheckResult;
import org.refunddesk.rules.escalation.EscalationFixtures;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.escalation.Precondition;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

class EscalationWizardViewModelTest {
    static final String THROUGH_PAYMENT = "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM, DEMAND_SENT@CUSTOMER_SERVICE, "
            + "COMPLAINT_ANSWERED@CUSTOMER_SERVICE, COMPLAINT_FILED@PAYMENT_PROVIDER, COMPLAINT_ANSWERED@PAYMENT_PROVIDER";
    private final Clock clock = Clock.fixed(OffsetDateTime.parse("2026-09-28T10:00:00+08:00").toInstant(), ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    private final InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
    private final ScriptedDialogService dialogs = new ScriptedDialogService();
    private final AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
            dialogs, messages, clock, UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
    private final EscalationServices escalation = EscalationServices.builtIn(messages);

    private EscalationWizardViewModel model(RefundCase c, EvidenceStatus.Source evidence) {
        repository.create(c);
        EscalationWizardViewModel model = new EscalationWizardViewModel(services, escalation, evidence);
        model.load(c);
        return model;
    }

    @Test
    void theFirstPageShowsTheStepsTakenTheEvidenceScoreAndRecommends12315() {
        RefundCase c = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), THROUGH_PAYMENT);

        EscalationWizardViewModel model = model(c, rc -> Optional.of(new EvidenceStatus(72, List.of("运营商未到账记录"))));

        assertThat(model.channelProperty().get()).isEqualTo(Channel.REGULATOR_12315);
        assertThat(model.takenLines()).hasSize(3).anySatisfy(l -> assertThat(l).contains("支付机构", "已答复"));
        assertThat(model.evidenceTextProperty().get()).contains("72/100");
        assertThat(model.standingProperty().get()).contains("12315");
        assertThat(model.checks()).anySatisfy(r -> {
            assertThat(r.result().precondition()).isEqualTo(Precondition.EVIDENCE_GAPS);
            assertThat(r.text()).contains("运营商未到账记录");
        });
        assertThat(model.checksFailedProperty().get()).isFalse();
        assertThat(model.letterTextProperty().get()).contains("投诉书（12315/市场监管）", EscalationFixtures.ORDER_NO);
    }

    @Test
    void aMissingBusinessAddressBlocksPage2AndLinksToTheCaseEditor() {
        RefundCase c = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), THROUGH_PAYMENT);
        Platform p = c.platform();
        c = new RefundCase(c.id(), c.title(), c.consumer(), null, List.of(),
                new Platform(p.name(), p.url(), p.model(), p.status(), null), c.purchase(), c.problem(), c.events(),
                null, List.of(), null, null, null);

        EscalationWizardViewModel model = model(c, EvidenceStatus.Source.NONE);
        // 12315 is not proposed without the respondent's address, but stays on the list with its reasons
        assertThat(model.channelProperty().get()).isNotEqualTo(Channel.REGULATOR_12315);
        assertThat(model.channelChoices()).contains(Channel.REGULATOR_12315);
        model.channelProperty().set(Channel.REGULATOR_12315);
        assertThat(model.refusals()).singleElement().asString().contains("第九条", "国家企业信用信息公示系统");
        assertThat(model.page2BlockedProperty().get()).isTrue();
        assertThat(model.letterTextProperty().get()).startsWith("【警告：");

        assertThat(model.checksFailedProperty().get()).isTrue();
        assertThat(model.checks()).filteredOn(r -> r.result().status() == CheckResult.Status.FAILED).singleElement()
                .satisfies(r -> {
                    assertThat(r.fixableInCaseEditor()).isTrue();
                    assertThat(r.text()).contains("在案件编辑中填写商家注册地址");
                    assertThat(messages.has("escalation.wizard.fix." + r.result().fix())).isTrue();
                });
    }

    @Test
    void filingRecordsTheEventWithTheTextAsSentAndListsTheRegulatorClock() {
        RefundCase c = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED), THROUGH_PAYMENT);
        EscalationWizardViewModel model = model(c, EvidenceStatus.Source.NONE);
        model.letterTextProperty().set(model.letterTextProperty().get() + "\n补充：已多次联系客服。");
        model.filing().ticketRefProperty().set("12315-2026-0001");

        model.filing().file();

        CaseEvent filed = repository.find(c.id()).orElseThrow().events().stream()
                .filter(e -> e.type() == EventType.COMPLAINT_FILED && e.channel() == Channel.REGULATOR_12315)
                .findFirst().orElseThrow();
        assertThat(filed.ref()).isEqualTo("12315-2026-0001");
        assertThat(filed.at()).isEqualTo(clock.instant());
        assertThat(filed.text()).contains("补充：已多次联系客服。", EscalationFixtures.ORDER_NO);
        // 7 working days from Monday 09-28: 09-29, 09-30, 10-08, 10-09, 10-10 (adjusted Saturday), 10-12, 10-13
        assertThat(model.filing().startedClocks()).hasSize(2)
                .anySatisfy(l -> assertThat(l).contains(messages.get("timeline.rule.REGULATOR_ACCEPTANCE"), "2026-10-14 00:00"))
                // a complaint to 12315 restarts the limitation period (SPC limitation rules art. 12)
                .anySatisfy(l -> assertThat(l).contains(messages.get("timeline.rule.LIMITATION_PERIOD"), "2029-09-29 00:00"))
                .allSatisfy(l -> assertThat(l).doesNotContainPattern("[A-Z]+_[A-Z_]+"));
        assertThat(dialogs.shown("notify")).isNotEmpty();
        assertThat(model.recommendationProperty().get().waiting()).isPresent();
    }

    @Test
    void aDemandToCustomerServiceCarriesTheLettersDeadline() {
        RefundCase c = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM");
        EscalationWizardViewModel model = model(c, EvidenceStatus.Source.NONE);
        assertThat(model.channelProperty().get()).isEqualTo(Channel.CUSTOMER_SERVICE);

        model.filing().file();

        CaseEvent demand = repository.find(c.id()).orElseThrow().events().stream()
                .filter(e -> e.type() == EventType.DEMAND_SENT).findFirst().orElseThrow();
        // 7 calendar days from 09-28 end on 10-05, a holiday: the last day is 10-08, due at its 24:00
        assertThat(demand.deadlineAt()).isEqualTo(OffsetDateTime.parse("2026-10-09T00:00:00+08:00").toInstant());
        assertThat(model.filing().startedClocks()).anySatisfy(l -> assertThat(l).contains(messages.get("timeline.rule.DEMAND_DEADLINE")));
    }

    @Test
    void aFinalAnswerMovesTheWizardToTheNextStep() {
        RefundCase c = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                "REFUND_APPLIED@PLATFORM");
        EscalationWizardViewModel model = model(c, EvidenceStatus.Source.NONE);
        assertThat(model.filing().pendingSteps()).containsExactly(Channel.PLATFORM);

        model.filing().finalAnswer(Channel.PLATFORM, EventType.REFUND_REJECTED, null, "虚拟商品不退");

        assertThat(model.channelProperty().get()).isEqualTo(Channel.CUSTOMER_SERVICE);
        assertThat(model.filing().pendingSteps()).isEmpty();
        assertThat(repository.find(c.id()).orElseThrow().events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.REFUND_REJECTED);
            assertThat(e.note()).isEqualTo("虚拟商品不退");
        });
    }

    @Test
    void aFailedSaveLeavesTheCaseUnchangedAndSaysSo() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        EscalationWizardViewModel model = model(c, EvidenceStatus.Source.NONE);
        repository.failWith("disk full");

        model.filing().file();

        assertThat(model.filing().errorProperty().get()).contains("案件未改变", "disk full");
        assertThat(model.filing().filedEventProperty().get()).isNull();
        repository.failWith(null);
        assertThat(repository.find(c.id()).orElseThrow().events()).isEmpty();
    }

    @Test
    void aBadFilingTimeIsRefusedNamingTheField() {
        EscalationWizardViewModel model = model(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                EvidenceStatus.Source.NONE);
        model.filing().filedAtProperty().set("明天");

        model.filing().file();

        assertThat(model.filing().errorProperty().get()).contains("明天", "2026-10-09 14:30");
        assertThat(repository.list().get(0).events()).isEmpty();
    }

    @Test
    void editingTheFactsAgainstAnEarlierFilingWarnsOfTheContradiction() {
        RefundCase c = EscalationFixtures.withEvents(EscalationFixtures.complete(ProblemKind.NOT_DELIVERED),
                "REFUND_APPLIED@PLATFORM, REFUND_REJECTED@PLATFORM");
        EscalationWizardViewModel model = model(c, EvidenceStatus.Source.NONE);
        model.filing().file();
        assertThat(model.channelProperty().get()).isEqualTo(Channel.PAYMENT_PROVIDER);
        assertThat(model.conflicts()).isEmpty();

        model.letterTextProperty().set(model.letterTextProperty().get().replace("金额：100.00 元", "金额：120.00 元"));

        assertThat(model.conflicts()).singleElement().asString().contains("平台客服", "100", "120");
    }

    @Test
    void smallClaimsAskForTheProvincesWageAndRejectAGarbledFigure() {
        RefundCase c = EscalationFixtures.complete(ProblemKind.NOT_DELIVERED);
        EscalationWizardViewModel model = model(c, EvidenceStatus.Source.NONE);
        model.channelChoices().add(Channel.SMALL_CLAIMS_COURT);
        model.channelProperty().set(Channel.SMALL_CLAIMS_COURT);

        model.provinceWageProperty().set("12,0000");
        assertThat(model.provinceWageErrorProperty().get()).contains("12,0000");
        model.provinceWageProperty().set("120000");

        assertThat(model.provinceWageErrorProperty().get()).isEmpty();
        assertThat(model.checks()).filteredOn(r -> r.result().precondition() == Precondition.SMALL_CLAIMS_LIMIT)
                .singleElement().satisfies(r -> assertThat(r.text()).contains("60000.00"));
    }
}
