package org.refunddesk.ui.privacy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.scene.control.MenuItem;
import org.refunddesk.domain.EvidenceItem;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.exchange.PersonExport;
import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.store.CaseErasure;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.dialog.FileType;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.MainMenu;
import org.refunddesk.ui.main.MainWindow;
import org.refunddesk.ui.task.BackgroundTask;

/**
 * A consumer's rights on the case in front (issue 18): Case → export everything about this consumer (access)
 * and erase it (erasure, after a confirmation naming what goes), the same code as {@code export-person} and
 * {@code erase}. At start, closed cases past the months set in Settings are erased automatically (off by default).
 */
public final class ConsumerDataFeature implements Feature {
    private final AppServices services;
    private final Database database;
    private final Messages m;

    public ConsumerDataFeature(AppServices services, Database database) {
        this.services = services;
        this.database = database;
        this.m = services.messages();
    }

    @Override
    public void install(MainWindow window) {
        window.addMenuSeparator(MainMenu.CASE);
        MenuItem export = window.addMenuItem(MainMenu.CASE, m.get("privacy.access.menu"), 'P',
                () -> exportConsumer(window.selectedCaseProperty().get()));
        MenuItem erase = window.addMenuItem(MainMenu.CASE, m.get("privacy.erase.menu"), 'S',
                () -> eraseConsumer(window, window.selectedCaseProperty().get()));
        export.setId("menuExportConsumer");
        erase.setId("menuEraseConsumer");
        export.disableProperty().bind(window.selectedCaseProperty().isNull());
        erase.disableProperty().bind(window.selectedCaseProperty().isNull());
        window.addCaseAction("privacy.export", this::exportConsumer);
        window.addCaseAction("privacy.erase", c -> eraseConsumer(window, c));
        eraseExpired(window);
    }

    /** The cases of the same consumer: by phone, else by name, else only this case. */
    List<UUID> casesOf(RefundCase c) {
        CaseErasure erasure = new CaseErasure(database, services.clock());
        String phone = c.consumer().phone();
        String name = c.consumer().name();
        List<UUID> ids = phone != null && !phone.isBlank() ? erasure.casesOfPhone(phone)
                : name != null && !name.isBlank() ? erasure.casesOfName(name) : List.of();
        return ids.contains(c.id()) ? ids : append(ids, c.id());
    }

    private static List<UUID> append(List<UUID> ids, UUID id) {
        List<UUID> all = new ArrayList<>(ids);
        all.add(id);
        return all;
    }

    private static String who(RefundCase c) {
        String name = c.consumer().name();
        String phone = c.consumer().phone();
        return String.join(" ", java.util.stream.Stream.of(name, phone).filter(s -> s != null && !s.isBlank()).toList());
    }

    public void exportConsumer(RefundCase c) {
        if (c == null) {
            return;
        }
        services.dialogs().showFileSave(m.get("privacy.access.menu"), "consumer-data.zip",
                FileType.of(m.get("privacy.access.zipFiles"), "*.zip")).ifPresent(file ->
                BackgroundTask.of(m.get("privacy.access.menu"), progress -> write(c, file))
                        .onSuccess(text -> services.dialogs().notify(text))
                        .onFailure(e -> services.dialogs().error(m.get("privacy.access.menu"), String.valueOf(e.getMessage())))
                        .executeWith(services.tasks()));
    }

    private String write(RefundCase c, Path file) throws java.io.IOException {
        EvidenceVault vault = new EvidenceVault(database, services.clock());
        List<RefundCase> cases = new ArrayList<>();
        Map<UUID, List<EvidenceItem>> evidence = new LinkedHashMap<>();
        for (UUID id : casesOf(c)) {
            services.cases().find(id).ifPresent(cases::add);
            evidence.put(id, vault.list(id));
        }
        String who = who(c).isEmpty() ? c.title() : who(c);
        int files = new PersonExport(m).write(who, cases, evidence, vault::open, services.clock().instant(), file);
        return m.get("privacy.access.done", cases.size(), files, file);
    }

    /** Names what will go (consumer, cases, files) and that older backups still hold it, then erases. */
    public void eraseConsumer(MainWindow window, RefundCase c) {
        if (c == null) {
            return;
        }
        BackgroundTask.of(m.get("privacy.erase.menu"), progress -> {
                    List<UUID> ids = casesOf(c);
                    EvidenceVault vault = new EvidenceVault(database, services.clock());
                    int files = 0;
                    List<String> titles = new ArrayList<>();
                    for (UUID id : ids) {
                        files += vault.list(id).size() + vault.trash(id).size();
                        services.cases().find(id).ifPresent(x -> titles.add(x.title()));
                    }
                    return new Planned(ids, files, titles);
                })
                .onSuccess(plan -> {
                    String name = who(c).isEmpty() ? c.title() : who(c);
                    String message = m.get("privacy.erase.confirm", name, plan.ids().size(), plan.files(),
                            String.join(m.get("privacy.erase.titleSeparator"), plan.titles()));
                    if (services.dialogs().confirm(m.get("privacy.erase.menu"), message)) {
                        erase(window, plan.ids(), false);
                    }
                })
                .onFailure(e -> services.dialogs().error(m.get("privacy.erase.menu"), String.valueOf(e.getMessage())))
                .executeWith(services.tasks());
    }

    private record Planned(List<UUID> ids, int files, List<String> titles) {
    }

    private void erase(MainWindow window, List<UUID> ids, boolean automatic) {
        BackgroundTask.of(m.get("privacy.erase.menu"),
                        progress -> new CaseErasure(database, services.clock()).erase(ids, automatic))
                .onSuccess(r -> {
                    window.fireCasesChanged();
                    if (automatic) {
                        services.dialogs().notify(m.get("privacy.autoErase.done", r.cases(), r.files(), r.id()));
                    } else {
                        services.dialogs().info(m.get("privacy.erase.menu"),
                                m.get("privacy.erase.done", r.cases(), r.files(), r.id()) + "\n\n"
                                        + m.get("privacy.erase.backups"));
                    }
                })
                .onFailure(e -> services.dialogs().error(m.get("privacy.erase.menu"), String.valueOf(e.getMessage())))
                .executeWith(services.tasks());
    }

    /** Automatic erasure of closed cases past the set months; nothing when it is off (the default). */
    private void eraseExpired(MainWindow window) {
        int months = services.preferences().autoEraseClosedMonths();
        if (months <= 0) {
            return;
        }
        BackgroundTask.of(m.get("privacy.erase.menu"),
                        progress -> new CaseErasure(database, services.clock()).closedOlderThan(months))
                .onSuccess(ids -> {
                    if (!ids.isEmpty()) {
                        erase(window, ids, true);
                    }
                })
                .onFailure(e -> services.dialogs().error(m.get("privacy.erase.menu"), String.valueOf(e.getMessage())))
                .executeWith(services.tasks());
    }
}
