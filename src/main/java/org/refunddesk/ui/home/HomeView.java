package org.refunddesk.ui.home;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.i18n.Messages;

/**
 * Home. A fresh folder: a welcome with one primary action (the eligibility wizard) and two secondary ones
 * (import, demo). With cases: "needs attention", one card per case with a button to the case.
 */
public final class HomeView extends BorderPane {
    /** What Home's buttons do; an action that is null hides its button. */
    public record Actions(Runnable start, Runnable importCases, Runnable openDemo,
                          java.util.function.BiConsumer<RefundCase, String> openCase, Runnable setPassphrase) {
        public Actions(Runnable start, Runnable importCases, Runnable openDemo,
                       java.util.function.BiConsumer<RefundCase, String> openCase) {
            this(start, importCases, openDemo, openCase, null);
        }
    }

    private final HomeViewModel model;
    private final Messages m;
    private final Actions actions;
    private final VBox welcome;
    private final VBox needs;
    private final VBox gathering;
    private final VBox cards = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(cards);
    /** How many of the model's entries have a card now: the rest get theirs as the person scrolls down. */
    private int built;
    /**
     * Cards are built this many at a time, the next ones when the list is scrolled near its end (issue 14: at 100,000
     * cases Home had tens of thousands of cards, ~10 nodes and their properties each: most of the app's memory).
     */
    static final int CARDS_AT_A_TIME = 100;

    public HomeView(HomeViewModel model, Messages m, Actions actions) {
        this.model = model;
        this.m = m;
        this.actions = actions;
        setId("home");
        getStyleClass().add("home");
        getStylesheets().add(HomeView.class.getResource("/org/refunddesk/ui/workspace/workspace.css").toExternalForm());
        welcome = welcome();
        needs = needs();
        gathering = gathering();
        model.freshProperty().addListener((o, was, now) -> showPage());
        model.loadedProperty().addListener((o, was, now) -> {
            showPage();
            fillCards();
        });
        model.entries().addListener((ListChangeListener<HomeViewModel.Entry>) change -> fillCards());
        model.failedProperty().addListener((o, was, now) -> fillCards());
        showPage();
        fillCards();
    }

    /** Until the first reading arrives Home says it is gathering (not an empty frame, not a wrong welcome). */
    private void showPage() {
        setCenter(!model.loadedProperty().get() ? gathering : model.freshProperty().get() ? welcome : needs);
    }

