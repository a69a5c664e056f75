package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.AppFlow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
        // first the database: this PC's is chosen, the server's fields show only when the server is chosen
        waitFor(() -> in("#databaseChoiceProceed").tryQuery().isPresent());
        assertTrue(in("#localDatabaseChoice").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertFalse(in("#serverFields").query().isVisible());
        robot.interact(() -> in("#serverDatabaseChoice").queryAs(javafx.scene.control.RadioButton.class).fire());
        assertTrue(in("#serverFields").query().isVisible());
        assertTrue(in("#serverTlsBox").queryAs(javafx.scene.control.CheckBox.class).isSelected(), "TLS on by default");
        AppFlow.snapshot(FxToolkit.toolkitContext().getRegisteredStage(), "screenshot-first-start-server.png");
        press("#databaseChoiceProceed");
        waitFor(() -> {
            String told = in("#hostError").queryAs(Label.class).getText();
            return told != null && !told.isEmpty();
        });
        assertFalse(Database.existsIn(dir), "nothing made while the server's fields are refused");
        robot.interact(() -> in("#localDatabaseChoice").queryAs(javafx.scene.control.RadioButton.class).fire());
        press("#databaseChoiceProceed");
        waitFor(() -> in("#repeatField").tryQuery().isPresent());
        assertTrue(Database.existsIn(dir), "the first start creates the database");

        type("#displayNameField", "首位管理员");
        type("#passwordField", "short");
        type("#repeatField", "short");
        press("#createButton");
        waitFor(() -> in("#passwordError").queryAs(Label.class).isVisible());

        type("#passwordField", "a-long-password-1");
        type("#repeatField", "a-long-password-1");
        press("#createButton");
        try {
            waitFor(() -> in("#sampleStep").tryQuery().map(n -> n.isVisible()).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("status=" + in("#statusLabel").queryAs(Label.class).getText()
                    + " pw=" + in("#passwordError").queryAs(Label.class).getText()
                    + " repeat=" + in("#repeatError").queryAs(Label.class).getText()
                    + " typed=" + in("#passwordField").queryAs(TextField.class).getText().length()
                    + "/" + in("#repeatField").queryAs(TextField.class).getText().length(), e);
        }

        press("#emptyButton");
        waitFor(() -> in("#loginButton").tryQuery().isPresent());
        assertEquals("admin", in("#usernameField").queryAs(TextField.class).getText());
        assertFalse(in("#demoLabel").queryAs(Label.class).isVisible(), "a real database shows no demo accounts");
        type("#passwordField", "a-long-password-1");
        press("#loginButton");
        waitFor(() -> in("#nav-accounts").tryQuery().isPresent());

        // the recovery key, shown once to the first administrator: it opens the database
        waitFor(() -> robot.lookup("#recoveryKeyDialog").tryQuery().isPresent());
        String shown = robot.lookup("#recoveryKeyField").queryAs(TextField.class).getText();
        assertTrue(shown.matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"), shown);
        javafx.scene.control.DialogPane pane = robot.lookup("#recoveryKeyDialog")
                .queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        waitFor(() -> org.dianmifeng.console.core.KeySlots.of(dir).recoveryShown());
        assertTrue(org.dianmifeng.console.core.KeySlots.of(dir).has("admin"));
    }

    @Test
    void enterSubmitsTheAdministratorFormAndTheLanguageSwitchKeepsWhatWasTyped() throws Exception {
        App.useFolder(new DataFolder(dir));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
        waitFor(() -> in("#databaseChoiceProceed").tryQuery().isPresent());
        press("#databaseChoiceProceed");
        waitFor(() -> in("#repeatField").tryQuery().isPresent());
        type("#displayNameField", "首位管理员");
        type("#passwordField", "a-long-password-1");
        robot.interact(() -> in("#firstStartLanguageBox").queryAs(javafx.scene.control.ComboBox.class)
                .setValue(org.dianmifeng.console.core.Messages.ENGLISH));
        waitFor(() -> org.dianmifeng.console.core.Messages.of(org.dianmifeng.console.core.Messages.ENGLISH)
                .text("firstAdmin.create").equals(in("#createButton").queryButton().getText()));
        assertEquals("首位管理员", in("#displayNameField").queryAs(TextField.class).getText());
        assertEquals("a-long-password-1", in("#passwordField").queryAs(TextField.class).getText());

        type("#repeatField", "a-long-password-1");
        robot.interact(() -> in("#repeatField").queryAs(TextField.class).requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> in("#sampleStep").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    /** Looks inside the console's own window only. */
    private org.testfx.service.query.NodeQuery in(String query) {
        return robot.from(FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot()).lookup(query);
    }

    /** Sets a field as typing would, without depending on where the first layout put it. */
    private void type(String query, String text) {
        robot.interact(() -> in(query).queryAs(TextField.class).setText(text));
    }

    private void press(String query) {
        robot.interact(() -> in(query).queryButton().fire());
    }

}
