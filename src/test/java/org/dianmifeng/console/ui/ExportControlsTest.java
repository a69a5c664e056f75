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
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(progress.visibleProperty());
        ToolBar bar = new ToolBar(filter, unit, status, add, edit, export, progress, cancel);
        ExportControls.keepInSight(export, progress);
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
}
