package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on the company's server: the lost-connection state over the screen when the window's work fails for
 * a lost connection (the one detection point, {@link TaskRunner}), with 重试 and 退出登录; and the shown screen read
 * again when the window regains focus, at most once per {@link MainWindow#REFRESH_EVERY_MS}.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowServerTest {
    private final Messages zh = Messages.of(Messages.CHINESE);
    /** Whether the "server" is away: the screens' reads and the window's check fail as a lost connection. */
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger builtA = new AtomicInteger();
    private final AtomicInteger builtB = new AtomicInteger();
    private final AtomicInteger readsA = new AtomicInteger();
    private final AtomicInteger loggedOut = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final TaskRunner runner = TaskRunner.direct();
    private MainWindow window;
    private StackPane content;
    private Label errorA;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        UiContext ctx = new UiContext(new Session(1, "admin", "管理员", Role.ADMINISTRATOR), zh, runner);
        List<NavItem> items = List.of(
                new NavItem("a", "nav.dashboard", "fth-bar-chart-2", null, c -> listA(c)),
                new NavItem("b", "nav.people", "fth-users", null,
                        c -> new StackPane(new Label("B" + builtB.incrementAndGet()))));
        window = new MainWindow(ctx, items, locale -> { }, loggedOut::incrementAndGet, id -> 0L)
                .onServer(p -> read())
                .clock(now::get);
        stage.setScene(new Scene(window.build(), 1000, 700));
        stage.getScene().getStylesheets().add(MainWindow.class.getResource("console.css").toExternalForm());
        content = (StackPane) stage.getScene().lookup("#content");
        stage.show();
    }

    /** What a read of the server does here: fails as JDBC fails when the pool cannot reach the server. */
    private Integer read() throws SQLTransientConnectionException {
        if (down.get()) {
            throw new SQLTransientConnectionException("bee-console - Connection is not available, request timed out");
        }
        return readsA.incrementAndGet();
    }

    /** A list screen: reads its rows in the background, shows a failure worded for the user, reads again on refresh. */
    private StackPane listA(UiContext c) {
        Label rows = new Label("A" + builtA.incrementAndGet());
        Label error = new Label();
        errorA = error;
        Runnable load = () -> c.runner().run(p -> read(), n -> rows.setText("A read " + n),
                e -> error.setText(c.messages().describe(e)));
        load.run();
        return MainWindow.refreshing(new StackPane(rows, error), load);
    }

    private Node lostPane() {
        return content.getScene().lookup("#lostPane");
    }

    private void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(5000, r);
    }

    @Test
    void aLostConnectionShowsItsStateAndRetryRebuildsTheScreenOnceTheServerAnswers(FxRobot robot) throws Exception {
        assertFalse(lostPane().isVisible(), "connected: no lost-connection state");
        fx(() -> window.open("b"));
        down.set(true);
        fx(() -> window.open("a")); // the screen's read fails: the server went away
        assertTrue(lostPane().isVisible());
        assertEquals(zh.text("server.lost.title"), ((Label) content.getScene().lookup("#lostTitle")).getText());
        assertEquals(zh.text("server.lost.text"), ((Label) content.getScene().lookup("#lostText")).getText());
        assertEquals(zh.text("error.server.lost"), errorA.getText(), "the screen says it in words, no stack trace");
        org.dianmifeng.console.app.AppFlow.snapshot(stage, "screenshot-server-lost.png");

        robot.clickOn("#retryButton"); // still away
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lostPane().isVisible());
        assertEquals(zh.text("server.lost.still"), ((Label) content.getScene().lookup("#lostText")).getText());
        int built = builtA.get();

        down.set(false);
        robot.clickOn("#retryButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lostPane().isVisible(), "the server answered: the state ends");
        assertFalse(runner.connectionLostProperty().get());
        assertEquals(built + 1, builtA.get(), "the shown screen is built again");
        assertEquals("A read " + readsA.get(), ((Label) ((StackPane) content.getChildren().get(0)).getChildren().get(0))
                .getText());
        assertEquals(0, loggedOut.get());
    }

    @Test
    void signOutFromTheLostConnectionState(FxRobot robot) {
        down.set(true);
        fx(() -> window.open("b"));
        fx(() -> window.open("a"));
        assertTrue(lostPane().isVisible());
        robot.clickOn("#lostLogoutButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, loggedOut.get());
    }

    @Test
    void theShownScreenIsReadAgainWhenTheWindowRegainsFocusAtMostOncePerInterval() {
        fx(() -> window.open("a"));
        Node screen = content.getChildren().get(0);
        int reads = readsA.get();
        now.addAndGet(MainWindow.REFRESH_EVERY_MS);
        fx(window::focusGained);
        assertEquals(reads + 1, readsA.get(), "focus regained: read again");
        assertSame(screen, content.getChildren().get(0), "the same screen, with its filters and selection");
        now.addAndGet(MainWindow.REFRESH_EVERY_MS / 2);
        fx(window::focusGained);
        assertEquals(reads + 1, readsA.get(), "not again within the interval");
        now.addAndGet(MainWindow.REFRESH_EVERY_MS);
        fx(window::focusGained);
        assertEquals(reads + 2, readsA.get());

        // a kept screen that can read again is kept and read again when shown again; one that cannot is built afresh
        fx(() -> window.open("b"));
        Node b = content.getChildren().get(0);
        fx(() -> window.open("a"));
        assertSame(screen, content.getChildren().get(0));
        assertEquals(reads + 3, readsA.get());
        assertEquals(1, builtA.get());
        fx(() -> window.open("b"));
        assertNotSame(b, content.getChildren().get(0), "B cannot read again: built afresh on a server");

        // while the connection is lost, focus reads nothing (the lost-connection state is shown)
        fx(() -> window.open("a"));
        down.set(true);
        now.addAndGet(MainWindow.REFRESH_EVERY_MS * 2);
        fx(window::focusGained);
        assertTrue(runner.connectionLostProperty().get());
        int failed = readsA.get();
        now.addAndGet(MainWindow.REFRESH_EVERY_MS * 2);
        down.set(false);
        fx(window::focusGained);
        assertEquals(failed, readsA.get(), "no read while the state is shown: 重试 decides");
    }
}
