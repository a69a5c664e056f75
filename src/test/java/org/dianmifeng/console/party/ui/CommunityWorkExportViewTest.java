package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.OrganisationService;
import org.dianmifeng.console.testing.ConsoleLook;
import org.dianmifeng.console.testing.FxWait;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.Job;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The tree of 党员与服务 exports to Excel what it shows, headless: a name typed into the filter, the export written in
 * the background (its progress and cancel shown while it runs) holds exactly the members the tree keeps, each with
 * their community and grid, under headers in the session's language; a community branch's secretary exports only
 * the members of their community, as their tree shows them; the screen's status line says where the file went.
 */
@ExtendWith(ApplicationExtension.class)
class CommunityWorkExportViewTest {
    @TempDir Path dir;
    TestServices t;
    Stage stage;
    TaskRunner runner;
    long westBranch;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        t = TestServices.inTemporaryFolder("bee-work-export");
        PartyFixtures party = new PartyFixtures(t);
        OrganisationService org = t.services().organisation();
        Unit city = t.city();
        long branch = party.workBranch("YJ", "运检党支部", city).id();
        long east = org.createCommunity(ADMIN, new Community(null, "DH", "东虹社区", "宜城街道", null)).id();
        long west = org.createCommunity(ADMIN, new Community(null, "XY", "西园社区", "屺亭街道", null)).id();
        long eastOne = org.createGrid(ADMIN, new Grid(null, east, "东虹一网格", "钱网格", "13912345678", null)).id();
        long eastTwo = org.createGrid(ADMIN, new Grid(null, east, "东虹二网格", "孙网格", "13912345679", null)).id();
        long westOne = org.createGrid(ADMIN, new Grid(null, west, "西园一网格", "周网格", "13912345670", null)).id();
        westBranch = party.communityBranch("XY-DZB", "西园社区党支部", west).id();
        LocalDate reported = LocalDate.of(2025, 3, 1);
        org.enrol(ADMIN, party.member("张三", city, branch).id(), eastOne, reported, GridRole.GRID_WORKER, null, null);
        party.enrol(party.member("李四", city, branch).id(), eastOne, reported);
        party.enrol(party.member("赵张华", city, branch).id(), eastTwo, reported);
        org.enrol(ADMIN, party.member("张小明", city, branch).id(), westOne, reported, GridRole.BUILDING_LEADER, null,
                null);
        party.enrol(party.member("吴六", city, branch).id(), westOne, reported);
        stage.show();
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
        t.close();
    }

    /**
     * The screen of {@code who} in {@code locale} as the window runs it (reads on a worker thread), at what the window
     * of 1,280 px leaves it, with the console's look: the export button is in sight; the tree read.
     */
    private CommunityWorkViewModel show(FxRobot robot, Session who, Locale locale) throws Exception {
        runner = TaskRunner.fx();
        Messages m = Messages.of(locale);
        UiContext ctx = new UiContext(who, m, runner);
        CommunityWorkViewModel vm = new CommunityWorkViewModel(ctx, t.services().communityWork());
        ConsoleLook.themed(robot, () -> {
            robot.interact(() -> stage.setScene(ConsoleLook.scene(new CommunityWorkView(vm,
                    new PointsRankingViewModel(ctx, t.services().communityWork()), m).build(),
                    ConsoleLook.CONTENT_SIZES[0][0], ConsoleLook.CONTENT_SIZES[0][1])));
            assertTrue(FxWait.eventually(10, () -> !vm.busyProperty().get()), "the tree read");
            WaitForAsyncUtils.waitForFxEvents();
            Node export = robot.lookup("#exportWorkTreeButton").query();
            Bounds b = export.localToScene(export.getBoundsInLocal());
            assertTrue(export.isVisible() && b.getWidth() > 0 && b.getMaxX() <= stage.getScene().getWidth(),
                    "the export in sight at 1,280 px: " + b + " (" + locale + ")");
        });
        assertFalse(robot.lookup("#exportWorkTreeButton").queryButton().isDisabled(), "the tree is read");
        return vm;
    }

    /**
     * Puts {@code text} into the screen's filter field, as typed (set, not typed by the robot: on a loaded machine its
     * keys were seen to reach the field after the check), and waits for the tree to follow it.
     */
    private static void filter(FxRobot robot, String text) {
        TextField field = robot.lookup("#workFilterField").queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each member the tree on the screen shows: community, grid and member name, in the tree's order. */
    private static List<List<String>> shownInTree(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#workTree").queryAs(TreeView.class);
        List<List<String>> out = new ArrayList<>();
        for (TreeItem<Object> c : tree.getRoot().getChildren()) {
            for (TreeItem<Object> g : c.getChildren()) {
                for (TreeItem<Object> m : g.getChildren()) {
                    out.add(List.of(((CommunityNode) c.getValue()).name(), ((CommunityNode.GridNode) g.getValue()).name(),
                            ((CommunityNode.MemberNode) m.getValue()).member().name()));
                }
            }
        }
        return out;
    }

    /**
     * Exports as the export button does once the file is chosen (the chooser is the system's, not shown headless):
     * while it runs its progress and its cancel show; then the status line says how many rows went where. The sheet's
     * rows from its header on.
     */
    private List<List<String>> export(FxRobot robot, CommunityWorkViewModel vm, Locale locale, String header0,
                                      int rows) throws Exception {
        Path out = dir.resolve(locale.getLanguage() + "-members.xlsx");
        Job[] started = new Job[1];
        robot.interact(() -> {
            started[0] = vm.export(out);
            // the result comes back on this thread, after this: the export is running here
            assertNotNull(vm.exportJobProperty().get(), "the export runs in the background");
            List<Node> beside = robot.lookup("#exportWorkTreeButton").query().getParent().getChildrenUnmodifiable();
            assertTrue(beside.stream().anyMatch(n -> n instanceof ProgressBar p && p.isVisible()),
                    "its progress shows beside the export button");
            assertTrue(beside.stream().anyMatch(n -> n instanceof Button c && c.isVisible()
                    && Messages.of(locale).text("export.cancel").equals(c.getText())), "and its cancel");
        });
        PartyScreensRefusalViewTest.settle(vm);
        assertEquals(null, vm.exportJobProperty().get());
        assertFalse(started[0].runningProperty().get());
        assertEquals(Messages.of(locale).text("export.done", rows, out.toAbsolutePath().toString()),
                robot.lookup("#workStatusLine").queryAs(Label.class).getText());
        List<List<String>> sheet = Workbooks.read(out);
        String all = sheet.toString();
        assertFalse(all.contains("32028119900101"), "no ID number: " + all);
        assertFalse(all.contains("1391234567"), "no phone: " + all);
        int header = 0;
        while (header < sheet.size() && (sheet.get(header).isEmpty() || !header0.equals(sheet.get(header).get(0)))) {
            header++; // below the sheet's title lines
        }
        assertTrue(header < sheet.size(), "a header row: " + all);
        return sheet.subList(header, sheet.size());
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(Comparator.comparing(Object::toString));
        return out;
    }

    @Test
    void theFilteredTreeExportsExactlyItsMembersWithCommunityAndGridInChinese(FxRobot robot) throws Exception {
        CommunityWorkViewModel vm = show(robot, OFFICE, Messages.CHINESE);
        assertEquals(5, shownInTree(robot).size(), "every member before the filter");
        filter(robot, "张");
        List<List<String>> tree = shownInTree(robot);
        assertEquals(3, tree.size(), "张三, 赵张华 and 张小明 in the tree: " + tree);

        List<List<String>> rows = export(robot, vm, Messages.CHINESE, "社区", 3);
        assertEquals(List.of("社区", "街道（镇）", "网格名称", "网格长", "姓名", "网格角色"), rows.get(0));
        List<List<String>> members = rows.subList(1, rows.size());
        assertEquals(sorted(List.of(
                List.of("东虹社区", "宜城街道", "东虹一网格", "钱网格", "张三", "网格员"),
                List.of("东虹社区", "宜城街道", "东虹二网格", "孙网格", "赵张华", "志愿者"),
                List.of("西园社区", "屺亭街道", "西园一网格", "周网格", "张小明", "楼栋长"))), sorted(members),
                "exactly the members the filter keeps, with their community and grid");
        assertEquals(tree, members.stream().map(r -> List.of(r.get(0), r.get(2), r.get(4))).toList(),
                "in the tree's order");
    }

    @Test
    void aCommunitySecretaryExportsOnlyTheMembersOfTheirCommunityUnderEnglishHeaders(FxRobot robot) throws Exception {
        Session secretary = new PartyFixtures(t).secretaryOf(westBranch, "sec.xy");
        CommunityWorkViewModel vm = show(robot, secretary, Messages.ENGLISH);
        assertEquals(sorted(List.of(List.of("西园社区", "西园一网格", "张小明"), List.of("西园社区", "西园一网格", "吴六"))),
                sorted(shownInTree(robot)), "their tree holds their community alone");
        filter(robot, "张");
        assertEquals(List.of(List.of("西园社区", "西园一网格", "张小明")), shownInTree(robot));

        List<List<String>> rows = export(robot, vm, Messages.ENGLISH, "Community", 1);
        assertEquals(List.of("Community", "Street or township", "Grid name", "Grid leader", "Name", "Role in the grid"),
                rows.get(0));
        assertEquals(List.of(List.of("西园社区", "屺亭街道", "西园一网格", "周网格", "张小明", "Building leader")),
                rows.subList(1, rows.size()), "the 张 of 东虹 are not theirs");
    }
}
