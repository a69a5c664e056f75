package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.AppFlow.snapshot;
import static org.dianmifeng.console.app.AppFlow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.dianmifeng.console.party.AppraisalRow;
import org.dianmifeng.console.party.AppraisalStatus;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.party.MemberRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * The whole console, headless, as the demo secretary of a 宜兴 work-unit branch uses it: their own
 * branch's members, a member's timeline of community work, and confirming a proposal on the board.
 */
class PartyFlowTest {
    @TempDir Path dir;
    private final FxRobot robot = new FxRobot();
    private AppFlow flow;
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        flow = AppFlow.start(dir, 600);
        stage = flow.stage();
    }

    @AfterEach
    void stop() throws Exception {
        flow.stop();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretarySeesTheirBranchATimelineAndConfirmsAProposal() throws Exception {
        waitFor(() -> robot.lookup("#usernameField").tryQuery().isPresent());
        robot.clickOn("#usernameField").write(SampleData.WORK_UNIT_SECRETARY);
        robot.clickOn("#passwordField").write(SampleData.DEMO_PASSWORD);
        robot.clickOn("#loginButton");
        waitFor(() -> robot.lookup("#nav-party").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-accounts").tryQuery().isEmpty(), "a secretary does not manage accounts");

        robot.clickOn("#nav-party");
        waitFor(() -> robot.lookup("#partyMemberTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        List<MemberRow> members = List.copyOf(robot.lookup("#partyMemberTable").queryAs(TableView.class).getItems());
        assertEquals(List.of(PartySampleData.WORK_UNIT_BRANCHES[1][1]),
                members.stream().map(MemberRow::branchName).distinct().toList(), "only the secretary's own branch");
        assertFalse(robot.lookup("#addPartyMemberButton").tryQuery().map(PartyFlowTest::shown).orElse(false),
                "a secretary keeps the register but does not change it");
        snapshot(stage, "screenshot-party.png");

        robot.clickOn("#nav-communityWork");
        // the tree's outline (communities, grids) comes first, its members after it
        waitFor(() -> robot.lookup("#workTree").tryQuery()
                .map(t -> firstLeaf(((TreeView<Object>) t).getRoot(), 0) != null).orElse(false));
        TreeView<Object> tree = robot.lookup("#workTree").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<Object> member = firstLeaf(tree.getRoot(), 0);
            for (TreeItem<Object> up = member.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.getSelectionModel().select(member);
        });
        waitFor(() -> !robot.lookup("#workTimeline").queryAs(ListView.class).getItems().isEmpty());
        snapshot(stage, "screenshot-community-work.png");

        robot.clickOn("#nav-appraisal");
        waitFor(() -> robot.lookup("#appraisalTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false));
        ComboBox<?> branches = robot.lookup("#appraisalBranchBox").queryAs(ComboBox.class);
        assertEquals(1, branches.getItems().size());
        TableView<AppraisalRow> table = robot.lookup("#appraisalTable").queryAs(TableView.class);
        assertTrue(table.getItems().stream().allMatch(r -> r.status() == AppraisalStatus.PROPOSED));
        AppraisalRow chosen = table.getItems().stream().filter(r -> r.proposedGrade() != Grade.UNQUALIFIED)
                .findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(chosen)));
        robot.clickOn("#confirmAppraisalButton");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Node) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow()));
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.id() == chosen.id()
                && r.status() == AppraisalStatus.CONFIRMED && r.grade() == chosen.proposedGrade()));
        snapshot(stage, "screenshot-appraisal.png");
    }

    /** Shown on screen: the node and every parent visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The first item {@code depth} 3 below the root: a member under a grid under a community. */
    private static TreeItem<Object> firstLeaf(TreeItem<Object> item, int depth) {
        if (depth == 3) {
            return item;
        }
        for (TreeItem<Object> child : item.getChildren()) {
            TreeItem<Object> found = firstLeaf(child, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
