package org.dianmifeng.console.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database of one data folder: migrated with Flyway on open, reached through jOOQ.
 * Services run their work through {@link #transaction}; reads may use {@link #read}.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String FILE_NAME = "console";

    private final JdbcDataSource dataSource;
    private final DSLContext dsl;
    private final Path file;

    private Database(Path file, JdbcDataSource dataSource) {
        this.file = file;
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.H2, new Settings()
                .withExecuteWithOptimisticLocking(true)
                .withRenderSchema(false)
                .withExecuteLogging(false));
    }

    /** The database file (without H2's {@code .mv.db} ending) inside a data folder. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("data").resolve(FILE_NAME);
    }

    public static boolean existsIn(Path dataDir) {
        return Files.exists(fileIn(dataDir).resolveSibling(FILE_NAME + ".mv.db"));
    }

    /** Opens (creating if needed) the database of a data folder and brings its schema up to date. */
    public static Database open(Path dataDir) {
        Path file = fileIn(dataDir).toAbsolutePath();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        try {
            Files.createDirectories(file.getParent());
            ds.getConnection().close();
        } catch (Exception e) {
            if (String.valueOf(e.getMessage()).contains("locked")) {
                throw new ConsoleException("error.databaseInUse", e, file.getParent());
            }
            throw new ConsoleException("error.databaseOpen", e, file.getParent());
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        LOG.info("Database open at {}", file);
        return new Database(file, ds);
    }

    public Path file() {
        return file;
    }

    /** Runs work in one transaction: all of it is saved, or none. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(trx -> work.apply(trx.dsl()));
    }

    /** Runs read-only work outside an explicit transaction. */
    public <T> T read(Function<DSLContext, T> work) {
        return work.apply(dsl);
    }

    @Override
    public void close() {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
            LOG.info("Database closed");
        } catch (Exception e) {
            LOG.warn("Database shutdown failed", e);
        }
    }
}
