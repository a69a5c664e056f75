package org.dianmifeng.console.app;

import static org.dianmifeng.console.db.Tables.AUDIT_LOG;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.core.StaleDataException;
import org.dianmifeng.console.testing.TestKeys;
import org.dianmifeng.console.testing.TestServer;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonService;
import org.dianmifeng.console.unit.Unit;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The company's database server (PostgreSQL), beside the embedded default: the same schema from the same migrations,
 * several consoles on one database, refusals that name the server. Runs in the PostgreSQL pass of the build
 * ({@code -Dbee.test.db=postgres}); skipped without a server.
 */
class OnServerTest {
    @TempDir
    Path dir;

    @BeforeEach
    void server() {
        assumeTrue(TestServer.active(), "runs in the PostgreSQL pass");
    }

    @Test
    void theMigrationsMakeTheSameTablesColumnsAndTypesOnBoth(@TempDir Path embedded) throws SQLException {
        TreeSet<String> onH2;
        try (Database h2 = TestKeys.open(embedded); Connection c = h2.read(dsl -> dsl.configuration()
                .connectionProvider().acquire())) {
            onH2 = columns(c.getMetaData(), "PUBLIC");
        }
        TreeSet<String> onServer;
        try (TestServices t = new TestServices(dir); Connection c = t.services().database().read(dsl ->
                dsl.configuration().connectionProvider().acquire())) {
            assertTrue(t.services().database().onServer());
            onServer = columns(c.getMetaData(), "public");
        }
        assertTrue(onH2.size() > 200, "every column of every table: " + onH2.size());
        assertEquals(onH2, onServer);
    }

