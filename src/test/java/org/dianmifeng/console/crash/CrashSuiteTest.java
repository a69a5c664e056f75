package org.dianmifeng.console.crash;

import org.dianmifeng.console.testing.TestKeys;
import static org.dianmifeng.console.db.Tables.AUDIT_LOG;
import static org.dianmifeng.console.db.Tables.SETTING;
import static org.dianmifeng.console.db.Tables.UNIT;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dianmifeng.console.app.Cli;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash suite: the console's own code (services, {@code Database}, the {@code demo} command, the
 * migrations) runs in a child JVM ({@link CrashWorker}) on a copy of a real database and is killed with
 * SIGKILL ({@link Process#destroyForcibly()}) at random points; the database is then reopened here
 * with {@link Database#open} and checked.
 *
 * <p>What it promises, for the H2 version and settings in the pom:
 * <ul>
 *   <li>the database opens after every kill, and keeps opening through later ordinary use;</li>
 *   <li>every save that was acknowledged (the service call returned) is there, also when the kill comes
 *       while the console sits idle 1-8 s after the last commit;</li>
 *   <li>every transaction is all there or not at all: a unit and its audit row, and a big transaction of
 *       20,000-50,000 SETTING and AUDIT_LOG rows killed while it inserts or while it commits;</li>
 *   <li>no row of the database the worker did not write changes;</li>
 *   <li>a killed {@code demo} leaves a folder that either opens with all the sample data or on which
 *       {@code demo} runs again successfully;</li>
 *   <li>a killed migration leaves a database that opens at the newest schema version with the rows of
 *       the older tables unchanged.</li>
 * </ul>
 *
 * <p>The template is the {@code demo} database after a few sessions of use, and the rounds on it wait until
 * it is 50 s old: H2 reuses the free space inside a file only after its RETENTION_TIME (45 s), and a
 * real console database is older than that. Without that wait the suite does not see H2 2.5.252's faults.
 *
 * <p>Every run prints its seed ({@code [crash] seed=...}) and, for every round, the worker's seed and the
 * moment of the kill. To replay a failure: {@code mvn test -Dtest=CrashSuiteTest -Dcrash.seed=SEED}
 * (the same rounds and kill offsets; the machine's timing may still move a kill a little).
 * {@code -Dcrash.repeat=N} runs every round plan N times, for a longer soak; {@code -Dcrash.keep=DIR}
 * keeps a copy of the template for a look with H2's tools.
 *
 * <p><b>Re-run on every H2 bump</b>: {@code mvn verify -Dh2.version=X} (the pom's {@code h2.version}
 * property); a version that fails this suite is not taken, whatever its release notes say. Measured
 * (Dec 2026): 2.3.232 passes; 2.5.252 fails it every time, in two ways: a single save is lost when the
 * console is killed 1-8 s after it (its chunk went into reused space, the file header still pointed to the
 * chunk before), and a big transaction killed in its commit comes back half applied (all SETTING rows,
 * part of the AUDIT_LOG rows, and an index that disagrees with its table).
 *
 * <p>Time: 80-95 s on a 2-core machine (23 child JVMs, and about 28 s waiting for the template's age); it
 * is part of {@code mvn verify}.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSuiteTest {
    private static final long SEED = Long.getLong("crash.seed", new Random().nextLong());
    private static final int REPEAT = Integer.getInteger("crash.repeat", 1);
    private static final int DEMO_PEOPLE = 300;
    private static final long START_TIMEOUT_MS = 90_000;
    /**
     * How old the template must be before the rounds on it start. H2 reuses the space of dead chunks only
     * when they are older than its RETENTION_TIME (45 s by default), and a console database met in real
     * life is older than that: without the wait, every chunk lands at the end of the file and H2 2.5.252's
     * loss of a chunk written into reused space never shows.
     */
    private static final long TEMPLATE_AGE_MS = Long.getLong("crash.templateAge", 50_000);

    @TempDir
    static Path tmp;
    /** The demo database after some ordinary use: every round works on a copy of it. */
    private static Path template;
    /** Row counts of every table right after {@code demo}, and of the template after its use. */
    private static Map<String, Long> demoCounts;
    private static Map<String, Long> templateCounts;
    /** How long {@code demo} took in a child, from START to its end. */
    private static long demoMillis;
    /** When the template was last closed ({@link System#nanoTime}). */
    private static long templateClosedAt;
    /** The newest schema version, as the template has it. */
    private static String templateVersion;

    @BeforeAll
    static void makeTemplate() throws Exception {
        System.out.println("[crash] seed=" + SEED + " (replay: -Dcrash.seed=" + SEED + "), H2 "
                + org.h2.engine.Constants.VERSION + ", repeat=" + REPEAT);
        long t0 = System.nanoTime();
        template = tmp.resolve("template");
        try (Child demo = new Child("demo", template, 0, tmp.resolve("template-demo.err"), "people=" + DEMO_PEOPLE)) {
            Line start = demo.await("START", START_TIMEOUT_MS);
            Line done = demo.await("DONE", START_TIMEOUT_MS);
            int rc = demo.exitCode(60_000);
            assertTrue(start != null && done != null && rc == 0,
                    "demo in a child failed (rc " + rc + ")" + demo.stderrTail());
            demoMillis = done.ms() - start.ms();
        }
        try (Database db = CrashWorker.open(template)) {
            demoCounts = counts(db);
        }
        // Ordinary use before the crash: an earlier probe lost rows on a file with free space inside.
        for (int i = 0; i < 4; i++) {
            try (Database db = CrashWorker.open(template)) {
                Services services = new Services(db, Clock.systemDefaultZone(), 1000);
                long root = services.units().all(TestServices.ADMIN).stream().filter(u -> u.parentId() == null)
                        .findFirst().orElseThrow().id();
                Unit unit = services.units().create(TestServices.ADMIN,
                        new Unit(null, "AGE-" + i, "使用单位" + i, UnitKind.STATION, root, true, 0, null));
                services.units().rename(TestServices.ADMIN, unit, "使用单位" + i + "（改名）");
                String prefix = "age." + i + ".";
                db.transaction(dsl -> {
                    var insert = dsl.insertInto(SETTING, SETTING.NAME, SETTING.VAL);
                    for (int k = 0; k < 3000; k++) {
                        insert = insert.values(prefix + k, "x".repeat(40));
                    }
                    return insert.execute();
                });
                db.transaction(dsl -> dsl.deleteFrom(SETTING).where(SETTING.NAME.like(prefix + "%")).execute());
            }
        }
        try (Database db = CrashWorker.open(template)) {
            templateCounts = counts(db);
            templateVersion = newestVersion(db);
        }
        templateClosedAt = System.nanoTime();
        String keep = System.getProperty("crash.keep");
        if (keep != null) {
            copy(template, Path.of(keep));
        }
        System.out.printf("[crash] template: demo %d ms in a child, made and used in %d ms, %d bytes%n", demoMillis,
                (System.nanoTime() - t0) / 1_000_000, Files.size(Database.fileIn(template).resolveSibling("console.mv.db")));
    }

    // ---------------------------------------------------------------------------------------------
    // single saves

    @Test
    @Order(4)
    void acknowledgedSavesSurviveAKill(TestInfo info) throws Exception {
        awaitOldTemplate();
        Random random = random(info);
        Rounds rounds = new Rounds("saves");
        for (int r = 0; r < REPEAT; r++) {
            // busy: the kill lands among the saves, or in one of the worker's 1-3 s pauses
            for (int i = 0; i < 2; i++) {
                long delay = 300 + random.nextInt(3500);
                rounds.run(random, "busy", "saves", List.of(), child -> {
                    Line ready = child.await("READY", START_TIMEOUT_MS);
                    return ready == null ? null : child.killAfter(ready, delay);
                }, CrashSuiteTest::checkSaves);
            }
            // idle: a user saves one edit and walks away, the console is killed 1-3 s later, then 4-8 s
            // later; then a few saves and 1-3 s. (H2 2.5.252 lost the one save: its chunk went into reused
            // space and the file header kept pointing to the chunk before.)
            for (int i = 0; i < 3; i++) {
                int saves = i < 2 ? 1 : 2 + random.nextInt(4);
                long delay = i == 1 ? 4000 + random.nextInt(4001) : 1000 + random.nextInt(2001);
                rounds.run(random, "idle after " + saves + " saves", "saves", List.of("then-idle=" + saves), child -> {
                    Line idle = child.await("IDLE", START_TIMEOUT_MS);
                    return idle == null ? null : child.killAfter(idle, delay);
                }, CrashSuiteTest::checkSaves);
            }
        }
        rounds.assertNoProblems();
    }

    private static void checkSaves(Path dir, Child child, List<String> problems) {
        afterKill(dir, problems, db -> {
            Map<String, Long> units = crashUnits(db);
            checkUnits(db, child, units, problems);
            Map<String, Long> counts = counts(db);
            long auditRows = unitAuditRows(db);
            expectUntouched(counts, Map.of("UNIT", (long) units.size(), "AUDIT_LOG", auditRows), problems);
            return counts;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // transactions

    @Test
    @Order(3)
    void transactionsAreAllOrNothing(TestInfo info) throws Exception {
        awaitOldTemplate();
        Random random = random(info);
        Rounds rounds = new Rounds("transactions");
        for (int r = 0; r < REPEAT; r++) {
            long insertDelay = 100 + random.nextInt(1500);
            rounds.run(random, "during the inserts of a big transaction", "transactions", List.of("big-first=true"),
                    child -> {
                        Line begin = child.await("BEGIN BIG 0", START_TIMEOUT_MS);
                        return begin == null ? null : child.killAfter(begin, insertDelay);
                    }, CrashSuiteTest::checkTransactions);
            for (int i = 0; i < 2; i++) {
                double commitShare = random.nextDouble();
                rounds.run(random, "during the commit of a big transaction", "transactions", List.of("big-first=true"),
                        child -> {
                            Line begin = child.await("BEGIN BIG 0", START_TIMEOUT_MS);
                            Line commit = child.await("COMMIT BIG 0", START_TIMEOUT_MS);
                            if (begin == null || commit == null) {
                                return null;
                            }
                            // the commit of n rows takes about n / 200 ms here (measured in the suite: 43,000 rows
                            // in less than 230 ms; killed 160 ms after COMMIT, H2 2.5.252 came back half applied)
                            int rows = Integer.parseInt(begin.text().split(" ")[3]);
                            return child.killAfter(commit, (long) (commitShare * rows / 180));
                        }, CrashSuiteTest::checkTransactions);
            }
            long idleDelay = 1000 + random.nextInt(2001);
            rounds.run(random, "idle after a big transaction and one more step", "transactions",
                    List.of("big-first=true", "then-idle=2"), child -> {
                        Line idle = child.await("IDLE", START_TIMEOUT_MS);
                        return idle == null ? null : child.killAfter(idle, idleDelay);
                    }, CrashSuiteTest::checkTransactions);
            long busyDelay = 500 + random.nextInt(5000);
            rounds.run(random, "busy with units and big transactions", "transactions", List.of(), child -> {
                Line ready = child.await("READY", START_TIMEOUT_MS);
                return ready == null ? null : child.killAfter(ready, busyDelay);
            }, CrashSuiteTest::checkTransactions);
        }
        rounds.assertNoProblems();
    }

    private static void checkTransactions(Path dir, Child child, List<String> problems) {
        afterKill(dir, problems, db -> {
            Map<String, Long> units = crashUnits(db);
            checkUnits(db, child, units, problems);
            Map<Integer, Integer> begun = new TreeMap<>();
            Set<Integer> acked = new HashSet<>();
            for (Line line : child.lines()) {
                String[] w = line.text().split(" ");
                if (line.text().startsWith("BEGIN BIG ")) {
                    begun.put(Integer.parseInt(w[2]), Integer.parseInt(w[3]));
                } else if (line.text().startsWith("ACK BIG ")) {
                    acked.add(Integer.parseInt(w[2]));
                }
            }
            long settingRows = 0;
            long bigAuditRows = 0;
            for (var big : begun.entrySet()) {
                int k = big.getKey();
                int n = big.getValue();
                int settings = db.read(dsl -> dsl.fetchCount(SETTING, SETTING.NAME.like(CrashWorker.BIG_PREFIX + k + ".%")));
                int audit = db.read(dsl -> dsl.fetchCount(AUDIT_LOG,
                        AUDIT_LOG.ENTITY.eq(CrashWorker.BIG_ENTITY).and(AUDIT_LOG.ENTITY_ID.eq((long) k))));
                settingRows += settings;
                bigAuditRows += audit;
                if (settings != audit || (settings != 0 && settings != n)) {
                    problems.add("big transaction " + k + " of " + n + " rows came back half applied: " + settings
                            + " SETTING rows, " + audit + " AUDIT_LOG rows");
                } else if (acked.contains(k) && settings != n) {
                    problems.add("big transaction " + k + " was acknowledged but is gone (" + settings + " of " + n + " rows)");
                }
            }
            int allSettings = db.read(dsl -> dsl.fetchCount(SETTING, SETTING.NAME.like(CrashWorker.BIG_PREFIX + "%")));
            int allAudit = db.read(dsl -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq(CrashWorker.BIG_ENTITY)));
            if (allSettings != settingRows || allAudit != bigAuditRows) {
                problems.add("rows of big transactions that were never begun: " + (allSettings - settingRows)
                        + " SETTING, " + (allAudit - bigAuditRows) + " AUDIT_LOG");
            }
            Map<String, Long> counts = counts(db);
            expectUntouched(counts, Map.of("UNIT", (long) units.size(), "AUDIT_LOG", unitAuditRows(db) + allAudit,
                    "SETTING", (long) allSettings), problems);
            return counts;
        });
    }

    // ---------------------------------------------------------------------------------------------
    // demo

    @Test
    @Order(2)
    void aKilledDemoNeverLocksTheUserOut(TestInfo info) throws Exception {
        Random random = random(info);
        Rounds rounds = new Rounds("demo");
        for (int r = 0; r < 4 * REPEAT; r++) {
            long delay = random.nextLong(Math.max(200, demoMillis));
            rounds.run(random, "during demo --people " + DEMO_PEOPLE, "demo", List.of("people=" + DEMO_PEOPLE), null,
                    child -> {
                        Line start = child.await("START", START_TIMEOUT_MS);
                        return start == null ? null : child.killAfter(start, delay);
                    }, CrashSuiteTest::checkDemo);
        }
        rounds.assertNoProblems();
    }

    private static void checkDemo(Path dir, Child child, List<String> problems) {
        String state;
        if (!Database.existsIn(dir)) {
            state = "no database file";
        } else {
            try (Database db = CrashWorker.open(dir)) {
                Map<String, Long> counts = counts(db);
                if (counts.equals(demoCounts)) {
                    if (child.lines().stream().noneMatch(l -> l.text().startsWith("ACK DEMO"))) {
                        System.out.println("[crash]   the sample data was complete before the kill was seen");
                    }
                    return;
                }
                state = "opens with " + counts.getOrDefault("PERSON", -1L) + " people, " + counts.getOrDefault("UNIT", -1L)
                        + " units";
            } catch (RuntimeException e) {
                state = "does not open: " + describe(e);
            }
        }
        // not complete: running demo again in the same folder must succeed
        int rc = Cli.run("demo", "--data", dir.toString(), "--people", String.valueOf(DEMO_PEOPLE));
        System.out.println("[crash]   after the kill the folder " + state + "; demo run again: exit code " + rc);
        if (rc != 0) {
            problems.add("after the kill the folder " + state + ", and demo run again there fails (exit code " + rc
                    + "): the half-made folder locks the user out");
            return;
        }
        try (Database db = CrashWorker.open(dir)) {
            Map<String, Long> counts = counts(db);
            if (!counts.equals(demoCounts)) {
                problems.add("demo run again after the kill (" + state + ") made other data: " + diff(demoCounts, counts));
            }
        } catch (RuntimeException e) {
            problems.add("demo run again after the kill (" + state + ") made a folder that does not open: " + describe(e));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // migrations

    @Test
    @Order(1)
    void aKilledMigrationLeavesTheDataAndTheNewestSchema(TestInfo info) throws Exception {
        Random random = random(info);
        Rounds rounds = new Rounds("migrate");
        Map<Integer, Path> old = new HashMap<>();
        Map<Integer, Map<String, Long>> oldCounts = new HashMap<>();
        for (int target = 1; target <= 3; target++) {
            Path dir = tmp.resolve("old-v" + target);
            oldCounts.put(target, makeOldDatabase(dir, target));
            old.put(target, dir);
        }
        // control rounds without a kill, from the newest and the oldest version: the checks hold for a migration
        // that ends, and they measure how long one takes (from START, in a started JVM)
        Map<Integer, Long> millis = new HashMap<>();
        for (int target : new int[] {3, 1}) {
            rounds.run(random, "control (no kill), from version " + target, "migrate", List.of(), old.get(target), child -> {
                Line start = child.await("START", START_TIMEOUT_MS);
                Line done = child.await("DONE", START_TIMEOUT_MS);
                child.exitCode(30_000);
                if (start == null || done == null) {
                    return null;
                }
                millis.put(target, done.ms() - start.ms());
                return "ran to its end in " + millis.get(target) + " ms";
            }, (dir, child, problems) -> checkMigration(dir, child, oldCounts.get(target), problems));
        }
        millis.put(2, (millis.getOrDefault(1, 1000L) + millis.getOrDefault(3, 1000L)) / 2);
        for (int r = 0; r < 6 * REPEAT; r++) {
            int target = 3 - r % 3;
            long delay = random.nextLong(Math.max(100, millis.getOrDefault(target, 1000L) * 11 / 10));
            rounds.run(random, "during the migration from version " + target, "migrate", List.of(), old.get(target),
                    child -> {
                        Line start = child.await("START", START_TIMEOUT_MS);
                        return start == null ? null : child.killAfter(start, delay);
                    }, (dir, child, problems) -> checkMigration(dir, child, oldCounts.get(target), problems));
        }
        rounds.assertNoProblems();
    }

    /** A database at schema version {@code target}, made by Flyway directly, with a few rows in the older tables. */
    private static Map<String, Long> makeOldDatabase(Path dir, int target) throws SQLException {
        String url = TestKeys.url(dir);
        // a data source of H2's own: Flyway's would trim the password's last space (the empty user password)
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword(TestKeys.H2_PASSWORD);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(String.valueOf(target))
                .load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", TestKeys.H2_PASSWORD)) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO UNIT (CODE, NAME, KIND) VALUES ('OLD', '旧公司', 'CITY')");
            }
            try (PreparedStatement unit = c.prepareStatement(
                         "INSERT INTO UNIT (CODE, NAME, KIND, PARENT_ID) VALUES (?, ?, 'STATION', (SELECT ID FROM UNIT WHERE CODE = 'OLD'))");
                 PreparedStatement setting = c.prepareStatement("INSERT INTO SETTING (NAME, VAL) VALUES (?, ?)");
                 PreparedStatement audit = c.prepareStatement("INSERT INTO AUDIT_LOG (AT, USERNAME, ACTION, ENTITY, SUMMARY)"
                         + " VALUES (CURRENT_TIMESTAMP, 'admin', 'CREATE', 'UNIT', ?)")) {
                for (int i = 0; i < 5; i++) {
                    unit.setString(1, "OLD-" + i);
                    unit.setString(2, "旧供电所" + i);
                    unit.executeUpdate();
                    audit.setString(1, "旧供电所" + i);
                    audit.executeUpdate();
                    setting.setString(1, "old." + i);
                    setting.setString(2, "值" + i);
                    setting.executeUpdate();
                }
            }
            Map<String, Long> counts = counts(c);
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return counts;
        }
    }

    private static void checkMigration(Path dir, Child child, Map<String, Long> before, List<String> problems) {
        afterKill(dir, problems, db -> {
            Map<String, Long> counts = counts(db);
            Set<String> missing = new HashSet<>(templateCounts.keySet());
            missing.removeAll(counts.keySet());
            if (!missing.isEmpty()) {
                problems.add("the schema is not complete after the kill: tables missing " + new java.util.TreeSet<>(missing));
            }
            String newest = newestVersion(db);
            if (!templateVersion.equals(newest)) {
                problems.add("schema version " + newest + " after the kill, expected " + templateVersion);
            }
            for (var e : before.entrySet()) {
                if (!e.getKey().equalsIgnoreCase("flyway_schema_history") && !e.getValue().equals(counts.get(e.getKey()))) {
                    problems.add("table " + e.getKey() + " had " + e.getValue() + " rows before the migration, "
                            + counts.get(e.getKey()) + " after the kill");
                }
            }
            return counts;
        });
    }

    private static String newestVersion(Database db) {
        return db.read(dsl -> {
            Object failed = dsl.fetchValue("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"");
            String version = String.valueOf(dsl.fetchValue("SELECT \"version\" FROM \"flyway_schema_history\""
                    + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC LIMIT 1"));
            return ((Number) failed).longValue() == 0 ? version : version + " (with failed migrations)";
        });
    }

    // ---------------------------------------------------------------------------------------------
    // checks shared by the modes

    /** The units the worker saved: code to id. */
    private static Map<String, Long> crashUnits(Database db) {
        return db.read(dsl -> dsl.select(UNIT.CODE, UNIT.ID).from(UNIT).where(UNIT.CODE.like(CrashWorker.UNIT_PREFIX + "%"))
                .fetchMap(UNIT.CODE, UNIT.ID));
    }

    private static long unitAuditRows(Database db) {
        return db.read(dsl -> dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ENTITY.eq("UNIT")
                .and(AUDIT_LOG.SUMMARY.like(CrashWorker.UNIT_NAME_PREFIX + "%"))));
    }

    /** Every acknowledged unit is there, nothing that was never begun, and each with exactly its one audit row. */
    private static void checkUnits(Database db, Child child, Map<String, Long> units, List<String> problems) {
        List<String> acked = new ArrayList<>();
        Set<String> begun = new HashSet<>();
        for (Line line : child.lines()) {
            if (line.text().startsWith("SAVE ")) {
                begun.add(line.text().substring(5));
            } else if (line.text().startsWith("ACK " + CrashWorker.UNIT_PREFIX)) {
                acked.add(line.text().substring(4));
            }
        }
        List<String> lost = acked.stream().filter(code -> !units.containsKey(code)).toList();
        if (!lost.isEmpty()) {
            problems.add(lost.size() + " of " + acked.size() + " acknowledged saves are lost: " + abbreviate(lost));
        }
        List<String> stray = units.keySet().stream().filter(code -> !begun.contains(code)).sorted().toList();
        if (!stray.isEmpty()) {
            problems.add("units that were never saved: " + abbreviate(stray));
        }
        Map<Long, Integer> auditRows = db.read(dsl -> dsl.select(AUDIT_LOG.ENTITY_ID, DSL.count()).from(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq("UNIT"), AUDIT_LOG.SUMMARY.like(CrashWorker.UNIT_NAME_PREFIX + "%"))
                .groupBy(AUDIT_LOG.ENTITY_ID).fetchMap(AUDIT_LOG.ENTITY_ID, DSL.count()));
        List<String> withoutAudit = units.entrySet().stream().filter(u -> auditRows.getOrDefault(u.getValue(), 0) != 1)
                .map(u -> u.getKey() + " (" + auditRows.getOrDefault(u.getValue(), 0) + " audit rows)").sorted().toList();
        if (!withoutAudit.isEmpty()) {
            problems.add("units saved without exactly one audit row: " + abbreviate(withoutAudit));
        }
        Set<Long> ids = new HashSet<>(units.values());
        List<Long> orphanAudit = auditRows.keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
        if (!orphanAudit.isEmpty()) {
            problems.add("audit rows of unit saves whose unit is not there (ids " + abbreviate(orphanAudit) + ")");
        }
    }

    /** Every table has the rows of the template, plus the rows the worker wrote ({@code written}). */
    private static void expectUntouched(Map<String, Long> counts, Map<String, Long> written, List<String> problems) {
        Map<String, Long> expected = new TreeMap<>(templateCounts);
        written.forEach((table, rows) -> expected.merge(table, rows, Long::sum));
        if (!expected.equals(counts)) {
            problems.add("the tables' row counts are not the template's plus what the worker wrote (rows of the"
                    + " template changed, or an index disagrees with its table): " + diff(expected, counts));
        }
    }

    /**
     * Opens the database after the kill and checks it ({@code check} returns its row counts); then uses
     * it as a person would (open, write, close, three times) and checks that it still opens with the
     * same rows: one kill must not leave a file that breaks later.
     */
    private static void afterKill(Path dir, List<String> problems, Function<Database, Map<String, Long>> check) {
        Map<String, Long> counts;
        Database opened;
        try {
            opened = CrashWorker.open(dir);
        } catch (RuntimeException e) {
            problems.add("the database does not open after the kill: " + describe(e));
            return;
        }
        try (Database db = opened) {
            counts = check.apply(db);
        } catch (RuntimeException e) {
            problems.add("the database opens after the kill, but reading it fails: " + describe(e));
            return;
        }
        try {
            for (int i = 0; i < 3; i++) {
                String name = "crash.after." + i;
                try (Database db = CrashWorker.open(dir)) {
                    db.transaction(dsl -> dsl.insertInto(SETTING, SETTING.NAME, SETTING.VAL).values(name, "x").execute());
                }
            }
            try (Database db = CrashWorker.open(dir)) {
                Map<String, Long> again = counts(db);
                Map<String, Long> expected = new TreeMap<>(counts);
                expected.merge("SETTING", 3L, Long::sum);
                if (!expected.equals(again)) {
                    problems.add("after three more opens with a save each, the rows differ: " + diff(expected, again));
                }
            }
        } catch (RuntimeException e) {
            problems.add("the database opened after the kill, but breaks in the next uses: " + describe(e));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // rounds and the child process

    @FunctionalInterface
    interface Killer {
        /** Waits for the moment, kills the child and returns where the kill landed; null when the child never got there. */
        String kill(Child child) throws Exception;
    }

    @FunctionalInterface
    interface Check {
        void check(Path dir, Child child, List<String> problems) throws Exception;
    }

    /** The rounds of one test: each on a fresh copy, problems collected with everything needed to replay them. */
    private static final class Rounds {
        private final String name;
        private final List<String> problems = new ArrayList<>();
        private int index;

        Rounds(String name) {
            this.name = name;
        }

        void run(Random random, String what, String mode, List<String> options, Killer killer, Check check) throws Exception {
            run(random, what, mode, options, template, killer, check);
        }

        /** {@code source} is copied into the round's folder first; null for an empty folder. */
        void run(Random random, String what, String mode, List<String> options, Path source, Killer killer, Check check)
                throws Exception {
            int round = index++;
            long workerSeed = random.nextLong();
            Path dir = tmp.resolve(name + "-" + round);
            if (source != null) {
                copy(source, dir);
            }
            long t0 = System.nanoTime();
            String header = "[crash] " + name + " #" + round + " " + what + " (worker seed " + workerSeed + ")";
            List<String> found = new ArrayList<>();
            String landed;
            String tail;
            List<Line> lines;
            try (Child child = new Child(mode, dir, workerSeed, tmp.resolve(name + "-" + round + ".err"),
                    options.toArray(String[]::new))) {
                landed = killer.kill(child);
                child.kill();
                lines = child.lines();
                tail = child.stderrTail();
                if (landed == null) {
                    found.add("the worker never reached the kill point (exit code " + child.exitCode(0) + ")");
                } else {
                    check.check(dir, child, found);
                }
            }
            long acks = lines.stream().filter(l -> l.text().startsWith("ACK")).count();
            String last = lines.isEmpty() ? "-" : lines.get(lines.size() - 1).text();
            System.out.printf("%s: %s; %d ACKs, last line \"%s\"; %s in %d ms%n", header, landed, acks, last,
                    found.isEmpty() ? "ok" : "FAILED", (System.nanoTime() - t0) / 1_000_000);
            for (String p : found) {
                System.out.println("[crash]   " + p);
                problems.add(header + ": " + landed + ": " + p + tail);
            }
        }

        void assertNoProblems() {
            if (!problems.isEmpty()) {
                fail(problems.size() + " problem(s) in the crash suite (seed " + SEED + ", replay with -Dcrash.seed=" + SEED
                        + ", H2 " + org.h2.engine.Constants.VERSION + "):\n" + String.join("\n\n", problems));
            }
        }
    }

    /** One line of the worker's protocol, with the milliseconds since the worker was started. */
    record Line(long ms, String text) {
    }

    /** A {@link CrashWorker} in its own JVM; closing it kills it if it still runs. */
    static final class Child implements AutoCloseable {
        private final Process process;
        private final long started = System.nanoTime();
        private final Path stderr;
        private final List<Line> lines = new ArrayList<>();
        private final Thread reader;
        private boolean ended;
        private long killedAt = -1;

        Child(String mode, Path dir, long seed, Path stderr, String... options) throws IOException {
            this.stderr = stderr;
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:+UseSerialGC",
                    "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-Djava.awt.headless=true",
                    "-Dfile.encoding=UTF-8", "-Duser.language=zh", "-Duser.country=CN",
                    // under surefire this is a jar whose manifest Class-Path carries the whole test class path
                    "-cp", System.getProperty("java.class.path"),
                    CrashWorker.class.getName(), mode, dir.toAbsolutePath().toString(), String.valueOf(seed)));
            command.addAll(Arrays.asList(options));
            process = new ProcessBuilder(command).redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
            reader = new Thread(this::read, "crash-worker-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        private static java.io.File nullFile() {
            return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String text;
                while ((text = in.readLine()) != null) {
                    Line line = new Line(now(), text);
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // the pipe of a killed process: what was read is what the worker said
            } finally {
                synchronized (this) {
                    ended = true;
                    notifyAll();
                }
            }
        }

        private long now() {
            return (System.nanoTime() - started) / 1_000_000;
        }

        /** The first line that starts with {@code prefix}, waiting for it; null if the worker ends or times out first. */
        synchronized Line await(String prefix, long timeoutMs) throws InterruptedException {
            long deadline = System.nanoTime() + timeoutMs * 1_000_000;
            while (true) {
                for (Line line : lines) {
                    if (line.text().startsWith(prefix)) {
                        return line;
                    }
                }
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (ended || left <= 0) {
                    return null;
                }
                wait(left);
            }
        }

        /** Kills the worker {@code delayMs} after {@code after} and says where that was. */
        String killAfter(Line after, long delayMs) throws InterruptedException {
            long at = after.ms() + delayMs;
            long wait = at - now();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            kill();
            List<Line> seen = lines();
            String lastBefore = seen.stream().filter(l -> l.ms() <= killedAt).reduce((a, b) -> b).map(Line::text).orElse("-");
            return "killed " + (killedAt - after.ms()) + " ms after \"" + after.text() + "\" (planned " + delayMs
                    + "), after \"" + lastBefore + "\"";
        }

        void kill() throws InterruptedException {
            if (killedAt < 0) {
                killedAt = now();
            }
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }

        int exitCode(long waitMs) throws InterruptedException {
            return process.waitFor(waitMs, TimeUnit.MILLISECONDS) ? process.exitValue() : Integer.MIN_VALUE;
        }

        synchronized List<Line> lines() {
            return List.copyOf(lines);
        }

        String stderrTail() {
            try {
                List<String> all = Files.readAllLines(stderr, StandardCharsets.UTF_8);
                List<String> tail = all.subList(Math.max(0, all.size() - 25), all.size());
                return tail.isEmpty() ? "" : "\n  --- worker stderr (" + stderr.getFileName() + ", last " + tail.size()
                        + " lines) ---\n  " + String.join("\n  ", tail);
            } catch (IOException | UncheckedIOException e) {
                return "\n  (no stderr: " + e + ")";
            }
        }

        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    /** Waits until the template is {@link #TEMPLATE_AGE_MS} old (the other tests run first, so little is left). */
    private static void awaitOldTemplate() throws InterruptedException {
        long left = TEMPLATE_AGE_MS - (System.nanoTime() - templateClosedAt) / 1_000_000;
        if (left > 0) {
            System.out.println("[crash] waiting " + left + " ms until the template is " + TEMPLATE_AGE_MS / 1000
                    + " s old (older than H2's RETENTION_TIME: its free space is reused)");
            Thread.sleep(left);
        }
    }

    private static Random random(TestInfo info) {
        return new Random(SEED ^ info.getTestMethod().orElseThrow().getName().hashCode());
    }

    /** Row counts of every table of the schema. */
    static Map<String, Long> counts(Database db) {
        return db.read((DSLContext dsl) -> {
            Map<String, Long> counts = new TreeMap<>();
            for (Object table : dsl.fetchValues("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                counts.put((String) table, ((Number) dsl.fetchValue("SELECT COUNT(*) FROM \"" + table + "\"")).longValue());
            }
            return counts;
        });
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static String diff(Map<String, Long> expected, Map<String, Long> actual) {
        Set<String> tables = new java.util.TreeSet<>(expected.keySet());
        tables.addAll(actual.keySet());
        return tables.stream().filter(t -> !java.util.Objects.equals(expected.get(t), actual.get(t)))
                .map(t -> t + " expected " + expected.get(t) + ", found " + actual.get(t)).collect(Collectors.joining("; "));
    }

    private static String abbreviate(List<?> items) {
        return items.size() <= 12 ? items.toString() : items.subList(0, 12) + " and " + (items.size() - 12) + " more";
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null && s.length() < 600; t = t.getCause()) {
            s.append(s.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return s.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
