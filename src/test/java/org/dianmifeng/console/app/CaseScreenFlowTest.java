package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.AppFlow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The Dream Room screen in the whole console at 1280 × 800, as the demo case officer uses it: every cell and
 * header of the case list shows its whole text in Chinese and in English, and the header's follow-up reminder counts a follow-up planned in this window
 * at once, while the case's work stays open where it was.
 */
class CaseScreenFlowTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private AppFlow flow;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        flow = AppFlow.start(dir, 200);
        stage = flow.stage();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
    }

    @AfterEach
    void stop() throws Exception {
        flow.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theListIsReadableAt1280AndTheReminderCountsANewFollowUp() throws Exception {
        signInAsOfficer();
        waitFor(() -> reminder() > 0);
        int due = reminder();

        TableView<CaseRow> table = openCases();
        assertNothingCut(table);

        CaseRow followedUp = table.getItems().stream().filter(r -> r.status() == AidCaseStatus.FOLLOW_UP)
                .findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(followedUp));
        TabPane caseTabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        robot.interact(() -> caseTabs.getSelectionModel().select(caseTabs.getTabs().size() - 1));
        waitFor(() -> robot.lookup("#caseWorkTabs").tryQuery().isPresent());
        TabPane work = robot.lookup("#caseWorkTabs").queryAs(TabPane.class);
        robot.interact(() -> work.getSelectionModel().select(3));
        robot.interact(() -> {
            robot.lookup("#activityField").<TextField>query().setText("体验电力人的一天");
            robot.lookup("#dueOnPicker").<DatePicker>query().setValue(LocalDate.now().plusDays(2));
        });
        Button plan = robot.lookup("#saveFollowUpButton").queryButton();
        assertFalse(plan.isDisabled());
        robot.interact(plan::fire);

        waitFor(() -> reminder() == due + 1);
        assertEquals(3, robot.lookup("#caseWorkTabs").queryAs(TabPane.class).getSelectionModel().getSelectedIndex(),
                "the case's follow-ups stay open while the list reloads");
        assertTrue(robot.lookup("#caseWorkTabs").queryAs(TabPane.class) == work, "the work pane was not rebuilt");
    }

    /** The same list in English, where labels are longer: no cell and no header is cut either. */
    @Test
    void theListIsReadableAt1280InEnglish() throws Exception {
        signInAsOfficer();
        ComboBox<Locale> language = robot.lookup((ComboBox<?> c) -> c.getItems().contains(Messages.ENGLISH)).query();
        robot.interact(() -> language.setValue(Messages.ENGLISH));
        waitFor(() -> robot.lookup("#nav-cases").tryQuery().map(n -> ((Labeled) n).getText().equals("Dream Room cases"))
                .orElse(false));
        assertNothingCut(openCases());
    }

    private void signInAsOfficer() throws Exception {
        waitFor(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        robot.clickOn("#usernameField").write("officer");
        robot.clickOn("#passwordField").write(SampleData.DEMO_PASSWORD);
        robot.clickOn("#loginButton");
        waitFor(() -> robot.lookup("#nav-cases").tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private TableView<CaseRow> openCases() throws Exception {
        robot.clickOn("#nav-cases");
        waitFor(() -> robot.lookup("#caseTable").tryQuery().map(t -> !((TableView<?>) t).getItems().isEmpty())
                .orElse(false));
        return robot.lookup("#caseTable").queryAs(TableView.class);
    }

    /** Every cell and column header of {@code table} shows its whole text (none ends in an ellipsis). */
    private void assertNothingCut(TableView<?> table) {
        List<Labeled> cells = robot.from(table).lookup((javafx.scene.Node n) -> n instanceof TableCell<?, ?> || n instanceof Label)
                .<Labeled>queryAll().stream().filter(c -> c.getText() != null && !c.getText().isEmpty()).toList();
        assertTrue(cells.stream().anyMatch(c -> c.getText().startsWith("DR-")), "the case codes are shown");
        for (Labeled cell : cells) {
            Text shown = (Text) cell.lookup(".text");
            assertEquals(cell.getText(), shown.getText(), "a cell or header is cut at 1280 px (" + cell.getWidth()
                    + " px wide)");
        }
    }

    /** The count in the header's reminder, 0 while it is hidden. */
    private int reminder() {
        return robot.lookup("#followUpAlert").tryQuery().map(n -> (Hyperlink) n)
                .filter(Hyperlink::isVisible).map(h -> Integer.parseInt(h.getText().replaceAll("\\D.*", "")))
                .orElse(0);
    }
}
