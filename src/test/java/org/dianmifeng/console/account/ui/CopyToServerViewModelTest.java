package org.dianmifeng.console.account.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.CLOCK;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ServerCopy;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.core.ServerSettings;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.testing.TestServer;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy screen's ViewModel over an embedded database: the fields are checked, a server that is not there, a wrong
 * password and a server database that holds data are refused in words, 复制 is offered only after a passed check for
 * the fields as they are. With the test PostgreSQL cluster's settings ({@code BEE_TEST_PG_URL}), a real copy into an
 * empty database shows every table's rows and checksum and what to do next.
 */
class CopyToServerViewModelTest {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/.*");
    private final Messages zh = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    private Database source;
    private Services services;
    private String database;

    @BeforeEach
    void open() {
        source = TestKeys.open(dir.resolve("db"));
        services = new Services(source, CLOCK);
        Unit city = services.units().create(ADMIN, new Unit(null, "CITY", "无锡供电公司", UnitKind.CITY, null, true, 0, null));
        services.units().create(ADMIN, new Unit(null, "JY", "江阴市供电公司", UnitKind.COUNTY, city.id(), true, 0, null));
    }

    @AfterEach
    void close() {
        source.close();
        if (database != null) {
            TestServer.execute("DROP DATABASE IF EXISTS " + database);
        }
    }

    private CopyToServerViewModel vm(Session who) {
        return new CopyToServerViewModel(new UiContext(who, zh, TaskRunner.direct()), source, CLOCK);
    }

    /** The fields of a database of the test cluster, TLS off (the cluster listens on this machine only). */
    private static void fill(CopyToServerViewModel vm, ServerLogin login, String password) {
        Matcher m = URL.matcher(login.url());
        assertTrue(m.matches(), login.url());
        vm.fields().hostProperty().set(m.group(1));
        vm.fields().portProperty().set(m.group(2));
        vm.fields().databaseProperty().set(login.url().replaceAll(".*/([^/?]+).*", "$1"));
        vm.fields().userProperty().set(login.user());
        vm.fields().passwordProperty().set(password);
        vm.fields().tlsProperty().set(false);
    }

    private static boolean clusterThere() {
        String url = System.getProperty("BEE_TEST_PG_URL", System.getenv("BEE_TEST_PG_URL"));
        return url != null && !url.isBlank();
    }

    @Test
    void missingFieldsAndAServerThatIsNotThereAreRefusedAndNothingIsOffered() {
        CopyToServerViewModel vm = vm(ADMIN);
        assertTrue(vm.available());
        assertEquals("bee_owner", vm.fields().userProperty().get(), "the copy makes the schema: the owner's role");
        vm.fields().portProperty().set("x");
        vm.check();
        assertNotNull(vm.errors().message("server.host"));
        assertEquals(zh.text("error.server.port"), vm.errors().message("server.port"));
        assertNotNull(vm.errors().message("server.password"));
        assertFalse(vm.checkedProperty().get());

        vm.fields().hostProperty().set("127.0.0.1");
        vm.fields().portProperty().set("1"); // nothing listens there
        vm.fields().passwordProperty().set("secret");
        vm.fields().tlsProperty().set(false);
        vm.check();
        assertTrue(vm.errors().isEmpty());
        String url = ServerLogin.url("127.0.0.1", 1, "bee", false);
        assertEquals(zh.text("error.server.connect", url, "bee_owner"), vm.errorProperty().get());
        assertFalse(vm.checkedProperty().get());
        assertFalse(vm.canCopy().get());
        vm.copy(); // not offered: does nothing
        assertTrue(vm.tables().isEmpty());
        assertFalse(ServerSettings.exists(dir.resolve("db")));
    }

