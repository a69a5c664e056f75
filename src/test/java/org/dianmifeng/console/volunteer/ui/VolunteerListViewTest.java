package org.dianmifeng.console.volunteer.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.VolunteerFilter;
import org.dianmifeng.console.volunteer.VolunteerRow;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The volunteers screen, headless: staff pause a volunteer with a reason and register a person; a viewer reads. */
@ExtendWith(ApplicationExtension.class)
class VolunteerListViewTest {
    TestServices t;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-volunteer-views");
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        Person wang = t.person("王芳", "32028219850101122", yixing);
        t.person("李娜", "32028219900101124", yixing);
        t.services().volunteers().register(ADMIN, wang.id(), LocalDate.of(2024, 4, 1));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    void show(FxRobot robot, Session who) {
        show(robot, who, Messages.CHINESE, 1280, 800);
    }

    void show(FxRobot robot, Session who, java.util.Locale locale, int width, int height) {
        robot.interact(() -> {
            Messages m = Messages.of(locale);
            VolunteerListViewModel vm = new VolunteerListViewModel(new UiContext(who, m, TaskRunner.direct()),
                    t.services().volunteers(), t.services().units(), t.services().teams(), t.services().people());
            stage.setScene(new Scene(new VolunteerListView(vm, m).build(), width, height));
            // placed on the screen: a stage first shown without a scene has no position, and clicks miss it
            stage.setX(0);
            stage.setY(0);
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffPauseAVolunteerWithAReasonAndRegisterAPerson(FxRobot robot) {
        show(robot, ADMIN);
        TableView<VolunteerRow> table = robot.lookup("#volunteerTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#volunteerDetailTitle").queryAs(Label.class).getText().contains("V2024000001"));

        javafx.scene.control.Button statusButton = robot.lookup("#volunteerStatusButton").queryButton();
        assertFalse(statusButton.isDisabled(), "a volunteer is selected");
        assertTrue(statusButton.isVisible() && statusButton.getScene() != null, "shown");
        robot.clickOn(statusButton);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#volunteerNewStatusBox").queryAs(ComboBox.class)
                .setValue(VolunteerStatus.PAUSED));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#volunteerReasonArea").tryQuery().isPresent(), "no reason: the form stays open");
        robot.clickOn("#volunteerReasonArea").write("外派挂职一年");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(VolunteerStatus.PAUSED, table.getItems().get(0).volunteer().status());
        assertEquals("外派挂职一年", table.getItems().get(0).volunteer().statusReason());

        robot.clickOn("#registerVolunteerButton");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField query = robot.lookup("#personQueryField").queryAs(javafx.scene.control.TextField.class);
        assertTrue(org.dianmifeng.console.testing.FxWait.eventually(query::isFocused),
                "the form opens on its first field, the person's search, not on the date under it");
        javafx.scene.control.ListView<?> matches = robot.lookup("#personChoiceList").queryAs(javafx.scene.control.ListView.class);
        assertEquals("在上方输入姓名、工号或志愿者编号，匹配的人员列在这里。",
                ((javafx.scene.control.Label) matches.getPlaceholder()).getText(), "the empty list says what it is for");
        robot.clickOn("#personQueryField").write("李娜");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#personChoiceList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(0));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size());
        assertEquals(1, t.services().volunteers().list(ADMIN, new VolunteerFilter(null, null, null, "李娜")).size());

        robot.interact(() -> robot.lookup("#volunteerStatusFilter").queryAs(ComboBox.class)
                .setValue(VolunteerStatus.PAUSED));
        assertEquals(1, table.getItems().size());
    }

    @Test
    void theCountShowsWholeBesideTheStatusLineAtBothSizesInBothLanguages(FxRobot robot) throws Exception {
        for (java.util.Locale locale : new java.util.Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
                show(robot, ADMIN, locale, size[0], size[1]);
                Label count = robot.lookup("#volunteerCount").queryAs(Label.class);
                assertEquals(Messages.of(locale).text("volunteer.count", 1, 1), count.getText(), "read whole");
                javafx.geometry.Bounds b = count.localToScene(count.getBoundsInLocal());
                assertTrue(b.getMaxX() <= stage.getScene().getWidth() && b.getMaxY() <= stage.getScene().getHeight()
                        && count.getWidth() >= count.prefWidth(-1), "the count in sight, whole: " + b);
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
                if (screen.getWidth() >= size[0] && screen.getHeight() >= size[1]) {
                    org.dianmifeng.console.app.AppFlow.snapshot(stage, "screenshot-volunteers-" + locale.getLanguage()
                            + "-" + size[0] + ".png");
                }
            }
        }
    }

    @Test
    void aViewerReadsWithoutEditingCommands(FxRobot robot) {
        show(robot, VIEWER);
        assertEquals(1, robot.lookup("#volunteerTable").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#volunteerActionBar").query().isVisible(), "no register or status change");
        assertTrue(robot.lookup("#exportVolunteersButton").queryButton().isVisible());
    }
}
