package org.dianmifeng.console.account.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
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

/**
 * The backups screen, headless: back up now with the keyboard, the list and its filter, a settings problem beside its
 * field, and a restore confirmed in its dialog that hands the reopened database to the application.
 */
@ExtendWith(ApplicationExtension.class)
class BackupsViewTest {
    TestServices t;
    Stage stage;
    final List<Database> reopened = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-backups-view");
        t.person("张三", "32028119800101001", t.city());
        Messages zh = Messages.of(Messages.CHINESE);
        BackupsViewModel vm = new BackupsViewModel(new UiContext(ADMIN, zh, TaskRunner.direct()),
                t.services().backups(), (db, notice) -> {
                    reopened.add(db);
                    notices.add(notice);
                });
        stage.setScene(new Scene(new BackupsView(vm, zh).build(), 1090, 740));
        stage.show();
    }

    @AfterEach
    void close() {
        reopened.forEach(Database::close);
        t.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void backUpFilterAndRestoreAfterTheConfirmation(FxRobot robot) {
        TableView<BackupInfo> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertTrue(table.getItems().isEmpty());
        assertTrue(robot.lookup("#restoreBackupButton").queryButton().isDisabled(), "nothing selected");
        assertTrue(robot.lookup("#backupEffectiveFolder").queryAs(Label.class).getText()
                .contains(t.dir().resolve("backups").toString()));

        robot.clickOn("#backupTable");
        robot.press(KeyCode.ALT).press(KeyCode.B).release(KeyCode.B).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, table.getItems().size(), "Alt+B backs up now");
        assertTrue(robot.lookup("#backupStatusLabel").queryAs(Label.class).getText().startsWith("已备份并验证"));
        assertEquals("已验证", table.getColumns().get(3).getCellData(0));
        assertFalse(robot.lookup("#restoreBackupButton").queryButton().isDisabled(), "the new backup is selected");

        robot.clickOn("#backupTextFilter").write("before-import");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().isEmpty());
        robot.interact(() -> robot.lookup("#backupTextFilter").queryTextInputControl().clear());
        assertEquals(1, table.getItems().size());

        TextField daily = robot.lookup("#backupKeepDailyField").queryAs(TextField.class);
        robot.interact(() -> daily.setText("0"));
        robot.clickOn("#saveBackupSettingsButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label dailyError = robot.lookup("#backupKeepDailyError").queryAs(Label.class);
        assertTrue(dailyError.isVisible());
        assertEquals("应为 1 到 400 之间的整数", dailyError.getText());
        robot.interact(() -> daily.setText("7"));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#restoreBackupButton");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#restoreBackupDialog").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains("恢复前会先把当前数据备份一次"), pane.getContentText());
        assertTrue(pane.getContentText().contains("所有人都将退出登录"), pane.getContentText());
        assertEquals(List.of("恢复这份备份(_R)", "取消"), pane.getButtonTypes().stream().map(ButtonType::getText).toList());
        robot.clickOn((Node) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, reopened.size(), "the application got the reopened database");
        assertTrue(notices.get(0).startsWith("已从 "), notices.get(0));
        assertFalse(robot.lookup("#backupStatusLabel").queryAs(Label.class).getStyleClass().contains("danger"));
    }
}