    private VBox gathering() {
        javafx.scene.control.ProgressIndicator busy = new javafx.scene.control.ProgressIndicator();
        busy.setId("homeGatheringProgress");
        busy.setPrefSize(48, 48);
        Label text = new Label();
        text.setId("homeGatheringText");
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.caseCountProperty().get() > 0
                ? m.get("home.gatheringCount", model.caseCountProperty().get()) : m.get("home.gathering"),
                model.caseCountProperty()));
        text.setWrapText(true);
        busy.accessibleTextProperty().bind(text.textProperty());
        VBox box = new VBox(12, busy, text);
        box.setId("homeGathering");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setPadding(new javafx.geometry.Insets(40));
        return box;
    }

    private VBox welcome() {
        Label title = new Label(m.get("home.welcome.title"));
        title.getStyleClass().add("home-title");
        title.setWrapText(true);
        Label text = new Label(m.get("home.welcome.text"));
        text.setWrapText(true);
        Button start = new Button(m.get("home.start"));
        start.setId("homeStart");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.setOnAction(e -> actions.start().run());
        start.setMinWidth(Region.USE_PREF_SIZE);
        HBox secondary = new HBox(8);
        if (actions.importCases() != null) {
            Button importCases = new Button(m.get("home.import"));
            importCases.setId("homeImport");
            importCases.setOnAction(e -> actions.importCases().run());
            secondary.getChildren().add(importCases);
        }
        if (actions.openDemo() != null) {
            Button demo = new Button(m.get("home.demo"));
            demo.setId("homeDemo");
            demo.setOnAction(e -> actions.openDemo().run());
            secondary.getChildren().add(demo);
        }
        Label scams = new Label(m.get("home.welcome.scams"));
        scams.setWrapText(true);
        scams.getStyleClass().add("hint");
        VBox box = new VBox(14, title, text, start, secondary, scams);
        if (actions.setPassphrase() != null) {
            // optional, after the main actions: skipping it is simply not clicking it
            javafx.scene.control.Hyperlink encrypt = new javafx.scene.control.Hyperlink(m.get("encryption.home.offer"));
            encrypt.setId("homeEncrypt");
            encrypt.setOnAction(e -> actions.setPassphrase().run());
            Label why = new Label(m.get("encryption.home.offer.hint"));
            why.setWrapText(true);
            why.getStyleClass().add("hint");
            box.getChildren().addAll(encrypt, why);
        }
        box.setId("homeWelcome");
        box.setMaxWidth(640);
        return box;
    }

    private VBox needs() {
        Label title = new Label(m.get("home.needs.title"));
        title.getStyleClass().add("home-title");
        Button start = new Button(m.get("home.start"));
        start.setId("homeStartSmall");
        start.setOnAction(e -> actions.start().run());
        start.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, start);
        cards.setId("homeNeeds");
        scroll.setFitToWidth(true);
        scroll.vvalueProperty().addListener((o, was, now) -> {
            if (now.doubleValue() >= scroll.getVmax() * 0.9) {
                buildMore();
            }
        });
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(10, head, scroll);
    }

    private void fillCards() {
        cards.getChildren().clear();
        if (model.loadedProperty().get() && model.entries().isEmpty()) {
            Label none = new Label(m.get(model.failedProperty().get() ? "home.error" : "home.needs.none"));
            none.setId("homeNothing");
            none.setWrapText(true);
            cards.getChildren().add(none);
            return;
        }
        built = 0;
        buildMore();
    }

    /** The next cards, in the model's order; each card keeps its entry's index in its button's id. */
    private void buildMore() {
        List<HomeViewModel.Entry> entries = model.entries();
        int until = Math.min(entries.size(), built + CARDS_AT_A_TIME);
        List<javafx.scene.Node> more = new java.util.ArrayList<>(until - built);
        for (int index = built; index < until; index++) {
            more.add(card(entries.get(index), index));
        }
        built = until;
        if (more.isEmpty()) {
            return;
        }
        // the scroll position is a fraction of the content: keep the rows in view where they are as the content grows
        double viewport = scroll.getViewportBounds().getHeight();
        double before = cards.getHeight();
        double offset = scroll.getVvalue() * Math.max(0, before - viewport);
        cards.getChildren().addAll(more);
        if (before > viewport) {
            scroll.applyCss();
            scroll.layout();
            double after = cards.getHeight();
            if (after > viewport) {
                scroll.setVvalue(Math.min(scroll.getVmax(), offset / (after - viewport)));
            }
        }
    }

    private HBox card(HomeViewModel.Entry entry, int index) {
        Label title = new Label(entry.title());
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        VBox text = new VBox(3, title);
        for (HomeViewModel.Line line : entry.lines()) {
            Label l = new Label(line.text());
            l.setWrapText(true);
            l.getStyleClass().add(switch (line.kind()) {
                case MISSED -> "need-missed";
                case SOON -> "need-soon";
                case STILL_POSSIBLE -> "hint";
                case YOUR_MOVE -> "need-move";
            });
            text.getChildren().add(l);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        Button open = new Button(m.get("home.open"));
        open.setId("homeOpen-" + index);
        open.setAccessibleText(m.get("home.open.accessible", entry.title()));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> model.open(entry, actions.openCase()));
        HBox card = new HBox(12, text, open);
        card.getStyleClass().add("need-case");
        return card;
    }
}
