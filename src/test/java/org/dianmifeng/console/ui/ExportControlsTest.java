package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** On a narrow toolbar the filters give up width, so export and a running export's progress and cancel stay in sight. */
@ExtendWith(ApplicationExtension.class)
class ExportControlsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static boolean shown(Node node, ToolBar bar) {
        if (node.getScene() == null || !node.isVisible()) {
            return false;
        }
        Bounds b = node.localToScene(node.getBoundsInLocal());
        Bounds toolbar = bar.localToScene(bar.getBoundsInLocal());
        return b.getMaxX() <= toolbar.getMaxX() + 0.5;
    }

    /** As a list's export wires them: the progress and the cancel shown only while an export runs. */
    private static void hiddenWhileIdle(ProgressBar progress, Button cancel) {
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(progress.visibleProperty());
    }

    private void show(ToolBar bar, double width) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setScene(new Scene(new VBox(bar), width, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportProgressAndCancelStayOnANarrowToolbar() {
        TextField filter = new TextField();
        filter.setPrefWidth(260);
        filter.setPromptText("按姓名、身份证号、手机号或工号筛选");
        ComboBox<String> unit = new ComboBox<>();
        unit.setPrefWidth(220);
        unit.getItems().setAll("全部单位", "宜兴市供电公司");
        unit.setValue("全部单位");
        ComboBox<String> status = new ComboBox<>();
        status.setPrefWidth(160);
        Button add = new Button("新增");
        Button edit = new Button("编辑");
        Button export = new Button("导出 Excel");
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        Button cancel = new Button("取消导出");
        hiddenWhileIdle(progress, cancel);
        ToolBar bar = new ToolBar(filter, unit, status, add, edit, export, progress, cancel);
        ExportControls.keepInSight(export, progress, cancel);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            stage.setScene(new Scene(new VBox(bar), 820, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(export, bar), "export in sight");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> progress.setVisible(true));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(export, bar), "export in sight while it runs");
        assertTrue(shown(progress, bar), "the progress of a running export is seen");
        assertTrue(shown(cancel, bar), "and its cancel button");
        assertTrue(filter.getWidth() < 260, "the filter gave up width first");
        javafx.scene.control.Labeled shownUnit = (javafx.scene.control.Labeled) unit.lookup(".list-cell");
        javafx.scene.text.Text unitText = new javafx.scene.text.Text("全部单位");
        unitText.setFont(shownUnit.getFont());
        assertTrue(unit.getWidth() >= unitText.getLayoutBounds().getWidth() + 40,
                "a choice box keeps room for what it shows: " + unit.getWidth() + " " + shownUnit.getText());
        assertEquals("按姓名、身份证号、手机号或工号筛选", filter.getTooltip().getText(), "its whole prompt on hover");
        assertNotNull(filter.getScene());
        for (Button b : new Button[] {add, edit, export, cancel}) {
            assertTrue(b.getWidth() >= b.prefWidth(-1) - 0.5, b.getText() + " is never cut to …");
        }
    }

    @Test
    void aToolbarOfCommandsAloneShowsTheirIconsAloneBeforeExportWouldHide() {
        Button[] commands = new Button[6];
        for (int i = 0; i < commands.length; i++) {
            commands[i] = new Button("Command number " + i, new javafx.scene.shape.Rectangle(12, 12));
        }
        commands[5].setText("_Command number 5"); // its Alt key marked, as appraisal.confirm=_Confirm
        commands[0].setTooltip(new javafx.scene.control.Tooltip("its own tip"));
        Button export = new Button("Export to Excel", new javafx.scene.shape.Rectangle(12, 12));
        ProgressBar progress = new ProgressBar();
        Button cancel = new Button("Cancel export");
        hiddenWhileIdle(progress, cancel);
        ToolBar bar = new ToolBar(commands);
        bar.getItems().addAll(new javafx.scene.control.Separator(), export, progress, cancel);
        ExportControls.keepInSight(export, progress, cancel);
        show(bar, 700);
        assertTrue(shown(export, bar), "export in sight");
        assertEquals(javafx.scene.control.ContentDisplay.LEFT, export.getContentDisplay(), "export keeps its text");
        assertEquals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY, commands[5].getContentDisplay(),
                "the last command before it shows its icon alone");
        assertEquals("Command number 5", commands[5].getTooltip().getText(), "its text on hover, as it shows");
        for (Button b : commands) {
            assertTrue(shown(b, bar), b.getText() + " still in sight");
        }
        assertEquals(javafx.scene.control.ContentDisplay.LEFT, commands[0].getContentDisplay(),
                "only as many as needed, from the last");

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> stage.setWidth(1600));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        for (Button b : commands) {
            assertEquals(javafx.scene.control.ContentDisplay.LEFT, b.getContentDisplay(), "wide again: " + b.getText());
        }
        assertEquals(null, commands[5].getTooltip(), "the tooltip it was given goes with it");
        assertEquals("its own tip", commands[0].getTooltip().getText());
    }

    /**
     * A command shown by its icon alone frees more than was missing: the filter takes back what is left over. The case
     * officer's filter at 1280 px was 90 px wide beside 200 px of empty tool bar, its long 个案汇总（含身份） an icon.
     */
    @Test
    void theFilterTakesBackWhatACommandShownByItsIconFreedBeyondTheNeed() {
        TextField filter = new TextField();
        filter.setPrefWidth(300);
        Button add = new Button("新增", new javafx.scene.shape.Rectangle(12, 12));
        Button export = new Button("导出 Excel", new javafx.scene.shape.Rectangle(12, 12));
        Button summary = new Button("个案汇总（含身份）和其他很长的文字说明", new javafx.scene.shape.Rectangle(12, 12));
        ProgressBar progress = new ProgressBar();
        Button cancel = new Button("取消导出");
        hiddenWhileIdle(progress, cancel);
        ToolBar bar = new ToolBar(filter, add, export, progress, cancel, summary);
        ExportControls.keepInSight(export, progress, cancel);
        show(bar, 520);
        assertEquals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY, summary.getContentDisplay(), "the long command an icon");
        double used = bar.getItems().stream().filter(Node::isManaged).mapToDouble(n -> n.getLayoutBounds().getWidth()).sum();
        assertTrue(filter.getWidth() > 120, "the filter took back what the icon freed: " + filter.getWidth());
        assertTrue(bar.getWidth() - used < 130, "no wide empty room left in the bar: " + (bar.getWidth() - used));
        assertTrue(shown(summary, bar) && shown(export, bar), "all in sight");
    }

    @Test
    void theToolbarFitsAgainWhenAnItemGrowsAfterTheFit() {
        // 民主评议 at 1280 px: its commands were measured before they were styled, and grew after the fit (print,
        // and the progress and cancel after it, in the overflow menu); a selection count after them grows too
        Button[] commands = new Button[4];
        for (int i = 0; i < commands.length; i++) {
            commands[i] = new Button("Command " + i, new javafx.scene.shape.Rectangle(12, 12));
        }
        Button export = new Button("Export", new javafx.scene.shape.Rectangle(12, 12));
        Button print = new Button("Print the result table", new javafx.scene.shape.Rectangle(12, 12));
        ProgressBar progress = new ProgressBar();
        Button cancel = new Button("Cancel export");
        hiddenWhileIdle(progress, cancel);
        javafx.scene.control.Label selection = new javafx.scene.control.Label();
        ToolBar bar = new ToolBar(commands);
        bar.getItems().addAll(export, print, progress, cancel, selection);
        ExportControls.keepInSight(export, progress, cancel);
        show(bar, 760);
        assertTrue(shown(print, bar), "print in sight");
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            selection.setText("12 selected, 3 of them confirmed");
            for (Button b : commands) {
                b.setStyle("-fx-font-size: 17px;"); // styled after the fit: wider
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(export, bar), "export still in sight");
        assertTrue(shown(print, bar), "print still in sight");
        assertTrue(shown(selection, bar), "the selection count in sight");
        assertEquals(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY, commands[3].getContentDisplay(),
                "the commands before export made room");
    }
}
