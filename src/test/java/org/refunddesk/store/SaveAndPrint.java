package org.refunddesk.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.testing.SampleCases;

/**
 * Run in a child JVM by {@link DurableSaveTest}: saves cases one after another, printing each id once saved. With
 * {@code editor} as the second argument each save goes through the case list's view model, as the editor's 保存
 * does, and the id is printed where the app would say the case was saved.
 */
public final class SaveAndPrint {
    private SaveAndPrint() {
    }

    public static void main(String[] args) {
        boolean editor = args.length > 1 && "editor".equals(args[1]);
        try (Database db = Database.open(Path.of(args[0]))) {
            org.refunddesk.ui.cases.CaseListViewModel list = editor ? editorOn(db) : null;
            for (int i = 0; ; i++) {
                RefundCase next = SampleCases.full("crash test " + i);
                if (list == null) {
                    System.out.println(db.cases().create(next).id());
                } else {
                    AtomicBoolean saved = new AtomicBoolean();
                    list.save(next, true, () -> saved.set(true));
                    if (!saved.get()) {
                        throw new IllegalStateException("the editor's save did not succeed");
                    }
                    System.out.println(next.id());
                }
                System.out.flush();
            }
        }
    }

    private static org.refunddesk.ui.cases.CaseListViewModel editorOn(Database db) {
        org.refunddesk.ui.AppServices services = new org.refunddesk.ui.AppServices(db.cases(), db.dataDir(),
                new org.refunddesk.ui.task.CurrentThreadTaskExecutor(), new org.refunddesk.ui.testing.ScriptedDialogService(),
                org.refunddesk.rules.i18n.Messages.forTag("zh"), Clock.systemUTC(),
                org.refunddesk.ui.settings.UiPreferences.load(new org.refunddesk.ui.testing.InMemoryPreferences()),
                org.refunddesk.ui.CaseInsights.NONE);
        return new org.refunddesk.ui.cases.CaseListViewModel(services);
    }
}
