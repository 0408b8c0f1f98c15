package org.refunddesk.ui.team;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.refunddesk.rules.i18n.Messages;

/** The team-server page of the settings: binds to {@link TeamServerViewModel}. */
public final class TeamServerPane extends GridPane {
    private static final double NOTE_WIDTH = 440;

    public TeamServerPane(TeamServerViewModel model, Messages messages) {
        setId("teamServerPane");
        getStyleClass().add("form");
        CheckBox use = new CheckBox(messages.get("teamclient.server.use"));
        use.setId("teamServerUse");
        use.selectedProperty().bindBidirectional(model.useProperty());
        TextField host = field("teamServerHost", model.hostProperty());
        TextField port = field("teamServerPort", model.portProperty());
        port.setPrefColumnCount(6);
        TextField database = field("teamServerDatabase", model.databaseProperty());
        TextField user = field("teamServerUser", model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("teamServerPassword");
        password.textProperty().bindBidirectional(model.passwordProperty());
        ChoiceBox<TeamServerSettings.TlsMode> tls = new ChoiceBox<>();
        tls.setId("teamServerTls");
        tls.getItems().setAll(TeamServerSettings.TlsMode.values());
        tls.setConverter(new StringConverter<>() {
            @Override
            public String toString(TeamServerSettings.TlsMode mode) {
                return mode == null ? "" : model.tlsLabel(mode);
            }

            @Override
            public TeamServerSettings.TlsMode fromString(String text) {
                return null;
            }
        });
        tls.valueProperty().bindBidirectional(model.tlsProperty());
        Label passwordNote = note(model.passwordNote());
        Label error = note("");
        error.setId("teamServerError");
        error.textProperty().bind(model.errorProperty());
        Label result = note("");
        result.setId("teamServerTestResult");
        result.textProperty().bind(model.testResultProperty());

        int row = 0;
        add(use, 1, row++);
        addRow(row++, labelFor(messages.get("teamclient.server.host"), host), host);
        addRow(row++, labelFor(messages.get("teamclient.server.port"), port), port);
        addRow(row++, labelFor(messages.get("teamclient.server.database"), database), database);
        addRow(row++, labelFor(messages.get("teamclient.server.user"), user), user);
        addRow(row++, labelFor(messages.get("teamclient.server.password"), password), password);
        add(passwordNote, 1, row++);
        addRow(row++, labelFor(messages.get("teamclient.server.tls"), tls), tls);
        add(error, 1, row++);
        if (model.canTest()) {
            Button test = new Button(messages.get("teamclient.server.test"));
            test.setId("teamServerTest");
            test.disableProperty().bind(model.testingProperty().or(model.invalidProperty()));
            test.setOnAction(e -> model.testConnection());
            add(new HBox(10, test), 1, row++);
            add(result, 1, row);
        }
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Label note(String text) {
        Label note = new Label(text);
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        note.setPrefWidth(NOTE_WIDTH);
        note.setMinHeight(Region.USE_PREF_SIZE);
        return note;
    }

    private static Label labelFor(String text, Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
