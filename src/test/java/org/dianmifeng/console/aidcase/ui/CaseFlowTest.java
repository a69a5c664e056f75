package org.dianmifeng.console.aidcase.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseEvent;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.EligibilityCategory;
import org.dianmifeng.console.aidcase.FollowUp;
import org.dianmifeng.console.aidcase.ItemStatus;
import org.dianmifeng.console.aidcase.RenovationCategory;
import org.dianmifeng.console.core.Gender;
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

/**
 * One case from referral to follow-up on the case screen as app/Navigation builds it (the case list with the work
 * on the selected case in its work tab), headless, by a real case-officer account: refer through the form, a site
 * visit, moved visited, the identity revealed with a reason and the consent recorded, approved, renovation items
 * with their budget, renovating, handed over, a follow-up planned and done, moved to follow-up.
 */
@ExtendWith(ApplicationExtension.class)
class CaseFlowTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final LocalDate BIRTH = LocalDate.of(2015, 6, 1);
    static final String NAME = "赵小梦";
    TestServices t;
    CaseFixtures f;
    Session officer;
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-case-flow");
        f = new CaseFixtures(t);
        officer = f.officer("officer");
        f.unit();
        f.person("张志愿");
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    /** The case screen exactly as Navigation.cases builds it, for the officer. */
    void show(FxRobot robot) {
        robot.interact(() -> {
            Messages messages = Messages.of(Messages.CHINESE);
            UiContext ctx = new UiContext(officer, messages, TaskRunner.direct());
            CaseListView view = new CaseListView(new CaseListViewModel(ctx, t.services().aidCases(),
                    t.services().caseWork(), t.services().caseReport(), t.services().units(), t.services().teams()), messages);
            Parent root = view.build();
            view.setWorkPane(caseId -> new CaseWorkView(new CaseWorkViewModel(ctx, t.services().caseWork(),
                    t.services().people(), caseId), messages).build());
            stage.setScene(new Scene(root, 1300, 760));
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
        });
    }

    @Test
    void oneCaseFromReferralToFollowUp(FxRobot robot) {
        show(robot);
        TableView<CaseRow> cases = table(robot, "#caseTable");
        assertTrue(cases.getItems().isEmpty());

        // referral through the form
        robot.clickOn("#referButton");
        WaitForAsyncUtils.waitForFxEvents();
        text(robot, "#case-child-name", NAME);
        String idNumber = CaseFixtures.idNumber(BIRTH, 7);
        text(robot, "#case-child-idNumber", idNumber);
        robot.interact(() -> {
            robot.lookup("#case-child-gender").<ComboBox<Gender>>query().setValue(Gender.FEMALE);
            robot.lookup("#case-child-birthDate").<DatePicker>query().setValue(BIRTH);
            robot.lookup("#case-child-category").<ComboBox<EligibilityCategory>>query()
                    .setValue(EligibilityCategory.IMPRISONED);
            robot.lookup("#case-case-referredOn").<DatePicker>query().setValue(LocalDate.of(2026, 11, 2));
            robot.lookup("#case-case-unit").<ComboBox<?>>query().getSelectionModel().select(0);
        });
        text(robot, "#case-child-township", "华士镇");
        text(robot, "#case-case-referralSource", "华士镇团委");
        save(robot);
        assertEquals(1, cases.getItems().size());
        CaseRow row = cases.getItems().get(0);
        assertEquals("DR-2026-001", row.code());
        assertEquals(AidCaseStatus.REFERRED, row.status());
        robot.interact(() -> cases.getSelectionModel().select(0));

        // the identity stays hidden: nowhere on the screen
        assertTrue(robot.lookup("#identityHiddenLabel").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup(NAME).tryQuery().isEmpty());

        // 走访: a site visit, then visited
        workTab(robot, 0);
        robot.interact(() -> robot.lookup("#visitedOnPicker").<DatePicker>query().setValue(LocalDate.of(2026, 11, 10)));
        Node visitorBox = robot.lookup("#visitorPickerBox").query();
        robot.interact(() -> robot.from(visitorBox).lookup("#personQueryField").<TextField>query().setText("张志愿"));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> found = robot.from(visitorBox).lookup("#personChoiceList").queryAs(ListView.class);
        assertEquals(1, found.getItems().size());
        robot.interact(() -> found.getSelectionModel().select(0));
        click(robot, "#addVisitorButton");
        text(robot, "#findingsArea", "卧室无书桌，照明不足");
        text(robot, "#needsField", "书桌、台灯");
        click(robot, "#saveVisitButton");
        assertEquals(1, table(robot, "#visitTable").getItems().size());
        move(robot, AidCaseStatus.VISITED);

        // reveal with a reason, then record the guardian's consent on the child
        TabPane caseTabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        robot.interact(() -> caseTabs.getSelectionModel().select(0));
        robot.clickOn("#revealButton");
        WaitForAsyncUtils.waitForFxEvents();
        text(robot, "#askTextField", "登记监护人同意");
        robot.clickOn("确定");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#identityHiddenLabel").queryAs(Label.class).isVisible());
        assertEquals(NAME, robot.lookup("#value-field-child-name").queryAs(Label.class).getText());
        assertEquals(idNumber, robot.lookup("#value-field-child-idNumber").queryAs(Label.class).getText());
        robot.clickOn("#editChildButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#case-child-consentOn").<DatePicker>query().setValue(LocalDate.of(2026, 11, 12)));
        text(robot, "#case-child-consentScope", "个案资料收集与帮扶使用");
        text(robot, "#case-child-consentBy", "officer");
        save(robot);
        move(robot, AidCaseStatus.APPROVED);

        // 改造: an item and the budget line
        workTab(robot, 2);
        assertFalse(robot.lookup("#itemsLockedLabel").query().isVisible(), "items open once approved");
        robot.interact(() -> {
            robot.lookup("#categoryBox").<ComboBox<RenovationCategory>>query().setValue(RenovationCategory.FURNITURE);
            robot.lookup("#itemStatusBox").<ComboBox<ItemStatus>>query().setValue(ItemStatus.INSTALLED);
        });
        text(robot, "#descriptionField", "书桌");
        text(robot, "#quantityField", "2");
        text(robot, "#unitPriceField", "400.50");
        text(robot, "#supplierField", "澄江家具店");
        click(robot, "#saveItemButton");
        assertEquals(1, table(robot, "#itemTable").getItems().size());
        assertEquals("预算 801.00 元 / 实际 0.00 元 / 差额 801.00 元",
                robot.lookup("#budgetLabel").queryAs(Label.class).getText());
        move(robot, AidCaseStatus.RENOVATING);
        move(robot, AidCaseStatus.HANDED_OVER);

        // 跟进: plan a follow-up and mark it done, then follow-up
        workTab(robot, 3);
        text(robot, "#activityField", "点亮书桌 照亮梦想");
        robot.interact(() -> robot.lookup("#dueOnPicker").<DatePicker>query().setValue(TODAY.plusDays(3)));
        click(robot, "#saveFollowUpButton");
        TableView<FollowUp> followUps = table(robot, "#followUpTable");
        assertEquals(1, followUps.getItems().size());
        robot.interact(() -> followUps.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#doneOnPicker").<DatePicker>query().setValue(TODAY));
        text(robot, "#participantsField", "张志愿");
        click(robot, "#markDoneButton");
        assertEquals(TODAY, followUps.getItems().get(0).doneOn());
        assertEquals(0, f.work().openFollowUps(officer, row.id()));
        move(robot, AidCaseStatus.FOLLOW_UP);

        // the list row, the timeline and what was stored
        CaseRow now = cases.getItems().get(0);
        assertEquals(AidCaseStatus.FOLLOW_UP, now.status());
        assertEquals(TODAY, now.handedOverOn());
        assertTrue(robot.lookup("#caseTable").lookup("跟进中").tryQuery().isPresent(), "the list row shows the status");
        robot.interact(() -> caseTabs.getSelectionModel().select(1));
        TableView<CaseEvent> timeline = table(robot, "#caseEventTable");
        assertTrue(timeline.isVisible());
        assertEquals(List.of(AidCaseStatus.REFERRED, AidCaseStatus.VISITED, AidCaseStatus.APPROVED,
                        AidCaseStatus.RENOVATING, AidCaseStatus.HANDED_OVER, AidCaseStatus.FOLLOW_UP),
                timeline.getItems().stream().map(CaseEvent::to).toList());
        assertTrue(timeline.getItems().stream().allMatch(e -> e.username().equals("officer")));
        assertEquals(1, f.work().visits(officer, row.id()).size());
        assertNotNull(f.cases().get(officer, row.id()).consentOn());
        assertEquals(List.of("officer/REVEAL/" + row.id() + "/登记监护人同意@2026-11-29T10:00"), f.identityLog());
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    /** Sets a text field's value (typing Chinese is unreliable headless) and waits. */
    private static void text(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).<TextInputControl>query().setText(value));
    }

    private static void click(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryButton();
        assertFalse(b.isDisabled(), id + " is disabled");
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the open form dialog; it closes when the save went through. */
    private static void save(FxRobot robot) {
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#saveButton").tryQuery().isEmpty(), "the form closed");
    }

    /** Moves the selected case to {@code target} today through the move form. */
    private static void move(FxRobot robot, AidCaseStatus target) {
        robot.clickOn("#moveCaseButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup("#moveTargetBox").<ComboBox<AidCaseStatus>>query().setValue(target));
        text(robot, "#moveReasonField", "按计划推进");
        save(robot);
    }

    /** Shows the work tab of the case screen and, in it, the work tab {@code index} (走访, 结对, 改造, 跟进). */
    private static void workTab(FxRobot robot, int index) {
        TabPane caseTabs = robot.lookup("#caseTabs").queryAs(TabPane.class);
        robot.interact(() -> caseTabs.getSelectionModel().select(caseTabs.getTabs().size() - 1));
        TabPane work = robot.lookup("#caseWorkTabs").queryAs(TabPane.class);
        robot.interact(() -> work.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
