package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dianmifeng.console.core.ServerLogin;
import org.dianmifeng.console.core.ServerSettings;
import org.dianmifeng.console.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code copy-to-server} on the demo database (300 people, every area's sample data, the demo accounts): every table
 * arrives with its rows, the command's checksums agree, a database that holds data is refused, and with
 * {@code --connect} the folder's commands then work on the server. Runs in the PostgreSQL pass.
 */
class CopyToServerTest {
    private static final String DEMO = "BeeDemo-2026";

    @TempDir
    Path dir;
    private String database;

    @BeforeEach
    void server() throws Exception {
        assumeTrue(TestServer.active(), "runs in the PostgreSQL pass");
        database = "bee_copy" + ProcessHandle.current().pid();
        admin("DROP DATABASE IF EXISTS " + database);
        admin("CREATE DATABASE " + database);
    }

    @AfterEach
    void drop() throws Exception {
        if (database != null) {
            admin("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void admin(String sql) throws Exception {
        ServerLogin l = TestServer.login("bee_test");
        try (Connection c = DriverManager.getConnection(System.getProperty("BEE_TEST_PG_URL",
                System.getenv("BEE_TEST_PG_URL")), l.user(), new String(l.password())); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** The command line with the demo password and the test server's role in the (test's) environment. */
    private static Run cli(String... args) {
        ServerLogin l = TestServer.login("bee_test");
        Map<String, String> env = Map.of(SignInOption.PASSWORD_VARIABLE, DEMO,
                SignInOption.SERVER_USER_VARIABLE, l.user(),
                SignInOption.SERVER_PASSWORD_VARIABLE, new String(l.password()));
        SignInOption.environment = env::get;
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Cli.newCommandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            return new Run(cl.execute(args), out.toString(), err.toString());
        } finally {
            SignInOption.environment = System::getenv;
        }
    }

    /** Rows per table (lower-case names) of a database, through plain JDBC. */
    private static Map<String, Long> counts(Connection c, String schema) throws Exception {
        Map<String, Long> out = new LinkedHashMap<>();
        try (ResultSet rs = c.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME");
                if (t.equalsIgnoreCase("flyway_schema_history")) {
                    continue;
                }
                try (Statement s = c.createStatement(); ResultSet n = s.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    n.next();
                    out.put(t.toLowerCase(java.util.Locale.ROOT), n.getLong(1));
                }
            }
        }
        return new java.util.TreeMap<>(out);
    }

    @Test
    void theDemoDatabaseArrivesWholeAndAFullServerIsRefused() throws Exception {
        Path data = dir.resolve("office");
        Run demo = cli("demo", "--data", data.toString(), "--people", "300");
        assertEquals(0, demo.code(), demo.err());
        String url = TestServer.login(database).url();

        Run copy = cli("copy-to-server", "--user", "admin", "--db-url", url, "--connect", "--data", data.toString());
        assertEquals(0, copy.code(), copy.err());

        ServerLogin login = TestServer.login(database);
        Map<String, Long> onServer;
        try (Connection c = DriverManager.getConnection(login.url(), login.user(), new String(login.password()))) {
            onServer = counts(c, "public");
        }
        assertTrue(onServer.get("person") == 300, "the demo's people: " + onServer);
        assertTrue(onServer.get("community_service") > 0 && onServer.get("aid_case") > 0
                && onServer.get("honour") > 0 && onServer.get("appraisal") > 0, onServer.toString());
        // the command printed each table's rows: the same as the server holds (the audit log has the copy's entry)
        String printed = copy.out().replace(",", "");
        for (var e : onServer.entrySet()) {
            long expected = e.getKey().equals("audit_log") ? e.getValue() - 1 : e.getValue();
            String table = e.getKey().toUpperCase(java.util.Locale.ROOT);
            assertTrue(printed.contains(table + "：" + expected + " 行") || printed.contains(table + ": " + expected
                    + " rows"), e + " in " + copy.out());
        }
        assertTrue(ServerSettings.exists(data), "--connect keeps the server for the folder");

        // the folder works on the server now: a report signed in there, and new rows get new keys
        Path out = dir.resolve("summary.xlsx");
        Run report = cli("report", "summary", "--user", "admin", "--year", "2025", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(0, report.code(), report.err());
        assertTrue(Files.size(out) > 10_000);
        try (Connection c = DriverManager.getConnection(login.url(), login.user(), new String(login.password()));
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO unit (code, name, kind) VALUES ('NEW', '新单位', 'STATION')");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE action = 'COPY'")) {
                rs.next();
                assertEquals(1, rs.getLong(1), "the copy is in the server's audit log");
            }
        }

        // a second copy into the same database: refused, the server unchanged
        Map<String, Long> before;
        try (Connection c = DriverManager.getConnection(login.url(), login.user(), new String(login.password()))) {
            before = counts(c, "public");
        }
        Run again = cli("copy-to-server", "--user", "admin", "--db-url", url, "--data", data.toString());
        assertEquals(1, again.code());
        assertTrue(again.err().contains("只能迁移到空数据库") || again.err().contains("only into an empty"), again.err());
        try (Connection c = DriverManager.getConnection(login.url(), login.user(), new String(login.password()))) {
            assertEquals(before, counts(c, "public"));
        }
        assertFalse(copy.out().contains(new String(login.password())));
        // nothing in the data folder holds the server's password in clear: not the kept connection, nor the database
        byte[] password = new String(login.password()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int files = 0;
        try (var all = Files.walk(data)) {
            for (Path f : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files++;
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 0; i + password.length <= bytes.length; i++) {
                    assertFalse(java.util.Arrays.equals(bytes, i, i + password.length, password, 0, password.length),
                            "the server's password in clear in " + f);
                }
            }
        }
        assertTrue(files > 2 && ServerSettings.exists(data), "the kept connection was read: " + files + " files");
    }
}
