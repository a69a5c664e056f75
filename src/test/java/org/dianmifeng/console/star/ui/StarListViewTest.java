package org.dianmifeng.console.star.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.star.StarRow;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The star levels screen, headless: find the reached levels, put them on public notice through the dialog; every
 * command in sight at 1280x800 and 1600x1000 in both languages (with -Dscreenshots=DIR it saves those screens).
 */
@ExtendWith(ApplicationExtension.class)
class StarListViewTest {
    TestServices t;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-star-views");
        StarFixtures f = new StarFixtures(t);
        String[] names = {"王芳", "李强", "张敏", "刘洋", "陈静", "杨磊"};
        for (int i = 0; i < names.length; i++) {
            Person p = f.volunteer(names[i], String.format("320282199001%05d", 10_000 + i * 10),
                    String.format("V2021%06d", i + 1));
            f.approved(p, LocalDate.of(2025, 1, 6).plusDays(i * 20L), String.valueOf(100 + i * 110));
        }
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    void show(FxRobot robot, Session who, Locale locale, int width, int height) {
        robot.interact(() -> {
            Messages m = Messages.of(locale);
            StarListViewModel vm = new StarListViewModel(new UiContext(who, m, TaskRunner.direct()),
                    t.services().stars(), t.services().starNotice());
            stage.setScene(new Scene(new StarListView(vm, m).build(), width, height));
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findTheReachedLevelsAndPutThemOnNoticeThroughTheDialog(FxRobot robot) {
        show(robot, OFFICE, Messages.CHINESE, 1280, 800);
        TableView<StarRow> table = robot.lookup("#starTable").queryAs(TableView.class);
        robot.clickOn("#findStarsButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(11, table.getItems().size());
        assertTrue(robot.lookup("#starNoticeButton").queryButton().isDisabled(), "nothing chosen");
        robot.interact(() -> table.getSelectionModel().selectAll());
        assertFalse(robot.lookup("#starNoticeButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#starGrantButton").queryButton().isDisabled(), "not on notice yet");
        robot.clickOn("#starNoticeButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().stream().allMatch(r -> r.level().state() == StarState.NOTICE));
        // from today (Sunday 2026-11-29), five working days: Monday to Friday
        assertEquals(LocalDate.of(2026, 12, 4), table.getItems().get(0).level().noticeUntil());
        robot.interact(() -> table.getSelectionModel().selectAll());
        assertFalse(robot.lookup("#starGrantButton").queryButton().isDisabled());
    }

    @Test
    void aViewerSeesTheLevelsButNoCommands(FxRobot robot) {
        t.services().stars().findReached(ADMIN);
        show(robot, VIEWER, Messages.CHINESE, 1280, 800);
        assertEquals(11, robot.lookup("#starTable").queryAs(TableView.class).getItems().size());
        assertFalse(robot.lookup("#starActionBar").query().isVisible());
        assertTrue(robot.lookup("#starNoticeListButton").queryButton().isVisible());
    }

    @Test
    void everyCommandIsInSightAtBothSizesInBothLanguages(FxRobot robot) throws Exception {
        t.services().stars().findReached(ADMIN);
        for (Locale locale : new Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            for (int[] size : new int[][] {{1280, 800}, {1600, 1000}}) {
                show(robot, ADMIN, locale, size[0], size[1]);
                double sceneWidth = stage.getScene().getWidth();
                for (String id : new String[] {"#exportStarsButton", "#starNoticeListButton", "#findStarsButton",
                        "#starSettingsButton", "#starWorkdaysButton", "#starWithdrawButton"}) {
                    Node button = robot.lookup(id).query();
                    Bounds b = button.localToScene(button.getBoundsInLocal());
                    assertTrue(button.isVisible() && b.getMaxX() <= sceneWidth && b.getWidth() > 0,
                            id + " at " + b + " in " + sceneWidth + " (" + locale + ")");
                    String text = ((Button) button).getText();
                    assertFalse(text.isBlank());
                }
                if (fitsScreen(size)) {
                    org.dianmifeng.console.app.AppFlow.snapshot(stage, "screenshot-stars-" + locale.getLanguage() + "-"
                        + size[0] + ".png");
                }
            }
        }
    }

    /** Whether the headless screen holds a window of {@code size} (a snapshot of a larger one fails). */
    static boolean fitsScreen(int[] size) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        return screen.getWidth() >= size[0] && screen.getHeight() >= size[1];
    }
}