    /** Table, column, type (in one spelling for both), size, scale and nullability of every column of the schema. */
    private static TreeSet<String> columns(DatabaseMetaData meta, String schema) throws SQLException {
        Map<String, String> same = Map.of("character varying", "varchar", "int8", "bigint", "int4", "integer",
                "bool", "boolean", "binary large object", "blob", "numeric", "decimal");
        TreeSet<String> out = new TreeSet<>();
        try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.equals("flyway_schema_history")) {
                    continue;
                }
                String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT).replace("\"", "");
                type = same.getOrDefault(type, type);
                String size = switch (type) {
                    case "varchar" -> "(" + rs.getInt("COLUMN_SIZE") + ")";
                    case "decimal" -> "(" + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ")";
                    default -> "";
                };
                out.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + type + size
                        + ("NO".equals(rs.getString("IS_NULLABLE")) ? " not null" : ""));
            }
        }
        return out;
    }

    @Test
    void twoConsolesSavingOnePersonAtOnceLoseNoUpdate() throws Exception {
        try (TestServices first = new TestServices(dir)) {
            Unit city = first.city();
            Person saved = first.person("张伟", "32028119900101123", city);
            // a second console: its own connections to the same database
            try (TestServices second = new TestServices(dir)) {
                List<PersonService> consoles = List.of(first.services().people(), second.services().people());
                AtomicInteger saves = new AtomicInteger();
                AtomicInteger stale = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(2);
                try {
                    List<Future<?>> done = new ArrayList<>();
                    for (int c = 0; c < 2; c++) {
                        PersonService people = consoles.get(c);
                        String console = "console " + c;
                        done.add(pool.submit((Callable<Void>) () -> {
                            for (int i = 0; i < 25; i++) {
                                Person read = people.get(OFFICE, saved.id());
                                try {
                                    people.update(OFFICE, withNotes(read, console + " edit " + i));
                                    saves.incrementAndGet();
                                } catch (StaleDataException e) {
                                    stale.incrementAndGet();
                                }
                            }
                            return null;
                        }));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                } finally {
                    pool.shutdown();
                }
                Person last = second.services().people().get(ADMIN, saved.id());
                assertEquals(50, saves.get() + stale.get());
                assertTrue(saves.get() >= 25, "every round saves at least once: " + saves.get());
                assertEquals(saved.version() + saves.get(), last.version(), "one new version per save, none lost");
                int audited = first.services().database().read(dsl -> dsl.fetchCount(AUDIT_LOG,
                        AUDIT_LOG.ENTITY.eq("PERSON").and(AUDIT_LOG.ACTION.eq("UPDATE"))
                                .and(AUDIT_LOG.ENTITY_ID.eq(saved.id()))));
                assertEquals(saves.get(), audited, "one audit entry per saved change, none for a refused one");
            }
        }
    }

    private static Person withNotes(Person p, String notes) {
        return new Person(p.id(), p.name(), p.gender(), p.birthDate(), p.idNumber(), p.mobile(), p.unitId(),
                p.employeeNo(), p.politicalStatus(), p.volunteerNo(), p.skills(), notes, p.version());
    }

    @Test
    void aLostConnectionSavesNothingHalfIsToldAndTheNextTryWorks() {
        try (TestServices t = new TestServices(dir)) {
            Database db = t.services().database();
            Unit city = t.city();
            String url = db.serverUrl();
            String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            RuntimeException lost = assertThrows(RuntimeException.class, () -> db.transaction(dsl -> {
                dsl.insertInto(DSL.table(DSL.name("unit")), DSL.field(DSL.name("code")), DSL.field(DSL.name("name")),
                        DSL.field(DSL.name("kind")), DSL.field(DSL.name("parent_id")))
                        .values("HALF", "半途单位", "COUNTY", city.id()).execute();
                // the server goes away under this console (a network cut, a restart)
                TestServer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                        + "' AND pid <> pg_backend_pid()");
                return dsl.fetchCount(DSL.table(DSL.name("unit")));
            }));
            assertTrue(Database.isLostConnection(lost), String.valueOf(lost));
            org.dianmifeng.console.core.Messages zh = org.dianmifeng.console.core.Messages.of(
                    org.dianmifeng.console.core.Messages.CHINESE);
            assertEquals(zh.text("error.server.lost"), zh.describe(lost), "a clear message, no stack trace");
            // retry: the pool replaces the dead connections, and nothing of the interrupted save is there
            Unit jy = null;
            for (int attempt = 0; attempt < 5 && jy == null; attempt++) {
                try {
                    jy = t.unit("JY", "江阴市供电公司", city);
                } catch (RuntimeException e) {
                    assertTrue(Database.isLostConnection(e), String.valueOf(e)); // an idle connection found dead
                }
            }
            assertTrue(jy != null && jy.id() != null);
            assertEquals(0, t.services().units().all(ADMIN).stream().filter(u -> u.code().equals("HALF")).count());
        }
    }

    @Test
    void theRetrysCheckGetsAFreshConnectionOnceTheServerAnswersAgain() {
        try (TestServices t = new TestServices(dir)) {
            Database db = t.services().database();
            db.checkConnection();
            long saved = db.savedChanges();
            String url = db.serverUrl();
            String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            // every connection of this console's pool is cut (a network cut, a restart of the server)
            TestServer.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
            boolean answered = false;
            for (int attempt = 0; attempt < 5 && !answered; attempt++) {
                try {
                    db.checkConnection();
                    answered = true;
                } catch (RuntimeException e) {
                    assertTrue(Database.isLostConnection(e), String.valueOf(e)); // a dead connection, told as lost
                }
            }
            assertTrue(answered, "the pool replaced the dead connections");
            assertEquals(saved, db.savedChanges(), "a check saves nothing: kept screens stay current (the window "
                    + "reads them again on a server when shown or focused)");
        }
    }

    @Test
    void aServerANewerConsoleUpgradedIsRefused() {
        try (TestServices t = new TestServices(dir)) {
            t.services().database().transaction(dsl -> dsl.insertInto(DSL.table(DSL.name("flyway_schema_history")))
                    .set(DSL.field(DSL.name("installed_rank")), 99).set(DSL.field(DSL.name("version")), "99")
                    .set(DSL.field(DSL.name("description")), "future").set(DSL.field(DSL.name("type")), "SQL")
                    .set(DSL.field(DSL.name("script")), "V99__future.sql")
                    .set(DSL.field(DSL.name("installed_by")), "bee").set(DSL.field(DSL.name("execution_time")), 1)
                    .set(DSL.field(DSL.name("success")), true).execute());
        }
        ConsoleException refused = assertThrows(ConsoleException.class, () -> new TestServices(dir));
        assertEquals("error.databaseNewer", refused.key());
        assertEquals("99", refused.args()[0]);
    }

    @Test
    void aWrongPasswordIsRefusedWithoutThePasswordInTheMessage() {
        ServerLogin right = TestServer.login("bee_test");
        ServerLogin wrong = new ServerLogin(right.url(), right.user(), "Not-The-Password-42".toCharArray());
        ConsoleException refused = assertThrows(ConsoleException.class,
                () -> Database.onServer(dir, wrong, Database.MIGRATIONS));
        assertEquals("error.server.password", refused.key(), "the server answered and refused: said so, not "
                + "'cannot connect'");
        assertFalse(refused.getMessage().contains("Not-The-Password-42"));
        ConsoleException away = assertThrows(ConsoleException.class, () -> Database.onServer(dir,
                new ServerLogin("jdbc:postgresql://127.0.0.1:1/bee?connectTimeout=2", right.user(), right.password()),
                Database.MIGRATIONS));
        assertEquals("error.server.connect", away.key(), "no server there");
        assertFalse(wrong.toString().contains("Not-The-Password-42"));
        assertFalse(right.toString().contains(new String(right.password())));
    }
}
