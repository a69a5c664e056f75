package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.party.CommunityNode;
import org.dianmifeng.console.star.StarRow;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerWorkFixtures;
import org.dianmifeng.console.ui.MainWindow;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On the company's server the other consoles save unseen: the screens of the real navigation read their data again
 * when the window regains focus and when shown again, each keeping its filter and selection. Another console's rows
 * are made here through the services behind the window's back (on H2 the window is told it works on a server; with
 * {@code -Dbee.test.db=postgres} on the server itself). The star list keeps its ticked rows, the community-work tree
 * its open branches and selection.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensReadAgainTest {
    private final Messages zh = Messages.of(Messages.CHINESE);
    private Stage stage;
    /** The party members' maker of the test: one, as it numbers their ID numbers. */
    private PartyFixtures party;
    private final AtomicLong now = new AtomicLong(1_000_000);
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** One screen of the navigation: its filter field and table, what it shows first and what another console adds. */
    private record Case(String entry, String filter, String table, String matchingFirst, String notMatching,
                        String filterText, String added, BiConsumer<TestServices, String> make) {
    }

    private Case screen(String entry) {
        return switch (entry) {
            case "people" -> new Case(entry, "#personFilter", "#peopleTable", "王芳", "李强", "王", "王磊",
                    (t, name) -> t.person(name, "32028119900101" + String.format("%02d", List.of("王芳", "李强", "王磊")
                            .indexOf(name) + 1) + "1", t.city()));
            case "teams" -> new Case(entry, "#teamFilterField", "#teamTable", "宜城青年志愿服务队", "江阴党员服务队",
                    "宜城", "宜城巾帼志愿服务队", (t, name) -> t.services().teams().create(TestServices.ADMIN,
                            new Team(null, name, TeamKind.YOUTH, t.city().id(), null, null, null, null, true, null)));
            case "sites" -> new Case(entry, "#siteTextFilter", "#siteTable", "华士文明实践站", "宜城电蜜蜂小站", "华士",
                    "华士新桥文明实践点", (t, name) -> new VolunteerWorkFixtures(t).site("S-" + (name.hashCode() & 0xFFFF),
                            name, "PRACTICE_STATION", t.city()));
            case "party" -> new Case(entry, "#memberFilterField", "#partyMemberTable", "张伟", "刘洋", "张", "张敏",
                    (t, name) -> {
                        long branch = t.services().organisation().branches(TestServices.ADMIN).get(0).id();
                        party.member(name, t.city(), branch);
                    });
            default -> throw new IllegalArgumentException(entry);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "teams", "sites", "party"})
    void aScreenShowsAnotherConsolesChangeWhenTheWindowRegainsFocusKeepingFilterAndSelection(String entry) {
        Case c = screen(entry);
        try (TestServices t = new TestServices(dir)) {
            Unit city = t.city();
            party = new PartyFixtures(t);
            if (entry.equals("party")) {
                party.workBranch("CITY-1", "机关党支部", city);
            }
            make(t, c, c.matchingFirst());
            make(t, c, c.notMatching());
            AtomicInteger checks = show(t, c.entry());
            TextField filter = lookup(c.filter());
            TableView<?> table = lookup(c.table());
            fx(() -> filter.setText(c.filterText()));
            assertEquals(List.of(c.matchingFirst()), shown(table, c), "the filter narrows the list");
            fx(() -> table.getSelectionModel().select(0));

            make(t, c, c.added()); // another console's change: this window hears nothing of it
            assertEquals(List.of(c.matchingFirst()), shown(table, c));

            regainFocus();
            assertEquals(List.of(c.matchingFirst()), shown(table, c), "just read when built: not again at once");
            now.addAndGet(MainWindow.REFRESH_EVERY_MS);
            regainFocus();
            assertEquals(List.of(c.added(), c.matchingFirst()).stream().sorted().toList(),
                    shown(table, c).stream().sorted().toList(), entry + ": read again on focus, the filter kept");
            assertEquals(c.filterText(), filter.getText());
            assertNotNull(table.getSelectionModel().getSelectedItem(), entry + ": the selection kept");
            assertTrue(table.getSelectionModel().getSelectedItem().toString().contains(c.matchingFirst()));
            assertEquals(0, checks.get(), "the window asked nothing of the server: its connection is there");
            fx(stage::hide);
        }
    }

    @Test
    void theStarListKeepsTheTickedRowsItStillShowsInTheirNewState() {
        try (TestServices t = new TestServices(dir)) {
            StarFixtures f = new StarFixtures(t);
            Person wang = f.volunteer("王芳", "32028219900101100", "V2021000001");
            Person li = f.volunteer("李强", "32028219900101200", "V2021000002");
            f.approved(wang, LocalDate.of(2025, 1, 6), "320.0"); // one and two stars
            f.approved(li, LocalDate.of(2025, 1, 6), "120.5"); // one star
            t.services().stars().findReached(TestServices.ADMIN);
            AtomicInteger checks = show(t, "stars");
            ComboBox<StarState> state = lookup("#starStateFilter");
            TableView<StarRow> table = lookup("#starTable");
            fx(() -> state.setValue(StarState.REACHED));
            fx(() -> table.getSelectionModel().selectAll());
            assertEquals(List.of("李强", "王芳", "王芳"), names(table.getSelectionModel().getSelectedItems()));
            Button notice = lookup("#starNoticeButton");
            assertFalse(notice.isDisabled(), "three reached levels ticked");

            // another console puts 李强's level on notice and finds 赵敏's newly reached one
            long liLevel = table.getItems().stream().filter(r -> r.name().equals("李强")).findFirst().orElseThrow().id();
            t.services().stars().putOnNotice(TestServices.ADMIN, List.of(liLevel), LocalDate.of(2026, 11, 30), 5);
            Person zhao = f.volunteer("赵敏", "32028219900101300", "V2021000003");
            f.approved(zhao, LocalDate.of(2025, 1, 6), "150.0");
            t.services().stars().findReached(TestServices.ADMIN);
            now.addAndGet(MainWindow.REFRESH_EVERY_MS);
            regainFocus();
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of("王芳", "王芳", "赵敏"), names(table.getItems()), "read again: still the reached ones");
            assertEquals(List.of("王芳", "王芳"), names(table.getSelectionModel().getSelectedItems()),
                    "王芳's two levels still ticked; 李强's, on notice now, not shown; 赵敏's new one not ticked");
            assertTrue(table.getSelectionModel().getSelectedItems().stream()
                    .allMatch(r -> r.level().state() == StarState.REACHED), "ticked as now stored");
            assertFalse(notice.isDisabled(), "the commands follow the ticked rows");
            fx(() -> state.setValue(null));
            assertEquals(List.of("王芳", "王芳"), names(table.getSelectionModel().getSelectedItems()),
                    "every state shown: 王芳's two levels still ticked, 李强's (on notice) not ticked again");
            assertEquals(0, checks.get());
            fx(stage::hide);
        }
    }

    @Test
    void theCommunityWorkTreeKeepsItsOpenBranchesAndSelection() {
        try (TestServices t = new TestServices(dir)) {
            party = new PartyFixtures(t);
            Unit city = t.city();
            long branch = party.workBranch("YJ", "运检党支部", city).id();
            long east = party.community("DH", "东虹社区").id();
            long west = party.community("XY", "西园社区").id();
            long eastGrid = party.grid(east, "东虹一网格").id();
            long eastSecond = party.grid(east, "东虹二网格").id();
            long westGrid = party.grid(west, "西园一网格").id();
            LocalDate reported = LocalDate.of(2025, 3, 1);
            party.enrol(party.member("张三", city, branch).id(), eastGrid, reported);
            party.enrol(party.member("李四", city, branch).id(), eastSecond, reported);
            party.enrol(party.member("王五", city, branch).id(), westGrid, reported);
            AtomicInteger checks = show(t, "communityWork");
            TreeView<Object> tree = lookup("#workTree");
            // the grids open when shown first only with a filter: the person opens 东虹一网格, closes 西园社区, selects 张三
            fx(() -> {
                item(tree, "东虹一网格").setExpanded(true);
                item(tree, "西园社区").setExpanded(false);
                tree.getSelectionModel().select(item(tree, "张三"));
            });
            assertEquals("张三", memberName(tree.getSelectionModel().getSelectedItem()));

            party.enrol(party.member("赵六", city, branch).id(), eastGrid, reported); // another console's change
            now.addAndGet(MainWindow.REFRESH_EVERY_MS);
            regainFocus();
            WaitForAsyncUtils.waitForFxEvents();
            TreeItem<Object> grid = item(tree, "东虹一网格");
            assertEquals(List.of("张三", "赵六"), grid.getChildren().stream().map(m -> memberName(m)).toList(),
                    "read again: the new member shows");
            assertTrue(grid.isExpanded(), "the branch opened stays open");
            assertFalse(item(tree, "东虹二网格").isExpanded(), "a closed one stays closed");
            assertFalse(item(tree, "西园社区").isExpanded(), "the community closed stays closed");
            assertTrue(item(tree, "东虹社区").isExpanded());
            assertEquals("张三", memberName(tree.getSelectionModel().getSelectedItem()), "the selection kept");
            Label title = lookup("#workMemberTitle");
            assertTrue(title.getText().contains("张三"), title.getText() + ": the selected member's details still shown");
            assertEquals(0, checks.get());
            fx(stage::hide);
        }
    }

    /** The tree's node whose text starts with {@code name} (a community, grid or member). */
    private static TreeItem<Object> item(TreeView<Object> tree, String name) {
        return find(tree.getRoot(), name);
    }

    private static TreeItem<Object> find(TreeItem<Object> item, String name) {
        for (TreeItem<Object> child : item.getChildren()) {
            Object v = child.getValue();
            String text = v instanceof CommunityNode c ? c.name() : v instanceof CommunityNode.GridNode g ? g.name()
                    : memberName(child);
            if (name.equals(text)) {
                return child;
            }
            TreeItem<Object> below = find(child, name);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static String memberName(TreeItem<Object> item) {
        return item != null && item.getValue() instanceof CommunityNode.MemberNode m ? m.member().name() : null;
    }

    private static List<String> names(List<StarRow> rows) {
        WaitForAsyncUtils.waitForFxEvents();
        return rows.stream().map(StarRow::name).sorted().toList();
    }

    /** Opens the real window on the navigation entry {@code entry}, told it works on a server: its server checks. */
    private AtomicInteger show(TestServices t, String entry) {
        AtomicInteger checks = new AtomicInteger();
        UiContext ctx = new UiContext(TestServices.ADMIN, zh, TaskRunner.direct());
        MainWindow window = new MainWindow(ctx, Navigation.items(t.services(), (db, notice) -> { }),
                locale -> { }, () -> { }, Navigation.savedChanges(t.services().database()))
                .startingAt(entry).onServer(p -> checks.incrementAndGet()).clock(now::get);
        fx(() -> {
            stage.setScene(new Scene(window.build(), 1280, 800));
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
        return checks;
    }

    private void make(TestServices t, Case c, String name) {
        c.make().accept(t, name);
    }

    /**
     * The window loses the focus and gets it back, as when the user comes back from another program: told as the
     * window's peer tells it (headless Monocle moves no focus between windows).
     */
    private void regainFocus() {
        fx(() -> com.sun.javafx.stage.WindowHelper.setFocused(stage, false));
        assertFalse(stage.isFocused());
        fx(() -> com.sun.javafx.stage.WindowHelper.setFocused(stage, true));
    }

    /** Which of the case's names the table shows. */
    private static List<String> shown(TableView<?> table, Case c) {
        WaitForAsyncUtils.waitForFxEvents();
        return table.getItems().stream().map(Object::toString)
                .flatMap(s -> List.of(c.matchingFirst(), c.notMatching(), c.added()).stream().filter(s::contains))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T lookup(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node found = ViewSupport.descendants(stage.getScene().getRoot()).stream()
                .filter(n -> ("#" + n.getId()).equals(id)).findFirst()
                .orElseGet(() -> stage.getScene().lookup(id));
        assertNotNull(found, id);
        return (T) found;
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }
}
