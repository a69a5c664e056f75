package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.ReportCommandTest.run;
import static org.dianmifeng.console.imports.ImportFiles.HEADER;
import static org.dianmifeng.console.imports.ImportFiles.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.imports.ImportFiles;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import people} end to end: a real data folder, the command line, the register after it. */
class ImportPeopleCommandTest {
    @TempDir Path dir;

    private Path data() {
        Path data = dir.resolve("data");
        try (TestServices t = new TestServices(data)) {
            t.unit("JY", "江阴市供电公司", t.city());
        }
        return data;
    }

    private static int people(Path data) {
        try (TestServices t = new TestServices(data)) {
            return t.services().people().list(TestServices.ADMIN).size();
        }
    }

    @Test
    void aDryRunWritesNothingThenTheImportWritesAndASecondChangesNothing() throws Exception {
        Path data = data();
        Path file = ImportFiles.xlsx(dir.resolve("people.xlsx"), List.of(HEADER,
                List.of("张三", "", "", id("19900101", 11), "13912345678", "JY", "中共党员"),
                List.of("李四", "", "", id("19850506", 22), "", "江阴市供电公司", "群众")));
        ReportCommandTest.Run dry = run("import", "people", file.toString(), "--dry-run", "--user", "cli",
                "--data", data.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("2 行，新增 2"), dry.out());
        assertEquals(0, people(data));

        ReportCommandTest.Run done = run("import", "people", file.toString(), "--user", "cli", "--data", data.toString());
        assertEquals(0, done.code(), done.err());
        assertTrue(done.out().contains("新增 2 条"), done.out());
        assertEquals(2, people(data));

        ReportCommandTest.Run again = run("--lang", "en", "import", "people", file.toString(), "--existing", "overwrite",
                "--user", "cli", "--data", data.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 new, 0 updated, 2 unchanged"), again.out());
    }

    @Test
    void rowsInErrorAreListedWriteNothingAndGiveTheErrorReport() throws Exception {
        Path data = data();
        Path file = ImportFiles.xlsx(dir.resolve("bad.xlsx"), List.of(HEADER,
                List.of("张三", "", "", id("19900101", 11), "", "JY", "群众"),
                List.of("李四", "", "", "3.20281E+17", "", "JY", "群众")));
        Path report = dir.resolve("errors.xlsx");
        ReportCommandTest.Run r = run("import", "people", file.toString(), "--errors", report.toString(),
                "--user", "cli", "--data", data.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("第 3 行“身份证号”：身份证号 3.20281E+17 在表格中以数字保存"), r.out());
        assertEquals(0, people(data));
        assertTrue(Files.exists(report));
        assertTrue(Workbooks.read(report).get(3).get(8).contains("末几位已丢失"));

        ReportCommandTest.Run valid = run("import", "people", file.toString(), "--valid-only", "--user", "cli",
                "--data", data.toString());
        assertEquals(0, valid.code(), valid.err());
        assertEquals(1, people(data));
    }

    @Test
    void aFileThatIsNoSpreadsheetAndABadOptionAreRefused() throws Exception {
        Path data = data();
        Path text = Files.writeString(dir.resolve("x.xlsx"), "hello");
        ReportCommandTest.Run r = run("import", "people", text.toString(), "--user", "cli", "--data", data.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("不是 Excel 表格"), r.err());
        ReportCommandTest.Run bad = run("import", "people", text.toString(), "--existing", "merge", "--user", "cli",
                "--data", data.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("merge"), bad.err());
    }

    @Test
    void theOtherKindsAndTheirTemplatesFromTheCommandLine() throws Exception {
        Path data = dir.resolve("data");
        String zhang;
        try (TestServices t = new TestServices(data)) {
            var jy = t.unit("JY", "江阴市供电公司", t.city());
            zhang = t.person("张三", "32028119900101011", jy).idNumber();
            t.services().teams().create(TestServices.ADMIN, new org.dianmifeng.console.volunteer.Team(null,
                    "江阴青年服务队", org.dianmifeng.console.volunteer.TeamKind.YOUTH, jy.id(), null, null, null, null,
                    true, null));
        }
        Path roster = ImportFiles.xlsx(dir.resolve("roster.xlsx"), List.of(List.of("服务队", "身份证号", "队内职务", "入队日期"),
                List.of("江阴青年服务队", zhang, "队长", "2024-05-01")));
        ReportCommandTest.Run dry = run("import", "team-members", roster.toString(), "--dry-run", "--user", "cli",
                "--data", data.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("1 行，新增 1"), dry.out());
        ReportCommandTest.Run done = run("import", "team-members", roster.toString(), "--user", "cli",
                "--data", data.toString());
        assertEquals(0, done.code(), done.err());
        try (TestServices t = new TestServices(data)) {
            var team = t.services().teams().list(TestServices.ADMIN).get(0);
            assertEquals(1, t.services().teams().members(TestServices.ADMIN, team.id()).size());
        }

        Path template = dir.resolve("honours-template.xlsx");
        ReportCommandTest.Run written = run("--lang", "en", "import", "template", "honours", "--out", template.toString(),
                "--user", "cli", "--data", data.toString());
        assertEquals(0, written.code(), written.err());
        assertTrue(written.out().contains("import honours"), written.out());
        assertEquals("Title*", Workbooks.read(template).get(1).get(0));
        ReportCommandTest.Run unknown = run("import", "template", "volunteers", "--out", template.toString(),
                "--user", "cli", "--data", data.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("team-members"), unknown.err());
    }

    @Test
    void aTemplateIsWrittenOnlyToAnXlsxFileAndOtherwiseRefusedInTheUsersLanguage() throws Exception {
        Path data = data();
        for (String name : List.of("人员模板.csv", "template", "模板.xlsx.txt")) {
            Path out = dir.resolve(name);
            ReportCommandTest.Run zh = run("import", "template", "people", "--out", out.toString(), "--user", "cli",
                    "--data", data.toString());
            assertEquals(1, zh.code(), name + ": " + zh.err());
            assertTrue(zh.err().contains("输出文件 " + out.toAbsolutePath() + " 不是 .xlsx 文件"), zh.err());
            ReportCommandTest.Run en = run("--lang", "en", "import", "template", "people", "--out", out.toString(),
                    "--user", "cli", "--data", data.toString());
            assertEquals(1, en.code(), name + ": " + en.err());
            assertTrue(en.err().contains("The output file " + out.toAbsolutePath() + " is not an .xlsx file"), en.err());
            assertFalse(Files.exists(out), name);
        }
        Path upper = dir.resolve("人员模板.XLSX");
        ReportCommandTest.Run written = run("import", "template", "people", "--out", upper.toString(), "--user", "cli",
                "--data", data.toString());
        assertEquals(0, written.code(), written.err());
        assertEquals("姓名*", Workbooks.read(upper).get(1).get(0));
    }
}
