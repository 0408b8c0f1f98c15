package org.refunddesk.app;

import java.util.List;

import org.refunddesk.cli.AssessCommand;
import org.refunddesk.cli.BackupCommand;
import org.refunddesk.cli.CasesCommand;
import org.refunddesk.cli.ChangePassphraseCommand;
import org.refunddesk.cli.CheckCommand;
import org.refunddesk.cli.DecryptCommand;
import org.refunddesk.cli.EncryptCommand;
import org.refunddesk.cli.EraseCommand;
import org.refunddesk.cli.ExportPersonCommand;
import org.refunddesk.cli.CaseloadWorkspace;
import org.refunddesk.cli.CliCommand;
import org.refunddesk.cli.DueCommand;
import org.refunddesk.cli.ExportXlsxCommand;
import org.refunddesk.cli.IcsCommand;
import org.refunddesk.cli.ImportXlsxCommand;
import org.refunddesk.cli.EvidenceCommand;
import org.refunddesk.cli.ExportCommand;
import org.refunddesk.cli.ImportCommand;
import org.refunddesk.cli.ImportStatementCommand;
import org.refunddesk.cli.LetterCommand;
import org.refunddesk.cli.NextCommand;
import org.refunddesk.cli.PlanCommand;
import org.refunddesk.cli.RecoverCommand;
import org.refunddesk.cli.RestoreCommand;
import org.refunddesk.cli.TeamCommand;

/** Every headless command, in the order {@code --help} lists them. */
final class CliCommands {
    private CliCommands() {
    }

    static List<CliCommand> all() {
        return List.of(new CasesCommand(), new ImportCommand(), new ExportCommand(), new BackupCommand(SettingsSnapshot::read),
                new RestoreCommand(SettingsSnapshot::read, SettingsSnapshot::write), new AssessCommand(), new PlanCommand(), new EvidenceCommand(),
                new DueCommand(caseload()), new ExportXlsxCommand(caseload()), new ImportXlsxCommand(caseload()),
                new IcsCommand(caseload()), new NextCommand(), new LetterCommand(), new ImportStatementCommand(),
                new EncryptCommand(), new ChangePassphraseCommand(), new DecryptCommand(), new ExportPersonCommand(),
                new EraseCommand(), new CheckCommand(), new RecoverCommand(SettingsSnapshot::read), new TeamCommand());
    }

    private static CaseloadWorkspace.Opener caseload() {
        return StoreCaseloadWorkspace.opener();
    }
}
