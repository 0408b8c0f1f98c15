package org.refunddesk.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;

import org.refunddesk.domain.Channel;
import org.refunddesk.domain.Consumer;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testsupport.MutableClock;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryCaseRepository;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;
import org.refunddesk.ui.wizard.escalation.EscalationWizard;
import org.refunddesk.ui.wizard.escalation.EscalationWizardViewModel;
import org.refunddesk.ui.wizard.escalation.EvidenceStatus;

/**
 * Not a test: writes docs/screenshots/escalation-refusal.png (a 12315 complaint refused: the business's address
 * is unknown) and escalation-letter-blank.png (the forced draft with its blanks, the first one selected) from
 * the real escalation wizard, rules and drafter, Chinese UI. Run by docs/screenshots/redraw-escalation.sh.
 */
public final class EscalationScreenshots {
    private static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z"); // 10:00 Shanghai

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
        Files.createDirectories(out);
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                draw(out);
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void draw(Path out) throws IOException {
        // -Drefunddesk.screenshots.lang=en draws the English UI (to check it for cut-off text; not committed)
        Messages messages = Messages.forTag(System.getProperty("refunddesk.screenshots.lang", "zh"));
        MutableClock clock = new MutableClock(NOW);
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        RefundCase stored = repository.create(demoCase());
        EscalationWizardViewModel model = new EscalationWizardViewModel(services, EscalationServices.builtIn(messages),
                EvidenceStatus.Source.NONE);
        EscalationWizard wizard = new EscalationWizard(null, model, services);
        model.load(stored);
        wizard.show();
        DialogPane page = wizard.wizard().getDialog().getDialogPane();
        @SuppressWarnings("unchecked")
        ComboBox<Channel> step = (ComboBox<Channel>) page.lookup("#stepChoice");
        step.setValue(Channel.REGULATOR_12315);
        next(wizard);
        save(wizard.wizard().getDialog().getDialogPane(), out.resolve("escalation-refusal.png"));
        ((CheckBox) wizard.wizard().getDialog().getDialogPane().lookup("#refusalsRead")).fire();
        next(wizard);
        DialogPane letter = wizard.wizard().getDialog().getDialogPane();
        letter.lookupAll(".letter-blank").stream().findFirst().map(Button.class::cast).orElseThrow().fire();
        save(letter, out.resolve("escalation-letter-blank.png"));
        wizard.wizard().getDialog().close();
    }

    /** A phone top-up that never arrived, demand unanswered; the seller's address is not known yet. */
    private static RefundCase demoCase() {
        Instant paid = Instant.parse("2026-11-20T01:12:00Z");
        return new RefundCase(null, "话费直充100元,半小时未到账",
                new Consumer("王小明", "13800138000", "上海市浦东新区世纪大道100号"), null, List.of(),
                new org.refunddesk.domain.Platform("快充卡盟", "https://kc.example", null, null, null),
                new org.refunddesk.domain.Purchase("KM20261120001", org.refunddesk.domain.ProductType.PHONE_CREDIT,
                        org.refunddesk.domain.DeliveryMode.DIRECT_TOPUP, new java.math.BigDecimal("100.00"), paid,
                        org.refunddesk.domain.PaymentChannel.ALIPAY, "2026112022001400", "13800138000", null),
                new org.refunddesk.domain.Problem(org.refunddesk.domain.ProblemKind.NOT_DELIVERED,
                        paid.plusSeconds(1800), false, false, false, false, null),
                List.of(org.refunddesk.domain.CaseEvent.of(org.refunddesk.domain.EventType.REFUND_APPLIED,
                                paid.plusSeconds(3600), Channel.PLATFORM),
                        org.refunddesk.domain.CaseEvent.of(org.refunddesk.domain.EventType.REFUND_REJECTED,
                                paid.plusSeconds(86_400), Channel.PLATFORM),
                        org.refunddesk.domain.CaseEvent.of(org.refunddesk.domain.EventType.DEMAND_SENT,
                                paid.plusSeconds(2 * 86_400), Channel.CUSTOMER_SERVICE)),
                null, List.of(), null, paid, paid);
    }

    private static void next(EscalationWizard wizard) {
        Node button = wizard.wizard().getDialog().getDialogPane().lookupAll(".button").stream()
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.NEXT_FORWARD && b.isVisible())
                .findFirst().orElseThrow();
        ((Button) button).fire();
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
