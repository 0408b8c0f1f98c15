package org.refunddesk.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.refunddesk.ui.StartupTimeline;

/**
 * The floors the scale bench compares against, each run as its own JVM with the same flags as the figure it
 * floors: {@code jackson-read FILE} (every token of the file, nothing kept), {@code h2-insert FILE DIR} (the
 * backup's cases and events as rows of a bare H2 table pair, JDBC batches, one transaction), {@code bare-window}
 * [ROWS]} (a JavaFX window with a TableView and a TextField, printing its first frame like the app, then filled
 * with ROWS plain rows made on a worker thread, printing {@code list-filled} when they are in the table, as the
 * app does).
 */
public final class ScaleFloors {
    private ScaleFloors() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "jackson-read" -> System.out.println("tokens " + jacksonRead(new File(args[1])));
            case "h2-insert" -> System.out.println("rows " + h2Insert(new File(args[1]), Path.of(args[2])));
            case "bare-window" -> Application.launch(BareWindow.class, args.length > 1 ? args[1] : "0");
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static long jacksonRead(File file) throws Exception {
        long tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(file)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** Reads the backup with the streaming parser and batch-inserts one row per case and one per event. */
    static long h2Insert(File backup, Path dir) throws Exception {
        Files.createDirectories(dir);
        long rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("floor"), "floor", "");
             Statement ddl = c.createStatement()) {
            ddl.execute("CREATE TABLE cases (id UUID PRIMARY KEY, title VARCHAR, body VARCHAR)");
            ddl.execute("CREATE TABLE case_events (case_id UUID, seq INT, type VARCHAR(40), occurred_at VARCHAR, "
                    + "PRIMARY KEY (case_id, seq))");
            c.setAutoCommit(false);
            try (PreparedStatement cases = c.prepareStatement("INSERT INTO cases VALUES (?, ?, ?)");
                 PreparedStatement events = c.prepareStatement("INSERT INTO case_events VALUES (?, ?, ?, ?)");
                 JsonParser p = new JsonFactory().createParser(backup)) {
                while (p.nextToken() != null) {
                    if (p.currentToken() == JsonToken.FIELD_NAME && "cases".equals(p.currentName())) {
                        p.nextToken();
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            UUID id = UUID.randomUUID();
                            String title = null;
                            int seq = 0;
                            while (p.nextToken() != JsonToken.END_OBJECT) {
                                String field = p.currentName();
                                JsonToken v = p.nextToken();
                                if ("id".equals(field)) {
                                    id = UUID.fromString(p.getText());
                                } else if ("title".equals(field)) {
                                    title = p.getText();
                                } else if ("events".equals(field) && v == JsonToken.START_ARRAY) {
                                    while (p.nextToken() == JsonToken.START_OBJECT) {
                                        String type = null;
                                        String at = null;
                                        while (p.nextToken() != JsonToken.END_OBJECT) {
                                            String f = p.currentName();
                                            JsonToken ev = p.nextToken();
                                            if ("type".equals(f)) {
                                                type = p.getText();
                                            } else if ("at".equals(f)) {
                                                at = p.getText();
                                            } else if (ev.isStructStart()) {
                                                p.skipChildren();
                                            }
                                        }
                                        events.setObject(1, id);
                                        events.setInt(2, seq++);
                                        events.setString(3, type);
                                        events.setString(4, at);
                                        events.addBatch();
                                        rows++;
                                    }
                                } else if (v.isStructStart()) {
                                    p.skipChildren();
                                }
                            }
                            cases.setObject(1, id);
                            cases.setString(2, title);
                            cases.setString(3, title);
                            cases.addBatch();
                            if (++rows % 1000 == 0) {
                                cases.executeBatch();
                                events.executeBatch();
                            }
                        }
                    }
                }
                cases.executeBatch();
                events.executeBatch();
            }
            c.commit();
        }
        return rows;
    }

    /** The bare window: what any JavaFX app pays to show a table and a search box. */
    public static final class BareWindow extends Application {
        @Override
        public void start(Stage stage) {
            TableView<String> table = new TableView<>();
            table.getColumns().add(new TableColumn<>("title"));
            Scene scene = new Scene(new VBox(new TextField(), table), 1280, 780);
            stage.setScene(scene);
            stage.show();
            StartupTimeline.markAfterPulse(scene, "first-frame");
            int rows = Integer.parseInt(getParameters().getRaw().get(0));
            Thread fill = new Thread(() -> {
                List<String> items = new ArrayList<>(rows);
                for (int i = 0; i < rows; i++) {
                    items.add("case " + i);
                }
                Platform.runLater(() -> {
                    table.getItems().setAll(items);
                    StartupTimeline.mark("list-filled " + rows + " rows,");
                    if (!StartupTimeline.enabled()) {
                        Platform.exit();
                    }
                });
            }, "fill");
            fill.setDaemon(true);
            fill.start();
        }
    }
}
