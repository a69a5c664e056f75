package org.dianmifeng.console.activity.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityRow;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.activity.NamedRef;
import org.dianmifeng.console.activity.RosterLine;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.ActivityFixtures;
import org.dianmifeng.console.testing.ConsoleLook;
import org.dianmifeng.console.testing.FxWait;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screen 活动与时长, headless: a team leader records an activity with its roster and approves it; a viewer reads. */
@ExtendWith(ApplicationExtension.class)
class ActivityListViewTest {
    TestServices t;
    ActivityFixtures w;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-activity-views");
        w = new ActivityFixtures(t);
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
        show(robot, who, locale, width, height, TaskRunner.direct());
    }

    /**
     * As the window shows it: each background result reaches the screen later, on the FX thread, one at a time (the
     * reads a command sets off arrive after its own result).
     */
    void showLater(FxRobot robot, Session who) {
        show(robot, who, Messages.CHINESE, 1280, 800, TaskRunner.handingTo(javafx.application.Platform::runLater));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void show(FxRobot robot, Session who, java.util.Locale locale, int width, int height, TaskRunner runner) {
        robot.interact(() -> {
            Messages m = Messages.of(locale);
            var s = t.services();
            ActivityListViewModel vm = new ActivityListViewModel(new UiContext(who, m, runner),
                    s.activities(), s.activitySettings(), s.people(), s.units());
            Scene scene = new Scene(new ActivityListView(vm, m).build(), width, height);
            // as the console shows it: its stylesheet (with the theme, set by the test that asks for it)
            scene.getStylesheets().add(org.dianmifeng.console.ui.MainWindow.class.getResource("console.css")
                    .toExternalForm());
            stage.setScene(scene);
        });
    }

    @Test
    void everyCommandIsInSightAtBothSizesInBothLanguages(FxRobot robot) throws Exception {
        t.services().activities().cancel(ADMIN, w.activity("雨天取消", w.bees, 2, "2.0"));
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        try {
            commandsInSight(robot);
        } finally {
            robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(null));
        }
    }

    private void commandsInSight(FxRobot robot) throws Exception {
        for (java.util.Locale locale : new java.util.Locale[] {Messages.CHINESE, Messages.ENGLISH}) {
            // 1,080: what the window of 1,280 px leaves the screen beside the navigation
            for (int[] size : new int[][] {{1280, 800}, {1600, 1000}, {1080, 800}}) {
                show(robot, ADMIN, locale, size[0], size[1]);
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> robot.lookup("#activityTable").queryAs(TableView.class).getSelectionModel()
                        .select(0));
                double sceneWidth = stage.getScene().getWidth();
                for (String id : new String[] {"#addActivityButton", "#editActivityButton", "#cancelActivityButton",
                        "#reopenActivityButton", "#deleteActivityButton", "#projectsButton", "#hoursRulesButton",
                        "#exportActivitiesButton", "#approveAllButton"}) {
                    javafx.scene.Node button = robot.lookup(id).query();
                    javafx.geometry.Bounds b = button.localToScene(button.getBoundsInLocal());
                    assertTrue(button.isVisible() && b.getMaxX() <= sceneWidth && b.getWidth() > 0,
                            id + " at " + b + " in " + sceneWidth + " (" + locale + ")");
                    String text = ((javafx.scene.control.Button) button).getText();
                    assertFalse(text.isBlank() || text.contains("..."), id + ": " + text);
                }
                assertFalse(robot.lookup("#reopenActivityButton").queryButton().isDisabled(), "a cancelled one chosen");
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
                if (screen.getWidth() >= size[0] && screen.getHeight() >= size[1]) {
                    org.dianmifeng.console.app.AppFlow.snapshot(stage, "screenshot-activities-" + locale.getLanguage()
                            + "-" + size[0] + ".png");
                }
            }
        }
    }

    /** The team leader's screen with the console's look, in each language at each content size, then {@code check}. */
    private void asTheLeaderEverywhere(FxRobot robot, java.util.function.BiConsumer<java.util.Locale, int[]> check) {
        ConsoleLook.themed(robot, () -> {
            for (java.util.Locale locale : ConsoleLook.LANGUAGES) {
                for (int[] size : ConsoleLook.CONTENT_SIZES) {
                    show(robot, w.leader, locale, size[0], size[1]);
                    WaitForAsyncUtils.waitForFxEvents();
                    WaitForAsyncUtils.waitForFxEvents();
                    check.accept(locale, size);
                }
            }
        });
    }

    @Test
    void aTeamLeaderSeesTheirTeamsNameWholeInTheFilterAtBothSizesInBothLanguages(FxRobot robot) {
        asTheLeaderEverywhere(robot, (locale, size) -> {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>)
                    org.dianmifeng.console.ui.ViewSupport.shownCell(robot.lookup("#activityTeamFilter").query());
            assertEquals(w.bees.name(), cell.getText());
            assertEquals(cell.getText(), ConsoleLook.shownText(cell),
                    "never \"宜兴市供电公司“蜜蜂行动”青年…\" (" + locale + ", " + size[0] + " px)");
        });
    }

    @Test
    void theTextFiltersPromptShowsWholeAtBothSizesInBothLanguages(FxRobot robot) {
        asTheLeaderEverywhere(robot, (locale, size) -> {
            TextField field = robot.lookup("#activityTextFilter").query();
            javafx.scene.text.Text prompt = new javafx.scene.text.Text(field.getPromptText());
            prompt.setFont(field.getFont());
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            // was cut to "搜索活动、地点、服务" on its own row at 1,600 px
            assertTrue(room >= prompt.getLayoutBounds().getWidth(), "the prompt \"" + field.getPromptText()
                    + "\" needs " + prompt.getLayoutBounds().getWidth() + " px, has " + room + " (" + locale + ", "
                    + size[0] + " px)");
        });
    }

    void text(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).<TextField>query().setText(value));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTeamLeaderRecordsAnActivityWithItsRosterAndApprovesIt(FxRobot robot) {
        show(robot, w.leader);
        TableView<ActivityRow> activities = robot.lookup("#activityTable").queryAs(TableView.class);
        assertTrue(activities.getItems().isEmpty());
        assertEquals(w.bees.name(), robot.lookup("#activityTeamFilter").queryAs(ComboBox.class).getValue().toString());

        robot.clickOn("#addActivityButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#activityTitleField").write("安全用电进社区");
        robot.interact(() -> robot.lookup("#activityDayPicker").<DatePicker>query().setValue(LocalDate.of(2026, 11, 27)));
        text(robot, "#activityTimeField", "09:30");
        text(robot, "#activityPlannedField", "2.0");
        ComboBox<NamedRef> team = robot.lookup("#activityTeamBox").queryAs(ComboBox.class);
        assertEquals(w.bees.id(), team.getValue().id(), "their own team, chosen");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, activities.getItems().size());
        robot.interact(() -> activities.getSelectionModel().select(0));

        TableView<RosterLine> roster = robot.lookup("#rosterTable").queryAs(TableView.class);
        for (String[] person : new String[][] {{"王芳", "2.0"}, {"李强", "1.5"}}) {
            robot.clickOn("#addHoursButton");
            WaitForAsyncUtils.waitForFxEvents();
            text(robot, "#personQueryField", person[0]);
            WaitForAsyncUtils.waitForFxEvents();
            ListView<?> found = robot.lookup("#personChoiceList").queryAs(ListView.class);
            assertEquals(1, found.getItems().size());
            robot.interact(() -> found.getSelectionModel().select(0));
            text(robot, "#hoursField", person[1]);
            robot.clickOn("#saveButton");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(2, roster.getItems().size());
        assertTrue(roster.getItems().stream().allMatch(l -> l.hours().state() == HoursState.ENTERED));

        robot.clickOn("#approveAllButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(roster.getItems().stream().allMatch(l -> l.hours().state() == HoursState.APPROVED));
        assertEquals("已批准 2 条时长", robot.lookup(".status-line").queryAs(Label.class).getText());
        assertEquals("3.5", t.services().activities().list(ADMIN, null).get(0).approvedHours().toPlainString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void reopenIsOfferedOnlyForACancelledActivity(FxRobot robot) {
        w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        t.services().activities().cancel(ADMIN, w.activity("雨天取消", w.bees, 2, "2.0"));
        show(robot, w.leader);
        TableView<ActivityRow> activities = robot.lookup("#activityTable").queryAs(TableView.class);
        assertTrue(robot.lookup("#reopenActivityButton").queryButton().isVisible());
        assertTrue(robot.lookup("#reopenActivityButton").queryButton().isDisabled(), "nothing selected");
        for (int i = 0; i < 2; i++) {
            int row = i;
            robot.interact(() -> activities.getSelectionModel().select(row));
            boolean cancelled = activities.getItems().get(row).activity().cancelled();
            assertEquals(!cancelled, robot.lookup("#reopenActivityButton").queryButton().isDisabled());
            assertEquals(cancelled, robot.lookup("#cancelActivityButton").queryButton().isDisabled());
            // greyed out, it says why
            String why = ViewSupport.disabledTip(robot.lookup(cancelled ? "#addHoursButton" : "#reopenActivityButton")
                    .queryButton());
            assertTrue(why.endsWith(cancelled ? "活动已取消，请先“恢复活动”。" : "活动没有取消，无需恢复。"), why);
        }
    }

    /** 取消活动 asks with its buttons named by what they do: 取消活动 and 返回, never 取消 / 确定. */
    @Test
    @SuppressWarnings("unchecked")
    void cancellingAnActivityAsksWithButtonsNamedByWhatTheyDo(FxRobot robot) {
        w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        show(robot, w.leader);
        TableView<ActivityRow> activities = robot.lookup("#activityTable").queryAs(TableView.class);
        robot.interact(() -> activities.getSelectionModel().select(0));
        javafx.application.Platform.runLater(() -> robot.lookup("#cancelActivityButton").queryButton().fire());
        assertTrue(FxWait.eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()), "it asks first");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals(java.util.List.of("取消活动", "返回"),
                pane.getButtonTypes().stream().map(javafx.scene.control.ButtonType::getText).toList());
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(1))).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(t.services().activities().list(ADMIN, null).get(0).activity().cancelled(), "返回 cancels nothing");
    }

    private static String status(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#activityStatus").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static void select(FxRobot robot, String tableId, int row) {
        robot.interact(() -> robot.lookup(tableId).queryAs(TableView.class).getSelectionModel().select(row));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static javafx.scene.control.DialogPane confirmWith(FxRobot robot, String buttonId) {
        javafx.application.Platform.runLater(() -> robot.lookup(buttonId).queryButton().fire());
        assertTrue(FxWait.eventually(() -> robot.lookup(".dialog-pane").tryQuery().isPresent()), "it asks first");
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(pane.getButtonTypes().get(0))).fire());
        return pane;
    }

    /**
     * Delete of an activity whose hours another console approved after this list was read, refused: its reason stays
     * once the list and roster are read again; read again, the activity has approved hours, and 删除活动 and 取消活动
     * are greyed out and say why.
     */
    @Test
    void aRefusedDeleteShowsItsReasonInTheStatusLineAfterTheReloads(FxRobot robot) {
        Activity a = w.activity("点亮书桌", w.bees, 2, "3.0");
        var s = t.services();
        var hours = s.activities().enter(OFFICE, a.id(), w.wang.id(), ActivityFixtures.h("3.0"), null);
        showLater(robot, OFFICE);
        select(robot, "#activityTable", 0);
        assertFalse(robot.lookup("#deleteActivityButton").queryButton().isDisabled(), "no hours approved, as read");
        s.activities().approve(OFFICE, hours);
        confirmWith(robot, "#deleteActivityButton");
        String status = status(robot);
        assertTrue(status != null && status.contains("更正"), "the reason, after every reload: " + status);
        assertEquals(1, s.activities().list(ADMIN, null).size(), "nothing deleted");
        select(robot, "#activityTable", 0);
        for (String id : List.of("#deleteActivityButton", "#cancelActivityButton")) {
            javafx.scene.control.Button b = robot.lookup(id).queryButton();
            assertTrue(b.isDisabled(), id + " of an activity with approved hours");
            assertTrue(ViewSupport.disabledTip(b).contains("已有 1 条已批准的服务时长"), ViewSupport.disabledTip(b));
        }
    }

    /** Approve all of another team's roster is not offered to a team leader; what they may do stays offered. */
    @Test
    @SuppressWarnings("unchecked")
    void aTeamLeaderIsOfferedNothingToDoToAnotherTeamsActivity(FxRobot robot) {
        w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        Activity theirs = w.activity("江阴义诊", w.jiangyin, 2, "2.0");
        t.services().activities().enter(OFFICE, theirs.id(), w.zhao.id(), ActivityFixtures.h("2.0"), null);
        showLater(robot, w.leader);
        robot.interact(() -> robot.lookup("#activityTeamFilter").queryAs(ComboBox.class).setValue(null));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ActivityRow> activities = robot.lookup("#activityTable").queryAs(TableView.class);
        assertEquals(2, activities.getItems().size(), "all teams");
        String[] keeping = {"#editActivityButton", "#cancelActivityButton", "#deleteActivityButton",
                "#addHoursButton", "#approveAllButton"};
        for (ActivityRow row : List.copyOf(activities.getItems())) {
            robot.interact(() -> activities.getSelectionModel().select(row));
            WaitForAsyncUtils.waitForFxEvents();
            boolean ours = row.activity().teamId() == w.bees.id();
            for (String id : keeping) {
                if (!id.equals("#approveAllButton") || row.entered() > 0) {
                    assertEquals(!ours, robot.lookup(id).queryButton().isDisabled(), id + " for " + row.teamName());
                }
            }
            assertFalse(robot.lookup("#addActivityButton").queryButton().isDisabled(), "a new one for their team");
        }
        ActivityRow other = activities.getItems().stream().filter(r -> r.activity().teamId() != w.bees.id())
                .findFirst().orElseThrow();
        robot.interact(() -> activities.getSelectionModel().select(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(FxWait.eventually(() -> !robot.lookup("#rosterTable").queryAs(TableView.class).getItems().isEmpty()),
                "its roster is read");
        select(robot, "#rosterTable", 0);
        assertTrue(robot.lookup("#rosterTable").queryAs(TableView.class).getSelectionModel().getSelectedItem() != null);
        assertTrue(robot.lookup("#approveHoursButton").queryButton().isDisabled(), "another team's line");
        assertTrue(robot.lookup("#declineHoursButton").queryButton().isDisabled());
        assertTrue(ViewSupport.disabledTip(robot.lookup("#declineHoursButton").queryButton())
                .endsWith("这是其他服务队的活动，由该队队长或办公室处理。"), "and says why");
    }

    /** A Decline without a reason is refused in its form, at the reason; the form stays open with what was typed. */
    @Test
    void aDeclineWithoutAReasonStaysOpenWithTheProblemAtTheReason(FxRobot robot) {
        Activity a = w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        t.services().activities().enter(OFFICE, a.id(), w.li.id(), ActivityFixtures.h("1.0"), null);
        showLater(robot, OFFICE);
        select(robot, "#activityTable", 0);
        select(robot, "#rosterTable", 0);
        javafx.application.Platform.runLater(() -> robot.lookup("#declineHoursButton").queryButton().fire());
        assertTrue(FxWait.eventually(() -> robot.lookup("#declineReasonArea").tryQuery().isPresent()), "the form");
        save(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#declineReasonArea").tryQuery().isPresent(), "still open");
        assertEquals(List.of("必填"), fieldErrors(robot), "the problem at the reason");
        assertEquals(HoursState.ENTERED, t.services().activities().roster(ADMIN, a.id()).get(0).hours().state());
        robot.interact(() -> robot.lookup("#declineReasonArea").queryAs(javafx.scene.control.TextArea.class)
                .setText("签到表无此人"));
        save(robot);
        assertTrue(FxWait.eventually(() -> robot.lookup("#declineReasonArea").tryQuery().isEmpty()), "declined, closed");
        assertEquals("李强 的时长未通过", status(robot));
        assertEquals(HoursState.DECLINED, t.services().activities().roster(ADMIN, a.id()).get(0).hours().state());
    }

    /** Whether {@code node} and every node it is in are shown. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A team leader reads the projects, told who keeps them, without a form they cannot fill. */
    @Test
    void aTeamLeaderReadsTheProjectsWithoutAForm(FxRobot robot) {
        show(robot, w.leader);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.application.Platform.runLater(() -> robot.lookup("#projectsButton").queryButton().fire());
        assertTrue(FxWait.eventually(() -> robot.lookup("#projectTable").tryQuery().isPresent()), "the projects");
        assertTrue(robot.lookup("#projectsReadOnly").query().isVisible(), "who keeps them");
        assertFalse(shown(robot.lookup("#saveProjectButton").query()), "no Save");
        assertFalse(shown(robot.lookup("#projectNameField").query()), "no form");
        robot.interact(() -> ((javafx.stage.Stage) robot.lookup("#projectTable").query().getScene().getWindow())
                .close());
    }

    @Test
    void aViewerReadsWithoutTheCommands(FxRobot robot) {
        w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        show(robot, VIEWER);
        assertEquals(1, robot.lookup("#activityTable").queryAs(TableView.class).getItems().size());
        assertEquals("共 1 项活动", robot.lookup("#activityCount").queryAs(Label.class).getText(), "read whole");
        assertFalse(robot.lookup("#addActivityButton").queryButton().isVisible());
        assertFalse(robot.lookup("#approveAllButton").queryButton().isVisible());
        assertFalse(robot.lookup("#reopenActivityButton").queryButton().isVisible());
        assertFalse(robot.lookup("#hoursRulesButton").queryButton().isVisible());
        assertTrue(robot.lookup("#exportActivitiesButton").queryButton().isVisible());
        assertEquals("请在上方选择一个活动，查看参加人员的服务时长", robot.lookup("#rosterTitle").queryAs(Label.class).getText(),
                "no \"and enter\" for a role that enters no hours");
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneSaveOfANewActivityShowsEveryProblemAtOnceAndATimeProblemFocusesTheTime(FxRobot robot) {
        show(robot, ADMIN);
        TableView<ActivityRow> activities = robot.lookup("#activityTable").queryAs(TableView.class);
        javafx.scene.control.Button add = robot.lookup("#addActivityButton").queryButton();
        assertTrue(FxWait.eventually(() -> add.isVisible() && !add.isDisabled()), "add offered");
        javafx.application.Platform.runLater(add::fire);
        assertTrue(FxWait.eventually(() -> robot.lookup("#activityTeamBox").tryQuery().isPresent()), "the form opens");
        ComboBox<NamedRef> team = robot.lookup("#activityTeamBox").queryAs(ComboBox.class);
        robot.interact(() -> team.setValue(null));
        DatePicker day = robot.lookup("#activityDayPicker").queryAs(DatePicker.class);
        text(robot, "#activityTimeField", "25:99");
        text(robot, "#activityPlannedField", "abc");
        type(robot, day, "2026-13-45");
        save(robot);
        TextField title = robot.lookup("#activityTitleField").queryAs(TextField.class);
        assertTrue(FxWait.eventually(title::isFocused), "focus on the first field in error, the title");
        String status = "活动名称：必填\n服务队：必填\n开始时间：无法识别日期“2026-13-45”：请按 年-月-日 输入，如 1990-01-01\n"
                + "开始时间：时间请按“时:分”填写，如 09:00（25:99）\n计划时长（小时）：请填写数字，如 2.5（abc）";
        assertTrue(FxWait.eventually(() -> dialogLabels(robot).contains(status)),
                "every problem in the status line, in reading order: " + dialogLabels(robot));
        assertEquals(List.of("必填", "必填", "无法识别日期“2026-13-45”：请按 年-月-日 输入，如 1990-01-01",
                "时间请按“时:分”填写，如 09:00（25:99）", "请填写数字，如 2.5（abc）"), fieldErrors(robot),
                "each beside its field");
        assertTrue(activities.getItems().isEmpty() && t.services().activities().list(ADMIN, null).isEmpty(),
                "nothing saved");
        assertEquals("2026-13-45", day.getEditor().getText(), "what was typed stays");

        // the rest corrected: the time alone is wrong, and focus goes to the time, not to the day
        text(robot, "#activityTitleField", "安全用电进社区");
        robot.interact(() -> team.setValue(team.getItems().stream().filter(r -> r.id() == w.bees.id())
                .findFirst().orElseThrow()));
        type(robot, day, "2026-11-27");
        text(robot, "#activityPlannedField", "2.0");
        save(robot);
        TextField time = robot.lookup("#activityTimeField").queryAs(TextField.class);
        assertTrue(FxWait.eventually(time::isFocused), "focus on the time field in error");
        assertEquals(List.of("时间请按“时:分”填写，如 09:00（25:99）"), fieldErrors(robot));
        assertTrue(t.services().activities().list(ADMIN, null).isEmpty(), "nothing saved");

        text(robot, "#activityTimeField", "09:30");
        save(robot);
        assertTrue(FxWait.eventually(() -> robot.lookup("#saveButton").tryQuery().isEmpty()), "saved and closed");
        assertEquals(1, t.services().activities().list(ADMIN, null).size());
    }

    /** A date typed into the picker's field and committed, as leaving the field does. */
    private static void type(FxRobot robot, DatePicker picker, String typed) {
        robot.interact(() -> {
            picker.getEditor().setText(typed);
            picker.commitValue();
        });
    }

    /** The dialog's Save, as a click on it does. */
    private static void save(FxRobot robot) {
        robot.interact(() -> robot.lookup("#saveButton").queryButton().fire());
    }

    private static List<String> dialogLabels(FxRobot robot) {
        return robot.lookup("#formDialog").query().lookupAll(".label").stream()
                .filter(n -> n.isVisible() && ((Label) n).getText() != null).map(n -> ((Label) n).getText()).toList();
    }

    private static List<String> fieldErrors(FxRobot robot) {
        return robot.lookup("#formDialog").query().lookupAll(".field-error").stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((Label) n).getText()).toList();
    }
}
