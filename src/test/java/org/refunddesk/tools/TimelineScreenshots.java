package org.refunddesk.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.DeliveryMode;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.PaymentChannel;
import org.refunddesk.domain.ProblemKind;
import org.refunddesk.domain.ProductType;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.DeadlinePlanner;
import org.refunddesk.rules.RuleBooks;
import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.WorkingDayCalendars;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.timeline.CaseTimelineView;
import org.refunddesk.ui.timeline.CaseTimelineViewModel;
import org.refunddesk.ui.wizard.eligibility.EligibilityWizard;
import org.refunddesk.ui.wizard.eligibility.EligibilityWizardViewModel;
import org.refunddesk.ui.wizard.eligibility.RuleEngineEligibility;

/**
 * Not a test: writes docs/screenshots/wizard-result.png and timeline.png (Chinese UI) with JavaFX's own
 * snapshot. Run headless (Monocle) or under Xvfb: see docs/screenshots/README.md.
 */
public final class TimelineScreenshots {
    private static final Instant NOW = Instant.parse("2026-03-03T06:20:00Z"); // 14:20 Shanghai

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                wizardResult(out.resolve("wizard-result.png"));
                timeline(out.resolve("timeline.png"));
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static AppServices services(InMemoryCaseRepository repository, MutableClock clock, Messages messages) {
        return new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(), new ScriptedDialogService(),
                messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
    }

    private static void wizardResult(Path file) throws IOException {
        Messages messages = Messages.forTag("zh");
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:40:00Z"));
        EligibilityWizardViewModel vm = new EligibilityWizardViewModel(messages, clock, null);
        vm.purchase().productProperty().set(ProductType.PHONE_CREDIT);
        vm.purchase().deliveryProperty().set(DeliveryMode.DIRECT_TOPUP);
        vm.purchase().amountProperty().set("30");
        vm.purchase().paidAt().dateProperty().set(LocalDate.of(2026, 3, 2));
        vm.purchase().paidAt().timeProperty().set("10:00");
        vm.purchase().paymentProperty().set(PaymentChannel.ALIPAY);
        vm.purchase().platformNameProperty().set("快充卡盟");
        vm.problem().kindProperty().set(ProblemKind.NOT_DELIVERED);
        vm.redFlags().answer(RedFlag.PRIVATE_TRANSFER).set(true);
        EligibilityWizard wizard = new EligibilityWizard(null, vm,
                new RuleEngineEligibility(RuleEngine.of(RuleBooks.builtIn(), WorkingDayCalendars.bundled()), messages),
                new CurrentThreadTaskExecutor());
        wizard.wizard().getDialog().show();
        for (int page = 0; page < 4; page++) { // purchase, problem, since, red flags (use state is skipped)
            wizard.wizard().getDialog().getDialogPane().lookupAll(".button").stream()
                    .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.NEXT_FORWARD && b.isVisible())
                    .map(Button.class::cast).findFirst().orElseThrow().fire();
        }
        Scene scene = wizard.wizard().getDialog().getDialogPane().getScene();
        save(scene.getRoot(), file);
        wizard.wizard().getDialog().close();
    }

    private static void timeline(Path file) throws IOException {
        Messages messages = Messages.forTag("zh");
        MutableClock clock = new MutableClock(NOW);
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        Instant paid = Instant.parse("2026-03-02T02:00:00Z");
        RefundCase c = new RefundCase(null, "快充卡盟 话费 100 元未到账", null, "小李", null,
                new org.refunddesk.domain.Platform("快充卡盟", null, null, null, null),
                new org.refunddesk.domain.Purchase("KC-20260302-0017", ProductType.PHONE_CREDIT, DeliveryMode.DIRECT_TOPUP,
                        new BigDecimal("100"), paid, PaymentChannel.WECHAT, null, null, null),
                new org.refunddesk.domain.Problem(ProblemKind.NOT_DELIVERED, null, false, false, false, false, null),
                java.util.List.of(
                        CaseEvent.of(EventType.REFUND_APPLIED, paid.plus(Duration.ofMinutes(50)), Channel.PLATFORM)
                                .withRef("TK-88231"),
                        CaseEvent.of(EventType.SUPPLEMENT_REQUESTED, Instant.parse("2026-03-02T08:15:00Z"),
                                Channel.PLATFORM),
                        CaseEvent.of(EventType.COMPLAINT_FILED, Instant.parse("2026-03-03T01:30:00Z"),
                                Channel.PAYMENT_PROVIDER).withRef("WX-5521")),
                null, null, null, null, null);
        RefundCase stored = repository.create(c);
        var ruleBook = RuleBooks.builtIn();
        var calendar = WorkingDayCalendars.bundled();
        CaseTimelineViewModel vm = new CaseTimelineViewModel(services(repository, clock, messages), stored,
                (rc, now) -> DeadlinePlanner.plan(rc, now, ruleBook, calendar, messages), () -> { });
        CaseTimelineView view = new CaseTimelineView(vm, messages);
        Stage stage = new Stage();
        stage.setScene(new Scene(view, 1180, 720));
        var appCss = TimelineScreenshots.class.getResource("/org/refunddesk/ui/app.css");
        if (appCss != null) {
            stage.getScene().getStylesheets().add(appCss.toExternalForm());
        }
        stage.show();
        vm.selectedProperty().set(vm.entries().stream()
                .filter(e -> e.deadline() != null && "SUPPLEMENT_REPLY".equals(e.deadline().rule()))
                .findFirst().orElse(null));
        save(stage.getScene().getRoot(), file);
        stage.close();
    }

    private static void save(Parent root, Path file) throws IOException {
        root.applyCss();
        root.layout();
        WritableImage image = root.snapshot(null, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        ImageIO.write(rgb, "png", file.toFile());
    }
}
