package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lists never cut a code or a number: columns as wide as their texts, sideways scrolling, long text in a tooltip. */
@ExtendWith(ApplicationExtension.class)
class TableColumnsTest {
    private static final String LONG = "因家庭经济困难且父母长期在外务工，孩子由祖父母照料，居住条件较差，需要改造学习空间。";
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void columnsAreAsWideAsTheirWidestTextAndTheTableScrollsRatherThanSqueezing(FxRobot robot) {
        TableView<List<Object>> table = new TableView<>();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            TableColumns.fill(table, List.of("代码", "身份证号", "说明", "手机号"), row -> row);
            stage.setScene(new Scene(table, 420, 300));
            stage.show();
            table.setItems(FXCollections.observableArrayList(
                    List.of("DR-2026-0001", "320281199001011234", LONG, "13912345678"),
                    List.of("DR-2026-0002", "32028119900101123X", "短", "13912345679")));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<List<Object>, ?> id = table.getColumns().get(1);
        Text text = new Text("320281199001011234");
        TableCell<?, ?> cell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "320281199001011234".equals(c.getText())).findFirst().orElseThrow();
        text.setFont(cell.getFont());
        assertTrue(id.getWidth() >= text.getLayoutBounds().getWidth(), id.getWidth() + " cuts the ID number");
        assertTrue(table.getColumns().get(0).getWidth() >= new Text("DR-2026-0001").getLayoutBounds().getWidth());
        assertEquals(TableView.UNCONSTRAINED_RESIZE_POLICY, table.getColumnResizePolicy(),
                "columns wider than the table keep their widths: the table scrolls sideways");

        TableCell<?, ?> longCell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> LONG.equals(c.getText())).findFirst().orElseThrow();
        assertNotNull(longCell.getTooltip(), "a long text shows whole in a tooltip");
        assertEquals(LONG, longCell.getTooltip().getText());
        assertTrue(table.getColumns().get(2).getWidth() < new Text(LONG).getLayoutBounds().getWidth(),
                "free text is held to a readable width");
        TableCell<?, ?> shortCell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> "短".equals(c.getText())).findFirst().orElseThrow();
        assertNull(shortCell.getTooltip());
    }

    @Test
    void aCellStyledAfterItWasFilledWidensItsColumnToTheFontItIsDrawnWith(FxRobot robot) {
        String name = "“电暖流”新时代文明实践基地";
        TableView<List<Object>> table = new TableView<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            TableColumns.fill(table, List.of("名称", "状态"), row -> row);
            stage.setScene(new Scene(table, 900, 300));
            stage.show();
            table.setItems(FXCollections.observableArrayList(List.of(List.of(name, "开放"))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        // the cells' font grows after they were filled and measured (the theme's style reaching them later)
        robot.interact(() -> table.setStyle("-fx-font-size: 24px;"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<?, ?> cell = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> name.equals(c.getText())).findFirst().orElseThrow();
        assertEquals(24, cell.getFont().getSize(), 0.1);
        Text text = new Text(name);
        text.setFont(cell.getFont());
        assertTrue(table.getColumns().get(0).getWidth() >= text.getLayoutBounds().getWidth(),
                table.getColumns().get(0).getWidth() + " px cuts " + name + " of "
                        + text.getLayoutBounds().getWidth() + " px");
        assertEquals(name, ((Text) cell.lookup(".text")).getText(), "shown whole, never with …");
    }

    @Test
    void aLongCodeOrFileNameIsNotFreeText() {
        assertTrue(TableColumns.isFreeText(LONG));
        assertTrue(TableColumns.isFreeText("The parents are under another restriction of liberty"));
        assertTrue(!TableColumns.isFreeText("bee-console-20261206-041128-daily.backup.zip"),
                "a file name shows whole");
        assertTrue(!TableColumns.isFreeText("短"));
    }

    @Test
    void columnsThatFitKeepTheirWidthsAndTheLastTakesTheRest() {
        TableView<List<Object>> table = new TableView<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            TableColumns.fill(table, List.of("时间", "操作", "摘要"), row -> row);
            stage.setScene(new Scene(table, 900, 300));
            stage.show();
            table.setItems(FXCollections.observableArrayList(
                    List.of("2026-12-06 06:47:28", "登录", "admin"),
                    List.of("2026-12-06 06:27:31", "修改", "性别：男 → 女")));
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        TableColumn<List<Object>, ?> time = table.getColumns().get(0);
        TableColumn<List<Object>, ?> summary = table.getColumns().get(2);
        assertEquals(time.getMinWidth(), time.getWidth(), 1, "the time column as wide as its time, no wider");
        // the table as wide as the window is now (a stage an earlier test made wider may keep its width)
        double width = table.getWidth();
        double total = table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertTrue(width >= 900 && total >= width - 40 && total <= width,
                "the columns fill the table: " + total + " of " + width);
        assertTrue(summary.getWidth() > width / 2.0, "the rest goes to the last column: " + summary.getWidth());
    }
}
