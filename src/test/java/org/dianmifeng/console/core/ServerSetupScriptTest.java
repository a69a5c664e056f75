package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dianmifeng.console.testing.OwnCluster;
import org.dianmifeng.console.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's set-up script as the README gives it ({@code resources/server/setup-postgres.sh}), run for real on a
 * cluster of this test's own (as root, the script's {@code PGHOST}/{@code PGPORT} naming it): it makes the database
 * and the two roles with generated passwords; the owner creates the schema (a first start); run again, it makes the
 * migration history the owner's alone and the audit log and the log of identity reveals append-only for the
 * consoles; the consoles' role opens the database and reads and writes rows, and is refused what the README's trust
 * model says it cannot do; a third run changes nothing. Runs in the PostgreSQL pass only ({@code -Dbee.test.db=postgres}).
 */
class ServerSetupScriptTest {
    private static final Pattern CREATED = Pattern.compile("role (\\w+) created, password: (\\w+)");
    private static final String DB = "bee_setup";
    private static OwnCluster cluster;
    @TempDir Path dir;

    @BeforeAll
    static void start() {
        assumeTrue(TestServer.active(), "runs in the PostgreSQL pass");
        cluster = OwnCluster.start("");
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theScriptMakesTheDatabaseAndRolesOfTheTrustModel() throws Exception {
        String first = script();
        Map<String, String> passwords = new HashMap<>();
        Matcher m = CREATED.matcher(first);
        while (m.find()) {
            passwords.put(m.group(1), m.group(2));
        }
        assertEquals(java.util.Set.of("bee_owner", "bee_console"), passwords.keySet(), first);
        assertTrue(first.contains("database " + DB + " ready"), first);

        // the first start, with the owner: the schema
        try (Database owner = Database.onServer(dir.resolve("owner"), login("bee_owner", passwords),
                Database.MIGRATIONS)) {
            assertEquals(Integer.valueOf(0), owner.read(dsl -> dsl.fetchCount(dsl.selectFrom("person"))));
        }
        String second = script();
        assertFalse(second.contains("created, password"), "no new password for roles that exist: " + second);

        // every console signs in with bee_console: it opens the database (the migrations current) and keeps rows
        try (Database console = Database.onServer(dir.resolve("console"), login("bee_console", passwords),
                Database.MIGRATIONS)) {
            assertEquals(Integer.valueOf(0), console.read(dsl -> dsl.fetchCount(dsl.selectFrom("person"))));
        }
        try (Connection c = connect("bee_console", passwords); Statement s = c.createStatement()) {
            assertTrue(privilege(s, "audit_log", "INSERT"), "the consoles write the audit log");
            assertTrue(privilege(s, "person", "UPDATE") && privilege(s, "person", "DELETE"), "and change rows");
            assertFalse(privilege(s, "audit_log", "UPDATE") || privilege(s, "audit_log", "DELETE"),
                    "the audit log is append-only for the consoles");
            assertFalse(privilege(s, "identity_access", "UPDATE") || privilege(s, "identity_access", "DELETE"),
                    "so is the log of identity reveals");
            assertFalse(privilege(s, "flyway_schema_history", "INSERT")
                    || privilege(s, "flyway_schema_history", "UPDATE")
                    || privilege(s, "flyway_schema_history", "DELETE"), "the migration history is the owner's");
            for (String refused : new String[] {"DROP TABLE person", "TRUNCATE person",
                "ALTER TABLE person ADD COLUMN x INT", "CREATE TABLE extra (x INT)", "DELETE FROM audit_log",
                "CREATE DATABASE other"}) {
                SQLException e = assertThrows(SQLException.class, () -> s.execute(refused), refused);
                assertTrue(e.getSQLState().startsWith("42"), refused + ": " + e.getSQLState() + " " + e.getMessage());
            }
        }

        String third = script();
        assertFalse(third.contains("created, password"), third);
        try (Connection c = connect("bee_console", passwords); Statement s = c.createStatement()) {
            assertFalse(privilege(s, "audit_log", "DELETE"), "run again, the script gives nothing back");
        }
    }

    private static boolean privilege(Statement s, String table, String privilege) throws SQLException {
        try (var rs = s.executeQuery("SELECT has_table_privilege('" + table + "', '" + privilege + "')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static ServerLogin login(String role, Map<String, String> passwords) {
        return new ServerLogin(url(), role, passwords.get(role).toCharArray());
    }

    private static Connection connect(String role, Map<String, String> passwords) throws SQLException {
        return DriverManager.getConnection(url(), role, passwords.get(role));
    }

    private static String url() {
        return "jdbc:postgresql://127.0.0.1:" + cluster.port() + "/" + DB;
    }

    /** Runs the script as the README says, on this test's cluster; returns what it printed. */
    private static String script() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("resources", "server", "setup-postgres.sh").toString(), DB)
                .redirectErrorStream(true);
        pb.environment().put("PGHOST", cluster.dir().toString());
        pb.environment().put("PGPORT", Integer.toString(cluster.port()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }
}
