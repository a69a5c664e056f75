package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerWorkFixtures;
import org.dianmifeng.console.ui.MainWindow;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
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
 * {@code -Dbee.test.db=postgres} on the server itself).
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
            AtomicInteger checks = new AtomicInteger();
            UiContext ctx = new UiContext(TestServices.ADMIN, zh, TaskRunner.direct());
            MainWindow window = new MainWindow(ctx, Navigation.items(t.services(), (db, notice) -> { }),
                    locale -> { }, () -> { }, Navigation.savedChanges(t.services().database()))
                    .startingAt(c.entry()).onServer(p -> checks.incrementAndGet()).clock(now::get);
            fx(() -> {
                stage.setScene(new Scene(window.build(), 1280, 800));
                stage.show();
                stage.toFront();
                stage.requestFocus();
            });
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
