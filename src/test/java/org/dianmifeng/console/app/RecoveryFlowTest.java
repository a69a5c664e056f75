package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.testing.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The administrator forgot the password: the recovery key on the sign-in screen sets a new one. */
class RecoveryFlowTest {
    private static final String NEW_PASSWORD = "a-new-long-password";
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private AppFlow flow;

    @AfterEach
    void stop() throws Exception {
        if (flow != null) {
            flow.stop();
        }
    }

    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private void save(DialogPane pane) {
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookup("#saveButton")).fire());
    }

    @Test
    void aWrongKeyIsRefusedInTheFormAndTheRightOneSetsANewPasswordToSignInWith() throws Exception {
        flow = AppFlow.start(dir, 40);
        AppFlow.waitFor(() -> robot.lookup("#recoverLink").tryQuery().isPresent());
        // the form is a dialog that waits for its answer: opened without waiting for it here
        javafx.application.Platform.runLater(() -> robot.lookup("#recoverLink")
                .queryAs(javafx.scene.control.Hyperlink.class).fire());
        AppFlow.waitFor(() -> robot.lookup("#recoveryKeyInput").tryQuery().isPresent());
        DialogPane pane = (DialogPane) robot.lookup("#recoveryKeyInput").query().getScene().getRoot();

        // one Save says everything it can know before the database is open: the key's form, the name, the password
        type("#recoveryKeyInput", "0000");
        type("#recoveryPasswordField", "short");
        type("#recoveryRepeatField", "other");
        save(pane);
        AppFlow.waitFor(() -> !robot.lookup("#recoveryStatus").queryAs(Label.class).getText().isEmpty());
        String all = robot.lookup("#recoveryStatus").queryAs(Label.class).getText();
        for (String field : new String[] {"恢复密钥：", "管理员账号：", "密码：", "再次输入密码："}) {
            assertTrue(all.contains(field), field + " in " + all);
        }
        assertTrue(!robot.lookup("#recoveryKeyError").queryAs(Label.class).getText().isEmpty(), "beside the key");

        type("#recoveryKeyInput", "0000-0000-0000-0000-0000-0000-0000-0000");
        type("#recoveryUsernameField", "admin");
        type("#recoveryPasswordField", NEW_PASSWORD);
        type("#recoveryRepeatField", NEW_PASSWORD);
        save(pane);
        AppFlow.waitFor(() -> !robot.lookup("#recoveryStatus").queryAs(Label.class).getText().isEmpty());
        String refused = robot.lookup("#recoveryStatus").queryAs(Label.class).getText();
        assertTrue(refused.contains("密钥"), refused);

        type("#recoveryKeyInput", TestKeys.RECOVERY_KEY.toLowerCase());
        type("#recoveryPasswordField", NEW_PASSWORD);
        type("#recoveryRepeatField", NEW_PASSWORD);
        save(pane);
        AppFlow.waitFor(() -> robot.lookup("#entryNotice").tryQuery().isPresent());
        assertTrue(((atlantafx.base.controls.Message) robot.lookup("#entryNotice").query()).getDescription()
                .contains("admin"));
        type("#passwordField", NEW_PASSWORD);
        robot.interact(() -> robot.lookup("#loginButton").queryButton().fire());
        AppFlow.waitFor(() -> robot.lookup("#navList").tryQuery().isPresent());
        Node nav = robot.lookup("#navList").query();
        assertTrue(nav.isVisible());
    }
}
