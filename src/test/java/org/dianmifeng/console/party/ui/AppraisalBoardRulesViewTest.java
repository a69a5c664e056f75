package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.Appraisal;
import org.dianmifeng.console.party.AppraisalRow;
import org.dianmifeng.console.party.AppraisalRules;
import org.dianmifeng.console.party.AppraisalService;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.testing.ConsoleLook;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board is never silent and explains its rules: a community secretary is not offered the work-unit
 * branch's commands, 确认 is disabled where the status does not allow it, a refused 确认 says why where the
 * buttons are and clears the last notice, the rules panel follows the settings, rows and chart agree.
 */
@ExtendWith(ApplicationExtension.class)
class AppraisalBoardRulesViewTest {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    TestServices t;
    Stage stage;
    AppraisalService appraisals;
    AppraisalBoardViewModel vm;
    Session secretary;
    Session communitySecretary;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-appraisal-rules");
        PartyFixtures f = new PartyFixtures(t);
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        long branch = f.workBranch("YX-YJ", "运检党支部", yixing).id();
        long community = f.community("YC", "阳泉社区").id();
        long grid = f.grid(community, "第一网格").id();
        long communityBranch = f.communityBranch("YC-DZB", "阳泉社区党支部", community).id();
        String[][] members = {{"甲一", "80"}, {"乙二", "50"}, {"丙三", "70"}};
        for (String[] m : members) {
            f.enrol(f.member(m[0], yixing, branch).id(), grid, LocalDate.of(2026, 2, 1));
        }
        appraisals = t.services().appraisals();
        appraisals.start(ADMIN, branch, 2026);
        for (AppraisalRow r : appraisals.rows(ADMIN, branch, 2026)) {
            String score = java.util.Arrays.stream(members).filter(m -> m[0].equals(r.member().name())).findFirst()
                    .orElseThrow()[1];
            Appraisal a = appraisals.evaluateUnit(ADMIN, r.id(), r.version(), new BigDecimal(score), null);
            appraisals.evaluateCommunity(ADMIN, a.id(), a.version(), communityBranch, new BigDecimal(score), null);
        }
        appraisals.propose(ADMIN, branch, 2026);
        secretary = f.secretaryOf(branch, "sec.yj");
        communitySecretary = f.secretaryOf(communityBranch, "sec.yc");
        show(secretary);
    }

    private void show(Session who) {
        vm = new AppraisalBoardViewModel(new UiContext(who, ZH, TaskRunner.direct()), appraisals,
                t.services().appraisalReport());
        stage.setScene(new Scene(new AppraisalBoardView(vm, ZH).build(), 1280, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<AppraisalRow> table(FxRobot robot) {
        return robot.lookup("#appraisalTable").queryAs(TableView.class);
    }

    private void select(FxRobot robot, String name) {
        TableView<AppraisalRow> table = table(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row(robot, name))));
    }

    private AppraisalRow row(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(r -> r.member().name().equals(name)).findFirst().orElseThrow();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#appraisalStatusLine").queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        return b.isVisible() && b.isManaged();
    }

    @Test
    void aCommunitySecretaryIsNotOfferedTheWorkUnitBranchsCommands(FxRobot robot) {
        assertTrue(shown(robot, "#startAppraisalButton"));
        assertTrue(shown(robot, "#confirmAppraisalButton"));
        assertTrue(shown(robot, "#printResultTableButton"));
        robot.interact(() -> show(communitySecretary));
        assertEquals(3, table(robot).getItems().size());
        for (String id : new String[] {"#startAppraisalButton", "#proposeButton", "#confirmAppraisalButton",
                "#returnAppraisalButton", "#reasonButton", "#printResultTableButton"}) {
            assertFalse(shown(robot, id), id);
        }
        // the community evaluation is theirs to give
        assertTrue(shown(robot, "#editAppraisalButton"));
    }

    @Test
    void aRefusedConfirmSaysWhyBesideTheButtonsAndReplacesTheLastNotice(FxRobot robot) {
        // a success first: 丙三 returned
        AppraisalRow third = row(robot, "丙三");
        robot.interact(() -> {
            select(robot, "丙三");
            vm.returnSelected("社区评价请复核");
        });
        assertEquals(ZH.text("appraisal.returned", "丙三"), status(robot));
        assertEquals(AppraisalStatus.RETURNED, row(robot, "丙三").status());
        assertTrue(third.status() != row(robot, "丙三").status());

        // 确认 is disabled on the returned row; its comment shows whole under the table
        select(robot, "丙三");
        assertTrue(robot.lookup("#confirmAppraisalButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#appraisalDetail").queryAs(Label.class).getText().contains("社区评价请复核"));

        // 乙二 is proposed 不合格 without a reason: 确认 is refused on screen, no question asked
        select(robot, "乙二");
        assertEquals(Grade.UNQUALIFIED, row(robot, "乙二").proposedGrade());
        assertFalse(robot.lookup("#confirmAppraisalButton").queryAs(Button.class).isDisabled());
        robot.clickOn("#confirmAppraisalButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup(".dialog-pane").queryAll().size());
        assertEquals(ZH.text("error.appraisal.reasonMissing", "乙二"), status(robot));
        assertFalse(status(robot).contains("丙三"));
        assertEquals(AppraisalStatus.PROPOSED, row(robot, "乙二").status());
    }

    @Test
    void aRefusalOfTheServiceStaysOnScreenAfterTheRowsAreReadAgain(FxRobot robot) {
        select(robot, "甲一");
        AppraisalRow shownRow = row(robot, "甲一");
        // someone else returns it meanwhile: the board still shows it proposed
        appraisals.returnProposal(ADMIN, shownRow.id(), shownRow.version(), "请复核");
        robot.interact(vm::confirmSelection);
        assertEquals(ZH.text("error.appraisal.changedSinceShown", "甲一"), status(robot));
        assertEquals(AppraisalStatus.RETURNED, row(robot, "甲一").status());
    }

    @Test
    void theRulesPanelShowsTheSettingsInForce(FxRobot robot) {
        Label rules = robot.lookup("#appraisalRules").queryAs(Label.class);
        assertTrue(rules.getText().contains("单位评价 × 60% + 社区评价 × 40%"), rules.getText());
        assertTrue(rules.getText().contains("优秀：综合得分 90 分及以上"), rules.getText());
        assertTrue(rules.getText().contains("不合格：综合得分低于 60 分"), rules.getText());
        assertTrue(rules.getText().contains("1/3"), rules.getText());
        assertTrue(rules.isWrapText());

        AppraisalRules d = AppraisalRules.defaults();
        java.util.Map<Grade, BigDecimal> thresholds = new java.util.EnumMap<>(d.thresholds());
        thresholds.put(Grade.EXCELLENT, BigDecimal.valueOf(92.5));
        t.services().partySettings().save(ADMIN, new AppraisalRules(d.grades(), thresholds, 70, true, 1, 4, true,
                true, d.pointsPerHour()));
        robot.interact(vm::loadRows);
        assertTrue(rules.getText().contains("单位评价 × 70% + 社区评价 × 30%"), rules.getText());
        assertTrue(rules.getText().contains("优秀：综合得分 92.5 分及以上"), rules.getText());
        assertTrue(rules.getText().contains("1/4"), rules.getText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void rowsAndChartAgreeAfterAConfirm(FxRobot robot) {
        BarChart<Number, String> chart = robot.lookup("#gradeChart").queryAs(BarChart.class);
        select(robot, "甲一");
        robot.clickOn("#confirmAppraisalButton");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Node) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ZH.text("appraisal.confirmed", 1), status(robot));
        for (int series = 0; series < 2; series++) {
            AppraisalStatus s = series == 0 ? AppraisalStatus.PROPOSED : AppraisalStatus.CONFIRMED;
            long rows = table(robot).getItems().stream().filter(r -> r.status() == s).count();
            long bars = ((XYChart.Series<Number, String>) chart.getData().get(series)).getData().stream()
                    .mapToLong(d -> d.getXValue().longValue()).sum();
            assertEquals(rows, bars, s.name());
        }
        assertEquals(1, table(robot).getItems().stream().filter(r -> r.status() == AppraisalStatus.CONFIRMED).count());
        // a confirmed row cannot be confirmed, returned or edited again
        select(robot, "甲一");
        assertTrue(robot.lookup("#confirmAppraisalButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#returnAppraisalButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#editAppraisalButton").queryAs(Button.class).isDisabled());
        assertNull(vm.errorProperty().get());
    }

    @Test
    void theChartBesideTheRulesNamesItsAxisWholeAtBothSizesInBothLanguages(FxRobot robot) {
        ConsoleLook.themed(robot, () -> {
            for (java.util.Locale locale : ConsoleLook.LANGUAGES) {
                for (int[] size : ConsoleLook.CONTENT_SIZES) {
                    // as the main window shows a screen: built, then put into the content of a styled scene
                    javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane();
                    robot.interact(() -> stage.setScene(ConsoleLook.scene(content, size[0], size[1])));
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> {
                        Messages m = Messages.of(locale);
                        vm = new AppraisalBoardViewModel(new UiContext(ADMIN, m, TaskRunner.direct()), appraisals,
                                t.services().appraisalReport());
                        content.getChildren().setAll(new AppraisalBoardView(vm, m).build());
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    WaitForAsyncUtils.waitForFxEvents();
                    Node axis = robot.lookup("#gradeChart").queryAs(BarChart.class).getXAxis();
                    Label name = (Label) axis.lookup(".axis-label");
                    // the grades read across, whole, beside their bars: under them, English grades were turned on
                    // their side at 1,280 and 1,600 px
                    javafx.scene.chart.Axis<?> grades = robot.lookup("#gradeChart").queryAs(BarChart.class).getYAxis();
                    java.util.List<javafx.scene.text.Text> gradeLabels = grades.getChildrenUnmodifiable().stream()
                            .filter(javafx.scene.text.Text.class::isInstance).map(javafx.scene.text.Text.class::cast)
                            .toList();
                    assertEquals(4, gradeLabels.size(), "the four grades in use");
                    javafx.scene.text.Text top = gradeLabels.stream().min(java.util.Comparator.comparingDouble(
                            g -> g.localToScene(g.getBoundsInLocal()).getMinY())).orElseThrow();
                    assertEquals(Messages.of(locale).label(org.dianmifeng.console.party.Grade.EXCELLENT), top.getText(),
                            "优秀 at the top, as the rules list the grades");
                    for (javafx.scene.text.Text g : gradeLabels) {
                        javafx.geometry.Bounds b = g.localToScene(g.getBoundsInLocal());
                        assertTrue(g.getRotate() == 0 && b.getMinX() >= 0, g.getText() + " reads across, whole, at "
                                + b + " (" + locale + ", " + size[0] + " px)");
                    }
                    assertEquals(name.getText(), ConsoleLook.shownText(name), "the count axis named whole ("
                            + locale + ", " + size[0] + " px), never \"Mem…\"");
                    double sceneWidth = stage.getScene().getWidth();
                    for (String id : new String[] {"#exportAppraisalButton", "#printResultTableButton"}) {
                        Node button = robot.lookup(id).query();
                        javafx.geometry.Bounds b = button.localToScene(button.getBoundsInLocal());
                        assertTrue(button.isVisible() && b.getWidth() > 0 && b.getMaxX() <= sceneWidth,
                                id + " in sight at " + b + " (" + locale + ", " + size[0] + " px)");
                    }
                    // the chart whole, or a scroll bar to say there is more below: at 1,280 px in English its
                    // labels and legend were below the side's bottom and no bar showed
                    javafx.scene.control.ScrollPane side = robot.lookup("#appraisalSidePane").queryAs(
                            javafx.scene.control.ScrollPane.class);
                    Node chartNode = robot.lookup("#gradeChart").query();
                    double chartBottom = chartNode.localToScene(chartNode.getBoundsInLocal()).getMaxY();
                    double sideBottom = side.localToScene(side.getBoundsInLocal()).getMaxY();
                    boolean barShown = side.lookupAll(".scroll-bar").stream().anyMatch(
                            bar -> bar.isVisible() && ((javafx.scene.control.ScrollBar) bar).getOrientation()
                                    == javafx.geometry.Orientation.VERTICAL);
                    assertTrue(chartBottom <= sideBottom + 0.5 || barShown, "the chart ends at " + chartBottom
                            + ", the side at " + sideBottom + ", and no scroll bar shows (" + locale + ", "
                            + size[0] + " px)");
                    // the bars readable: English rules at 1,280 px left the plot 55 px high
                    assertTrue(grades.getLayoutBounds().getHeight() >= 110, "the grades' axis is "
                            + grades.getLayoutBounds().getHeight() + " px high (" + locale + ", " + size[0] + " px)");
                }
            }
        });
    }
}
