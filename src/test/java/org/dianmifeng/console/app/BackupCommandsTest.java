package org.dianmifeng.console.app;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dianmifeng.console.core.Backups;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Vault;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code backups} and {@code restore} end to end, as a scheduled task would call them. */
class BackupCommandsTest {
    @TempDir Path dir;

    private static ReportCommandTest.Run run(String... args) {
        return ReportCommandTest.run(args);
    }

    private long units() {
        try (TestServices t = new TestServices(dir)) {
            return t.services().units().all(ADMIN).size();
        }
    }

    @Test
    void backupListAndRestoreTheLatest() {
        try (TestServices t = new TestServices(dir)) {
            t.unit("A", "甲", t.city());
        }
        ReportCommandTest.Run made = run("backup", "--data", dir.toString());
        assertEquals(0, made.code(), made.err());
        assertTrue(made.out().contains("已验证"), made.out());
        try (TestServices t = new TestServices(dir)) {
            t.unit("B", "乙", t.city());
        }
        assertEquals(3, units());

        ReportCommandTest.Run list = run("backups", "--data", dir.toString());
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("1 份备份") && list.out().contains("手动") && list.out().contains("已验证"),
                list.out());

        ReportCommandTest.Run restored = run("restore", "--latest", "--data", dir.toString());
        assertEquals(0, restored.code(), restored.err());
        assertEquals(2, units(), "the unit added after the backup is gone");
        assertEquals(2, new Backups(dir).list().size(), "the state before the restore was backed up");
    }

    @Test
    void aRestoreOfAFileThatIsNoBackupChangesNothingAndSaysWhy() throws Exception {
        try (TestServices t = new TestServices(dir)) {
            t.unit("A", "甲", t.city());
        }
        Path junk = dir.resolve("junk.zip");
        Files.writeString(junk, "not a backup");
        ReportCommandTest.Run r = run("restore", "--file", junk.toString(), "--data", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("junk.zip") && r.err().contains("当前数据库保持原样"), r.err());
        assertEquals(2, units());
        assertFalse(Files.exists(Database.fileIn(dir).resolveSibling("restoring")));
    }

    @Test
    void restoreWithoutAnyBackupAndBackupWithoutADatabaseAreRefused() {
        ReportCommandTest.Run none = run("restore", "--latest", "--data", dir.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("没有经过验证的备份"), none.err());
        ReportCommandTest.Run noDb = run("backup", "--data", dir.resolve("empty").toString());
        assertEquals(1, noDb.code());
        assertFalse(Database.existsIn(dir.resolve("empty")), "no database made by a backup command");
    }

    @Test
    void aDemoLoadThatDidNotFinishLeavesAFolderWhereDemoWorks() throws Exception {
        Path partial = Database.fileIn(dir.resolve(DemoCommand.PARTIAL));
        Files.createDirectories(partial.getParent());
        Files.writeString(partial.resolveSibling("console.mv.db"), "half written");
        Files.createDirectories(Database.fileIn(dir).getParent());
        ReportCommandTest.Run r = run("demo", "--data", dir.toString(), "--people", "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(Database.existsIn(dir));
        assertFalse(Files.exists(dir.resolve(DemoCommand.PARTIAL)), "the folder it was built in is gone");
        try (Database db = Vault.open(dir, "admin", SampleData.DEMO_PASSWORD.toCharArray())) {
            assertTrue(new Services(db, TestServices.CLOCK).units().all(ADMIN).size() > 5);
        }
    }
}