    @Test
    void copyingSaysWhatIsMissingWhileItIsNotOffered() {
        CopyToServerViewModel vm = vm(ADMIN);
        assertEquals("请先填写服务器信息并点“检查服务器”：服务器可以连接、登录被接受且数据库为空，才能复制。",
                vm.whyNotCopy().get());
        vm.fields().hostProperty().set("127.0.0.1");
        assertEquals(zh.text("copyScreen.why.notChecked", "检查服务器"), vm.whyNotCopy().get(),
                "typing is not a change to a check: there was none");
        vm.fields().portProperty().set("1"); // nothing listens there
        vm.fields().passwordProperty().set("secret");
        vm.fields().tlsProperty().set(false);
        vm.check();
        assertFalse(vm.canCopy().get());
        assertEquals("检查没有通过（原因见下方的提示）：请改正后再点“检查服务器”。", vm.whyNotCopy().get());
        vm.fields().portProperty().set("5432");
        assertEquals("服务器信息已修改：请再点“检查服务器”检查修改后的服务器。", vm.whyNotCopy().get());
    }

    @Test
    void onlyAnAdministratorCopies() {
        CopyToServerViewModel vm = vm(OFFICE);
        vm.fields().hostProperty().set("127.0.0.1");
        vm.fields().passwordProperty().set("secret");
        vm.check();
        String denied = zh.text("error.accessDenied", "");
        assertTrue(vm.errorProperty().get().startsWith(denied.substring(0, denied.indexOf('（'))),
                vm.errorProperty().get());
        assertFalse(vm.checkedProperty().get());
    }

    @Test
    void copiesIntoAnEmptyServerDatabaseShowingEachTablesCountAndChecksumAndRefusesASecondCopy() {
        assumeTrue(clusterThere(), "needs the test PostgreSQL cluster (BEE_TEST_PG_URL)");
        database = "bee_copyvm" + ProcessHandle.current().pid();
        TestServer.execute("DROP DATABASE IF EXISTS " + database);
        TestServer.execute("CREATE DATABASE " + database);
        ServerLogin login = TestServer.login(database);
        CopyToServerViewModel vm = vm(ADMIN);

        fill(vm, login, "Not-The-Password-42");
        vm.check();
        assertEquals(zh.text("error.server.password", ServerLogin.url(vm.fields().hostProperty().get(),
                Integer.parseInt(vm.fields().portProperty().get()), database, false), login.user()),
                vm.errorProperty().get(), "a wrong password is said so");
        assertFalse(vm.canCopy().get());

        fill(vm, login, new String(login.password()));
        vm.check();
        assertNull(vm.errorProperty().get());
        assertTrue(vm.canCopy().get());
        assertEquals("", vm.whyNotCopy().get());
        vm.fields().databaseProperty().set(database + "x");
        assertFalse(vm.canCopy().get(), "a field changed: check again");
        assertEquals(zh.text("copyScreen.why.changed", zh.text("copyScreen.check")), vm.whyNotCopy().get());
        vm.fields().databaseProperty().set(database);
        vm.check();
        vm.connectProperty().set(true);
        vm.copy();
        assertNull(vm.errorProperty().get());
        List<ServerCopy.TableCopy> tables = List.copyOf(vm.tables());
        ServerCopy.TableCopy units = tables.stream().filter(t -> t.table().equalsIgnoreCase("UNIT")).findFirst()
                .orElseThrow();
        assertEquals(2, units.rows());
        assertEquals(64, units.checksum().length());
        long rows = tables.stream().mapToLong(ServerCopy.TableCopy::rows).sum();
        assertEquals(zh.text("copyScreen.done", tables.size(), rows), vm.noticeProperty().get());
        assertTrue(vm.nextStepsProperty().get().contains(zh.text("copyScreen.next.connected")));
        assertTrue(ServerSettings.exists(dir.resolve("db")), "this PC works on the server from its next start");
        assertEquals("", vm.fields().passwordProperty().get(), "the password is not kept in the form");
        assertEquals(zh.text("copyScreen.why.copied"), vm.whyNotCopy().get());
        try (Database server = Database.onServer(dir.resolve("other"), login, Database.MIGRATIONS)) {
            assertEquals(2, new Services(server, CLOCK).units().all(ADMIN).size());
        }

        fill(vm, login, new String(login.password()));
        vm.check();
        String notEmpty = vm.errorProperty().get();
        assertTrue(notEmpty.startsWith(zh.text("error.copy.notEmpty", login.url(), "", 0).substring(0, 10)), notEmpty);
        assertTrue(notEmpty.contains(database), notEmpty);
        assertFalse(vm.canCopy().get(), "a server database that holds data is refused");
    }
}
