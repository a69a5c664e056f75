package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.FxWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window prepares the other entries' screens while the person reads the one shown: built in a pause of the
 * person and of the window's worker, hidden behind the screen shown, read on the lane ahead; choosing an entry shows
 * its prepared screen without building it again; a change saved since makes it built again.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowAheadTest {
    private final Messages zh = Messages.of(Messages.CHINESE);
    private final TaskRunner runner = TaskRunner.fx();
    private final Map<String, AtomicInteger> built = new ConcurrentHashMap<>();
    private final Map<String, String> readOn = new ConcurrentHashMap<>();
    private final Map<String, Label> screens = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final List<NavItem> items = List.of(item("a"), item("b"), item("c"));
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // a window another test left open would count as a dialog in front
        List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage).forEach(javafx.stage.Window::hide);
        window = window(true);
        stage.setScene(new Scene(window.build(), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private MainWindow window(boolean ahead) {
        UiContext ctx = new UiContext(new Session(1, "admin", "管理员", Role.ADMINISTRATOR), zh, runner);
        MainWindow w = new MainWindow(ctx, items, locale -> { }, () -> { }, id -> changes.get());
        return ahead ? w.preparingAhead() : w;
    }

    /** An entry whose screen counts its buildings and reads its "rows" through the window's runner. */
    private NavItem item(String id) {
        built.put(id, new AtomicInteger());
        return new NavItem(id, "nav.dashboard", "fth-bar-chart-2", null, c -> {
            Label rows = new Label(id + " built " + built.get(id).incrementAndGet());
            rows.setId("screen-" + id);
            screens.put(id, rows);
            c.runner().run(p -> {
                readOn.put(id, Thread.currentThread().getName());
                return id;
            }, r -> rows.setText(r + " read"), e -> { });
            return new StackPane(rows);
        });
    }

    @Test
    void theOtherScreensArePreparedHiddenReadOnTheLaneAheadAndShownWithoutBuildingThemAgain(FxRobot robot)
            throws Exception {
        waitUntil(() -> window.preparedAhead() == 2 && "b read".equals(screens.get("b").getText())
                && "c read".equals(screens.get("c").getText()));
        assertEquals(1, built.get("a").get());
        assertEquals(1, built.get("b").get());
        assertEquals("console-ahead", readOn.get("b"), "read on the lane ahead, not by the window's worker");
        Label b = screens.get("b");
        assertSame(stage.getScene(), b.getScene(), "styled and laid out in the window");
        assertFalse(b.getParent().isVisible(), "hidden behind the screen shown");
        assertTrue(screens.get("a").getParent().isVisible());

        robot.interact(() -> stage.setWidth(1200)); // the window resized after b was prepared
        robot.interact(() -> window.open("b"));
        assertEquals(1, built.get("b").get(), "shown as prepared, not built again");
        assertTrue(b.getParent().isVisible() && b.getParent().isManaged());
        StackPane shownB = (StackPane) b.getParent();
        assertTrue(FxWait.eventually(() -> shownB.getWidth() == shownB.getParent().getLayoutBounds().getWidth()
                && shownB.getWidth() > 0), "laid out to the window's size now, not the size it was prepared at");
        assertNull(screens.get("a").getScene(), "the screen left is out of the window, kept");
        StackPane content = robot.lookup("#content").queryAs(StackPane.class);
        assertEquals(1, content.getChildren().stream().filter(Node::isVisible).count(), "one screen in sight");
        assertEquals(1, window.preparedAhead(), "c still waits prepared");

        robot.interact(() -> window.open("a"));
        assertEquals(1, built.get("a").get(), "the screen left is shown again");
    }

    @Test
    void nothingIsPreparedWhileThePersonMovesTheMouse(FxRobot robot) throws Exception {
        Node root = stage.getScene().getRoot();
        int[] before = new int[1];
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2_500);
        while (System.nanoTime() < until) {
            robot.interact(() -> {
                Event.fireEvent(root, new MouseEvent(MouseEvent.MOUSE_MOVED, 10, 10, 10, 10, MouseButton.NONE, 0,
                        false, false, false, false, false, false, false, false, false, false, null));
                if (before[0] == 0) {
                    before[0] = 1 + built.get("b").get() + built.get("c").get(); // what was built before it moved
                }
            });
            Thread.sleep(100);
        }
        assertEquals(before[0] - 1, built.get("b").get() + built.get("c").get(),
                "the person moves: nothing built meanwhile");
        waitUntil(() -> window.preparedAhead() == 2);
    }

    @Test
    void nothingIsPreparedWhileADialogIsInFront(FxRobot robot) throws Exception {
        Stage[] dialog = new Stage[1];
        robot.interact(() -> {
            dialog[0] = new Stage();
            dialog[0].initOwner(stage);
            dialog[0].setScene(new Scene(new StackPane(new javafx.scene.control.TextField()), 300, 200));
            dialog[0].show();
        });
        Thread.sleep(2_000);
        assertEquals(0, window.preparedAhead(), "a person typing in a dialog is not held up by the window");
        robot.interact(() -> dialog[0].close());
        waitUntil(() -> window.preparedAhead() == 2);
    }

    @Test
    void aChangeSavedSinceAScreenWasPreparedMakesItPreparedAgainAndTheOldOneLeavesTheWindow(FxRobot robot)
            throws Exception {
        waitUntil(() -> window.preparedAhead() == 2);
        Label oldB = screens.get("b");
        changes.incrementAndGet(); // a change every screen may show
        waitUntil(() -> built.get("b").get() == 2 && built.get("c").get() == 2 && window.preparedAhead() == 2);
        assertNull(oldB.getScene(), "the stale screen is out of the window");
        robot.interact(() -> window.open("b"));
        assertSame(screens.get("b"), robot.lookup("#screen-b").query());
        assertEquals(2, built.get("b").get());
    }

    @Test
    void withoutPreparingAheadNoScreenIsBuiltBeforeItIsChosen(FxRobot robot) throws Exception {
        robot.interact(() -> {
            built.values().forEach(n -> n.set(0));
            window = window(false);
            stage.getScene().setRoot(window.build());
        });
        Thread.sleep(TaskRunner.QUIET_MS + 1_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, built.get("a").get());
        assertEquals(0, built.get("b").get() + built.get("c").get());
        assertEquals(0, window.preparedAhead());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        assertTrue(FxWait.eventually(20, condition), "within 20 s");
    }
}
