package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The settings screen loads from its FXML, disables the lowest grade's threshold and shows errors beside fields. */
@ExtendWith(ApplicationExtension.class)
class AppraisalSettingsViewTest {
    TestServices t;

    @Start
    void start(Stage stage) throws Exception {
        t = TestServices.inTemporaryFolder("bee-settings");
        Messages messages = Messages.of(Messages.CHINESE);
        AppraisalSettingsViewModel vm = new AppraisalSettingsViewModel(
                new UiContext(ADMIN, messages, TaskRunner.direct()), t.services().partySettings());
        stage.setScene(new Scene(new AppraisalSettingsView(vm, messages).build(), 900, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void aBadThresholdIsShownBesideItsFieldAndUntickingAGradeMovesTheDisabledThreshold(FxRobot robot) {
        TextField lowest = robot.lookup("#thresholdUNQUALIFIEDField").queryAs(TextField.class);
        TextField basic = robot.lookup("#thresholdBASICALLY_QUALIFIEDField").queryAs(TextField.class);
        assertTrue(lowest.isDisabled());
        assertFalse(basic.isDisabled());
        assertEquals("40", robot.lookup("#communityWeightLabel").queryAs(Label.class).getText().replaceAll("\\D", ""));

        TextField qualified = robot.lookup("#thresholdQUALIFIEDField").queryAs(TextField.class);
        robot.interact(() -> qualified.setText("99"));
        robot.clickOn("#saveSettingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("分数线应低于上一等次的分数线。").tryQuery().isPresent(), "the error beside the field");

        robot.clickOn("#gradeUNQUALIFIEDBox");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#gradeUNQUALIFIEDBox").queryAs(CheckBox.class).isSelected());
        assertTrue(basic.isDisabled(), "基本合格 is now the lowest grade in use");
        assertEquals(Grade.values().length, robot.lookup(".check-box").queryAll().size() - 3, "a box per grade and three rules");
    }
}
