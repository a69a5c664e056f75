package org.dianmifeng.console.core;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dianmifeng.console.app.SampleData;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.testing.MutableClock;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups made, checked, rotated and restored through the service, on a database with the sample data. */
class BackupServiceTest {
    @TempDir Path dir;

    /** Every row of every table, as text, in key order: what "every table equal" means. */
    static Map<String, List<String>> contents(Database db) throws Exception {
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            for (String table : Backups.count(c).keySet()) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? java.util.Arrays.hashCode(b) : v).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                all.put(table, rows);
            }
        }
        return all;
    }

    /** A new county unit below the top of the tree. */
    private static Unit unit(Services s, String code) {
        Long top = s.units().all(ADMIN).stream().filter(u -> u.parentId() == null).findFirst().map(Unit::id).orElse(null);
        return s.units().create(ADMIN, new Unit(null, code, "单位" + code, top == null ? UnitKind.CITY : UnitKind.COUNTY,
                top, true, 0, null));
    }

    @Test
    void aBackupRestoredGivesBackEveryTableAsItWasAndTheRestoreIsAudited() throws Exception {
        TestServices t = new TestServices(dir);
        Services s = t.services();
        new SampleData(s, 7).load(150, true, Progress.NONE);
        Map<String, List<String>> before = contents(s.database());
        BackupInfo made = s.backups().backUpNow(ADMIN, Progress.NONE);
        assertTrue(made.verified(), "checked after writing");
        assertEquals(before.values().stream().mapToLong(List::size).sum(), made.rows(), "all rows counted");
        assertEquals(BackupReason.MANUAL, made.reason());
        assertEquals(List.of(made), s.backups().list(ADMIN));

        unit(s, "LATER");
        s.people().create(ADMIN, TestServices.draft("后来者", "32021419900101123", s.units().all(ADMIN).get(0)));

        BackupService.Restored done = s.backups().restore(ADMIN, made, Progress.NONE);
        Database restored = done.database();
        assertEquals(BackupReason.BEFORE_RESTORE, done.before().reason());
        try {
            Map<String, List<String>> after = contents(restored);
            for (String table : before.keySet()) {
                if (!table.equals("AUDIT_LOG")) {
                    assertEquals(before.get(table), after.get(table), table);
                }
            }
            List<String> audit = after.get("AUDIT_LOG");
            assertEquals(before.get("AUDIT_LOG"), audit.subList(0, before.get("AUDIT_LOG").size()),
                    "the audit log as it was, then the restore");
            assertEquals(1, audit.size() - before.get("AUDIT_LOG").size());
            assertTrue(audit.get(audit.size() - 1).contains("|RESTORE|BACKUP|"), audit.get(audit.size() - 1));
            Services again = new Services(restored, TestServices.CLOCK);
            assertTrue(again.units().all(ADMIN).stream().noneMatch(u -> u.code().equals("LATER")));
            unit(again, "NEXT");
            assertTrue(again.backups().list(ADMIN).stream().anyMatch(b -> b.reason() == BackupReason.BEFORE_RESTORE
                    && b.verified()), "the state replaced was backed up first");
        } finally {
            restored.close();
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDatabaseStaysOpenAsItWas() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            Services s = t.services();
            unit(s, "A");
            BackupInfo made = s.backups().backUpNow(ADMIN, Progress.NONE);
            unit(s, "B");
            try (RandomAccessFile f = new RandomAccessFile(made.file().toFile(), "rw")) {
                f.setLength(f.length() / 2);
            }
            ConsoleException e = assertThrows(ConsoleException.class,
                    () -> s.backups().restore(ADMIN, made, Progress.NONE));
            assertEquals("error.backup.unreadable", e.key());
            assertEquals(2, s.units().all(ADMIN).size(), "still open, with both units");
            assertFalse(Files.exists(t.dir().resolve("data").resolve(Backups.STAGING)), "nothing staged left");
            assertEquals(BackupResult.FAILED, s.backups().verify(ADMIN, made).result());
        }
    }

    @Test
    void aBackupWhoseRowsDifferFromItsRecordIsRefused() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            Services s = t.services();
            unit(s, "A");
            BackupInfo made = s.backups().backUpNow(ADMIN, Progress.NONE);
            Path record = made.file().resolveSibling(made.fileName().replace(".backup", ".properties"));
            Files.writeString(record, Files.readString(record).replace("table.UNIT=1", "table.UNIT=2"));
            assertEquals("error.backup.rowsDiffer", assertThrows(ConsoleException.class,
                    () -> s.backups().restore(ADMIN, made, Progress.NONE)).key());
            assertEquals(1, s.units().all(ADMIN).size());
        }
    }

    @Test
    void aBackupMadeByANewerConsoleIsRefusedBeforeAnythingCloses() {
        try (TestServices t = new TestServices(dir)) {
            Services s = t.services();
            String future = "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") VALUES (99, '999',"
                    + " 'future', 'SQL', 'V999__future.sql', 'sa', 1, TRUE)";
            s.database().transaction(dsl -> dsl.execute(future));
            BackupInfo newer = s.backups().backUpNow(ADMIN, Progress.NONE);
            s.database().transaction(dsl -> dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 99"));
            unit(s, "A");
            assertEquals("error.databaseNewer", assertThrows(ConsoleException.class,
                    () -> s.backups().restore(ADMIN, newer, Progress.NONE)).key());
            assertEquals(List.of("A"), s.units().all(ADMIN).stream().map(Unit::code).toList(),
                    "still open, with the unit added after the backup");
        }
    }

    @Test
    void thePartOfABackupKilledWhileWrittenIsDeletedByTheNextBackup() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            Path folder = t.services().backups().folder(ADMIN);
            Files.createDirectories(folder);
            Path killed = Files.writeString(folder.resolve(".bee-console-20261128-100000-daily.zip.part"), "names");
            Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
            Path writing = Files.writeString(folder.resolve(".bee-console-20261129-095959-manual.zip.part"), "names");
            t.services().backups().backUpNow(ADMIN, Progress.NONE);
            assertFalse(Files.exists(killed), "an hour-old part is what a killed backup left");
            assertTrue(Files.exists(writing), "a fresh one may be another console's, still writing");
        }
    }

    @Test
    void rotationDeletesTheFilesItDoesNotKeep() throws Exception {
        MutableClock clock = MutableClock.startingAt(TestServices.CLOCK);
        try (TestServices t = new TestServices(dir)) {
            BackupService backups = new BackupService(t.services().database(), t.services().audit(), clock);
            backups.saveSettings(ADMIN, "", 2, 0, 0);
            for (int day = 0; day < 5; day++) {
                backups.backUpNow(ADMIN, Progress.NONE);
                clock.advance(Duration.ofDays(1));
            }
            List<BackupInfo> left = backups.list(ADMIN);
            assertEquals(2, left.size(), "the last two days: " + left);
            try (var files = Files.list(backups.folder(ADMIN))) {
                assertEquals(5, files.count(), "two backups, their records and the copy of the key slots, nothing else");
            }
        }
    }

    @Test
    void theDailyBackupIsMadeOnceADayWhoeverSignsIn() {
        MutableClock clock = MutableClock.startingAt(TestServices.CLOCK);
        try (TestServices t = new TestServices(dir)) {
            BackupService backups = new BackupService(t.services().database(), t.services().audit(), clock);
            long saved = t.services().database().savedChanges();
            long logged = t.services().database().loggedEvents();
            assertTrue(backups.dailyIfDue(TestServices.VIEWER, Progress.NONE).isPresent());
            assertEquals(saved, t.services().database().savedChanges(), "the backup changed no data: kept screens stay");
            assertEquals(logged + 1, t.services().database().loggedEvents(), "its audit event is counted apart");
            assertTrue(backups.dailyIfDue(TestServices.OFFICE, Progress.NONE).isEmpty(), "one a day");
            clock.advance(Duration.ofDays(1));
            assertEquals(BackupReason.DAILY, backups.dailyIfDue(TestServices.VIEWER, Progress.NONE).orElseThrow().reason());
            assertThrows(AccessDeniedException.class, () -> backups.list(TestServices.VIEWER));
            assertThrows(AccessDeniedException.class, () -> backups.backUpNow(TestServices.OFFICE, Progress.NONE));
        }
    }

    @Test
    void settingsNameEveryFieldInErrorAndMoveTheBackups(@TempDir Path elsewhere) throws Exception {
        try (TestServices t = new TestServices(dir)) {
            BackupService backups = t.services().backups();
            ValidationException e = assertThrows(ValidationException.class, () -> backups.saveSettings(ADMIN,
                    elsewhere.resolve("no/such/folder").toString(), 0, -1, null));
            for (String field : List.of("backupFolder", "backupKeepDaily", "backupKeepWeekly", "backupKeepMonthly")) {
                assertTrue(e.hasProblem(field), field);
            }
            assertEquals(t.dir().resolve("backups").toAbsolutePath(), backups.folder(ADMIN), "nothing saved");
            backups.saveSettings(ADMIN, elsewhere.toString(), 3, 2, 1);
            assertEquals(elsewhere.toAbsolutePath(), backups.folder(ADMIN));
            assertTrue(backups.backUpNow(ADMIN, Progress.NONE).file().startsWith(elsewhere.toAbsolutePath()));
            assertEquals(new BackupRotation(3, 2, 1), BackupSettings.load(t.dir()).rotation());
        }
    }
}
