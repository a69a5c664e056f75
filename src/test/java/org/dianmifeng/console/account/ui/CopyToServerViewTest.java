package org.dianmifeng.console.account.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.testing.TestServer;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 复制到单位服务器 on screen, with the window's real background worker: a server that is not there is refused in the
 * status line with 开始复制 still not offered; with the test PostgreSQL cluster ({@code BEE_TEST_PG_URL}) a copy
 * stopped with 停止 leaves the server database empty, and the copy then shows each table's rows and checksum and the
 * next steps.
 */
@ExtendWith(ApplicationExtension.class)
class CopyToServerViewTest {
    private final Messages zh = Messages.of(Messages.CHINESE);
    private final TaskRunner runner = TaskRunner.fx();
    private Path dir;
    private Database source;
    private Scene scene;
    private Stage stage;
    private String database;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("bee-copy-view");
        source = TestKeys.open(dir.resolve("db"));
        Services services = new Services(source, CLOCK);
        services.units().create(ADMIN, new Unit(null, "CITY", "无锡供电公司", UnitKind.CITY, null, true, 0, null));
        CopyToServerViewModel vm = new CopyToServerViewModel(new UiContext(ADMIN, zh, runner), source, CLOCK);
        scene = new Scene(new CopyToServerView(vm, zh).build(), 1000, 760);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws IOException {
        runner.close();
        source.close();
        if (database != null) {
            TestServer.execute("DROP DATABASE IF EXISTS " + database);
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private <T extends Node> T node(String id) {
        @SuppressWarnings("unchecked")
        T found = (T) scene.lookup(id);
        return found;
    }

    private void type(String id, String text) {
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> this.<TextInputControl>node(id).setText(text));
    }

    private void until(java.util.function.BooleanSupplier condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                    condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; the status line says: " + status(), e);
        }
    }

    private String status() {
        String text = this.<Label>node("#copyStatusLabel").getText();
        return text == null ? "" : text;
    }

