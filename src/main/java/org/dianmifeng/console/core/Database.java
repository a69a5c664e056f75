package org.dianmifeng.console.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database of one data folder: the embedded H2 file (the default), or the company's PostgreSQL server
 * ({@link #onServer}); checked and migrated with Flyway on open, reached through jOOQ in the dialect of the one
 * opened. Services run their work through {@link #transaction}; reads may use {@link #read}.
 *
 * <p>What opening promises (see README, "Your data is safe when…"):
 * <ul>
 * <li>one process at a time: the folder's {@link DataLock} is taken before anything else and held until
 * {@link #close}; a second console is told the folder is in use, and repairs nothing under the first;</li>
 * <li>every commit is written to the file before it returns ({@code WRITE_DELAY=0}), so a save the user was told
 * about survives a killed process;</li>
 * <li>a file that exists is never replaced or opened as a new empty database: a damaged one is refused, naming the
 * newest checked backup;</li>
 * <li>a database upgraded by a newer console is refused, naming both versions;</li>
 * <li>before a schema upgrade a checked backup is written; an upgrade that fails is rolled back to it at once, and
 * one interrupted by a crash is rolled back at the next open;</li>
 * <li>a database whose creation was interrupted is made again from nothing.</li>
 * </ul>
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final String FILE_NAME = "console";
    /** Flyway's history table, whose newest row is the schema version. */
    static final String HISTORY = "flyway_schema_history";
    /** Present while a new database is created: if found at an open, the creation did not finish. */
    static final String CREATING = "creating";
    /** Present while the schema is upgraded; holds the path of the backup written before. */
    static final String MIGRATING = "migrating";
    /** The migrations of the console. */
    public static final List<String> MIGRATIONS = List.of("classpath:db/migration");
    /** What only PostgreSQL needs before the shared migrations (see the folder's scripts). */
    static final String SERVER_MIGRATIONS = "classpath:db/postgresql";
    /** Connections a console keeps open to the server: its window's worker, the background lane and a report. */
    static final int SERVER_POOL = 4;
    /** Every commit is written to the file before the commit returns. */
    private static final String URL_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE;DB_CLOSE_DELAY=-1;WRITE_DELAY=0";
    /** The file is encrypted with the data folder's {@link DataKey}: H2's AES file encryption. */
    private static final String CIPHER = ";CIPHER=AES";

    private final DataSource dataSource;
    private final DSLContext dsl;
    /** The H2 file; null on a server. */
    private final Path file;
    private final Path home;
    private final ConsoleException notice;
    private final DataLock lock;
    private final DataKey key;
    private final AtomicLong saved = new AtomicLong();
    private final AtomicLong logged = new AtomicLong();

    private Database(Path file, JdbcDataSource dataSource, ConsoleException notice, DataLock lock, DataKey key) {
        this(file.getParent().getParent(), file, dataSource, SQLDialect.H2, notice, lock, key);
    }

    private Database(Path home, Path file, DataSource dataSource, SQLDialect dialect, ConsoleException notice,
                     DataLock lock, DataKey key) {
        this.home = home;
        this.file = file;
        this.lock = lock;
        this.key = key;
        this.dataSource = dataSource;
        this.notice = notice;
        this.dsl = dsl(dataSource, dialect);
    }

    private static DSLContext dsl(DataSource dataSource) {
        return dsl(dataSource, SQLDialect.H2);
    }

    /**
     * jOOQ over a data source in a dialect. The generated classes name tables and columns in upper case, as H2 folds
     * the unquoted names of the migrations; PostgreSQL folds them to lower case, so there every name is rendered in
     * lower case (still quoted): the same SQL finds the same tables on both.
     */
    private static DSLContext dsl(DataSource dataSource, SQLDialect dialect) {
        Settings settings = new Settings()
                .withExecuteWithOptimisticLocking(true)
                .withRenderSchema(false)
                .withExecuteLogging(false);
        if (dialect != SQLDialect.H2) {
            settings = settings.withRenderNameCase(RenderNameCase.LOWER);
        }
        return DSL.using(dataSource, dialect, settings);
    }

    /**
     * Connects to the company's PostgreSQL server and brings its schema up to date with the same migrations as the
     * embedded database (and the few statements only PostgreSQL needs, {@link #SERVER_MIGRATIONS}). The data folder
     * keeps only this PC's settings and logs: no lock (many consoles share the server), no key slots (the server's
     * own roles guard its data), no H2 backups (the server's administrator backs it up). Each migration runs in a
     * transaction of its own, so a failed upgrade leaves the server at the version before it.
     *
     * @throws ConsoleException {@code error.server.connect} when the server cannot be reached or refuses the login,
     *                          {@code error.databaseNewer} when a newer console upgraded it
     */
    public static Database onServer(Path dataDir, ServerLogin login, List<String> migrations) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(login.url());
        config.setUsername(login.user());
        config.setPassword(new String(login.password()));
        config.setMaximumPoolSize(SERVER_POOL);
        config.setMinimumIdle(1);
        config.setPoolName("bee-console");
        config.setConnectionTimeout(10_000);
        HikariDataSource ds;
        try {
            // the pool connects once before it returns: a server that is down or a wrong password fails here
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            LOG.error("Cannot connect to the database server {}", login, e);
            throw new ConsoleException(isLoginRefused(e) ? "error.server.password"
                    : isCertificateRefused(e) ? "error.server.certificate" : "error.server.connect", e,
                    login.url(), login.user());
        }
        List<String> locations = new ArrayList<>(migrations);
        locations.add(SERVER_MIGRATIONS);
        Flyway flyway = Flyway.configure().dataSource(ds).locations(locations.toArray(String[]::new)).load();
        try {
            MigrationInfoService info = flyway.info();
            refuseNewer(info);
            if (info.pending().length > 0) {
                try {
                    flyway.migrate();
                } catch (RuntimeException e) {
                    // the consoles' role may write rows only: the schema is made and upgraded by the owner's role
                    LOG.error("The schema of {} could not be brought up to date", login, e);
                    throw new ConsoleException("error.server.upgrade", e, login.url(), login.user(),
                            knownVersion(info).getVersion());
                }
            }
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        LOG.info("Database open on the server {}", login);
        return new Database(dataDir.toAbsolutePath(), null, ds, SQLDialect.POSTGRES, null, null, null);
    }

    /** The JDBC address of the server (without the password); null for the embedded database. */
    public String serverUrl() {
        return dataSource instanceof HikariDataSource server ? server.getJdbcUrl() : null;
    }

    /** Whether this is the company's database server rather than the embedded file of this PC. */
    public boolean onServer() {
        return file == null;
    }

    /**
     * Loads and compiles what opening a database and its first queries use (H2, Flyway's check of the migrations,
     * jOOQ) on a throwaway database in memory, while the sign-in screen waits for a password: the first sign-in of a
     * run, which opens the real file, then no longer pays for it (about 2 s of a cold start on 2 cores). Touches no
     * file; a failure only means the sign-in loads the classes itself.
     */
    public static void warmUp() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:warm-up-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        ds.setPassword("");
        try {
            Flyway flyway = Flyway.configure().dataSource(ds).locations(MIGRATIONS.toArray(String[]::new)).load();
            flyway.migrate();
            flyway.info();
            DSLContext dsl = dsl(ds);
            dsl.transaction(trx -> trx.dsl().fetchCount(DSL.table(DSL.name("UNIT"))));
            dsl.select(DSL.field(DSL.name("ID")), DSL.field(DSL.name("NAME"))).from(DSL.table(DSL.name("PERSON")))
                    .where(DSL.field(DSL.name("UNIT_ID")).in(1L, 2L)).orderBy(DSL.field(DSL.name("NAME")))
                    .fetch();
        } finally {
            shutdown(ds);
        }
    }

    /** The database file (without H2's {@code .mv.db} ending) inside a data folder. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve("data").resolve(FILE_NAME);
    }

    public static boolean existsIn(Path dataDir) {
        return Files.exists(Backups.mvFile(fileIn(dataDir)));
    }

    /**
     * Opens (creating if needed) the database of a data folder with its key and brings its schema up to date. A
     * new database gets an empty {@link KeySlots} file: its first account's slot is written as that account is made.
     */
    public static Database open(Path dataDir, DataKey key) {
        return open(dataDir, key, MIGRATIONS, Clock.systemDefaultZone());
    }

    /** The same with other migration locations: tests add a failing or a newer migration. */
    public static Database open(Path dataDir, DataKey key, List<String> migrations, Clock clock) {
        Objects.requireNonNull(key, "key");
        Path home = dataDir.toAbsolutePath();
        DataLock lock = DataLock.acquire(home);
        try {
            boolean created = !existsIn(home);
            Database db = open(home, migrations, clock, new Backups(home, key), lock, key);
            if (created && !KeySlots.of(home).exists()) {
                // a new database: empty slots until its first account (a first start that makes none starts over)
                KeySlots.of(home).save();
            }
            return db;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Encrypts the unencrypted database an older console left in the data folder, and opens it: first its schema is
     * brought up to date and a checked backup written; then a copy of the file is encrypted with a new random key
     * beside it, every account gets a key slot wrapped by its stored password hash ({@link KeySlots}), the copy
     * replaces the file, and the backups in the backup folder are encrypted too. A crash at any point leaves either
     * the unencrypted file, encrypted again at the next start, or the encrypted one with its slots.
     */
    public static Database encryptPlain(Path dataDir, Clock clock) {
        Path home = dataDir.toAbsolutePath();
        DataLock lock = DataLock.acquire(home);
        try {
            KeySlots slots = KeySlots.of(home);
            if (!slots.exists()) {
                // an encrypted copy staged by an encryption whose key was never saved is of no use: drop it
                new Backups(home, null).unstage();
            }
            Database plain = open(home, MIGRATIONS, clock, new Backups(home, null), lock, null);
            Map<String, String> hashes = plain.accountHashes();
            BackupInfo before = new Backups(home, null).write(plain.dataSource, BackupReason.BEFORE_ENCRYPTION, clock,
                    Progress.NONE);
            shutdown(plain.dataSource);
            if (!before.verified()) {
                throw new ConsoleException("error.migration.noBackup", before.file());
            }
            DataKey key = DataKey.random();
            Backups backups = new Backups(home, key);
            backups.stage(before.file());
            backups.markReady(before.file());
            slots.addFromHashes(hashes, key);
            Backups.finishRestore(home, null);
            LOG.info("The database of {} is encrypted now; {} accounts got a key slot", home, hashes.size());
            return open(home, MIGRATIONS, clock, backups, lock, key);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Whether the data folder holds an older console's unencrypted database (which {@link #encryptPlain} encrypts):
     * a database file with no key slots beside it that opens without a key.
     */
    public static boolean isPlain(Path dataDir) {
        Path home = dataDir.toAbsolutePath();
        // from the file's first bytes, not from whether it opens: a damaged older file is still an older file
        return existsIn(home) && !KeySlots.of(home).exists() && isPlainFile(Backups.mvFile(fileIn(home)));
    }

    /**
     * Deletes a database whose first start never made an account (its key is in no slot, so nobody could ever open
     * it) with its empty key slots, so that the first start begins again.
     */
    public static void startOver(Path dataDir) {
        Path home = dataDir.toAbsolutePath();
        try (DataLock lock = DataLock.acquire(home)) {
            if (!KeySlots.of(home).isEmpty()) {
                throw new IllegalStateException("a database with key slots is never deleted");
            }
            if (isPlainFile(Backups.mvFile(fileIn(home)))) {
                throw new IllegalStateException("an unencrypted database is an older console's: never deleted");
            }
            new Backups(home, null).unstage();
            LOG.warn("The first start in {} made no account; it begins again", home);
            Backups.deleteQuietly(Backups.mvFile(fileIn(home)));
            Backups.deleteQuietly(KeySlots.fileIn(home));
        }
    }

    /** The user names and password hashes of the accounts, read without jOOQ (for the slots of an upgrade). */
    private Map<String, String> accountHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT username, password_hash FROM account WHERE active")) {
            while (rs.next()) {
                hashes.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new ConsoleException("error.databaseOpen", e, dataDir());
        }
        return hashes;
    }

    /**
     * H2's page cache in KB: an eighth of the heap, between H2's default of 16 MB and 256 MB. Every page read from
     * the file is decrypted (AES); with the default, a database of 100,000 people decrypted the same pages again
     * for every list and every dashboard, which took seconds. Set once, when the database opens ({@link #open}):
     * H2 runs a setting of the URL again for every connection, and setting the cache's size empties it, so a
     * {@code CACHE_SIZE} in the URL emptied the cache at every query (jOOQ takes a connection per query) and every
     * list read and decrypted its pages from the file again (阵地网络 built again on the demo data: 0.36 s of its
     * worker's CPU, 0.1 s with the cache kept).
     */
    static long cacheKb(long maxHeapBytes) {
        return Math.max(16 * 1024, Math.min(256 * 1024, maxHeapBytes / 8 / 1024));
    }

    /** A data source on the database file: encrypted with {@code key}, or without one (an older console's). */
    static JdbcDataSource dataSource(Path file, DataKey key, String options) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + file + URL_OPTIONS + (key == null ? "" : CIPHER) + options);
        ds.setUser("sa");
        ds.setPassword(key == null ? "" : key.h2Password());
        return ds;
    }

    /** Opens under a lock already taken; {@code key} null: an older console's unencrypted file (and benchmarks). */
    static Database open(Path home, List<String> migrations, Clock clock, Backups backups, DataLock lock,
                         DataKey key) {
        Path file = fileIn(home);
        Path dir = file.getParent();
        ConsoleException notice = recover(home, backups, clock);
        boolean isNew = !existsIn(home);
        if (isNew) {
            mark(dir.resolve(CREATING), "");
        } else if (size(Backups.mvFile(file)) == 0) {
            throw damaged(home, backups, null);
        }
        JdbcDataSource ds = dataSource(file, key, isNew ? "" : ";IFEXISTS=TRUE");
        try {
            try (Connection c = ds.getConnection(); var s = c.createStatement()) {
                s.execute("SET CACHE_SIZE " + cacheKb(Runtime.getRuntime().maxMemory()));
            }
            Trees.ownerOnly(Backups.mvFile(file));
        } catch (SQLException e) {
            throw failedToOpen(e, home, backups);
        } catch (IOException e) {
            shutdown(ds);
            throw new ConsoleException("error.databaseOpen", e, home);
        }
        Flyway flyway = Flyway.configure().dataSource(ds).locations(migrations.toArray(String[]::new)).load();
        if (isNew) {
            try {
                flyway.migrate();
            } catch (RuntimeException e) {
                shutdown(ds);
                throw e;
            }
            unmark(dir.resolve(CREATING));
            LOG.info("Database created at {}", file);
        } else {
            ConsoleException upgraded = upgrade(ds, flyway, home, backups, clock);
            notice = notice == null ? upgraded : notice;
        }
        if (key != null) {
            backups.encryptLegacy(clock);
        }
        LOG.info("Database open at {}", file);
        return new Database(file, ds, notice, lock, key);
    }

    /**
     * Checks an existing database and runs its pending migrations: refused if it has no schema (a damaged or
     * foreign file) or a newer one; backed up first and rolled back on failure. Returns what the user should be told
     * of an upgrade (the schema versions before and after, the backup from before), or null when none was needed.
     */
    private static ConsoleException upgrade(JdbcDataSource ds, Flyway flyway, Path home, Backups backups, Clock clock) {
        MigrationInfoService info;
        try {
            info = flyway.info();
        } catch (RuntimeException e) {
            shutdown(ds);
            throw damaged(home, backups, e);
        }
        MigrationInfo current = info.current();
        if (current == null || info.applied().length == 0) {
            shutdown(ds);
            throw damaged(home, backups, null);
        }
        MigrationVersion known = knownVersion(info);
        try {
            refuseNewer(info);
        } catch (ConsoleException e) {
            shutdown(ds);
            throw e;
        }
        if (info.pending().length == 0) {
            return null;
        }
        Path dir = fileIn(home).getParent();
        BackupInfo before;
        try {
            before = backups.write(ds, BackupReason.BEFORE_MIGRATION, clock, Progress.NONE);
        } catch (RuntimeException e) {
            shutdown(ds);
            throw e;
        }
        if (!before.verified()) {
            shutdown(ds);
            throw new ConsoleException("error.migration.noBackup", before.file());
        }
        mark(dir.resolve(MIGRATING), before.file().toString());
        try {
            flyway.migrate();
        } catch (RuntimeException e) {
            LOG.error("Migration from {} to {} failed; going back to {}", current.getVersion(), known, before.file(), e);
            shutdown(ds);
            backups.restore(before.file(), false, clock);
            unmark(dir.resolve(MIGRATING));
            throw new ConsoleException("error.migration.failed", e, current.getVersion().getVersion(),
                    known.getVersion(), before.file());
        }
        unmark(dir.resolve(MIGRATING));
        LOG.info("Database upgraded from {} to {}; the copy from before is {}", current.getVersion(), known, before.file());
        return new ConsoleException("notice.upgraded", current.getVersion().getVersion(), known.getVersion(),
                before.file());
    }

    /** The newest schema version this console's migrations make. */
    private static MigrationVersion knownVersion(MigrationInfoService info) {
        return Arrays.stream(info.all()).filter(m -> m.getState().isResolved())
                .map(MigrationInfo::getVersion).max(MigrationVersion::compareTo).orElse(MigrationVersion.EMPTY);
    }

    /** Refuses a database whose schema a newer console upgraded, naming its version and the newest this one knows. */
    private static void refuseNewer(MigrationInfoService info) {
        if (Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                || m.getState() == MigrationState.FUTURE_FAILED)) {
            throw new ConsoleException("error.databaseNewer", info.current().getVersion().getVersion(),
                    knownVersion(info).getVersion());
        }
    }

    /**
     * Refuses the database at {@code file} (closed, e.g. a backup loaded for a restore) if a newer console made its
     * schema: restoring it would lock everyone out.
     */
    static void refuseNewer(Path file, DataKey key) {
        JdbcDataSource ds = dataSource(file.toAbsolutePath(), key, ";IFEXISTS=TRUE");
        try {
            refuseNewer(Flyway.configure().dataSource(ds).locations(MIGRATIONS.toArray(String[]::new)).load().info());
        } finally {
            shutdown(ds);
        }
    }

    /**
     * What a crash may have left: a restore whose new file was ready (completed), a creation that did not finish
     * (the half-made file deleted), an upgrade that did not finish (rolled back to the backup written before it).
     * Returns what the user should be told, or null.
     */
    private static ConsoleException recover(Path home, Backups backups, Clock clock) {
        Path dir = fileIn(home).getParent();
        if (KeySlots.of(home).isEmpty() && isPlainFile(Backups.mvFile(fileIn(home)))) {
            // an encryption of an older database that crashed before its key was saved: its copy opens for nobody
            backups.unstage();
        } else {
            Backups.finishRestore(home, null);
        }
        if (Files.exists(dir.resolve(CREATING))) {
            LOG.warn("The creation of {} was interrupted; it is made again", dir);
            Backups.deleteQuietly(Backups.mvFile(fileIn(home)));
            unmark(dir.resolve(CREATING));
            return null;
        }
        Path migrating = dir.resolve(MIGRATING);
        if (Files.exists(migrating)) {
            Path before;
            try {
                before = Path.of(Files.readString(migrating).strip());
            } catch (IOException e) {
                throw new ConsoleException("error.migration.interrupted", e, migrating);
            }
            if (!Files.isRegularFile(before)) {
                throw new ConsoleException("error.migration.interrupted", before);
            }
            LOG.warn("An upgrade of {} was interrupted; going back to {}", dir, before);
            backups.restore(before, false, clock);
            unmark(migrating);
            return new ConsoleException("notice.migration.rolledBack", before);
        }
        return null;
    }

    /** Whether a failure comes from reading a damaged database file (H2's "file corrupted"), at open or later. */
    public static boolean isCorruption(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                    || String.valueOf(t.getMessage()).contains("File corrupted")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a failure comes from losing the connection to the database server (the network, or the server going
     * away): JDBC's connection exceptions, SQL state class 08, or the server shutting the session (57P01..57P03).
     * What was being saved was not: the server rolls back a transaction whose connection is gone.
     */
    public static boolean isLostConnection(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null
                    && (s.getSQLState().startsWith("08") || s.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the server answered but refused the user or the password (SQL state class 28). */
    static boolean isLoginRefused(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("28")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a connection failed because TLS refused the server: its certificate not signed by the trusted root
     * (an {@link javax.net.ssl.SSLException}), or not made out to the name the console connects to (the driver's
     * check of the name, in {@code org.postgresql.ssl}). Told apart from the message, which the driver translates.
     */
    static boolean isCertificateRefused(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException || t instanceof java.security.cert.CertificateException
                    || t instanceof SQLException && t.getStackTrace().length > 0
                    && t.getStackTrace()[0].getClassName().startsWith("org.postgresql.ssl.")) {
                return true;
            }
        }
        return false;
    }

    /** The refusal for a connection that failed: in use, damaged, or another failure. */
    private static ConsoleException failedToOpen(SQLException e, Path home, Backups backups) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException) {
                // an encrypted file cut short: its pages end before its header says
                return damaged(home, backups, e);
            }
            if (t instanceof SQLException s) {
                int code = s.getErrorCode();
                if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    return new ConsoleException("error.databaseInUse", e, home);
                }
                if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                    return isEncryptedFile(Backups.mvFile(fileIn(home))) ? new ConsoleException("error.databaseKey", e, home)
                            : damaged(home, backups, e);
                }
                if (code == ErrorCode.FILE_VERSION_ERROR_1 || code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                    return damaged(home, backups, e);
                }
            }
        }
        return isCorruption(e) ? damaged(home, backups, e) : new ConsoleException("error.databaseOpen", e, home);
    }

    /** Whether a file starts as H2 starts an encrypted file: the key was wrong, not the file damaged. */
    private static boolean isEncryptedFile(Path file) {
        return startsWith(file, "H2encrypt\n");
    }

    /** Whether a file starts as H2 starts an unencrypted database file (an older console's). */
    private static boolean isPlainFile(Path file) {
        return startsWith(file, "H:2,");
    }

    private static boolean startsWith(Path file, String start) {
        byte[] magic = start.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (var in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    /** The refusal of a damaged database file: it is left as it is, and the newest checked backup is named. */
    private static ConsoleException damaged(Path home, Backups backups, Throwable cause) {
        Path file = Backups.mvFile(fileIn(home));
        LOG.error("The database file {} is damaged", file, cause);
        Optional<BackupInfo> newest = backups.newestVerified();
        return newest.map(b -> (ConsoleException) new DamagedDatabaseException("error.databaseDamaged.backup", cause,
                        b, file, b.fileName(), b.takenAt().toString().replace('T', ' ')))
                .orElseGet(() -> new DamagedDatabaseException("error.databaseDamaged.noBackup", cause, null, file,
                        backups.folder()));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void mark(Path marker, String content) {
        try {
            Files.writeString(marker, content);
        } catch (IOException e) {
            throw new ConsoleException("error.databaseOpen", e, marker.getParent());
        }
    }

    private static void unmark(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            throw new ConsoleException("error.databaseOpen", e, marker.getParent());
        }
    }

    private static void shutdown(DataSource ds) {
        try (Connection c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.warn("Database shutdown failed", e);
        }
    }

    /** The embedded database's file; null on a server. */
    public Path file() {
        return file;
    }

    /** The data folder the database belongs to (on a server: this PC's settings and logs). */
    public Path dataDir() {
        return home;
    }

    /** The schema version of the database (Flyway's newest applied migration), e.g. "5": for the About dialog. */
    public String schemaVersion() {
        MigrationInfo current = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS.toArray(String[]::new))
                .load().info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }

    /**
     * What opening did that the user should hear of (an upgrade of the schema, naming the versions and the backup
     * from before it; an interrupted upgrade rolled back), if anything.
     */
    public Optional<ConsoleException> notice() {
        return Optional.ofNullable(notice);
    }

    /** The key slots of this database, with its key: to wrap the key for a new password. */
    public Keyring keyring() {
        return onServer() ? Keyring.NONE : new Keyring(KeySlots.of(dataDir()), key);
    }

    /** The key this database is encrypted with: for its backups, and to open it again after a restore. */
    DataKey key() {
        return key;
    }

    /** The database as JDBC sees it: for backups, which work on the whole database. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Runs work in one transaction: all of it is saved, or none. */
    public <T> T transaction(Function<DSLContext, T> work) {
        return commit(work, saved);
    }

    /**
     * Runs work that only adds an event to the audit log (a backup made, a copy to the server) in one transaction,
     * counted apart from the data's changes ({@link #loggedEvents}): a screen kept for its data shows it still, only
     * the screens that show the log read again.
     */
    public <T> T logTransaction(Function<DSLContext, T> work) {
        return commit(work, logged);
    }

    private <T> T commit(Function<DSLContext, T> work, AtomicLong count) {
        T result = dsl.transactionResult(trx -> work.apply(trx.dsl()));
        count.incrementAndGet();
        return result;
    }

    /**
     * How many transactions were saved since the database was opened: what was read before the count changed may
     * be out of date (a screen kept while another one was shown, see {@code MainWindow}). On a server the other
     * consoles save too, unseen here: there the window reads a kept screen again when it is shown again and the shown
     * one when the window regains focus ({@code MainWindow.onServer}).
     */
    public long savedChanges() {
        return saved.get();
    }

    /** How many events were only logged ({@link #logTransaction}) since the database was opened. */
    public long loggedEvents() {
        return logged.get();
    }

    /**
     * Asks the database whether it answers, on a connection of its own: on a server, after a lost connection, the pool
     * hands out a fresh one (or fails as a lost connection, {@link #isLostConnection}, while the server is still away).
     */
    public void checkConnection() {
        dsl.selectOne().fetch();
    }

    /**
     * Runs read-only work that must see the database as it was at one moment, whatever others save meanwhile (a
     * report whose counts and lines must agree): one connection, one read-only transaction at REPEATABLE READ (a
     * snapshot on PostgreSQL and on H2's MVStore), ended when the work returns.
     */
    public <T> T snapshot(Function<DSLContext, T> work) {
        return dsl.connectionResult(c -> {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = work.apply(dsl.configuration().derive(new DefaultConnectionProvider(c)).dsl());
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(autoCommit);
            }
        });
    }

    /** Runs read-only work outside an explicit transaction. */
    public <T> T read(Function<DSLContext, T> work) {
        return work.apply(dsl);
    }

    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource server) {
            server.close();
            LOG.info("Database server connections closed");
            return;
        }
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN");
            LOG.info("Database closed");
        } catch (Exception e) {
            LOG.warn("Database shutdown failed", e);
        } finally {
            lock.close();
        }
    }
}
