package org.refunddesk.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.Database;
import org.refunddesk.testing.SampleCases;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.CaseInsights;
import org.refunddesk.ui.cases.CaseListViewModel;
import org.refunddesk.ui.settings.UiPreferences;
import org.refunddesk.ui.task.CurrentThreadTaskExecutor;
import org.refunddesk.ui.testing.InMemoryPreferences;
import org.refunddesk.ui.testing.ScriptedDialogService;

/**
 * Run in a child JVM by {@link FullDiskDurabilityTest}: the app's store held open while the disk fills. It first
 * leaves free pages inside its file (big cases saved, then deleted), says {@code ready}, waits for {@code go} (the
 * disk is full by then), then saves up to {@code args[1]} cases through the case list's view model as the editor does, until the first is refused,
 * printing {@code saved ID} for each save the editor would report as done and {@code failed ID} for each refused one,
 * then {@code done}, and waits to be killed.
 */
public final class SaveWhileDiskFills {
    private SaveWhileDiskFills() {
    }

    public static void main(String[] args) throws Exception {
        int saves = Integer.parseInt(args[1]);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Database db = Database.open(Path.of(args[0]));
        List<UUID> scratch = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            scratch.add(db.cases().create(SampleCases.full("腾出空间 " + i + "长".repeat(8000))).id());
        }
        for (UUID id : scratch) {
            db.cases().delete(id);
        }
        System.out.println("ready");
        System.out.flush();
        if (!"go".equals(in.readLine())) {
            return;
        }
        ScriptedDialogService dialogs = new ScriptedDialogService().answerConfirm(false); // no 再试一次 (not this test's subject)
        AppServices services = new AppServices(db.cases(), db.dataDir(), new CurrentThreadTaskExecutor(), dialogs,
                Messages.forTag("zh"), Clock.systemUTC(), UiPreferences.load(new InMemoryPreferences()), CaseInsights.NONE);
        CaseListViewModel editor = new CaseListViewModel(services);
        for (int i = 0; i < saves; i++) {
            RefundCase edited = SampleCases.full("满盘时保存 " + i + "长".repeat(2000 * (1 + i % 4)));
            AtomicReference<String> said = new AtomicReference<>("failed " + edited.id());
            try {
                editor.save(edited, true, () -> said.set("saved " + edited.id()));
            } catch (RuntimeException e) {
                said.set("failed " + edited.id());
            }
            System.out.println(said.get());
            System.out.flush();
            if (said.get().startsWith("failed")) {
                // the saves after a refused one are refused by the store itself (WritesAfterDiskFullTest): stop here
                break;
            }
        }
        System.out.println("done");
        System.out.flush();
        in.readLine(); // killed here (SIGKILL): no close, no shutdown hook writes anything more
    }
}
