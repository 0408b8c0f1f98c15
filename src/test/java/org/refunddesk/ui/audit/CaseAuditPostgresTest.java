package org.refunddesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refunddesk.domain.CaseEvent;
import org.refunddesk.domain.CaseStatus;
import org.refunddesk.domain.Channel;
import org.refunddesk.domain.EventType;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseAudit;
import org.refunddesk.store.Database;
import org.refunddesk.store.ServerLogin;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.testing.TestPostgres;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.state.OpenCases;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/**
 * The workspace's 变更记录 read from a real PostgreSQL team server, whose triggers write the trail: the lines the
 * section shows for a case created, changed and given an event, newest first, in words, by the login that did it.
 */
class CaseAuditPostgresTest {
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Messages messages = Messages.forTag("zh");
    @TempDir
    Path dir;

    @Test
    void theServersTrailReadsAsWhoDidWhatNewestFirst() {
        ServerLogin owner = TestPostgres.newDatabase();
        try (Database db = Database.openServer(owner, dir.resolve("cache"), clock, true)) {
            RefundCase created = db.cases().create(SampleCases.full("审计读取"));
            db.cases().update(created.withStatus(CaseStatus.ESCALATED));
            db.cases().appendEvent(created.id(), CaseEvent.of(EventType.SUPPLEMENT_SENT, NOW, Channel.PLATFORM));
            AppServices services = new AppServices(db.cases(), dir, new CurrentThreadTaskExecutor(),
                    new ScriptedDialogService(), messages, clock, UiPreferences.load(new InMemoryPreferences()), null);
            CaseAuditViewModel model = new CaseAuditViewModel(services, new OpenCases(services).model(created),
                    new CaseAudit(db)::forCase);

            model.reload();

            // created (with its sample events), the status saved, one event added
            assertThat(model.rows()).hasSize(1 + created.events().size() + 1 + 1);
            assertThat(model.rows()).extracting(CaseAuditViewModel.Row::who).containsOnly(owner.user());
            assertThat(model.rows().get(0).what()).isEqualTo("记下事件：" + messages.of(EventType.SUPPLEMENT_SENT));
            assertThat(model.rows().get(1).what()).startsWith("修改了").contains("状态").doesNotContain("status");
            assertThat(model.rows().get(model.rows().size() - 1).what()).isEqualTo("建立了案件");
            assertThat(model.rows()).allSatisfy(r -> assertThat(r.when()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
            assertThat(model.messageProperty().get()).isEmpty();
            // the lines that only raised the version (with the event, with the save) are in the store, not shown
            assertThat(new CaseAudit(db).forCase(created.id())).hasSizeGreaterThan(model.rows().size());
        }
    }
}
