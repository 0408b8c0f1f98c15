package org.refunddesk.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.AppServices;

/**
 * Help → About: version, where the data lives, the rule book in use, the last automatic backup, and that this is
 * not legal advice.
 */
final class AboutDialog extends Alert {

    AboutDialog(Window owner, AppServices services, AboutInfo info) {
        super(AlertType.INFORMATION);
        Messages messages = services.messages();
        initOwner(owner);
        setTitle(messages.get("ui.about.title"));
        setHeaderText(messages.get("ui.app.title"));
        getDialogPane().setId("aboutDialog");
        getButtonTypes().setAll(new ButtonType(messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE));

        Label version = new Label(messages.get("ui.about.version",
                info.version().orElse(messages.get("ui.about.version.dev"))));
        Label dataDir = new Label(messages.get("ui.about.dataDir", services.dataDir().toString()));
        Label ruleBook = new Label(messages.get("ui.about.ruleBook",
                services.insights().ruleBookVersion().orElse(messages.get("ui.about.ruleBook.none"))));
        Label lastBackup = new Label(info.lastAutoBackup().get()
                .map(b -> messages.get("recovery.about.lastAuto",
                        b.takenAt().format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")), b.file()))
                .orElse(messages.get("recovery.about.noAuto")));
        lastBackup.setId("aboutLastAutoBackup");
        lastBackup.setWrapText(true);
        Label notAdvice = new Label(messages.get("ui.about.notLegalAdvice"));
        notAdvice.setWrapText(true);
        notAdvice.getStyleClass().add("hint");
        notAdvice.setId("aboutNotAdvice");
        VBox content = new VBox(8, version, dataDir, ruleBook, lastBackup, notAdvice);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
    }
}
