package org.dianmifeng.console.summary.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.SummaryFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerSummaryFixtures;
import org.dianmifeng.console.app.AppFlow;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dashboard, headless: tiles and charts of this year, another year chosen reloads them. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    TestServices t;
    SummaryFixtures f;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-dashboard");
        f = new SummaryFixtures(t).scenario();
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @SuppressWarnings("unchecked")
    private static int bar(BarChart<?, ?> chart, int index) {
        XYChart.Series<String, Number> series = ((BarChart<String, Number>) chart).getData().get(0);
        return series.getData().get(index).getYValue().intValue();
    }

    @Test
    void showsTheYearsTilesAndChartsAndReloadsForAnotherYear(FxRobot robot) {
        robot.interact(() -> {
            Messages zh = Messages.of(Messages.CHINESE);
            DashboardView view = new DashboardView(new DashboardViewModel(new UiContext(TestServices.VIEWER, zh,
                    TaskRunner.direct()), t.services().summary(), t.services().units()), zh);
            stage.setScene(new Scene(view.build(), 1200, 800));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(10, robot.lookup("#dashboardTiles").queryAs(FlowPane.class).getChildren().size());
        assertEquals("0.0", robot.lookup("#tile-approvedHours").queryAs(Label.class).getText());
        Label noVolunteering = robot.lookup("#dashboardVolunteeringNote").queryAs(Label.class);
        assertTrue(noVolunteering.isVisible(), "a year without approved volunteer hours says so");
        assertEquals("2026年没有已审核的志愿服务时长：志愿活动、服务志愿者和时长均为 0。", noVolunteering.getText());
        assertEquals("8", robot.lookup("#tile-people").queryAs(Label.class).getText());
        assertEquals("4", robot.lookup("#tile-honours").queryAs(Label.class).getText());
        BarChart<?, ?> honours = robot.lookup("#dashboardHonours").queryAs(BarChart.class);
        assertEquals(1, bar(honours, 0), "one national honour in 2026");
        BarChart<?, ?> grades = robot.lookup("#dashboardGrades").queryAs(BarChart.class);
        assertEquals(1, bar(grades, 0));
        PieChart cases = robot.lookup("#dashboardCases").queryAs(PieChart.class);
        assertEquals(2, cases.getData().size());
        assertTrue(robot.lookup("#dashboardPeople").tryQuery().isPresent());
        assertTrue(robot.lookup("#dashboardHeading").queryAs(Label.class).getText().contains("2026"));
        assertTrue(!robot.lookup("#gradeEmpty").query().isVisible(), "2026 has appraisals: no 没有数据 over them");

        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Integer> year = robot.lookup("#dashboardYear").queryAs(ComboBox.class);
            year.setValue(2025);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1", robot.lookup("#tile-honours").queryAs(Label.class).getText());
        assertEquals(0, bar(honours, 0), "no national honour in 2025");
        assertEquals(1, bar(honours, 3), "one county honour in 2025");
        assertEquals(0, bar(grades, 0), "no appraisal in 2025");
        Label noGrades = robot.lookup("#gradeEmpty").queryAs(Label.class);
        assertTrue(noGrades.isVisible(), "an empty chart says so");
        assertEquals("所选年度和单位没有数据", noGrades.getText());
        assertTrue(!robot.lookup("#honourEmpty").query().isVisible(), "2025 has an honour");
        assertTrue(robot.lookup("#dashboardHeading").queryAs(Label.class).getText().contains("2025"));
    }

    @Test
    void theChoosersAndRefreshHaveMnemonicsAndTheUnitsAreIndented(FxRobot robot) {
        Messages zh = Messages.of(Messages.CHINESE);
        robot.interact(() -> {
            DashboardView view = new DashboardView(new DashboardViewModel(new UiContext(TestServices.VIEWER, zh,
                    TaskRunner.direct()), t.services().summary(), t.services().units()), zh);
            stage.setScene(new Scene(view.build(), 1200, 800));
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label year = robot.lookup("#dashboardYearLabel").queryAs(Label.class);
        Label unit = robot.lookup("#dashboardUnitLabel").queryAs(Label.class);
        assertTrue(year.isMnemonicParsing() && unit.isMnemonicParsing());
        assertSame(robot.lookup("#dashboardYear").query(), year.getLabelFor(), "Alt+Y chooses the year");
        assertSame(robot.lookup("#dashboardUnit").query(), unit.getLabelFor(), "Alt+U chooses the unit");
        assertEquals("年度(_Y)", year.getText());
        assertEquals("单位(_U)", unit.getText());
        Button refresh = robot.lookup("#dashboardRefresh").queryButton();
        assertTrue(refresh.isMnemonicParsing());
        assertEquals("刷新(_R)", refresh.getText());
        ComboBox<?> years = robot.lookup("#dashboardYear").queryAs(ComboBox.class);
        assertEquals(t.services().summary().years(), List.copyOf(years.getItems()));
        @SuppressWarnings("unchecked")
        ComboBox<Unit> units = robot.lookup("#dashboardUnit").queryAs(ComboBox.class);
        List<Unit> tree = UnitOrder.depthFirst(t.services().units().all(TestServices.VIEWER)).stream()
                .map(UnitOrder.Entry::unit).toList();
        assertEquals(tree, units.getItems().subList(1, units.getItems().size()), "all units first, then the tree");
    }

    /**
     * The year's volunteer work in both languages at 1280x800 and 1600x1000: the tiles hold their figures and show
     * their labels whole; with -Dscreenshots=DIR, saves each as DIR/dashboard-LANG-WxH.png.
     */
    @Test
    void theVolunteerTilesAreReadableInBothLanguagesAtBothSizes(FxRobot robot) throws Exception {
        new VolunteerSummaryFixtures(t, f).scenario();
        for (Messages m : List.of(Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH))) {
            for (int[] size : List.of(new int[] {1280, 800}, new int[] {1600, 1000})) {
                robot.interact(() -> {
                    DashboardView view = new DashboardView(new DashboardViewModel(new UiContext(TestServices.VIEWER, m,
                            TaskRunner.direct()), t.services().summary(), t.services().units()), m);
                    stage.setScene(new Scene(view.build(), size[0], size[1]));
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals("4", robot.lookup("#tile-activitiesHeld").queryAs(Label.class).getText());
                assertEquals("4", robot.lookup("#tile-volunteersServing").queryAs(Label.class).getText());
                assertEquals("15.0", robot.lookup("#tile-approvedHours").queryAs(Label.class).getText());
                assertTrue(!robot.lookup("#dashboardVolunteeringNote").query().isVisible(), "2026 has approved hours");
                assertTilesInSight(robot, m, size);
                AppFlow.snapshot(stage, "dashboard-" + m.locale().getLanguage() + "-" + size[0] + "x" + size[1] + ".png");
            }
        }
    }

    /**
     * The bar charts' labels read across with room between them, as the console shows the dashboard beside its
     * navigation at 1280x800 and 1600x1000 in both languages: in English at 1280 px "Basically qualified" touched
     * "Unqualified", and the axis turned "Probationary CPC member" and its neighbours on their side.
     */
    @Test
    void theBarChartsLabelsReadAcrossInBothLanguagesAtBothSizes(FxRobot robot) {
        org.dianmifeng.console.testing.ConsoleLook.themed(robot, () -> {
            for (java.util.Locale locale : org.dianmifeng.console.testing.ConsoleLook.LANGUAGES) {
                Messages m = Messages.of(locale);
                for (int[] size : org.dianmifeng.console.testing.ConsoleLook.CONTENT_SIZES) {
                    robot.interact(() -> stage.setScene(org.dianmifeng.console.testing.ConsoleLook.scene(
                            new DashboardView(new DashboardViewModel(new UiContext(TestServices.VIEWER, m,
                                    TaskRunner.direct()), t.services().summary(), t.services().units()), m).build(),
                            size[0], size[1])));
                    WaitForAsyncUtils.waitForFxEvents();
                    for (String chart : List.of("#dashboardHonours", "#dashboardGrades", "#dashboardPeople")) {
                        javafx.scene.chart.Axis<?> axis = robot.lookup(chart).queryAs(BarChart.class).getXAxis();
                        List<javafx.scene.Node> labels = axis.getChildrenUnmodifiable().stream()
                                .filter(javafx.scene.text.Text.class::isInstance).toList();
                        assertTrue(labels.size() >= 4, chart);
                        assertNull(org.dianmifeng.console.testing.ConsoleLook.crampedCategoryLabel(axis), chart
                                + " reads across with room beside each label, " + locale + " " + size[0]);
                    }
                }
            }
        });
    }

    /**
     * The tiles of the year's sums while they are read (a progress indicator in place of the value, never a 0) and
     * when their read failed (its message), in both languages at 1280x800 and 1600x1000: in sight, labels whole; with
     * -Dscreenshots=DIR, saved as DIR/dashboard-summing-LANG-WxH.png and dashboard-failed-LANG-WxH.png.
     */
    @Test
    void theSumsTilesWaitingAndFailedAreReadableInBothLanguagesAtBothSizes(FxRobot robot) throws Exception {
        for (Messages m : List.of(Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH))) {
            for (int[] size : List.of(new int[] {1280, 800}, new int[] {1600, 1000})) {
                Unit town = t.unit("ZJ", "周庄供电所", f.jy); // deleted at the end of each round
                java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
                try (TaskRunner runner = TaskRunner.fx()) {
                    DashboardViewModel vm = new DashboardViewModel(new UiContext(TestServices.VIEWER, m, runner),
                            t.services().summary(), t.services().units());
                    runner.runBeside(p -> release.await(20, java.util.concurrent.TimeUnit.SECONDS), r -> { }, e -> { });
                    robot.interact(() -> {
                        // as the console shows it: its theme and stylesheet
                        javafx.application.Application.setUserAgentStylesheet(
                                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                        Scene scene = new Scene(new DashboardView(vm, m).build(), size[0], size[1]);
                        scene.getStylesheets().add(org.dianmifeng.console.ui.MainWindow.class.getResource("console.css")
                                .toExternalForm());
                        stage.setScene(scene);
                    });
                    WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                            () -> robot.lookup("#tile-people").tryQuery().isPresent());
                    WaitForAsyncUtils.waitForFxEvents();
                    assertEquals("8", robot.lookup("#tile-people").queryAs(Label.class).getText());
                    for (String id : List.of("hours", "activitiesHeld", "volunteersServing", "approvedHours")) {
                        assertTrue(robot.lookup("#tile-" + id).query() instanceof javafx.scene.control.ProgressIndicator,
                                id + " waits for its sum");
                    }
                    assertTilesInSight(robot, m, size);
                    AppFlow.snapshot(stage, "dashboard-summing-" + m.locale().getLanguage() + "-" + size[0] + "x"
                            + size[1] + ".png");

                    // the town chosen, then deleted by another console before its sums are read
                    robot.interact(() -> vm.unitProperty().set(town));
                    WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#tile-people")
                            .tryQuery().filter(n -> n instanceof Label l && "0".equals(l.getText())).isPresent());
                    t.services().units().delete(TestServices.ADMIN, town);
                    release.countDown();
                    WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                            () -> robot.lookup("#tile-hours").tryQuery().filter(Label.class::isInstance).isPresent());
                    WaitForAsyncUtils.waitForFxEvents();
                    assertEquals(m.text("error.report.unknownUnit", "ZJ"),
                            robot.lookup("#tile-hours").queryAs(Label.class).getText(), "the failure on the tile");
                    assertTilesInSight(robot, m, size);
                    AppFlow.snapshot(stage, "dashboard-failed-" + m.locale().getLanguage() + "-" + size[0] + "x"
                            + size[1] + ".png");
                } finally {
                    release.countDown();
                    robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(null));
                }
            }
        }
    }

    /** Each tile's label shown whole and each tile within the pane. */
    private static void assertTilesInSight(FxRobot robot, Messages m, int[] size) {
        FlowPane tiles = robot.lookup("#dashboardTiles").queryAs(FlowPane.class);
        for (var tile : tiles.getChildren()) {
            Label label = (Label) ((javafx.scene.layout.VBox) tile).getChildren().get(0);
            assertTrue(label.getWidth() + 0.5 >= label.prefWidth(-1), m.locale() + " " + size[0] + ": "
                    + label.getText() + " is cut");
            assertTrue(tile.getBoundsInParent().getMaxX() <= tiles.getWidth() + 0.5, label.getText()
                    + " runs off the screen");
        }
    }
}
