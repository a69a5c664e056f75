package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.party.CommunityWorkService;
import org.dianmifeng.console.party.Feedback;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.party.Rating;
import org.dianmifeng.console.party.ServiceRecord;
import org.dianmifeng.console.party.TimelineEntry;
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
 * The party screens other than the board are never silent and offer what the role may use: a refused delete
 * (branch, grid, member) says why in the status line under the buttons and replaces the last notice; on the
 * community-work screen a work-unit secretary is not offered the feedback cards and cannot delete a card of a
 * community branch, while the community secretary is offered both.
 */
@ExtendWith(ApplicationExtension.class)
class PartyScreensRefusalViewTest {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    TestServices t;
    Stage stage;
    OrganisationService org;
    CommunityWorkService work;
    long workBranch;
    long emptyBranch;
    long communityBranch;
    long member;
    Session workSecretary;
    Session communitySecretary;
    TaskRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-party-refusals");
        PartyFixtures f = new PartyFixtures(t);
        org = t.services().organisation();
        work = t.services().communityWork();
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        workBranch = f.workBranch("YX-YJ", "运检党支部", yixing).id();
        emptyBranch = f.workBranch("YX-KF", "客服党支部", yixing).id();
        long community = f.community("YC", "阳泉社区").id();
        long grid = f.grid(community, "第一网格").id();
        f.grid(community, "第二网格");
        communityBranch = f.communityBranch("YC-DZB", "阳泉社区党支部", community).id();
        member = f.member("甲一", yixing, workBranch).id();
        f.enrol(member, grid, LocalDate.of(2025, 3, 1));
        work.addService(OFFICE, new ServiceRecord(null, member, community, LocalDate.of(2026, 5, 1), "助老送餐",
                new BigDecimal("2.5"), null, null));
        work.addFeedback(OFFICE, new Feedback(null, member, communityBranch, 2026, 2, 3, 2, new BigDecimal("6.5"),
                Rating.GOOD, "积极参加", null, null));
        workSecretary = f.secretaryOf(workBranch, "sec.yj");
        communitySecretary = f.secretaryOf(communityBranch, "sec.yc");
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
        t.close();
    }

    private UiContext ui(Session who) {
        return new UiContext(who, ZH, TaskRunner.direct());
    }

    /** As the window runs it: reads on a worker thread, results on the FX thread, one after another. */
    private UiContext window(Session who) {
        runner = TaskRunner.fx();
        return new UiContext(who, ZH, runner);
    }

    /** Waits until no background work is queued or running, whatever it started in turn (the export's test too). */
    static void settle(org.dianmifeng.console.ui.ViewModel vm) throws Exception {
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.busyProperty().get());
            Thread.sleep(150);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void show(Parent root) {
        stage.setScene(new Scene(root, 1280, 760));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String id) {
        Button b = robot.lookup(id).queryAs(Button.class);
        return b.isVisible() && b.isManaged();
    }

    private static boolean disabled(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    @Test
    void aRefusedBranchDeleteSaysWhyUnderTheButtonsAndReplacesTheLastNotice(FxRobot robot) throws Exception {
        BranchListViewModel vm = new BranchListViewModel(window(ADMIN), org, t.services().units());
        robot.interact(() -> show(new BranchListView(vm, ZH).build()));
        settle(vm);
        BranchRow inUse = vm.rows().stream().filter(r -> r.id() == workBranch).findFirst().orElseThrow();
        String why = ZH.describe(assertThrows(ConsoleException.class, () -> org.deleteBranch(ADMIN, inUse.branch())));

        robot.interact(() -> {
            vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id() == emptyBranch).findFirst().orElseThrow());
            vm.delete();
        });
        settle(vm);
        assertEquals(ZH.text("notice.deleted", "客服党支部"), text(robot, "#branchStatusLine"));

        robot.interact(() -> {
            vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id() == workBranch).findFirst().orElseThrow());
            vm.delete();
        });
        settle(vm);
        assertEquals(why, text(robot, "#branchStatusLine"));
        assertTrue(text(robot, "#branchStatusLine").contains("运检党支部"));
        assertTrue(robot.lookup("#branchStatusLine").queryAs(Label.class).isWrapText());
        // the refusal is still there after the list was read again, and no notice hides under it
        assertEquals(null, vm.noticeProperty().get());
        assertTrue(vm.rows().stream().anyMatch(r -> r.id() == workBranch));
    }

    @Test
    void aRefusedGridDeleteSaysWhyUnderTheButtons(FxRobot robot) throws Exception {
        CommunityListViewModel vm = new CommunityListViewModel(window(ADMIN), org);
        robot.interact(() -> show(new CommunityListView(vm, ZH).build()));
        settle(vm);
        robot.interact(() -> vm.selectedProperty().set(vm.rows().get(0)));
        settle(vm);
        GridRow first = vm.grids().stream().filter(g -> g.name().equals("第一网格")).findFirst().orElseThrow();
        String why = ZH.describe(assertThrows(ConsoleException.class, () -> org.deleteGrid(ADMIN, first.grid())));

        robot.interact(() -> {
            vm.selectedGridProperty().set(vm.grids().stream().filter(g -> g.name().equals("第二网格")).findFirst()
                    .orElseThrow());
            vm.deleteGrid();
        });
        settle(vm);
        assertEquals(ZH.text("notice.deleted", "第二网格"), text(robot, "#gridStatusLine"));
        assertTrue(robot.lookup("#gridStatusLine").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#communityStatusLine").queryAs(Label.class).isVisible(),
                "a grid's notice shows under the grid buttons, not above the communities");
        robot.interact(() -> {
            vm.selectedGridProperty().set(vm.grids().stream().filter(g -> g.name().equals("第一网格")).findFirst()
                    .orElseThrow());
            vm.deleteGrid();
        });
        settle(vm);
        // the grids read again with the communities do not wipe the reason
        assertEquals(why, text(robot, "#gridStatusLine"));
        assertFalse(robot.lookup("#communityStatusLine").queryAs(Label.class).isVisible());
        assertEquals(null, vm.noticeProperty().get());

        robot.interact(vm::delete); // a community's command: its refusal shows above the communities again
        settle(vm);
        assertTrue(robot.lookup("#communityStatusLine").queryAs(Label.class).isVisible());
        assertFalse(robot.lookup("#gridStatusLine").queryAs(Label.class).isVisible());
    }

    @Test
    void aRefusedMemberRemovalSaysWhyUnderTheButtons(FxRobot robot) throws Exception {
        MemberListViewModel vm = new MemberListViewModel(window(ADMIN), org, t.services().people());
        robot.interact(() -> show(new MemberListView(vm, ZH).build()));
        settle(vm);
        MemberRow row = vm.rows().stream().filter(r -> r.id() == member).findFirst().orElseThrow();
        String why = ZH.describe(assertThrows(ConsoleException.class, () -> org.removeMember(ADMIN, row.member())));
        robot.interact(() -> {
            vm.selectedProperty().set(row);
            vm.removeMember();
        });
        settle(vm);
        // the selected member's enrolments read again with the list do not wipe the reason
        assertEquals(why, text(robot, "#memberStatusLine"));
        assertEquals(1, vm.history().size());
        assertTrue(vm.rows().stream().anyMatch(r -> r.id() == member));
    }

    private CommunityWorkViewModel showWork(FxRobot robot, Session who) {
        UiContext ctx = ui(who);
        CommunityWorkViewModel vm = new CommunityWorkViewModel(ctx, work);
        robot.interact(() -> show(new CommunityWorkView(vm, new PointsRankingViewModel(ctx, work), ZH).build()));
        CommunityNode.MemberNode node = vm.rootProperty().get().getChildren().get(0).getChildren().get(0)
                .getChildren().stream().map(i -> (CommunityNode.MemberNode) i.getValue())
                .filter(m -> m.member().id() == member).findFirst().orElseThrow();
        robot.interact(() -> vm.selectedProperty().set(node));
        return vm;
    }

    private static void selectLine(FxRobot robot, CommunityWorkViewModel vm, Class<?> kind) {
        TimelineEntry line = vm.timeline().stream().filter(e -> kind.isInstance(e.record())).findFirst().orElseThrow();
        robot.interact(() -> vm.selectedEntryProperty().set(line));
    }

    @Test
    void aWorkUnitSecretaryIsNotOfferedTheCardsAndCannotDeleteACommunityBranchsCard(FxRobot robot) {
        CommunityWorkViewModel vm = showWork(robot, workSecretary);
        assertFalse(shown(robot, "#addFeedbackButton"));
        assertFalse(shown(robot, "#editCardButton"));
        assertTrue(shown(robot, "#addServiceButton"));
        assertFalse(disabled(robot, "#addServiceButton"));
        selectLine(robot, vm, Feedback.class);
        assertTrue(disabled(robot, "#deleteRecordButton"), "the card is the community branch's");
        selectLine(robot, vm, ServiceRecord.class);
        assertFalse(disabled(robot, "#deleteRecordButton"));
    }

    @Test
    void theCommunitySecretaryIsOfferedTheCardsOfTheirBranch(FxRobot robot) {
        CommunityWorkViewModel vm = showWork(robot, communitySecretary);
        assertTrue(shown(robot, "#addFeedbackButton"));
        assertTrue(shown(robot, "#editCardButton"));
        selectLine(robot, vm, Feedback.class);
        assertFalse(disabled(robot, "#editCardButton"));
        assertFalse(disabled(robot, "#deleteRecordButton"));
        robot.interact(vm::deleteSelected);
        assertNotEquals(null, vm.noticeProperty().get());
        assertEquals(vm.noticeProperty().get(), text(robot, "#workStatusLine"));
        assertTrue(vm.timeline().stream().noneMatch(e -> e.record() instanceof Feedback));
    }
}
