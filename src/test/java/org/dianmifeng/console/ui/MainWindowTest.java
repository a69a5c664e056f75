package org.dianmifeng.console.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
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
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window keeps a screen that was left and shows it again, unless a change it may show was saved meanwhile. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final AtomicLong saved = new AtomicLong();
    /** Changes only screen B shows. */
    private final AtomicLong onlyB = new AtomicLong();
    private final AtomicInteger builtA = new AtomicInteger();
    private final AtomicInteger builtB = new AtomicInteger();
    private MainWindow window;
    private StackPane content;

    @Start
    void start(Stage stage) {
        UiContext ctx = new UiContext(new Session(1, "admin", "管理员", Role.ADMINISTRATOR),
                Messages.of(Messages.CHINESE), TaskRunner.direct());
        List<NavItem> items = List.of(
                new NavItem("a", "nav.dashboard", "fth-bar-chart-2", null, c -> screen("A", builtA)),
                new NavItem("b", "nav.people", "fth-users", null, c -> screen("B", builtB)));
        window = new MainWindow(ctx, items, locale -> { }, () -> { },
                id -> saved.get() + ("b".equals(id) ? onlyB.get() : 0));
        stage.setScene(new Scene(window.build(), 1000, 700));
        content = (StackPane) stage.getScene().lookup("#content");
        stage.show();
    }

    private static StackPane screen(String name, AtomicInteger built) {
        return new StackPane(new Label(name + built.incrementAndGet()));
    }

    private Node shown(String id) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> window.open(id));
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> content.getChildren().get(0));
    }

    @Test
    void aScreenLeftIsShownAgainUntilAChangeIsSaved() {
        Node first = shown("a");
        assertEquals(1, builtA.get());
        shown("b");
        assertSame(first, shown("a"), "nothing saved: the screen left, with its state, comes back");
        assertEquals(1, builtA.get());
        assertEquals(1, builtB.get());
        shown("b");
        assertEquals(1, builtB.get());

        saved.incrementAndGet(); // a change saved while B is shown: A, left before it, may show old data
        Node again = shown("a");
        assertNotSame(first, again);
        assertEquals(2, builtA.get());
        shown("b");
        assertEquals(1, builtB.get(), "B was left after the change: it showed it");
    }

    @Test
    void aChangeOnlyOneScreenShowsRebuildsThatOneAlone() {
        Node a = shown("a");
        Node b = shown("b");
        shown("a");
        onlyB.incrementAndGet(); // e.g. an event only logged: the audit log shows it, the people list does not
        Node bAgain = shown("b");
        assertNotSame(b, bAgain, "B shows the change: built again");
        assertEquals(2, builtB.get());
        assertSame(a, shown("a"), "A does not show it: kept as it was");
        assertEquals(1, builtA.get());
    }

    @Test
    void onTheEmbeddedDatabaseFocusReadsNothingAndNoLostStateShows() {
        AtomicInteger refreshed = new AtomicInteger();
        Node first = shown("a");
        MainWindow.refreshing(first, refreshed::incrementAndGet);
        WaitForAsyncUtils.waitForAsyncFx(5000, window::focusGained);
        assertEquals(0, refreshed.get(), "a single user: nobody else changes the data");
        assertSame(first, shown("a"));
        assertEquals(false, content.getScene().lookup("#lostPane").isVisible());
    }
}
