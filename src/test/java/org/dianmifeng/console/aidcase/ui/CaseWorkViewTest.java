package org.dianmifeng.console.aidcase.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.FollowUp;
import org.dianmifeng.console.aidcase.ItemStatus;
import org.dianmifeng.console.aidcase.RenovationCategory;
import org.dianmifeng.console.aidcase.RenovationItem;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.CaseFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case-work tabs load from their FXML for a case officer, with the budget line and the overdue follow-up styled, headless. */
@ExtendWith(ApplicationExtension.class)
class CaseWorkViewTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    TestServices t;
    Stage stage;
    Session officer;
    long caseId;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-casework-views");
        CaseFixtures f = new CaseFixtures(t);
        officer = f.officer("officer1");
        f.person("张志愿");
        f.person("张志远");
        caseId = f.aidCase(officer, AidCaseStatus.RENOVATING).id();
        CaseWorkService work = t.services().caseWork();
        work.addItem(officer, new RenovationItem(null, caseId, RenovationCategory.LIGHTING, "护眼台灯", new BigDecimal("1"),
                new BigDecimal("199"), null, null, ItemStatus.PLANNED, null));
        work.plan(officer, new FollowUp(null, caseId, "点亮书桌 照亮梦想", TODAY.minusDays(5), null, null, null, null, null));
        work.plan(officer, new FollowUp(null, caseId, "体验电力人的一天", TODAY.plusDays(2), null, null, null, null, null));
        work.plan(officer, new FollowUp(null, caseId, "爱心暑期辅导班", TODAY.plusDays(200), null, null, null, null, null));
        Messages messages = Messages.of(Messages.CHINESE);
        UiContext ctx = new UiContext(officer, messages, TaskRunner.direct());
        stage.setScene(new Scene(new CaseWorkView(new CaseWorkViewModel(ctx, work, t.services().people(), caseId),
                messages).build(), 1100, 750));
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theTabsLoadAndTheOverdueFollowUpStandsOut(FxRobot robot) {
        TabPane tabs = robot.lookup("#caseWorkTabs").queryAs(TabPane.class);
        assertEquals(List.of("走访", "结对", "改造", "跟进"), tabs.getTabs().stream().map(tab -> tab.getText()).toList());
        assertTrue(robot.lookup("#caseWorkTitle").queryAs(Label.class).getText().contains("DR-2026-001"));

        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("预算 199.00 元 / 实际 0.00 元 / 差额 199.00 元", robot.lookup("#budgetLabel").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#photoSection").query().isVisible());
        assertEquals(1, robot.lookup("#itemTable").queryAs(TableView.class).getItems().size());

        robot.interact(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#followUpTable").queryAs(TableView.class);
        assertEquals(3, table.getItems().size());
        List<Node> rows = robot.lookup("#followUpTable .table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() != null).toList();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).getStyleClass().contains(CaseWorkView.OVERDUE));
        assertTrue(rows.get(1).getStyleClass().contains(CaseWorkView.DUE_THIS_WEEK));
        assertFalse(rows.get(2).getStyleClass().contains(CaseWorkView.OVERDUE));
        assertFalse(rows.get(2).getStyleClass().contains(CaseWorkView.DUE_THIS_WEEK));
    }

    /**
     * At the size the case screen gives its work tab at 1280 x 800 (about 535 x 595 px), the person picker of a site
     * visit and of a pairing shows its matches in a list tall enough to read, and Down then Enter in the search field
     * chooses the first: the list was squeezed to a few pixels, and nobody could be chosen.
     */
    @Test
    void thePersonPickerListsItsMatchesAndChoosesAtTheCaseScreensSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(535);
            stage.setHeight(595);
        });
        TabPane tabs = robot.lookup("#caseWorkTabs").queryAs(TabPane.class);
        for (int tab : new int[] {0, 1}) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            Node box = robot.lookup(tab == 0 ? "#visitorPickerBox" : "#pairingPickerBox").query();
            javafx.scene.control.TextField query = robot.from(box).lookup("#personQueryField").queryAs(javafx.scene.control.TextField.class);
            javafx.scene.control.ListView<?> list = robot.from(box).lookup("#personChoiceList").queryAs(javafx.scene.control.ListView.class);
            Label chosen = robot.from(box).lookup("#personChosenLabel").queryAs(Label.class);
            robot.interact(() -> query.setText("张志"));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(2, list.getItems().size());
            assertTrue(list.getHeight() >= 60, "the matches can be read: " + list.getHeight() + " px");
            assertTrue(robot.from(list).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                    .filter(c -> c.getItem() != null).count() == 2, "both matches show");
            robot.clickOn(query).type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(chosen.getText().startsWith("已选：张志愿"), chosen.getText());
        }
        assertFalse(robot.lookup("#addVisitorButton").queryButton().isDisabled());
        assertFalse(robot.lookup("#addPairingButton").queryButton().isDisabled());
    }

    /** The case's work, anew, in {@code language} with the console's stylesheet, at the size the case screen gives it. */
    CaseWorkViewModel show(FxRobot robot, java.util.Locale language, double width, double height) {
        CaseWorkViewModel[] vm = new CaseWorkViewModel[1];
        robot.interact(() -> {
            Messages messages = Messages.of(language);
            vm[0] = new CaseWorkViewModel(new UiContext(officer, messages, TaskRunner.direct()), t.services().caseWork(),
                    t.services().people(), caseId);
            stage.setScene(org.dianmifeng.console.testing.ConsoleLook.scene(new CaseWorkView(vm[0], messages).build(),
                    width, height));
            stage.sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return vm[0];
    }

    /**
     * The renovation tab fits the width the case screen gives it at 1280 and at 1600 px, in both languages: no
     * sideways scroll, long texts wrap (the photos' title, the locked plan's reason), every field and button whole
     * (the photos' title kept its whole width and pushed the form's Delete and its right-hand fields out of sight).
     */
    @Test
    void theRenovationTabFitsItsWidth(FxRobot robot) {
        org.dianmifeng.console.testing.ConsoleLook.themed(robot, () -> {
            for (java.util.Locale language : org.dianmifeng.console.testing.ConsoleLook.LANGUAGES) {
                for (double width : new double[] {535, 690}) {
                    show(robot, language, width, 595);
                    TabPane tabs = robot.lookup("#caseWorkTabs").queryAs(TabPane.class);
                    robot.interact(() -> tabs.getSelectionModel().select(2));
                    WaitForAsyncUtils.waitForFxEvents();
                    javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) tabs.getTabs().get(2).getContent();
                    String where = language + " at " + width + ": ";
                    assertTrue(pane.getContent().getLayoutBounds().getWidth() <= pane.getViewportBounds().getWidth() + 0.5,
                            where + "no sideways scroll, content " + pane.getContent().getLayoutBounds().getWidth()
                                    + " in " + pane.getViewportBounds().getWidth());
                    double right = pane.localToScene(pane.getLayoutBounds()).getMaxX();
                    for (String id : new String[] {"#itemForm", "#photoSection", "#budgetLabel"}) {
                        for (Node n : robot.from(robot.lookup(id).<Node>query()).lookup(".labeled, .text-field, .combo-box, .date-picker")
                                .queryAll()) {
                            if (!n.isVisible()) {
                                continue;
                            }
                            assertTrue(n.localToScene(n.getLayoutBounds()).getMaxX() <= right + 0.5,
                                    where + n + " ends past the tab's right edge");
                            if (n instanceof javafx.scene.control.Labeled l && !(n instanceof javafx.scene.control.ListCell)
                                    && l.getText() != null && !l.getText().isEmpty() && l.lookup(".text") != null) {
                                assertEquals(l.getText(), org.dianmifeng.console.testing.ConsoleLook.shownText(l),
                                        where + "shown whole");
                            }
                        }
                    }
                }
            }
        });
    }

    /** A site visit's refusal belongs to the visits: on the pairings, the renovation and the follow-ups it is gone. */
    @Test
    void aRefusalGoesWhenAnotherTabIsShown(FxRobot robot) {
        TabPane tabs = robot.lookup("#caseWorkTabs").queryAs(TabPane.class);
        Label status = robot.lookup("#caseWorkStatus").queryAs(Label.class);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#saveVisitButton").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status.getText() != null && !status.getText().isEmpty(), "the visit is refused: no visitor");
        for (int tab = 1; tab < 4; tab++) {
            int shown = tab;
            robot.interact(() -> tabs.getSelectionModel().select(shown));
            assertTrue(status.getText() == null || status.getText().isEmpty(), "tab " + tab + ": " + status.getText());
        }
    }
}
