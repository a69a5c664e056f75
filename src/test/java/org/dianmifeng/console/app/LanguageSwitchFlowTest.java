package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.AppFlow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.ui.NavItem;
import org.dianmifeng.console.ui.WindowPrefs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The language switch on the sign-in screen (it draws the screen again keeping what was typed, and the choice is
 * remembered) and in the main window (it stays on the screen shown).
 */
class LanguageSwitchFlowTest {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    private static final Messages EN = Messages.of(Messages.ENGLISH);
    private final Locale machine = Locale.getDefault();
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private AppFlow flow;

    @BeforeEach
    void start() throws Exception {
        flow = AppFlow.start(dir, 40);
    }

    @AfterEach
    void stop() throws Exception {
        flow.stop();
        Locale.setDefault(machine);
    }

    @Test
    void theSignInSwitchesToEnglishAndBackKeepingTheUsernameAndRemembersTheChoice() throws Exception {
        waitFor(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        assertEquals(ZH.text("login.submit"), button("#loginButton").getText(), "Chinese first");
        robot.interact(() -> robot.lookup("#usernameField").queryAs(TextField.class).setText("admin"));

        choose("#loginLanguageBox", Messages.ENGLISH);
        waitFor(() -> EN.text("login.submit").equals(button("#loginButton").getText()));
        assertEquals("admin", robot.lookup("#usernameField").queryAs(TextField.class).getText(), "what was typed stays");
        assertEquals("en", prefs().locale().getLanguage(), "remembered at once");
        assertEquals(EN.text("app.title"), flow.stage().getTitle());

        choose("#loginLanguageBox", Messages.CHINESE);
        waitFor(() -> ZH.text("login.submit").equals(button("#loginButton").getText()));
        assertEquals("admin", robot.lookup("#usernameField").queryAs(TextField.class).getText());
        assertEquals("zh", prefs().locale().getLanguage());
    }

    @Test
    void theMainWindowsSwitchStaysOnTheScreenShown() throws Exception {
        waitFor(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#usernameField").queryAs(TextField.class).setText("admin");
            robot.lookup("#passwordField").queryAs(TextField.class).setText(SampleData.DEMO_PASSWORD);
            button("#loginButton").fire();
        });
        waitFor(() -> robot.lookup("#nav-audit").tryQuery().isPresent());
        robot.interact(() -> navList().getSelectionModel().select(
                navList().getItems().stream().filter(i -> i.id().equals("audit")).findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#auditTable").tryQuery().isPresent());

        choose("#languageBox", Messages.ENGLISH);
        waitFor(() -> EN.text("shell.logout").equals(button("#logoutButton").getText()));
        assertEquals("audit", navList().getSelectionModel().getSelectedItem().id(), "the same screen, not the first");
        assertTrue(robot.lookup("#auditTable").tryQuery().isPresent());
        assertEquals("en", prefs().locale().getLanguage());
    }

    @SuppressWarnings("unchecked")
    private ListView<NavItem> navList() {
        return robot.lookup(".nav").queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private void choose(String box, Locale locale) {
        robot.interact(() -> robot.lookup(box).queryAs(ComboBox.class).setValue(locale));
    }

    private Button button(String query) {
        return robot.lookup(query).queryButton();
    }

    private WindowPrefs prefs() {
        return WindowPrefs.load(new DataFolder(dir).preferences());
    }
}
