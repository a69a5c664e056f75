package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.ServiceRecord;
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

/** The community-work screen loads from its FXML, filters its tree as you type and shows a member's timeline, headless. */
@ExtendWith(ApplicationExtension.class)
class CommunityWorkViewTest {
    TestServices t;

    @Start
    void start(Stage stage) throws Exception {
        t = TestServices.inTemporaryFolder("bee-work-views");
        PartyFixtures party = new PartyFixtures(t);
        Unit city = t.city();
        long branch = party.workBranch("YJ", "运检党支部", city).id();
        long east = party.community("DH", "东虹社区").id();
        long grid = party.grid(east, "东虹一网格").id();
        long zhang = party.member("张三", city, branch).id();
        long li = party.member("李四", city, branch).id();
        party.enrol(zhang, grid, LocalDate.of(2025, 3, 1));
        party.enrol(li, grid, LocalDate.of(2025, 3, 1));
        CommunityWorkService work = t.services().communityWork();
        work.addService(OFFICE, new ServiceRecord(null, li, east, LocalDate.of(2026, 5, 1), "助老送餐",
                new BigDecimal("2.5"), null, null));
        Messages messages = Messages.of(Messages.CHINESE);
        UiContext ctx = new UiContext(OFFICE, messages, TaskRunner.direct());
        stage.setScene(new Scene(new CommunityWorkView(new CommunityWorkViewModel(ctx, work),
                new PointsRankingViewModel(ctx, work), messages).build(), 1100, 700));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    static int members(TreeView<?> tree) {
        int n = 0;
        for (TreeItem<?> c : tree.getRoot().getChildren()) {
            for (TreeItem<?> g : c.getChildren()) {
                n += g.getChildren().size();
            }
        }
        return n;
    }

    @Test
    void theTreeFiltersAsYouTypeAndAMembersTimelineShows(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#workTree").queryAs(TreeView.class);
        assertEquals(2, members(tree));
        assertTrue(robot.lookup("#addServiceButton").queryAs(Button.class).isDisabled(), "no member chosen yet");
        robot.clickOn("#workFilterField").write("李");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, members(tree));
        robot.clickOn("李四（志愿者）");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("李四", robot.lookup("#workMemberTitle").queryAs(Label.class).getText());
        ListView<?> timeline = robot.lookup("#workTimeline").queryAs(ListView.class);
        assertEquals(2, timeline.getItems().size());
        assertTrue(robot.lookup("在东虹社区服务 2.5 小时：助老送餐").tryQuery().isPresent()
                || robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("助老送餐")).tryQuery().isPresent());
        assertFalse(robot.lookup("#addServiceButton").queryAs(Button.class).isDisabled());

        assertTrue(robot.lookup("#rankingTable").tryQuery().isEmpty(), "the ranking joins the screen when first shown");
        robot.interact(() -> robot.lookup("#workTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TableView<?> ranking = robot.lookup("#rankingTable").queryAs(TableView.class);
        assertEquals(2, ranking.getItems().size());
        assertEquals("名次", ranking.getColumns().get(0).getText());
    }
}
