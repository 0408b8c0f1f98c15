package org.refunddesk.ui.team;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.refunddesk.rules.i18n.Messages;
import org.refunddesk.ui.task.MinuteTicker;

/** "Cannot reach the team server … retrying in N s [Retry now]", shown only while it is unreachable. */
public final class ConnectionBanner extends HBox {
    private final Timeline countdown;
    /** Kept in a field: the binding must live as long as the banner it watches. */
    private final BooleanBinding ticking;
    private final Button retry;

    public ConnectionBanner(ConnectionBannerViewModel model, Messages messages) {
        setId("connectionBanner");
        getStyleClass().add("connection-banner");
        getStylesheets().add(ConflictDialog.STYLESHEET);
        Label text = new Label();
        text.setId("connectionBannerText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.textProperty().bind(model.messageProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button retry = new Button(messages.get("teamclient.banner.retry"));
        retry.setId("connectionBannerRetry");
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.disableProperty().bind(model.checkingProperty());
        retry.setOnAction(e -> model.retryNow());
        getChildren().addAll(text, retry);
        this.retry = retry;
        setAccessibleRole(AccessibleRole.TEXT);
        accessibleTextProperty().bind(model.messageProperty());
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(model.shownProperty());

        countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        countdown.setCycleCount(Animation.INDEFINITE);
        // ticks only while shown on a window on screen: a running animation is held by the toolkit, so a banner whose
        // window was rebuilt (another language) would otherwise stay alive and tick for nothing
        ObservableValue<Boolean> onScreen = MinuteTicker.onScreen(this);
        ticking = Bindings.createBooleanBinding(() -> model.shownProperty().get() && onScreen.getValue(),
                model.shownProperty(), onScreen);
        ticking.addListener((o, was, now) -> tick(now));
        tick(ticking.get());
    }

    private void tick(boolean on) {
        if (on) {
            countdown.play();
        } else {
            countdown.stop();
        }
    }

    /** True while the countdown ticks. */
    boolean ticking() {
        return countdown.getStatus() == Animation.Status.RUNNING;
    }

    /** Another way out next to Retry now (the unsynced changes). */
    public void addAction(Button action) {
        action.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().add(getChildren().indexOf(retry), action);
    }
}
