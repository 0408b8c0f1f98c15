package org.refunddesk.ui.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RedFlag;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.conflict.CaseConflict;
import org.refunddesk.rules.conflict.ConflictField;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.ui.testing.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The conflict dialog driven through its real controls: choices by mouse and keyboard, the three ways out. */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private ConflictDialog dialog;
    private final AtomicReference<ConflictResolution> result = new AtomicReference<>();
    private final RefundCase base = SampleCases.full("话费没到账");
    private final CaseEvent myCall = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(20_000));
    private final CaseEvent theirNote = CaseEvent.of(EventType.REFUND_APPLIED, SampleCases.PAID.plusSeconds(30_000));
    private final RefundCase mine = ConflictField.TITLE.set(base, "话费没到账（已催）")
            .withStatus(CaseStatus.WAITING).withEvent(myCall);
    private final RefundCase theirs = ConflictField.AMOUNT.set(base, new BigDecimal("80.00"))
            .withStatus(CaseStatus.ESCALATED).withEvent(theirNote);

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void close() {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    private void open(CaseConflict conflict, Messages messages) {
        robot.interact(() -> {
            dialog = new ConflictDialog(stage, new ConflictViewModel(conflict, messages), messages);
            dialog.setOnHidden(e -> result.set(dialog.getResult()));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choicesByMouseAndKeyboardMakeTheMergedCase() {
        open(CaseConflict.of(base, mine, theirs), Messages.forTag("zh"));

        Label theirAmount = robot.lookup("#conflictTheirs-amount").queryAs(Label.class);
        assertThat(theirAmount.getText()).isEqualTo("¥80.00（已修改）");
        assertThat(theirAmount.getStyleClass()).contains("conflict-changed");
        Label myAmount = robot.lookup("#conflictMine-amount").queryAs(Label.class);
        assertThat(myAmount.getText()).isEqualTo("¥100.00");
        assertThat(myAmount.getStyleClass()).doesNotContain("conflict-changed");
        assertThat(robot.lookup("#conflictMine-status").queryAs(Label.class).getText()).contains("（已修改）");
        assertThat(robot.lookup("#conflictTheirs-status").queryAs(Label.class).getText()).contains("（已修改）");
        // the side that changed a field is chosen to begin with
        assertThat(robot.lookup("#conflictPickTheirs-amount").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#conflictPickMine-title").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#conflictEvents").queryAs(Label.class).getText()).contains("1 条").contains("都会保留");

        robot.clickOn("#conflictPickTheirs-title");
        RadioButton statusTheirs = robot.lookup("#conflictPickTheirs-status").queryAs(RadioButton.class);
        robot.interact(statusTheirs::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(statusTheirs.isSelected()).isTrue();
        robot.clickOn("#conflictMerge");
        WaitForAsyncUtils.waitForFxEvents();

        ConflictResolution resolution = result.get();
        assertThat(resolution.how()).isEqualTo(ConflictResolution.How.MERGED);
        assertThat(resolution.resolved().title()).isEqualTo("话费没到账");
        assertThat(resolution.resolved().status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(resolution.resolved().purchase().amount()).isEqualByComparingTo("80");
        assertThat(resolution.resolved().events()).contains(myCall, theirNote);
    }

    @Test
    void keepMineKeepsMyFieldsAndBothEventLogs() {
        open(CaseConflict.of(base, mine, theirs), Messages.forTag("zh"));
        robot.clickOn("#conflictKeepMine");
        WaitForAsyncUtils.waitForFxEvents();
        ConflictResolution resolution = result.get();
        assertThat(resolution.how()).isEqualTo(ConflictResolution.How.KEPT_MINE);
        assertThat(resolution.resolved().title()).isEqualTo("话费没到账（已催）");
        assertThat(resolution.resolved().purchase().amount()).isEqualByComparingTo("100");
        assertThat(resolution.resolved().events()).contains(myCall, theirNote);
    }

    @Test
    void useTheirsDropsMyFieldEditsButNotMyEvents() {
        open(CaseConflict.of(base, mine, theirs), Messages.forTag("en"));
        robot.clickOn("#conflictTakeTheirs");
        WaitForAsyncUtils.waitForFxEvents();
        ConflictResolution resolution = result.get();
        assertThat(resolution.how()).isEqualTo(ConflictResolution.How.TOOK_THEIRS);
        assertThat(resolution.resolved().title()).isEqualTo("话费没到账");
        assertThat(resolution.resolved().status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(resolution.resolved().events()).contains(myCall, theirNote);
    }

    @Test
    void decidingLaterByEscapeResolvesNothing() {
        open(CaseConflict.of(null, mine, theirs), Messages.forTag("zh"));
        // offline edit, start version unknown: no side is claimed to have changed anything
        assertThat(robot.lookup("#conflictMine-title").queryAs(Label.class).getText()).isEqualTo("话费没到账（已催）");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).isFalse();
        assertThat(result.get()).isNull();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1366,768,zh", "1024,700,zh", "1366,768,en", "1024,700,en"})
    void everyFieldDifferingStillFitsTheScreenWithNothingCutAndEverythingNamed(int w, int h, String lang) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        RefundCase other = theirs;
        for (ConflictField f : ConflictField.values()) {
            Object value = f.valueIn(mine);
            if (value instanceof String s) {
                other = f.set(other, s + " 已由另一位志愿者更新为更长的一段文字，以检查换行");
            } else if (value instanceof Boolean b) {
                other = f.set(other, !b);
            }
        }
        other = other.withRedFlags(List.of(RedFlag.ID_OR_BANK_DETAILS)).withAssignee(null);
        open(CaseConflict.of(base, mine, other), Messages.forTag(lang));

        List<String> findings = new ArrayList<>();
        robot.interact(() -> {
            Window window = dialog.getDialogPane().getScene().getWindow();
            dialog.getDialogPane().applyCss();
            dialog.getDialogPane().layout();
            findings.addAll(LayoutCheck.outsideScreen("conflict", window, w, h));
            findings.addAll(LayoutCheck.cutTexts("conflict", dialog.getDialogPane()));
            findings.addAll(LayoutCheck.unnamedControls("conflict", dialog.getDialogPane()));
        });
        assertThat(findings).isEmpty();
        assertThat(robot.lookup(".radio-button").queryAll()).hasSizeGreaterThanOrEqualTo(30); // 15+ fields differ
    }
}
