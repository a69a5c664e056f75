package org.dianmifeng.console.star.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.star.StarRow;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.star.StarThresholds;
import org.dianmifeng.console.testing.FxWait;
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
    StarListViewModel vm;

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
        org.dianmifeng.console.testing.FxWait.hideWindowsBut(stage);
        t.close();
    }

    void show(FxRobot robot, Session who, Locale locale, int width, int height) {
        robot.interact(() -> {
            Messages m = Messages.of(locale);
            vm = new StarListViewModel(new UiContext(who, m, TaskRunner.direct()),
                    t.services().stars(), t.services().starNotice());
            stage.setScene(new Scene(new StarListView(vm, m).build(), width, height));
            stage.setWidth(width);
            stage.setHeight(height);
            // placed on the screen: a stage first shown without a scene has no position, and clicks miss it
            stage.setX(0);
            stage.setY(0);
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
        assertTrue(org.dianmifeng.console.ui.ViewSupport.disabledTip(robot.lookup("#starGrantButton").queryButton())
                .endsWith("只有“公示中”的星级可以授予；所选中有“已达到”的。"), "and says why");
        assertTrue(org.dianmifeng.console.ui.ViewSupport.disabledTip(robot.lookup("#starWithdrawButton").queryButton())
                .endsWith("一次撤回一条：请只选择一行。"));
        robot.clickOn("#starNoticeButton");
        WaitForAsyncUtils.waitForFxEvents();
        // fewer days than a notice lasts: refused at the field, the dialog open (a spinner made 3 into 5, silently)
        TextField days = robot.lookup("#noticeDaysField").queryAs(TextField.class);
        robot.interact(() -> days.setText("3"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#noticeDaysField").tryQuery().isPresent(), "the dialog stays open");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(
                l -> l.isVisible() && "公示期至少 5 个工作日，现在是 3 个".equals(l.getText())), "the reason at the field");
        assertTrue(table.getItems().stream().allMatch(r -> r.level().state() == StarState.REACHED), "none on notice");
        robot.interact(() -> days.setText("5"));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FxWait.eventually(() -> robot.lookup("#noticeDaysField").tryQuery().isEmpty()), "saved, closed");
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

    @Test
    void aRefusedThresholdsDialogShowsEachErrorBesideItsFieldAndLeavesNothingBehind(FxRobot robot) {
        Messages en = Messages.of(Messages.ENGLISH);
        show(robot, ADMIN, Messages.ENGLISH, 1280, 800);
        robot.clickOn("#starSettingsButton");
        assertTrue(FxWait.eventually(() -> robot.lookup("#starThreshold5").tryQuery().isPresent()), "the dialog opens");
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "1 star (hours)".equals(l.getText())), "1 star, not 1 stars");
        // zero hours, two decimals, fewer hours than the level before, more than the most a setting holds
        robot.interact(() -> {
            field(robot, 1).setText("0");
            field(robot, 2).setText("150.25");
            field(robot, 4).setText("50");
            field(robot, 5).setText("100000");
        });
        robot.clickOn("#saveButton");
        assertTrue(FxWait.eventually(() -> error(robot, 1).isVisible()), "the refusal shows");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the dialog grows a pulse later
        WaitForAsyncUtils.waitForFxEvents();
        Map<Integer, String> expected = new LinkedHashMap<>();
        expected.put(1, "The hours of 1 star must be more than 0, with at most one decimal, up to 99999");
        expected.put(2, "The hours of 2 stars must be more than 0, with at most one decimal, up to 99999");
        expected.put(4, "The hours of 4 stars (50) must be more than those of 3 stars (600)");
        expected.put(5, "The hours of 5 stars must be more than 0, with at most one decimal, up to 99999");
        String summary = robot.lookup("#starThresholdsStatusLabel").queryAs(Label.class).getText();
        for (int s = 1; s <= 5; s++) {
            Label error = error(robot, s);
            if (!expected.containsKey(s)) {
                assertFalse(error.isVisible(), s + " stars are right");
                continue;
            }
            assertEquals(expected.get(s), error.getText());
            assertTrue(error.isVisible() && error.getStyleClass().contains("field-error"), "red, beside its field");
            assertSame(field(robot, s).getParent(), error.getParent(), "under the field of " + s + " stars");
            assertTrue(inside(error), "the error of " + s + " stars is seen: " + bounds(error));
            assertTrue(summary.contains(en.text("field.star.threshold." + s) + ": " + expected.get(s)), summary);
        }
        assertEquals("1 star: " + expected.get(1), summary.lines().findFirst().orElseThrow(), "in reading order");
        Label status = robot.lookup("#starThresholdsStatusLabel").queryAs(Label.class);
        assertTrue(status.getStyleClass().contains("danger") && inside(status), "the summary is red and seen");
        ScrollPane pane = robot.lookup(".form-scroll").queryAs(ScrollPane.class);
        assertTrue(pane.getViewportBounds().getHeight() + 0.5 >= pane.getContent().getLayoutBounds().getHeight(),
                "the dialog grew with its errors: no inner scroll bar hides one");
        Button save = robot.lookup("#saveButton").queryButton();
        Button cancel = cancelButton(robot, en);
        assertTrue(inside(save) && inside(cancel), "Save and Cancel stay in the dialog: " + bounds(save) + " "
                + bounds(cancel) + " in " + save.getScene().getHeight());
        assertTrue(FxWait.eventually(() -> field(robot, 1).isFocused()), "focus on the first field in error");
        assertEquals("150.25", field(robot, 2).getText(), "what was typed stays");
        assertNull(vm.errorProperty().get(), "the refusal is the dialog's, not the screen's");
        Label screenStatus = robot.lookup("#starStatusLabel").queryAs(Label.class);
        assertTrue(screenStatus.getText() == null || screenStatus.getText().isEmpty(), screenStatus.getText());

        robot.clickOn(cancel);
        assertTrue(FxWait.eventually(() -> robot.lookup("#starThreshold1").tryQuery().isEmpty()), "Cancel closes");
        assertNull(vm.errorProperty().get(), "Cancel leaves no error behind");
        assertTrue(screenStatus.getText() == null || screenStatus.getText().isEmpty(), screenStatus.getText());
        assertEquals(StarThresholds.DEFAULT, t.services().stars().thresholds(), "nothing saved");

        robot.clickOn("#starWorkdaysButton");
        assertTrue(FxWait.eventually(() -> robot.lookup("#starHolidaysField").tryQuery().isPresent()),
                "the working days dialog opens");
        String workdaysStatus = robot.lookup("#starWorkdaysStatusLabel").queryAs(Label.class).getText();
        assertTrue(workdaysStatus == null || workdaysStatus.isEmpty(), "no error of the thresholds: " + workdaysStatus);
        assertTrue(robot.lookup(".field-error").queryAllAs(Label.class).stream().noneMatch(Label::isVisible),
                "no field in error");
        robot.clickOn(cancelButton(robot, en));
        assertTrue(FxWait.eventually(() -> robot.lookup("#starHolidaysField").tryQuery().isEmpty()));
    }

    private static TextField field(FxRobot robot, int stars) {
        return robot.lookup("#starThreshold" + stars).queryAs(TextField.class);
    }

    private static Label error(FxRobot robot, int stars) {
        return robot.lookup("#starThreshold" + stars + "Error").queryAs(Label.class);
    }

    private static Button cancelButton(FxRobot robot, Messages m) {
        return robot.lookup(".button-bar .button").queryAllAs(Button.class).stream()
                .filter(b -> m.text("action.cancel").equals(b.getText())).findFirst().orElseThrow();
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Whether the node is seen whole inside its window. */
    private static boolean inside(Node node) {
        Bounds b = bounds(node);
        Scene scene = node.getScene();
        return node.isVisible() && b.getHeight() > 0 && b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() + 0.5
                && b.getMinX() >= 0 && b.getMaxX() <= scene.getWidth() + 0.5;
    }

    /** Whether the headless screen holds a window of {@code size} (a snapshot of a larger one fails). */
    static boolean fitsScreen(int[] size) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        return screen.getWidth() >= size[0] && screen.getHeight() >= size[1];
    }
}
