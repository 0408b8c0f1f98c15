package org.refunddesk.ui.dashboard;

import java.util.TreeSet;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.rules.caseload.PlatformCluster;
import org.refunddesk.rules.i18n.Messages;

/**
 * Same-platform clusters for a joint complaint: each platform (however its name was written) with its
 * spellings, cases, consumers and total amount; the chosen cluster's cases are listed, and one button
 * narrows the caseload list to exactly them and selects them for bulk actions or export.
 */
final class ClustersPane extends BorderPane {
    private final Messages messages;
    private final TableView<PlatformCluster> table = new TableView<>();
    private final ListView<String> members = new ListView<>();

    ClustersPane(CaseloadViewModel model, Messages messages, Runnable selectShown) {
        this.messages = messages;
        setId("clustersPane");
        table.setId("clustersTable");
        table.setAccessibleText(messages.get("caseload.ui.dashboard.clusters"));
        table.setItems(model.clusters());
        table.getColumns().add(column("caseload.ui.cluster.platform", PlatformCluster::displayName));
        table.getColumns().add(column("caseload.ui.cluster.spellings", c -> String.join(" / ", new TreeSet<>(c.spellings()))));
        table.getColumns().add(column("caseload.ui.cluster.cases", PlatformCluster::caseCount));
        table.getColumns().add(column("caseload.ui.cluster.consumers", PlatformCluster::consumerCount));
        table.getColumns().add(column("caseload.ui.cluster.total", c -> Money.format(c.totalAmount())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        members.setId("clusterMembers");
        members.setPrefWidth(320);
        Label membersTitle = new Label(messages.get("caseload.ui.cluster.members"));
        membersTitle.setLabelFor(members);
        Button show = new Button(messages.get("caseload.ui.cluster.show"));
        show.setId("showCluster");
        show.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        show.setOnAction(e -> {
            model.showCluster(table.getSelectionModel().getSelectedItem());
            selectShown.run();
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, c) ->
                members.getItems().setAll(c == null ? java.util.List.of()
                        : c.cases().stream().map(this::member).toList()));
        setCenter(table);
        setRight(new VBox(4, membersTitle, members, new HBox(show)));
    }

    private String member(RefundCase c) {
        String consumer = c.consumer() == null || c.consumer().name() == null ? "" : c.consumer().name();
        String amount = c.purchase() == null ? "" : Money.format(c.purchase().amount());
        return org.refunddesk.rules.Masking.text(c.title()) + "  " + consumer + "  " + amount + "  (" + c.platform().name() + ")";
    }

    private <T> TableColumn<PlatformCluster, T> column(String key, Function<PlatformCluster, T> value) {
        TableColumn<PlatformCluster, T> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
