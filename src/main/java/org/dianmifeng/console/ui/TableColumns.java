package org.dianmifeng.console.ui;

import javafx.beans.property.ObjectProperty;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Fills a table from what its ViewModel says a row shows: the column headers and the cells of a row
 * (the same two that an Excel export of the list uses), so that screen and export never disagree.
 */
public final class TableColumns {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
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

    /** A sortable column of a value, shown as text: dates as yyyy-MM-dd, times to the second. */
    public static <R> TableColumn<R, Object> column(String header, Function<R, Object> value) {
        TableColumn<R, Object> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item instanceof LocalDateTime t ? TIME.format(t) : item.toString());
            }
        });
        return column;
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

    /** Shows a sorted list and sorts it by the columns the user clicks. */
    public static <R> void bind(TableView<R> table, SortedList<R> rows) {
        table.setItems(rows);
        rows.comparatorProperty().bind(table.comparatorProperty());
    }
}
