package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.testing.SummaryFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report summary} end to end: a real data folder, the command line, the written workbook, the refusals. */
class ReportSummaryCommandTest {
    @TempDir Path dir;
    private Path data;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        try (TestServices t = new TestServices(data)) {
            new SummaryFixtures(t).scenario();
        }
    }

    @Test
    void writesTheSummaryOfTheYearAndOfOneUnit() throws Exception {
        Path out = dir.resolve("年度工作总结.xlsx");
        ReportCommandTest.Run r = run("report", "summary", "--year", "2026", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(out.toAbsolutePath().toString()) && r.out().contains("11 个工作表"), r.out());
        List<List<String>> overview = Workbooks.read(out);
        assertEquals("2026年度工作总结", overview.get(0).get(0));
        assertEquals(List.of("人员", "人员总数（在册，制表时）", "8"), overview.get(3));

        Path jy = dir.resolve("江阴.xlsx");
        ReportCommandTest.Run unit = run("report", "summary", "--year", "2026", "--unit", "JY", "--out", jy.toString(),
                "--data", data.toString());
        assertEquals(0, unit.code(), unit.err());
        List<List<String>> jyOverview = Workbooks.read(jy);
        assertEquals("2026年度工作总结（江阴市供电公司）", jyOverview.get(0).get(0));
        assertEquals(List.of("人员", "人员总数（在册，制表时）", "4"), jyOverview.get(3));
    }

    @Test
    void refusalsSayWhyAndExitOneWithoutAFile() throws Exception {
        Path out = dir.resolve("x.xlsx");
        ReportCommandTest.Run unknown = run("report", "summary", "--year", "2026", "--unit", "NOPE", "--out",
                out.toString(), "--data", data.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("NOPE"), unknown.err());

        ReportCommandTest.Run empty = run("report", "summary", "--year", "2019", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("2019"), empty.err());

        ReportCommandTest.Run folder = run("report", "summary", "--year", "2026", "--out", dir.toString(),
                "--data", data.toString());
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains("文件夹"), folder.err());

        ReportCommandTest.Run unwritable = run("report", "summary", "--year", "2026", "--out",
                dir.resolve("nowhere/x.xlsx").toString(), "--data", data.toString());
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().contains("nowhere"), unwritable.err());
        assertFalse(Files.exists(out));

        ReportCommandTest.Run noYear = run("report", "summary", "--out", out.toString(), "--data", data.toString());
        assertTrue(noYear.code() != 0);

        ReportCommandTest.Run help = run("report", "summary", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--unit") && help.out().contains("年度工作总结"), help.out());
        assertTrue(run("report").err().contains("summary"));
    }
}