    private void fill(String host, String port, String db, String user, String password) {
        type("#copyHostField", host);
        type("#copyPortField", port);
        type("#copyDatabaseField", db);
        type("#copyUserField", user);
        type("#copyPasswordField", password);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> this.<CheckBox>node("#copyTlsBox").setSelected(false));
    }

    @Test
    void aServerThatIsNotThereIsRefusedInTheStatusLine(FxRobot robot) throws Exception {
        assertTrue(this.<Button>node("#copyStartButton").isDisabled(), "nothing checked yet: no copy offered");
        assertEquals("请先填写服务器信息并点“检查服务器”：服务器可以连接、登录被接受且数据库为空，才能复制。",
                org.dianmifeng.console.ui.ViewSupport.disabledTip(this.<Button>node("#copyStartButton")),
                "greyed out, 开始复制 says what it waits for");
        assertFalse(node("#copyOnServerLabel").isVisible(), "an embedded database: there is something to copy");
        fill("127.0.0.1", "1", "bee", "bee_owner", "secret");
        robot.clickOn("#copyCheckButton");
        until(() -> !status().isEmpty());
        assertEquals(zh.text("error.server.connect", ServerLogin.url("127.0.0.1", 1, "bee", false), "bee_owner"),
                status());
        assertTrue(this.<Button>node("#copyStartButton").isDisabled());
        assertFalse(node("#copyProgress").isVisible());
        assertEquals("检查没有通过（原因见下方的提示）：请改正后再点“检查服务器”。",
                org.dianmifeng.console.ui.ViewSupport.disabledTip(this.<Button>node("#copyStartButton")));
    }

    /** A new empty database of the test cluster, typed into the form and checked: 开始复制 is offered. */
    private ServerLogin checkedEmptyDatabase(FxRobot robot, String prefix) throws Exception {
        database = prefix + ProcessHandle.current().pid();
        TestServer.execute("DROP DATABASE IF EXISTS " + database);
        TestServer.execute("CREATE DATABASE " + database);
        ServerLogin login = TestServer.login(database);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*")
                .matcher(login.url());
        assertTrue(m.matches());
        fill(m.group(1), m.group(2), database, login.user(), new String(login.password()));
        robot.clickOn("#copyCheckButton");
        until(() -> !this.<Button>node("#copyStartButton").isDisabled());
        return login;
    }

    @Test
    void aStoppedCopyLeavesTheServerEmptyAndACopyShowsEachTablesVerification(FxRobot robot) throws Exception {
        String url = System.getProperty("BEE_TEST_PG_URL", System.getenv("BEE_TEST_PG_URL"));
        assumeTrue(url != null && !url.isBlank(), "needs the test PostgreSQL cluster (BEE_TEST_PG_URL)");
        ServerLogin login = checkedEmptyDatabase(robot, "bee_copyview");
        assertTrue(status().startsWith(
                zh.text("copyScreen.checked", 0).substring(0, 8)));

        // the worker is busy with something else, so the copy waits in line and 停止 comes before its first batch
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> runner.run(p -> release.await(30, TimeUnit.SECONDS),
                done -> { }, e -> { }));
        robot.clickOn("#copyStartButton");
        until(() -> node("#copyCancelButton").isVisible() && node("#copyProgress").isVisible());
        robot.clickOn("#copyCancelButton");
        release.countDown();
        until(() -> zh.text("copyScreen.cancelled").equals(status()));
        assertFalse(node("#copyCancelButton").isVisible());
        try (Database server = Database.onServer(dir.resolve("look"), login, Database.MIGRATIONS)) {
            assertEquals(0, new Services(server, CLOCK).units().all(ADMIN).size(), "stopped: the server is empty");
        }

        robot.clickOn("#copyCheckButton");
        until(() -> !this.<Button>node("#copyStartButton").isDisabled());
        robot.clickOn("#copyStartButton");
        until(() -> !this.<TableView<?>>node("#copyTable").getItems().isEmpty());
        TableView<?> table = node("#copyTable");
        assertEquals(3, table.getColumns().size());
        assertEquals(zh.text("copyScreen.column.checksum"), table.getColumns().get(2).getText());
        assertTrue(node("#copyNextLabel").isVisible());
        assertTrue(this.<Label>node("#copyNextLabel").getText().startsWith(zh.text("copyScreen.next")));
        org.dianmifeng.console.app.AppFlow.snapshot(stage, "screenshot-copy-to-server.png");
        try (Database server = Database.onServer(dir.resolve("look"), login, Database.MIGRATIONS)) {
            assertEquals(1, new Services(server, CLOCK).units().all(ADMIN).size(), "copied");
        }
    }

    @Test
    void aCopyStoppedAfterSomeBatchesLeavesTheServerEmptyAndThisPcUnchanged(FxRobot robot) throws Exception {
        String url = System.getProperty("BEE_TEST_PG_URL", System.getenv("BEE_TEST_PG_URL"));
        assumeTrue(url != null && !url.isBlank(), "needs the test PostgreSQL cluster (BEE_TEST_PG_URL)");
        // a large copy: 60,000 units more, 120 batches of 500
        source.transaction(dsl -> dsl.execute("INSERT INTO UNIT (CODE, NAME, KIND, SORT_ORDER) "
                + "SELECT 'U' || X, '供电所' || X, 'STATION', 0 FROM SYSTEM_RANGE(1, 60000)"));
        java.util.Map<String, Long> before = rowsPerTable(source);
        assertEquals(60_001L, before.get("unit"));
        ServerLogin login = checkedEmptyDatabase(robot, "bee_copystop");

        robot.clickOn("#copyStartButton");
        javafx.scene.control.ProgressBar bar = node("#copyProgress");
        until(() -> bar.isVisible() && bar.getProgress() > 0.02); // some batches are on the server, uncommitted
        double at = bar.getProgress();
        robot.clickOn("#copyCancelButton");
        until(() -> zh.text("copyScreen.cancelled").equals(status()));
        assertTrue(at < 1, "stopped in the middle of the copy, at " + at);
        assertFalse(node("#copyCancelButton").isVisible());
        assertTrue(this.<TableView<?>>node("#copyTable").getItems().isEmpty(), "no table is shown as copied");
        assertFalse(node("#copyNextLabel").isVisible(), "no next steps after a stopped copy");
        try (Database server = Database.onServer(dir.resolve("look"), login, Database.MIGRATIONS)) {
            java.util.Map<String, Long> there = rowsPerTable(server);
            assertEquals(before.keySet(), there.keySet(), "the same tables on both");
            there.forEach((table, rows) -> assertEquals(0L, rows, table + ": nothing of the stopped copy stays"));
        }
        assertEquals(before, rowsPerTable(source), "this PC's database is unchanged");
    }

    /** Each table's rows (lower-case names; the migrations' history left out): the same keys on both databases. */
    private static java.util.Map<String, Long> rowsPerTable(Database db) {
        return db.read(dsl -> {
            java.util.Map<String, Long> rows = new java.util.TreeMap<>();
            for (org.jooq.Table<?> t : dsl.meta().getTables()) {
                String schema = t.getSchema() == null ? "" : t.getSchema().getName();
                if (schema.equalsIgnoreCase("public") && !t.getName().toLowerCase().contains("flyway")
                        && t.getTableType() == org.jooq.TableOptions.TableType.TABLE) {
                    rows.put(t.getName().toLowerCase(), (long) dsl.fetchCount(t));
                }
            }
            return rows;
        });
    }
}
