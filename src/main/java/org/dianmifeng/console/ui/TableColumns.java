package org.dianmifeng.console.ui;

import javafx.beans.property.ObjectProperty;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.dianmifeng.console.core.Messages;

/**
 * Fills a table from what its ViewModel says a row shows: the column headers and the cells of a row
 * (the same two that an Excel export of the list uses), so that screen and export never disagree.
 * <p>
 * Columns made here size to their content: each is at least as wide as its header and the widest text among the
 * first {@value #MEASURED_ROWS} rows shown (measured again when the rows change), so a code, an ID number, a
 * mobile, a date or a file name is never cut; the table scrolls sideways instead. Only long free text
 * ({@link #isFreeText}) is held to a readable width, and shows whole in the cell's tooltip.
 */
public final class TableColumns {
    /** Rows looked at to size the columns. */
    public static final int MEASURED_ROWS = 300;
    /** Characters above which a text is free text: its column is held to about this width, the text in a tooltip. */
    public static final int LONG_TEXT = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String TEXT_OF = "tableColumns.textOf";
    private static final String SIZED = "tableColumns.sized";
    private static final String WIDENING = "tableColumns.widening";
    /** Room around a cell's text (padding, border) and beside a header's text (padding, sort arrow). */
    private static final double CELL_ROOM = 24;
    private static final double HEADER_ROOM = 34;
    /** Room for the vertical scroll bar beside the columns. */
    private static final double SCROLL_BAR_ROOM = 18;

    private TableColumns() {
    }

