package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.OwnCluster;
import org.dianmifeng.console.testing.TestServer;
import org.dianmifeng.console.ui.MainWindow;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.ui.ViewSupport;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real server stopped under the window (a cluster of this test's own: {@code pg_ctl stop -m fast}): the next read
 * shows the lost-connection state in words, no stack trace; 重试 while it is away keeps it; once the server is started
 * again 重试 brings the screen back, read from the server. Runs in the PostgreSQL pass only ({@code -Dbee.test.db=postgres}).
 */
@ExtendWith(ApplicationExtension.class)
class ServerGoneUnderWindowTest {
    private final Messages zh = Messages.of(Messages.CHINESE);
    private Stage stage;
    @TempDir Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theServerStoppedUnderTheWindowShowsTheLostStateAndRetryBringsTheScreenBack(FxRobot robot) throws Exception {
        assumeTrue(TestServer.active(), "runs in the PostgreSQL pass");
        try (OwnCluster cluster = OwnCluster.start("");
             TaskRunner runner = TaskRunner.fx()) {
            Database db = Database.onServer(dir, cluster.login("127.0.0.1", "?sslmode=disable"), Database.MIGRATIONS);
            Services s = new Services(db, Clock.systemDefaultZone());
            char[] password = "Server-Gone-2026".toCharArray();
            s.accounts().createFirstAdministrator("admin", "管理员", password, password);
            Session admin = s.accounts().login("admin", password);
            Unit city = s.units().create(admin, new Unit(null, "CITY", "无锡供电公司", UnitKind.CITY, null, true, 0, null));
            s.teams().create(admin, new Team(null, "宜城青年志愿服务队", TeamKind.YOUTH, city.id(), null, null, null, null,
                    true, null));
            MainWindow window = new MainWindow(new UiContext(admin, zh, runner), Navigation.items(s, (d, n) -> { }),
                    locale -> { }, () -> { }, Navigation.savedChanges(db)).startingAt("teams").onServer(p -> {
                        db.checkConnection();
                        return null;
                    });
            fx(() -> {
                stage.setScene(new Scene(window.build(), 1280, 800));
                stage.getScene().getStylesheets().add(MainWindow.class.getResource("console.css").toExternalForm());
                stage.show();
            });
            waitUntil(() -> rows("#teamTable") == 1);

            cluster.halt();
            fx(() -> window.open("people")); // the user goes on: the screen's read finds no server
            waitUntil(() -> lostPane().isVisible());
            assertEquals(zh.text("server.lost.title"), text("#lostTitle"));
            assertEquals(zh.text("server.lost.text"), text("#lostText"));
            assertNoStackTrace();

            robot.clickOn("#retryButton"); // still away
            waitUntil(() -> zh.text("server.lost.still").equals(text("#lostText")));
            assertTrue(lostPane().isVisible());
            assertNoStackTrace();

            cluster.resume();
            robot.clickOn("#retryButton");
            waitUntil(() -> !lostPane().isVisible());
            fx(() -> window.open("teams"));
            waitUntil(() -> rows("#teamTable") == 1);
            assertFalse(runner.connectionLostProperty().get());
            assertNoStackTrace();
            fx(stage::hide);
            db.close();
        }
    }

    private Node lostPane() {
        return stage.getScene().lookup("#lostPane");
    }

    private String text(String id) {
        return ((Labeled) stage.getScene().lookup(id)).getText();
    }

    private int rows(String id) {
        Node table = ViewSupport.descendants(stage.getScene().getRoot()).stream()
                .filter(n -> id.equals("#" + n.getId())).findFirst().orElse(null);
        return table instanceof TableView<?> t ? t.getItems().size() : -1;
    }

    /** No text on the screen reads like a Java exception or a JDBC message. */
    private void assertNoStackTrace() {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> texts = ViewSupport.descendants(stage.getScene().getRoot()).stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).filter(t -> t != null).toList();
        for (String t : texts) {
            assertFalse(t.contains("Exception") || t.contains("\tat ") || t.contains("PSQL") || t.contains("jdbc:"),
                    t);
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private static void fx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(10_000, r);
    }
}
