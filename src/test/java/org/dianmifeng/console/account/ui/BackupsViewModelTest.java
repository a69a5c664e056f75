package org.dianmifeng.console.account.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.dianmifeng.console.app.Services;
import org.dianmifeng.console.core.BackupInfo;
import org.dianmifeng.console.core.BackupReason;
import org.dianmifeng.console.core.BackupResult;
import org.dianmifeng.console.core.BackupSettings;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backups screen without a screen, on a real database: back up now, filters and export, the settings with a
 * problem beside each field, a restore that hands the reopened database to the application, and the refusals.
 */
class BackupsViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    Unit city;
    final List<Database> reopened = new ArrayList<>();
    final List<String> notices = new ArrayList<>();

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        city = t.city();
        t.person("张三", "32028119800101001", city);
    }

    @AfterEach
    void close() {
        reopened.forEach(Database::close);
        t.close();
    }

    BackupsViewModel vm(Session who) {
        return new BackupsViewModel(new UiContext(who, ZH, TaskRunner.direct()), t.services().backups(),
                (db, notice) -> {
                    reopened.add(db);
                    notices.add(notice);
                });
    }

    @Test
    void backUpNowListsOneCheckedBackupThatTheFiltersAndTheExportFollow() throws Exception {
        BackupsViewModel vm = vm(ADMIN);
        vm.load();
        assertNull(vm.errorProperty().get());
        assertTrue(vm.rows().isEmpty());
        assertEquals(List.of("", "7", "4", "12"), List.of(vm.folderTextProperty().get(), vm.keepDailyProperty().get(),
                vm.keepWeeklyProperty().get(), vm.keepMonthlyProperty().get()), "blank folder: the default");
        assertTrue(vm.effectiveFolderProperty().get().contains(dir.resolve("backups").toString()),
                vm.effectiveFolderProperty().get());

        vm.backUpNow();
        assertNull(vm.errorProperty().get(), vm.errorProperty().get());
        assertEquals(1, vm.rows().size());
        BackupInfo made = vm.rows().get(0);
        assertEquals(BackupReason.MANUAL, made.reason());
        assertEquals(BackupResult.VERIFIED, made.result());
        assertTrue(made.rows() > 2, "the unit, the person and the audit rows");
        assertEquals(made, vm.selectedProperty().get(), "the new backup is selected");
        assertTrue(vm.noticeProperty().get().startsWith("已备份并验证：" + made.fileName()), vm.noticeProperty().get());
        assertTrue(vm.noticeProperty().get().contains("共 " + made.rows() + " 行"), vm.noticeProperty().get());
        List<Object> cells = vm.cells(made);
        assertEquals(vm.columnHeaders().size(), cells.size());
        assertTrue(made.schemaVersion().matches("[1-9]\\d*"), made.schemaVersion());
        assertEquals(List.of("手动", "已验证", made.rows(), made.schemaVersion(), made.fileName()),
                List.of(cells.get(1), cells.get(3), cells.get(4), cells.get(5), cells.get(6)));
        assertTrue(cells.get(2).toString().matches("\\d+\\.\\d KB"), cells.get(2).toString());

        vm.reasonFilterProperty().set(BackupReason.DAILY);
        assertTrue(vm.rows().isEmpty());
        vm.reasonFilterProperty().set(null);
        vm.resultFilterProperty().set(BackupResult.FAILED);
        assertTrue(vm.rows().isEmpty());
        vm.resultFilterProperty().set(BackupResult.VERIFIED);
        assertEquals(1, vm.rows().size());
        vm.textFilterProperty().set("手动");
        assertEquals(1, vm.rows().size(), "the reason as shown");
        vm.textFilterProperty().set("2026-11-29 10:");
        assertEquals(1, vm.rows().size(), "the time as shown");
        vm.textFilterProperty().set("nothing like it");
        assertTrue(vm.rows().isEmpty());
        vm.textFilterProperty().set("");

        Path out = dir.resolve("backups.xlsx");
        vm.export(out);
        assertNull(vm.errorProperty().get());
        List<List<String>> sheet = Workbooks.read(out);
        assertEquals("备份列表", sheet.get(0).get(0));
        assertEquals(List.of("备份时间", "原因", "大小", "验证结果", "行数", "结构版本", "文件名"), sheet.get(1));
        assertEquals(3, sheet.size(), "the title, the header and the one backup");
        assertEquals(List.of("手动", cells.get(2).toString(), "已验证", Long.toString(made.rows()), made.schemaVersion(),
                made.fileName()), sheet.get(2).subList(1, 7));

        vm.verify();
        assertNull(vm.errorProperty().get());
        assertTrue(vm.noticeProperty().get().contains("验证通过"), vm.noticeProperty().get());
    }

    @Test
    void theSettingsShowEachProblemBesideItsFieldAndSaveWhereBackupsGo() throws Exception {
        BackupsViewModel vm = vm(ADMIN);
        vm.load();
        Path aFile = Files.writeString(dir.resolve("not-a-folder.txt"), "x");
        vm.folderTextProperty().set(aFile.toString());
        vm.keepDailyProperty().set("0");
        vm.keepWeeklyProperty().set("abc");
        vm.keepMonthlyProperty().set(" ");
        vm.saveSettings();
        assertEquals(ZH.text("error.backup.folderNotWritable", aFile.toAbsolutePath()),
                vm.errors().message(BackupsViewModel.FOLDER));
        assertEquals("应为 1 到 400 之间的整数", vm.errors().message(BackupsViewModel.KEEP_DAILY));
        assertEquals("应为 0 到 400 之间的整数", vm.errors().message(BackupsViewModel.KEEP_WEEKLY),
                "text that is no number is out of range too");
        assertEquals("必填", vm.errors().message(BackupsViewModel.KEEP_MONTHLY));
        assertEquals(ZH.text("error.validation"), vm.errorProperty().get(), "the status line only points to the fields");
        assertEquals(BackupSettings.load(dir), t.services().backups().settings(ADMIN));
        assertNull(BackupSettings.load(dir).folder(), "nothing saved");

        Path second = dir.resolve("second-disk");
        vm.folderTextProperty().set(second.toString());
        vm.keepDailyProperty().set("3");
        vm.keepWeeklyProperty().set("2");
        vm.keepMonthlyProperty().set("6");
        vm.saveSettings();
        assertNull(vm.errorProperty().get(), vm.errorProperty().get());
        assertTrue(vm.errors().isEmpty());
        assertTrue(vm.noticeProperty().get().contains(second.toString()), vm.noticeProperty().get());
        assertTrue(vm.effectiveFolderProperty().get().contains(second.toString()));
        BackupSettings saved = BackupSettings.load(dir);
        assertEquals(second.toAbsolutePath(), saved.folder());
        assertEquals(List.of(3, 2, 6), List.of(saved.rotation().daily(), saved.rotation().weekly(),
                saved.rotation().monthly()));

        vm.backUpNow();
        assertEquals(1, vm.rows().size());
        assertEquals(second.toAbsolutePath(), vm.rows().get(0).file().getParent(), "the backup went to the new folder");

        vm.folderTextProperty().set("");
        vm.saveSettings();
        assertNull(BackupSettings.load(dir).folder(), "blank: back to the default");
        assertTrue(vm.rows().isEmpty(), "the default folder holds no backup");
    }

    @Test
    void aRestoreHandsTheApplicationTheReopenedDatabaseWithTheBackupsRows() throws Exception {
        BackupsViewModel vm = vm(ADMIN);
        vm.load();
        vm.backUpNow();
        BackupInfo chosen = vm.selectedProperty().get();
        t.person("李四", "32028119800101002", city);
        assertEquals(2, t.services().people().list(ADMIN).size());
        assertTrue(vm.restoreQuestion().contains("2026-11-29 10:00:00") && vm.restoreQuestion().contains("手动"),
                vm.restoreQuestion());

        List<String> failures = new ArrayList<>();
        vm.restore(failures::add);
        assertEquals(List.of(), failures);
        assertNull(vm.errorProperty().get());
        assertEquals(1, reopened.size(), "the application takes over");
        Database db = reopened.get(0);

        Map<String, Long> recorded = recordedRows(chosen.file());
        Map<String, Long> now = rows(db);
        assertEquals(recorded.keySet(), now.keySet());
        for (String table : recorded.keySet()) {
            long expected = recorded.get(table) + (table.equals("AUDIT_LOG") ? 1 : 0);
            assertEquals(expected, now.get(table), table + ": the backup's rows (and the restore in the audit log)");
        }
        Services again = new Services(db, TestServices.CLOCK);
        assertEquals(List.of("张三"), again.people().list(ADMIN).stream().map(r -> r.name()).toList());

        BackupInfo before = again.backups().list(ADMIN).stream()
                .filter(b -> b.reason() == BackupReason.BEFORE_RESTORE).findFirst().orElseThrow();
        assertTrue(before.verified());
        assertEquals(ZH.text("backupScreen.restored", "2026-11-29 10:00:00", chosen.fileName(), before.fileName()),
                notices.get(0));
    }

    @Test
    void aDamagedBackupIsNotRestoredAndTheConsoleKeepsItsDatabase() throws Exception {
        BackupsViewModel vm = vm(ADMIN);
        vm.load();
        vm.backUpNow();
        BackupInfo chosen = vm.selectedProperty().get();
        Files.write(chosen.file(), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        t.person("李四", "32028119800101002", city);

        List<String> failures = new ArrayList<>();
        vm.restore(failures::add);
        assertTrue(reopened.isEmpty(), "nothing to take over");
        assertEquals(1, failures.size());
        assertEquals(failures.get(0), vm.errorProperty().get(), "shown on the screen too");
        assertTrue(failures.get(0).contains(chosen.file().toString()) && failures.get(0).contains("当前数据库保持原样"),
                failures.get(0));
        assertEquals(2, t.services().people().list(ADMIN).size(), "the console goes on with its own data");
        t.person("王五", "32028119800101003", city);
        assertEquals(3, t.services().people().list(ADMIN).size());
        assertEquals(List.of(chosen.file()), vm.allBackups().stream().map(BackupInfo::file).toList(),
                "refused before anything was written or closed");

        vm.selectedProperty().set(vm.allBackups().stream().filter(b -> b.file().equals(chosen.file())).findFirst()
                .orElseThrow());
        vm.verify();
        assertTrue(vm.errorProperty().get().contains("没有通过验证"), vm.errorProperty().get());
    }

    @Test
    void onlyTheAdministratorManagesBackups() {
        BackupsViewModel admin = vm(ADMIN);
        admin.load();
        admin.backUpNow();
        BackupInfo made = admin.selectedProperty().get();

        BackupsViewModel office = vm(OFFICE);
        assertFalse(office.canManage());
        office.load();
        assertNotNull(office.errorProperty().get());
        assertTrue(office.rows().isEmpty());
        office.backUpNow();
        assertNotNull(office.errorProperty().get());
        assertEquals(1, t.services().backups().list(ADMIN).size(), "no backup made");
        office.selectedProperty().set(made);
        office.restore(m -> { });
        assertTrue(office.errorProperty().get().contains("无权"), office.errorProperty().get());
        assertTrue(reopened.isEmpty());
        assertEquals(1, t.services().people().list(ADMIN).size(), "the database is still open");
        office.keepDailyProperty().set("3");
        office.saveSettings();
        assertNotNull(office.errorProperty().get());
        assertEquals(BackupSettings.load(dir).rotation().daily(), 7);
    }

    /** The rows of every table as the backup's record beside it says. */
    static Map<String, Long> recordedRows(Path zip) throws Exception {
        String name = zip.getFileName().toString();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(zip.resolveSibling(name.replace(".backup", ".properties")),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, Long> rows = new TreeMap<>();
        p.stringPropertyNames().stream().filter(k -> k.startsWith("table."))
                .forEach(k -> rows.put(k.substring("table.".length()), Long.parseLong(p.getProperty(k))));
        return rows;
    }

    /** The rows of every table of an open database. */
    static Map<String, Long> rows(Database db) {
        return db.read(dsl -> {
            Map<String, Long> rows = new TreeMap<>();
            for (var r : dsl.fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "AND TABLE_TYPE = 'BASE TABLE'")) {
                String table = r.get(0, String.class);
                rows.put(table, ((Number) dsl.fetchValue("SELECT COUNT(*) FROM \"" + table + "\"")).longValue());
            }
            return rows;
        });
    }
}
