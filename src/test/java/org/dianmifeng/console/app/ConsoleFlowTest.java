package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.AppFlow.snapshot;
import static org.dianmifeng.console.app.AppFlow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.dianmifeng.console.core.ResidentId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole console, headless, as office staff and the administrator use it: sign in, add a person,
 * find them by the filter, edit them, and find the change in the audit log.
 */
class ConsoleFlowTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private AppFlow flow;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        flow = AppFlow.start(dir, 300);
        stage = flow.stage();
    }

    @AfterEach
    void stop() throws Exception {
        flow.stop();
    }

    @Test
    void signInAddFindEditAndSeeTheAuditEntry() throws Exception {
        waitFor(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        Label hint = robot.lookup("#demoLabel").queryAs(Label.class);
        assertTrue(hint.getText().contains(SampleData.DEMO_PASSWORD), "a demo database shows its accounts");

        robot.clickOn("#usernameField").write("admin");
        robot.clickOn("#passwordField").write(SampleData.DEMO_PASSWORD);
        robot.clickOn("#loginButton");
        waitFor(() -> robot.lookup("#dashboardTiles").tryQuery()
                .map(p -> !((javafx.scene.layout.Pane) p).getChildren().isEmpty()).orElse(false));
        assertTrue(robot.lookup("#dashboardHonours").tryQuery().isPresent(), "the console opens on the dashboard");
        snapshot(stage, "screenshot-dashboard.png");
        robot.clickOn("#nav-people");
        waitFor(() -> robot.lookup("#peopleTable").tryQuery().isPresent()
                && !robot.lookup("#peopleTable").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        assertEquals(300, table.getItems().size());
        snapshot(stage, "screenshot-people.png");

        robot.clickOn("#addPersonButton");
        waitFor(() -> robot.lookup("#idNumberField").tryQuery().isPresent());
        String id = ResidentId.withCheckDigit("32028119880808123");
        robot.clickOn("#nameField").write("测试流程人");
        robot.clickOn("#idNumberField").write(id);
        robot.clickOn("#mobileField").write("13900001111");
        robot.interact(() -> {
            ComboBox<?> units = robot.lookup("#unitBox").match(n -> n.getScene() != stage.getScene()).queryAs(ComboBox.class);
            units.getSelectionModel().select(1);
            ComboBox<?> status = robot.lookup("#politicalStatusBox").queryAs(ComboBox.class);
            status.getSelectionModel().select(0);
        });
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#idNumberField").tryQuery().isEmpty());

        robot.clickOn("#personFilter").write("测试流程");
        waitFor(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editPersonButton");
        waitFor(() -> robot.lookup("#mobileField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#mobileField").queryAs(javafx.scene.control.TextField.class).setText(""));
        robot.clickOn("#mobileField").write("13900002222");
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#mobileField").tryQuery().isEmpty());

        robot.clickOn("#nav-audit");
        waitFor(() -> robot.lookup("#auditTable").tryQuery().isPresent()
                && !robot.lookup("#auditTable").queryAs(TableView.class).getItems().isEmpty());
        TableView<?> audit = robot.lookup("#auditTable").queryAs(TableView.class);
        robot.interact(() -> audit.getSelectionModel().select(0));
        TextArea before = robot.lookup("#auditBeforeArea").queryAs(TextArea.class);
        TextArea after = robot.lookup("#auditAfterArea").queryAs(TextArea.class);
        assertTrue(before.getText().contains("139****1111"), before.getText());
        assertTrue(after.getText().contains("139****2222"), after.getText());
        assertTrue(!after.getText().contains(id), "the audit log holds no ID number in clear");

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<java.util.Locale> language = robot.lookup("#languageBox").queryAs(ComboBox.class);
            language.setValue(java.util.Locale.ENGLISH);
        });
        waitFor(() -> robot.lookup("#nav-people").tryQuery()
                .map(n -> "People".equals(((javafx.scene.control.ListCell<?>) n).getText())).orElse(false));
        assertEquals("Bee Console", stage.getTitle());
        if (System.getProperty("screenshots") != null) {
            robot.clickOn("#nav-teams");
            waitFor(() -> robot.lookup("#teamTable").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#teamTable").queryAs(TableView.class).getSelectionModel().select(0));
            WaitForAsyncUtils.waitForFxEvents();
            snapshot(stage, "screenshot-teams.png");
            robot.clickOn("#nav-units");
            WaitForAsyncUtils.waitForFxEvents();
            snapshot(stage, "screenshot-units.png");
            robot.clickOn("#nav-cases");
            waitFor(() -> robot.lookup("#caseTable").tryQuery()
                    .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
            robot.interact(() -> robot.lookup("#caseTable").queryAs(TableView.class).getSelectionModel().select(5));
            WaitForAsyncUtils.waitForFxEvents();
            snapshot(stage, "screenshot-cases.png");
            robot.clickOn("#nav-honours");
            waitFor(() -> robot.lookup("#honourTable").tryQuery()
                    .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
            snapshot(stage, "screenshot-honours.png");
            robot.clickOn("#nav-reports");
            WaitForAsyncUtils.waitForFxEvents();
            snapshot(stage, "screenshot-reports.png");
        }
    }
}
