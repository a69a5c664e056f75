package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The first start on an empty folder: the administrator account is asked for, checked, and used to sign in. */
class FirstStartFlowTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void createsTheAdministratorThenOffersSampleDataThenSignsIn() throws Exception {
        assertFalse(Database.existsIn(dir));
        App.useFolder(new DataFolder(dir));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
        waitFor(() -> robot.lookup("#repeatField").tryQuery().isPresent());
        assertTrue(Database.existsIn(dir), "the first start creates the database");

        robot.clickOn("#displayNameField").write("首位管理员");
        robot.clickOn("#passwordField").write("short");
        robot.clickOn("#repeatField").write("short");
        robot.clickOn("#createButton");
        waitFor(() -> robot.lookup("#passwordError").queryAs(Label.class).isVisible());

        robot.doubleClickOn("#passwordField").eraseText(5).write("a-long-password-1");
        robot.doubleClickOn("#repeatField").eraseText(5).write("a-long-password-1");
        robot.clickOn("#createButton");
        waitFor(() -> robot.lookup("#emptyButton").tryQuery().map(n -> n.isVisible()).orElse(false));

        robot.clickOn("#emptyButton");
        waitFor(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        assertEquals("admin", robot.lookup("#usernameField").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#demoLabel").queryAs(Label.class).isVisible(), "a real database shows no demo accounts");
        robot.clickOn("#passwordField").write("a-long-password-1");
        robot.clickOn("#loginButton");
        waitFor(() -> robot.lookup("#nav-accounts").tryQuery().isPresent());
    }

    private void waitFor(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.get();
        });
    }
}
