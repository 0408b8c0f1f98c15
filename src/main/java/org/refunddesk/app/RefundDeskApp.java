package org.refunddesk.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop app (placeholder until the UI lands). */
public class RefundDeskApp extends Application {
    static void start(LaunchOptions options) {
        Application.launch(RefundDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("RefundDesk"), 400, 300));
        stage.show();
    }
}
