package org.refunddesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.rules.reminders.CaseDeadline;
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

@ExtendWith(ApplicationExtension.class)
class AgendaViewTest {
    private final Messages messages = Messages.forTag("zh");
    private final List<UUID> opened = new ArrayList<>();
    private RefundCase withSupplementDue;
    private RefundCase plain;

    @Start
    void start(Stage stage) {
        MutableClock clock = new MutableClock(CaseTimelineViewTest.NOW);
        InMemoryCaseRepository repository = new InMemoryCaseRepository(clock);
        plain = repository.create(CaseTimelineViewTest.topUpCase());
        RefundCase second = CaseTimelineViewTest.topUpCase().withAssignee("小王");
        second = second.withEvent(CaseEvent.of(EventType.SUPPLEMENT_REQUESTED,
                CaseTimelineViewTest.NOW.minus(Duration.ofHours(20))));
        withSupplementDue = repository.create(second);
        AppServices services = new AppServices(repository, Path.of("/data"), new CurrentThreadTaskExecutor(),
                new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
        AgendaViewModel vm = new AgendaViewModel(services, CaseTimelineViewTest.realPlanner(messages));
        stage.setScene(new Scene(new AgendaView(vm, services, opened::add), 1000, 600));
        stage.show();
    }

    private static List<CaseDeadline> rows(FxRobot robot) {
        TableView<CaseDeadline> table = robot.lookup("#agenda").queryTableView();
        return List.copyOf(table.getItems());
    }

    @Test
    void listsOpenDeadlinesOfAllCasesSoonestFirstAndFiltersTo24Hours(FxRobot robot) {
        List<CaseDeadline> all = rows(robot);
        assertThat(all).extracting(c -> c.deadline().dueAt()).isSorted();
        assertThat(all).extracting(CaseDeadline::caseId).contains(plain.id(), withSupplementDue.id());
        assertThat(all.get(0).deadline().rule()).isEqualTo("SUPPLEMENT_REPLY");

        robot.clickOn("#agendaWithin");
        robot.clickOn("24 小时内");

        assertThat(rows(robot)).extracting(c -> c.deadline().rule())
                .containsExactly("SUPPLEMENT_REPLY", "PLATFORM_REFUND_WINDOW", "PLATFORM_REFUND_WINDOW");
        assertThat(rows(robot)).allMatch(c -> !c.deadline().dueAt()
                .isAfter(CaseTimelineViewTest.NOW.plus(Duration.ofHours(24))));
    }

    @Test
    void filtersByAssigneeAndARowOpensItsCase(FxRobot robot) {
        robot.clickOn("#agendaAssignee");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().filter(cell -> "小王".equals(cell.getText())).findFirst().orElseThrow());
        assertThat(rows(robot)).extracting(CaseDeadline::caseId).containsOnly(withSupplementDue.id());

        robot.clickOn(robot.lookup("#agenda .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(opened).containsExactly(withSupplementDue.id());
    }
}
