package org.refunddesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.refunddesk.rules.RuleEngine;
import org.refunddesk.rules.evidence.EvidenceChecklist;
import org.refunddesk.store.CaseAudit;
import org.refunddesk.store.CaseEvidenceScores;
import org.refunddesk.store.Database;
import org.refunddesk.store.EvidenceVault;
import org.refunddesk.store.SavedViews;
import org.refunddesk.ui.AppServices;
import org.refunddesk.ui.audit.CaseAuditFeature;
import org.refunddesk.ui.cases.CasesFeature;
import org.refunddesk.ui.dashboard.CaseloadFeature;
import org.refunddesk.ui.help.HelpFeature;
import org.refunddesk.ui.home.HomeFeature;
import org.refunddesk.ui.main.AboutInfo;
import org.refunddesk.ui.main.Feature;
import org.refunddesk.ui.main.ShellFeature;
import org.refunddesk.ui.privacy.EncryptionRequest;
import org.refunddesk.ui.privacy.EncryptionSection;
import org.refunddesk.rules.escalation.EscalationServices;
import org.refunddesk.ui.workspace.CaseWorkspaceFeature;
import org.refunddesk.ui.statement.StatementFeature;
import org.refunddesk.ui.wizard.escalation.EscalationFeature;
import org.refunddesk.ui.wizard.escalation.VaultEvidenceStatus;
import org.refunddesk.ui.wizard.evidence.EvidenceFeature;

/**
 * Every feature of the main window, installed in this order (menu items appear in this order).
 * A new feature adds one line here.
 */
final class UiFeatures {
    private UiFeatures() {
    }

    static List<Feature> all(AppServices services, Database database, RuleEngine engine, AboutInfo about,
                             Runnable exit) {
        return all(services, database, engine, about, exit, null);
    }

    /** {@code openDemo} reopens the window on the demo data (Home's third button); null hides it. */
    static List<Feature> all(AppServices services, Database database, RuleEngine engine, AboutInfo about,
                             Runnable exit, Runnable openDemo) {
        return all(services, database, engine, about, exit, openDemo, null);
    }

    /** {@code encryption} starts encrypting, changing the passphrase or decrypting (null: no such buttons). */
    static List<Feature> all(AppServices services, Database database, RuleEngine engine, AboutInfo about,
                             Runnable exit, Runnable openDemo, Consumer<EncryptionRequest.Kind> encryption) {
        boolean encrypted = database.storeKey().isPresent();
        List<Feature> features = new ArrayList<>();
        CasesFeature cases = new CasesFeature(services, new StoreBackupActions(database, services.clock()));
        features.add(cases);
        features.addAll(TimelineWiring.features(services, database, engine, cases.model().loadedProperty()));
        EvidenceVault vault = new EvidenceVault(database, services.clock());
        features.add(new EvidenceFeature(services, vault));
        features.add(new StatementFeature(services, vault));
        features.add(new EscalationFeature(services, engine, new VaultEvidenceStatus(vault, services.messages())));
        features.add(new CaseloadFeature(services,
                new CaseEvidenceScores(vault, EvidenceChecklist.builtIn(), services.messages()),
                new SavedViews(database, services.clock())));
        features.add(new org.refunddesk.ui.privacy.ConsumerDataFeature(services, database));
        features.add(new CaseAuditFeature(services, new CaseAudit(database)::forCase));
        features.add(new CaseWorkspaceFeature(services,
                () -> EscalationServices.of(engine.ruleBook(), engine.calendar(), services.messages())));
        features.add(new StoreCheckFeature(services, database, cases.model().loadedProperty()));
        // after every feature that adds case actions: Home's buttons start them
        features.add(new HomeFeature(services, openDemo, encryption == null || encrypted ? null
                : () -> encryption.accept(EncryptionRequest.Kind.ENCRYPT)));
        features.add(new HelpFeature(services));
        ShellFeature shell = new ShellFeature(services, about, exit, encryption == null ? List.of()
                : List.of(new ShellFeature.SettingsRow(services.messages().get("encryption.settings.label"),
                closeSettings -> EncryptionSection.of(services.messages(), encrypted, closeSettings, encryption))));
        // 设置 → 团队服务器 → 测试连接 logs in as the start would (issue 16)
        shell.teamServerPage().setTester(new ServerConnectionCheck(database.server().isPresent() ? database.dataDir()
                : org.refunddesk.cli.ServerOptions.cacheDir(database.dataDir()), services.clock(), services.messages()));
        features.add(new TeamMoveFeature(services, database, shell)); // File → upload / download (issue 16)
        features.add(shell);
        return features;
    }
}
