package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.PartyMember;
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

/** The 党组织与网格 screen loads from its FXML, lists members, filters as you type and shows the other tabs, headless. */
@ExtendWith(ApplicationExtension.class)
class OrganisationViewTest {
    TestServices t;

    @Start
    void start(Stage stage) throws Exception {
        t = TestServices.inTemporaryFolder("bee-party-views");
        Services s = t.services();
        PartyFixtures f = new PartyFixtures(t);
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        Branch yunjian = f.workBranch("YX-YJ", "运检党支部", yixing);
        Community xincun = f.community("C01", "新村社区");
        Grid grid = f.grid(xincun.id(), "第一网格");
        f.grid(xincun.id(), "第二网格");
        PartyMember zhang = f.member("张三", yixing, yunjian.id());
        f.member("李四", yixing, yunjian.id());
        f.enrol(zhang.id(), grid.id(), LocalDate.of(2025, 3, 1));
        Messages messages = Messages.of(Messages.CHINESE);
        UiContext ctx = new UiContext(ADMIN, messages, TaskRunner.direct());
        stage.setScene(new Scene(new OrganisationView(ctx, s.organisation(), s.units(), s.people()).build(), 1200, 760));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        t.close();
    }

    @Test
    void theMemberListFiltersAsYouTypeAndTheOtherTabsShowTheirRows(FxRobot robot) {
        TableView<?> members = robot.lookup("#partyMemberTable").queryAs(TableView.class);
        assertEquals(2, members.getItems().size());
        assertEquals("姓名", members.getColumns().get(0).getText());
        robot.clickOn("#memberFilterField").write("张");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, members.getItems().size());
        robot.interact(() -> members.getSelectionModel().select(0));
        TableView<?> history = robot.lookup("#enrolmentHistoryTable").queryAs(TableView.class);
        assertEquals(1, history.getItems().size());
        assertTrue(robot.lookup("#moveButton").queryButton().isVisible());
        assertTrue(!robot.lookup("#moveButton").queryButton().isDisabled(), "an enrolled member can be moved");
        assertTrue(robot.lookup("#enrolButton").queryButton().isDisabled(), "but not enrolled a second time");
        assertTrue(org.dianmifeng.console.ui.ViewSupport.disabledTip(robot.lookup("#enrolButton").queryButton())
                .endsWith("该党员已到社区报到；换网格请用“转移网格”，结束请用“结束报到”。"), "and says why");

        TabPane tabs = robot.lookup("#partyTabs").queryAs(TabPane.class);
        assertTrue(robot.lookup("#branchTable").tryQuery().isEmpty() && robot.lookup("#communityTable").tryQuery()
                .isEmpty(), "the other tabs' lists are built (and read) when their tab is first shown");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<?> branches = robot.lookup("#branchTable").queryAs(TableView.class);
        assertEquals(1, branches.getItems().size());
        robot.clickOn("#branchFilterField").write("没有这个");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, branches.getItems().size(), "the branch list filters as you type");
        robot.interact(() -> robot.lookup("#branchFilterField").queryAs(javafx.scene.control.TextField.class).clear());
        assertEquals(1, branches.getItems().size());

        robot.interact(() -> tabs.getSelectionModel().select(2));
        TableView<?> communities = robot.lookup("#communityTable").queryAs(TableView.class);
        assertEquals(1, communities.getItems().size());
        robot.clickOn("#communityFilterField").write("没有这个");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, communities.getItems().size(), "the community list filters as you type");
        robot.interact(() -> robot.lookup("#communityFilterField").queryAs(javafx.scene.control.TextField.class).clear());
        robot.interact(() -> communities.getSelectionModel().select(0));
        TableView<?> grids = robot.lookup("#gridTable").queryAs(TableView.class);
        assertEquals(2, grids.getItems().size());
    }
}
