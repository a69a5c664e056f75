package org.dianmifeng.console.core;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * For benchmarks' baselines: a plain JDBC connection to a data folder's existing database with the console's URL and
 * key and its page cache set as {@link Database#open} sets it, and nothing else (no lock of the folder, no recovery,
 * no schema check). Closing it shuts the database down.
 */
public final class BareDatabase implements AutoCloseable {
    private final Connection connection;

    private BareDatabase(Connection connection) {
        this.connection = connection;
    }

    public static BareDatabase open(Path dataDir, DataKey key) throws SQLException {
        Connection c = Database.dataSource(Database.fileIn(dataDir.toAbsolutePath()), key, ";IFEXISTS=TRUE")
                .getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("SET CACHE_SIZE " + Database.cacheKb(Runtime.getRuntime().maxMemory()));
        }
        return new BareDatabase(c);
    }

    /** jOOQ on the connection, rendering as the console's does (no schema), for the stores' own queries. */
    public DSLContext dsl() {
        return DSL.using(connection, SQLDialect.H2, new Settings().withRenderSchema(false).withExecuteLogging(false));
    }

    @Override
    public void close() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SHUTDOWN");
        } finally {
            connection.close();
        }
    }
}