    /** One column per header; cell {@code i} of {@code cells.apply(row)} in column {@code i}, sortable. */
    public static <R> void fill(TableView<R> table, List<String> headers, Function<R, List<Object>> cells) {
        table.getColumns().clear();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            table.getColumns().add(column(headers.get(i), row -> cells.apply(row).get(index)));
        }
    }

    /**
     * A sortable column of a value, shown as text: dates as yyyy-MM-dd, times to the second. Sized to its content
     * once it is in a table; long text shows whole in a tooltip.
     */
    public static <R> TableColumn<R, Object> column(String header, Function<R, Object> value) {
        TableColumn<R, Object> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            {
                // a cell is often filled before its style gives it the table's font: measured in the default font,
                // a name with full-width quotes ("电暖流"新时代文明实践基地) stayed cut at 1,280 and 1,600 px
                fontProperty().addListener((o, was, font) -> {
                    if (getText() != null && !isFreeText(getText())) {
                        widen(getTableColumn(), getText(), font);
                    }
                });
            }

            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                String text = empty ? null : text(item);
                setText(text);
                setTooltip(isFreeText(text) ? tooltip(text) : null);
                if (text != null && !isFreeText(text)) {
                    widen(getTableColumn(), text, getFont());
                }
            }
        });
        Function<R, String> textOf = row -> text(value.apply(row));
        column.getProperties().put(TEXT_OF, textOf);
        column.tableViewProperty().addListener((o, a, table) -> {
            if (table != null) {
                sizeToContent(table);
            }
        });
        return column;
    }

    /**
     * Makes a column wide enough for a text one of its cells shows, should the measure of the first rows have
     * missed it (a later row, rows that came before the table was shown): a code or a number is never cut.
     */
    private static void widen(TableColumn<?, ?> column, String text, Font font) {
        if (column == null || font == null) {
            return;
        }
        Text probe = new Text(text);
        probe.setFont(font);
        double needed = Math.ceil(probe.getLayoutBounds().getWidth() + CELL_ROOM);
        if (needed > column.getMinWidth() && needed > (double) column.getProperties().getOrDefault(WIDENING, 0.0)) {
            column.getProperties().put(WIDENING, needed);
            Platform.runLater(() -> {
                column.getProperties().remove(WIDENING);
                if (needed > column.getMinWidth()) {
                    column.setMinWidth(needed);
                    column.setPrefWidth(Math.max(needed, column.getPrefWidth()));
                    if (column.getTableView() != null) {
                        choosePolicy(column.getTableView());
                    }
                }
            });
        }
    }

    /**
     * Whether a text is free text that may be held to a readable width (its whole in a tooltip): longer than
     * {@value #LONG_TEXT} characters, with a space or a Chinese character in it. A long code, file name or
     * number (no space, Latin letters and digits only) is shown whole.
     */
    public static boolean isFreeText(String text) {
        return text != null && text.length() > LONG_TEXT
                && text.chars().anyMatch(c -> Character.isWhitespace(c) || c > 0x7f);
    }

    /** The text a cell shows for a value: dates as yyyy-MM-dd, times to the second, nothing for null. */
    public static String text(Object value) {
        return value == null ? null : value instanceof LocalDateTime t ? TIME.format(t) : value.toString();
    }

    /** A tooltip that shows a long text whole, wrapped. */
    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    /**
     * Keeps the table's columns made by {@link #column} as wide as their content, now and whenever its rows
     * change; the table scrolls sideways when they are wider than it together. Called for every such column's
     * table; works once per table.
     */
    public static <R> void sizeToContent(TableView<R> table) {
        if (table.getProperties().putIfAbsent(SIZED, Boolean.TRUE) != null) {
            return;
        }
        boolean[] pending = {false};
        Runnable resize = () -> {
            if (!pending[0]) {
                pending[0] = true;
                Platform.runLater(() -> {
                    pending[0] = false;
                    resize(table);
                });
            }
        };
        ListChangeListener<R> rowsChanged = ch -> resize.run();
        table.itemsProperty().addListener((o, a, b) -> {
            if (a != null) {
                a.removeListener(rowsChanged);
            }
            if (b != null) {
                b.addListener(rowsChanged);
            }
            resize.run();
        });
        if (table.getItems() != null) {
            table.getItems().addListener(rowsChanged);
        }
        table.getColumns().addListener((ListChangeListener<TableColumn<R, ?>>) ch -> resize.run());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<R, ?>>) ch -> resize.run());
        table.skinProperty().addListener((o, a, b) -> resize.run());
        // never during the layout that changed the width: rows laid out then keep a wrong height
        table.widthProperty().addListener((o, a, b) -> Platform.runLater(() -> choosePolicy(table)));
        resize.run();
    }

    /**
     * Columns keep their widths (as wide as their content); when they are narrower together than the table, the last
     * one takes the rest (often the free text: a summary, a reason, notes), and when they are wider, the table
     * scrolls sideways. JavaFX's constrained policies spread the rest over every column (a time column twice as wide
     * as its time beside a summary cut short) and squeeze columns that do not fit.
     */
    private static void choosePolicy(TableView<?> table) {
        if (table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        }
        List<? extends TableColumn<?, ?>> visible = table.getVisibleLeafColumns();
        if (visible.isEmpty() || table.getWidth() <= 0) {
            return;
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR_ROOM;
        TableColumn<?, ?> last = visible.get(visible.size() - 1);
        double others = visible.stream().filter(c -> c != last).mapToDouble(TableColumn::getPrefWidth).sum();
        double wanted = Math.floor(Math.max(last.getMinWidth(), room - others));
        if (Math.abs(last.getPrefWidth() - wanted) >= 1) {
            last.setPrefWidth(wanted);
        }
    }

    /** Sizes each of the table's columns made by {@link #column} to its header and the first rows' texts. */
    @SuppressWarnings("unchecked")
    public static <R> void resize(TableView<R> table) {
        Font font = cellFont(table);
        Text probe = new Text();
        probe.setFont(font);
        double longCap = width(probe, "中".repeat(LONG_TEXT / 2)) + CELL_ROOM;
        ObservableList<R> rows = table.getItems();
        int measured = rows == null ? 0 : Math.min(MEASURED_ROWS, rows.size());
        for (TableColumn<R, ?> column : table.getColumns()) {
            Object textOf = column.getProperties().get(TEXT_OF);
            if (!(textOf instanceof Function<?, ?>)) {
                continue;
            }
            Function<R, String> text = (Function<R, String>) textOf;
            double widest = width(probe, column.getText()) + HEADER_ROOM;
            for (int i = 0; i < measured; i++) {
                String s = text.apply(rows.get(i));
                if (s != null && !s.isEmpty()) {
                    double w = width(probe, s) + CELL_ROOM;
                    widest = Math.max(widest, isFreeText(s) ? Math.min(w, longCap) : w);
                }
            }
            widest = Math.ceil(widest);
            column.setMinWidth(widest);
            column.setPrefWidth(widest);
        }
        choosePolicy(table);
    }

    /** The width of {@code text} in the probe's font. */
    private static double width(Text probe, String text) {
        probe.setText(text == null ? "" : text);
        return probe.getLayoutBounds().getWidth();
    }

    /** The font the table's cells are drawn with: of a cell or a header shown, else the default. */
    private static Font cellFont(TableView<?> table) {
        for (String selector : List.of(".table-cell", ".column-header .label")) {
            for (Node n : table.lookupAll(selector)) {
                if (n instanceof Labeled l && l.getFont() != null) {
                    return l.getFont();
                }
            }
        }
        return Font.getDefault();
    }

    /** Sets the table's text when it has no rows, in the user's language, unless the view set its own. */
    public static void placeholder(TableView<?> table, Messages messages) {
        if (table.getPlaceholder() == null) {
            Label empty = new Label(messages.text("table.empty"));
            empty.getStyleClass().add("table-placeholder");
            table.setPlaceholder(empty);
        }
    }

    /** Keeps the table's selected row and the ViewModel's selection the same, both ways. */
    public static <R> void bindSelection(TableView<R> table, ObjectProperty<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> selected.set(b));
        selected.addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
                table.scrollTo(b);
            }
        });
    }

    /**
     * Lets several rows be chosen and keeps the table's selected rows and the ViewModel's {@code chosen} rows the same,
     * both ways: a list read again chooses again the rows it keeps (those it still shows).
     */
    public static <R> void bindChosen(TableView<R> table, ObservableList<R> chosen) {
        var selection = table.getSelectionModel();
        selection.setSelectionMode(SelectionMode.MULTIPLE);
        boolean[] copying = {false};
        selection.getSelectedItems().addListener((ListChangeListener<R>) c -> copy(copying,
                () -> chosen.setAll(new ArrayList<>(selection.getSelectedItems()))));
        chosen.addListener((ListChangeListener<R>) c -> copy(copying, () -> {
            selection.clearSelection();
            for (R row : chosen) {
                int i = table.getItems().indexOf(row);
                if (i >= 0) {
                    selection.select(i);
                }
            }
        }));
    }

    /** Runs one side's copy of a two-way binding unless the other side's copy is under way. */
    private static void copy(boolean[] copying, Runnable copy) {
        if (copying[0]) {
            return;
        }
        copying[0] = true;
        try {
            copy.run();
        } finally {
            copying[0] = false;
        }
    }

    /** Shows a sorted list and sorts it by the columns the user clicks. */
    public static <R> void bind(TableView<R> table, SortedList<R> rows) {
        table.setItems(rows);
        rows.comparatorProperty().bind(table.comparatorProperty());
    }
}
