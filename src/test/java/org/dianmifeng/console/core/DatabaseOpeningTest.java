package org.dianmifeng.console.core;

import org.dianmifeng.console.testing.TestKeys;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What opening a data folder promises: never locked out by an upgrade, never a damaged file opened as empty. */
class DatabaseOpeningTest {
    private static final List<String> FAILING = List.of("classpath:db/migration", "classpath:db/failing");
    @TempDir Path dir;

    private Path mvDb() {
        return Backups.mvFile(Database.fileIn(dir));
    }

    /** A database of the current schema with two units and a verified backup, closed. */
    private void databaseWithBackup() {
        try (TestServices t = new TestServices(dir)) {
            t.unit("A", "甲", t.city());
            t.services().backups().backUpNow(ADMIN, Progress.NONE);
        }
    }

    @Test
    void aFailedUpgradeGoesBackToTheCopyMadeBeforeItAndSaysSo() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            t.unit("A", "甲", t.city());
        }
        ConsoleException e = assertThrows(ConsoleException.class,
                () -> Database.open(dir, TestKeys.KEY, FAILING, TestServices.CLOCK));
        assertEquals("error.migration.failed", e.key());
        assertEquals(latestMigration(), e.args()[0]);
        assertEquals("99", e.args()[1]);
        String text = e.localized(Messages.of(Locale.SIMPLIFIED_CHINESE));
        assertTrue(text.contains("已恢复到升级前的状态"), text);
        try (Database db = TestKeys.open(dir)) {
            Services s = new Services(db, TestServices.CLOCK);
            assertEquals(2, s.units().all(ADMIN).size(), "the units as before");
            assertEquals(0, (int) db.read(dsl -> dsl.fetchCount(dsl.select().from("INFORMATION_SCHEMA.TABLES")
                    .where("TABLE_NAME = 'HALF_DONE'"))), "nothing of the failed upgrade");
            List<BackupInfo> backups = s.backups().list(ADMIN);
            assertEquals(BackupReason.BEFORE_MIGRATION, backups.get(0).reason());
            assertTrue(backups.get(0).verified());
            assertTrue(db.notice().isEmpty());
        }
        assertFalse(Files.exists(dir.resolve("data").resolve(Database.MIGRATING)));
    }

    @Test
    void anUpgradeInterruptedByACrashIsRolledBackAtTheNextOpen() throws Exception {
        databaseWithBackup();
        Backups backups = new Backups(dir);
        BackupInfo before = backups.list().get(0);
        // what a crash in the middle of an upgrade leaves: the marker naming the copy, a half-changed database
        Files.writeString(dir.resolve("data").resolve(Database.MIGRATING), before.file().toString());
        try (Connection c = TestKeys.connect(dir);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE HALF_DONE (ID INT)");
            s.execute("DELETE FROM SETTING");
            s.execute("SHUTDOWN");
        }
        try (Database db = TestKeys.open(dir)) {
            assertEquals("notice.migration.rolledBack", db.notice().orElseThrow().key());
            assertEquals(0, (int) db.read(dsl -> dsl.fetchCount(dsl.select().from("INFORMATION_SCHEMA.TABLES")
                    .where("TABLE_NAME = 'HALF_DONE'"))));
            assertEquals(2, new Services(db, TestServices.CLOCK).units().all(ADMIN).size());
        }
        assertFalse(Files.exists(dir.resolve("data").resolve(Database.MIGRATING)));
    }

    @Test
    void aDatabaseUpgradedByANewerConsoleIsRefusedNamingBothVersions() throws Exception {
        databaseWithBackup();
        try (Connection c = TestKeys.connect(dir);
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '98', 'future', 'SQL',"
                    + " 'V98__future.sql', 'sa', 1, TRUE)");
            s.execute("SHUTDOWN");
        }
        ConsoleException e = assertThrows(ConsoleException.class, () -> TestKeys.open(dir));
        assertEquals("error.databaseNewer", e.key());
        String text = e.localized(Messages.of(Locale.ENGLISH));
        assertTrue(text.contains("schema version 98") && text.contains("up to " + latestMigration()), text);
        // and the refusal changed nothing: it is refused again, the same way
        assertEquals("error.databaseNewer", assertThrows(ConsoleException.class, () -> TestKeys.open(dir)).key());
    }

    @Test
    void aDamagedFileIsNeverOpenedAsEmptyNorReplacedAndTheNewestCheckedBackupIsOffered() throws Exception {
        databaseWithBackup();
        byte[] good = Files.readAllBytes(mvDb());
        BackupInfo newest = new Backups(dir).newestVerified().orElseThrow();
        byte[] noise = new byte[good.length];
        new Random(1).nextBytes(noise);
        for (byte[] damaged : List.of(new byte[0], java.util.Arrays.copyOf(good, 8192), noise)) {
            Files.write(mvDb(), damaged);
            DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> TestKeys.open(dir),
                    "a file of " + damaged.length + " bytes");
            assertEquals("error.databaseDamaged.backup", e.key());
            assertEquals(newest, e.newestVerified().orElseThrow());
            String text = e.localized(Messages.of(Locale.SIMPLIFIED_CHINESE));
            assertTrue(text.contains(newest.fileName()) && text.contains("没有被改动或替换"), text);
            assertTrue(Files.exists(mvDb()), "the file is still there");
            if (damaged.length != 8192) {
                assertArrayEquals(damaged, Files.readAllBytes(mvDb()), "and unchanged");
            }
        }
        Services restored = new Services(BackupService.restoreDamaged(dir, TestKeys.KEY, Session.system(), newest, TestServices.CLOCK),
                TestServices.CLOCK);
        try {
            assertEquals(2, restored.units().all(ADMIN).size());
            try (var files = Files.list(mvDb().getParent())) {
                assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("console-replaced-")),
                        "the damaged file is kept beside");
            }
        } finally {
            restored.database().close();
        }
    }

    @Test
    void withoutABackupTheDamagedMessageSaysWhereNoneWasFound() throws Exception {
        TestKeys.open(dir).close();
        Files.write(mvDb(), new byte[0]);
        DamagedDatabaseException e = assertThrows(DamagedDatabaseException.class, () -> TestKeys.open(dir));
        assertEquals("error.databaseDamaged.noBackup", e.key());
        assertTrue(e.newestVerified().isEmpty());
    }

    @Test
    void aCreationCutShortIsMadeAgainFromNothing() throws Exception {
        Files.createDirectories(mvDb().getParent());
        Files.write(mvDb(), new byte[] {1, 2, 3});
        Files.writeString(mvDb().resolveSibling(Database.CREATING), "");
        try (Database db = TestKeys.open(dir)) {
            assertTrue(new Services(db, TestServices.CLOCK).units().all(ADMIN).isEmpty());
        }
        assertFalse(Files.exists(mvDb().resolveSibling(Database.CREATING)));
    }

    @Test
    void aFolderOpenInAnotherConsoleIsNamedAsInUse() throws Exception {
        TestKeys.open(dir).close();
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx128m", HoldDatabase.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("OPEN ")) {
                // the other process's log lines
            }
            assertTrue(line != null, "the other process opened the database");
            // what the other console would leave while it upgrades: a second one must not take it for a crash
            Path marker = Files.writeString(mvDb().resolveSibling(Database.MIGRATING), "no such backup");
            ConsoleException e = assertThrows(ConsoleException.class, () -> TestKeys.open(dir));
            assertTrue(Files.exists(marker), "nothing repaired under the running console");
            Files.delete(marker);
            assertEquals("error.databaseInUse", e.key());
            String text = e.localized(Messages.of(Locale.SIMPLIFIED_CHINESE));
            assertTrue(text.contains(dir.toAbsolutePath().toString()) && text.contains("另一个电蜜蜂管理台"), text);
        } finally {
            other.destroyForcibly();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void whatOneQueryReadStaysInThePageCacheForTheNextOnes() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            for (int i = 0; i < 40; i++) {
                t.person("王" + i, "11010119900101" + String.format(Locale.ROOT, "%03d", i), t.city());
            }
        }
        try (Database db = TestKeys.open(dir)) {
            assertEquals(Database.cacheKb(Runtime.getRuntime().maxMemory()) / 1024, setting(db, "info.CACHE_MAX_SIZE"),
                    "the cache of the size set at the opening");
            // each query on a connection of its own, as jOOQ takes one for each: the second read finds every page
            // in the cache (a size set for every connection emptied it, and each list decrypted its pages again)
            db.read(dsl -> dsl.fetch("SELECT * FROM PERSON"));
            long read = setting(db, "info.FILE_READ");
            db.read(dsl -> dsl.fetch("SELECT * FROM PERSON"));
            assertEquals(read, setting(db, "info.FILE_READ"), "pages read from the file again");
        }
    }

    private static long setting(Database db, String name) {
        return Long.parseLong(db.read(dsl -> dsl.fetchValue(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?", name)).toString());
    }

    /** The newest version among the console's own migrations, read from their file names. */
    private static String latestMigration() throws Exception {
        try (var files = Files.list(Path.of(DatabaseOpeningTest.class.getResource("/db/migration").toURI()))) {
            return String.valueOf(files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        }
    }
}
