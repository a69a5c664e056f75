package org.dianmifeng.console.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.ServerLogin;

/**
 * The database the tests of stores, services and reports run on: the embedded H2 file (the default), or a PostgreSQL
 * server when the build says so ({@code -Dbee.test.db=postgres}, the {@code postgres} pass of {@code mvn verify}
 * that {@code .ci/run} gives the cluster of {@code .ci/postgres} to). The server's address and role come from
 * {@code BEE_TEST_PG_URL}, {@code BEE_TEST_PG_USER} and {@code BEE_TEST_PG_PASSWORD} (environment or system
 * properties of the same names).
 *
 * <p>On a server, each data folder of a test gets a database of its own, copied from a template that the real
 * migrations made once per test run ({@code CREATE DATABASE ... TEMPLATE}: a few tens of ms instead of migrating
 * again). Opening the same folder again opens the same database, as with the embedded file; the databases are dropped
 * when the test run ends (a temporary folder's when it is closed).
 */
public final class TestServer {
    private static final String PROPERTY = "bee.test.db";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());
    private static final Map<Path, String> DATABASES = new ConcurrentHashMap<>();
    private static String template;

    private TestServer() {
    }

    /** Whether this test run's services use the PostgreSQL server. */
    public static boolean active() {
        return "postgres".equalsIgnoreCase(System.getProperty(PROPERTY, "h2"));
    }

    /** The data folder's database on the server: a new, migrated one the first time the folder is opened. */
    static Database open(Path dataDir) {
        String name = DATABASES.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> {
            String made = "bee_t" + RUN + "_" + COUNT.incrementAndGet();
            execute("CREATE DATABASE " + made + " TEMPLATE " + template());
            return made;
        });
        return Database.onServer(dataDir, login(name), Database.MIGRATIONS);
    }

    /** Drops the data folder's database (its pool closed): the folder is deleted too. */
    static void drop(Path dataDir) {
        String name = DATABASES.remove(dataDir.toAbsolutePath().normalize());
        if (name != null) {
            execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    private static synchronized String template() {
        if (template == null) {
            String name = "bee_template" + RUN;
            execute("DROP DATABASE IF EXISTS " + name);
            execute("CREATE DATABASE " + name);
            Database.onServer(Path.of(System.getProperty("java.io.tmpdir")), login(name), Database.MIGRATIONS)
                    .close();
            template = name;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                DATABASES.values().forEach(made -> execute("DROP DATABASE IF EXISTS " + made));
                execute("DROP DATABASE IF EXISTS " + name);
            }));
        }
        return template;
    }

    /** The login to one database of the test server. */
    public static ServerLogin login(String database) {
        String url = setting("BEE_TEST_PG_URL");
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        return new ServerLogin(base + database, setting("BEE_TEST_PG_USER"),
                setting("BEE_TEST_PG_PASSWORD").toCharArray());
    }

    /** Runs a statement on the test server as its role (outside any test's database): to create, drop, terminate. */
    public static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(setting("BEE_TEST_PG_URL"), setting("BEE_TEST_PG_USER"),
                setting("BEE_TEST_PG_PASSWORD")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The test database server refused: " + sql, e);
        }
    }

    private static String setting(String name) {
        String value = System.getProperty(name, System.getenv(name));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: start a server with .ci/postgres and export its"
                    + " settings, or run the tests without -D" + PROPERTY + "=postgres");
        }
        return value;
    }
}
