package org.refunddesk.ui.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import org.refunddesk.domain.Deadline;
import org.refunddesk.domain.Money;
import org.refunddesk.domain.RefundCase;
import org.refunddesk.domain.Verdict;
import org.refunddesk.rules.Masking;
import org.refunddesk.rules.i18n.Messages;

/**
 * The case list's columns. Values stay typed (amounts as BigDecimal, times as Instant) so sorting is
 * numeric and chronological; only the cells turn them into text (times in Asia/Shanghai).
 */
final class CaseTableColumns {
    private final Messages messages;
    private final Clock clock;
    private final NextDeadlineText nextDeadlineText;
    private final javafx.beans.value.ObservableBooleanValue hidePersonal;
    private final java.util.function.Consumer<CaseRow> damageHelp;

    /** @param hidePersonal while true, numbers in titles (phones, orders, transactions) show masked */
    CaseTableColumns(Messages messages, Clock clock, javafx.beans.value.ObservableBooleanValue hidePersonal) {
        this(messages, clock, hidePersonal, row -> { });
    }

    /** @param damageHelp what the "what to do" link of a damaged case's status shows */
    CaseTableColumns(Messages messages, Clock clock, javafx.beans.value.ObservableBooleanValue hidePersonal,
                     java.util.function.Consumer<CaseRow> damageHelp) {
        this.messages = messages;
        this.clock = clock;
        this.hidePersonal = hidePersonal;
        this.damageHelp = damageHelp;
        this.nextDeadlineText = new NextDeadlineText(messages);
    }

    List<TableColumn<CaseRow, ?>> all() {
        return List.of(
                wrapping(personal(text("title", 230, c -> c.title())), 150),
                // every column wraps rather than cut: at 1024 pixels a date and its time take two lines
                wrapping(text("platform", 130, c -> c.platform() == null ? null : c.platform().name()), 80),
                wrapping(this.<org.refunddesk.domain.ProductType>label("product", 110,
                        c -> c.purchase() == null ? null : c.purchase().product()), 70),
                amount(),
                wrapping(status(), 80),
                wrapping(text("assignee", 90, RefundCase::assignee), 60),
                wrapping(time("created", c -> c.createdAt()), 80),
                wrapping(nextDeadline(), 220),
                wrapping(verdict(), 110));
    }

