package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A greyed-out command of a tool bar, shown by its icon alone, still says what it is on hover. */
@ExtendWith(ApplicationExtension.class)
class ToolBarDisabledTipsTest {
    private Button confirm;
    private Button export;
    private VBox below;
    private ToolBar bar;
    private final javafx.beans.property.StringProperty why = new javafx.beans.property.SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        confirm = new Button("确认", new FontIcon("fth-check"));
        export = new Button("导出");
        below = new VBox();
        confirm.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        Tooltip tip = new Tooltip("确认");
        tip.setShowDelay(Duration.millis(100));
        confirm.setTooltip(tip);
        confirm.setDisable(true);
        below.setPrefSize(300, 200);
        bar = new ToolBar(export, confirm);
        ViewSupport.whyDisabled(confirm, why);
        ViewSupport.tipsWhenDisabled(bar);
        stage.setScene(new Scene(new VBox(bar, below), 300, 260));
        stage.show();
    }

    private Tooltip tip() {
        return ViewSupport.disabledTipOf(bar);
    }

    @Test
    void aDisabledCommandShowsItsTooltipOnHoverAndHidesItWhenTheMouseLeaves(FxRobot robot) throws Exception {
        robot.moveTo(export);
        robot.moveTo(confirm);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tip().isShowing());
        assertEquals("确认", tip().getText(), "what it does, where no reason is given");

        robot.moveTo(below);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !tip().isShowing());
    }

    @Test
    void anEnabledNeighbourShowsNoTooltipOfTheDisabledCommand(FxRobot robot) throws Exception {
        robot.moveTo(export);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        assertFalse(tip().isShowing(), "the mouse is over 导出, not over 确认");
        robot.moveTo(confirm);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tip().isShowing());
        robot.press(javafx.scene.input.MouseButton.PRIMARY).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(confirm.isDisabled(), "still greyed out");
        assertFalse(tip().isShowing(), "a press hides it");
    }

    @Test
    void aReasonGivenShowsUnderWhatTheCommandDoesWhileItIsDisabled(FxRobot robot) throws Exception {
        robot.interact(() -> why.set("已退回的评议不能确认。"));
        assertEquals("确认\n已退回的评议不能确认。", ViewSupport.disabledTip(confirm));
        robot.moveTo(export);
        robot.moveTo(confirm);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tip().isShowing());
        assertEquals("确认\n已退回的评议不能确认。", tip().getText());
        assertEquals("确认", confirm.getTooltip().getText(), "its own tooltip is left as it was");
        robot.moveTo(below);
        robot.interact(() -> confirm.setDisable(false));
        assertNull(ViewSupport.disabledTip(confirm), "enabled, it has nothing to explain");
    }
}
