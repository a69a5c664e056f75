package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.dianmifeng.console.aidcase.ui.CaseWorkView;
import org.dianmifeng.console.testing.ConsoleLook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A row coloured to stand out (a case's follow-up overdue or due this week) still shows when it is selected: the
 * console's colour outranked the theme's selection, so the chosen case looked like the others.
 */
@ExtendWith(ApplicationExtension.class)
class RowHighlightSelectionTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Paint shown(TableRow<?> row) {
        List<javafx.scene.layout.BackgroundFill> fills = row.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    @Test
    void aColouredRowLooksSelectedWhenSelected(FxRobot robot) {
        ConsoleLook.themed(robot, () -> {
            TableView<String> table = new TableView<>();
            robot.interact(() -> {
                TableColumns.fill(table, List.of("个案编号"), r -> List.of(r));
                table.setRowFactory(t -> new TableRow<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        getStyleClass().removeAll(CaseWorkView.OVERDUE, CaseWorkView.DUE_THIS_WEEK);
                        if ("DR-2022-005".equals(item)) {
                            getStyleClass().add(CaseWorkView.OVERDUE);
                        } else if ("DR-2022-006".equals(item)) {
                            getStyleClass().add(CaseWorkView.DUE_THIS_WEEK);
                        }
                    }
                });
                table.setItems(FXCollections.observableArrayList("DR-2022-004", "DR-2022-005", "DR-2022-006"));
                stage.setScene(ConsoleLook.scene(new StackPane(table), 400, 300));
                stage.show();
                table.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            List<TableRow> rows = robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                    .filter(r -> r.getItem() != null).sorted(java.util.Comparator.comparing(r -> (String) r.getItem()))
                    .toList();
            Paint overdue = shown(rows.get(1));
            Paint dueSoon = shown(rows.get(2));
            robot.interact(() -> table.getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents();
            Paint selected = shown(rows.get(0));
            for (int i : new int[] {1, 2}) {
                int row = i;
                robot.interact(() -> table.getSelectionModel().select(row));
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(selected, shown(rows.get(row)), rows.get(row).getItem() + " selected looks selected");
            }
            assertNotEquals(selected, overdue, "an overdue row not selected keeps its colour");
            assertNotEquals(selected, dueSoon, "a row due this week not selected keeps its colour");
            assertEquals(overdue, shown(rows.get(1)), "left, it takes its colour back");
        });
    }
}