    /**
     * A primary column shows its whole text on a narrow screen: it keeps a minimum width and its cells wrap
     * onto a second line (the row grows) instead of cutting the text with "…".
     */
    private static <T> TableColumn<CaseRow, T> wrapping(TableColumn<CaseRow, T> column, double minWidth) {
        column.setMinWidth(Math.max(column.getMinWidth(), minWidth));
        // the table keeps each row's measured height: a wider or narrower column must measure the rows again
        column.widthProperty().addListener((o, was, now) -> remeasure(column.getTableView()));
        var cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<CaseRow, T> cell = cells.call(c);
            cell.setWrapText(true);
            return cell;
        });
        return column;
    }

    private TableColumn<CaseRow, String> personal(TableColumn<CaseRow, String> column) {
        var shown = column.getCellValueFactory();
        column.setCellValueFactory(cell -> javafx.beans.binding.Bindings.createStringBinding(() -> {
            String value = shown.call(cell).getValue();
            return hidePersonal.get() ? Masking.text(value) : value;
        }, hidePersonal));
        return column;
    }

    private TableColumn<CaseRow, String> text(String id, double width, Function<RefundCase, String> value) {
        TableColumn<CaseRow, String> column = column(id, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().refundCase())));
        column.setCellFactory(c -> cell(Function.identity(), null));
        return column;
    }

    private <E extends Enum<E>> TableColumn<CaseRow, E> label(String id, double width, Function<RefundCase, E> value) {
        TableColumn<CaseRow, E> column = column(id, width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().refundCase())));
        column.setCellFactory(c -> cell(messages::of, null));
        return column;
    }

    static final String DAMAGED = "case-damaged";

    /**
     * The status; a damaged case (its row does not read) says 已损坏 with a link to what to do instead of the status
     * its summary held before the damage. Damaged cases sort after every status.
     */
    private TableColumn<CaseRow, org.refunddesk.domain.CaseStatus> status() {
        TableColumn<CaseRow, org.refunddesk.domain.CaseStatus> column = column("status", 90);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue().damaged() ? null : cell.getValue().refundCase().status()));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new Cell<>() {
            private final javafx.scene.control.Label state = new javafx.scene.control.Label(messages.get("damaged.list.state"));
            private final javafx.scene.control.Hyperlink help = new javafx.scene.control.Hyperlink(messages.get("damaged.list.help"));
            private final javafx.scene.layout.FlowPane damagedBox = new javafx.scene.layout.FlowPane(4, 0, state, help);

            {
                state.getStyleClass().add(DAMAGED);
                help.getStyleClass().add("damaged-help");
            }

            @Override
            protected void updateItem(org.refunddesk.domain.CaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                CaseRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                getStyleClass().remove(DAMAGED);
                if (row != null && row.damaged()) {
                    setText(messages.get("damaged.list.state"));
                    getStyleClass().add(DAMAGED);
                    help.setOnAction(e -> damageHelp.accept(row));
                    damagedBox.prefWrapLengthProperty().bind(widthProperty());
                    setGraphic(damagedBox);
                    setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                    return;
                }
                setText(empty || item == null ? null : messages.of(item));
                if (wrapped != null) {
                    setGraphic(wrapped);
                }
            }
        });
        return column;
    }

    private TableColumn<CaseRow, BigDecimal> amount() {
        TableColumn<CaseRow, BigDecimal> column = column("amount", 95);
        column.setMinWidth(95); // "¥3600.00" whole at 1024 pixels, never "¥3600…."
        column.setCellValueFactory(cell -> {
            RefundCase c = cell.getValue().refundCase();
            return new ReadOnlyObjectWrapper<>(c.purchase() == null ? null : c.purchase().amount());
        });
        column.setCellFactory(c -> cell(amount -> messages.get("cases.list.amountFormat", Money.format(amount)),
                "amount-cell"));
        return column;
    }

    private TableColumn<CaseRow, Instant> time(String id, Function<RefundCase, Instant> value) {
        TableColumn<CaseRow, Instant> column = column(id, 130);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue().refundCase())));
        column.setCellFactory(c -> cell(DateTimeText::format, null));
        return column;
    }

    /** Due time, rule and countdown written as the timeline writes them; sorted by the due instant. */
    private TableColumn<CaseRow, Deadline> nextDeadline() {
        TableColumn<CaseRow, Deadline> column = column("nextDeadline", 300);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().insight().nextDeadline()));
        column.setComparator(Comparator.nullsLast(Comparator.comparing(Deadline::dueAt)));
        column.setCellFactory(c -> new Cell<>() {
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(Deadline deadline, boolean empty) {
                super.updateItem(deadline, empty);
                getStyleClass().removeAll(OVERDUE, SOON);
                String text = empty || deadline == null ? null : nextDeadlineText.format(deadline, clock.instant());
                setText(text);
                whole.setText(text);
                setTooltip(text == null ? null : whole);
                if (text != null) {
                    urgency(deadline, clock.instant()).ifPresent(getStyleClass()::add);
                }
            }
        });
        return column;
    }

    static final String OVERDUE = "deadline-overdue";
    static final String SOON = "deadline-soon";

    /** Overdue red, due within 24 hours amber (3 hours left must not look like 1093 days left). */
    static java.util.Optional<String> urgency(Deadline deadline, Instant now) {
        if (deadline.dueAt() == null) {
            return java.util.Optional.empty();
        }
        if (!deadline.dueAt().isAfter(now)) {
            return java.util.Optional.of(OVERDUE);
        }
        return deadline.dueAt().isBefore(now.plus(java.time.Duration.ofHours(24)))
                ? java.util.Optional.of(SOON) : java.util.Optional.empty();
    }

    private TableColumn<CaseRow, Verdict> verdict() {
        TableColumn<CaseRow, Verdict> column = column("verdict", 110);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().insight().verdict()));
        // a saved assessment made under an older rule book says so until the case is re-assessed (issue 11)
        column.setCellFactory(c -> {
            return new Cell<>() {
                @Override
                protected void updateItem(Verdict item, boolean empty) {
                    super.updateItem(item, empty);
                    CaseRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                    String stale = row == null ? null : row.insight().staleRuleBook();
                    String text = empty || item == null ? null : messages.of(item);
                    if (text != null && stale != null) {
                        text = messages.get("cases.verdict.staleRuleBook", text, stale);
                    }
                    setText(text);
                    setTooltip(text == null ? null : new Tooltip(text));
                }
            };
        });
        return column;
    }

    private <T> TableColumn<CaseRow, T> column(String id, double width) {
        TableColumn<CaseRow, T> column = new TableColumn<>(messages.get("cases.column." + id));
        column.setId("column-" + id);
        column.setPrefWidth(width);
        // a narrow window squeezes the columns, never below their heading ("Assig…")
        javafx.scene.text.Text heading = new javafx.scene.text.Text(column.getText());
        javafx.scene.text.Font font = javafx.scene.text.Font.getDefault();
        heading.setFont(javafx.scene.text.Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, font.getSize()));
        column.setMinWidth(Math.ceil(heading.getLayoutBounds().getWidth()) + 24);
        return column;
    }

    private static <T> TableCell<CaseRow, T> cell(Function<T, String> format, String styleClass) {
        TableCell<CaseRow, T> cell = new Cell<>() {
            // narrow columns cut long titles and deadlines with "…": the whole text is a hover away
            private final Tooltip whole = new Tooltip();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty || item == null ? null : format.apply(item);
                setText(text);
                whole.setText(text);
                setTooltip(text == null || text.isEmpty() ? null : whole);
            }
        };
        if (styleClass != null) {
            cell.getStyleClass().add(styleClass);
        }
        return cell;
    }

    private static final String REMEASURE = "refunddesk.remeasure";

    /** Once per pulse, however many columns changed width together. */
    private static void remeasure(javafx.scene.control.TableView<?> table) {
        if (table == null || table.getProperties().containsKey(REMEASURE)) {
            return;
        }
        table.getProperties().put(REMEASURE, Boolean.TRUE);
        javafx.application.Platform.runLater(() -> {
            table.getProperties().remove(REMEASURE);
            table.refresh();
        });
    }

    /**
     * A cell whose text, once wrapping is on, is drawn by a {@link javafx.scene.text.Text} wrapped to the
     * column's width: the row grows to its lines. (A wrapping Labeled in a table is measured on one line and
     * so cut its second line with "…".) The cell's text stays set, for tooltips, tests and screen readers.
     */
    private static class Cell<T> extends TableCell<CaseRow, T> {
        /** The text node that draws the cell's text once wrapping is on (null before). */
        protected javafx.scene.text.Text wrapped;

        Cell() {
            wrapTextProperty().addListener((o, was, wrap) -> {
                if (wrap) {
                    javafx.scene.text.Text shown = new javafx.scene.text.Text();
                    wrapped = shown;
                    shown.getStyleClass().add("wrapped-cell-text");
                    shown.textProperty().bind(textProperty());
                    shown.fillProperty().bind(textFillProperty());
                    shown.fontProperty().bind(fontProperty());
                    wrapTo(shown);
                    tableColumnProperty().addListener((c, before, column) -> wrapTo(shown));
                    setGraphic(shown);
                    setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
                }
            });
        }

        /** Wrapped to the column's width, known before the row measures its height (the cell's width is not). */
        private void wrapTo(javafx.scene.text.Text shown) {
            TableColumn<CaseRow, T> column = getTableColumn();
            javafx.beans.value.ObservableValue<Number> width = column == null ? widthProperty() : column.widthProperty();
            shown.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(0, width.getValue().doubleValue() - snappedLeftInset() - snappedRightInset() - 1),
                    width, paddingProperty()));
        }
    }
}
