package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.testing.HonourRollFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report honours} end to end: a real data folder, the command line, the written honour roll. */
class ReportHonoursCommandTest {
    @TempDir Path dir;

    private HonourRollFixtures.Scenario scenario;

    private Path data() {
        Path data = dir.resolve("data");
        try (TestServices t = new TestServices(data)) {
            scenario = new HonourRollFixtures(t).standard();
        }
        return data;
    }

    @Test
    void writesTheRollOfAYearAndSaysWhereAndHowMany() throws Exception {
        Path data = data();
        Path out = dir.resolve("2021年度荣誉汇总表.xlsx");
        ReportCommandTest.Run r = run("report", "honours", "--year", "2021", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(out.toAbsolutePath().toString()), r.out());
        assertTrue(r.out().contains(scenario.of(2021).size() + " 项荣誉"), r.out());
        List<List<String>> rows = Workbooks.read(out);
        assertEquals("2021年度荣誉汇总表", rows.get(0).get(0));
        assertEquals("序号", rows.get(2).get(0));
        assertEquals("国家级", rows.get(3).get(0));
        assertEquals("合计", rows.get(rows.size() - 1).get(1));
        assertEquals(String.valueOf(scenario.of(2021).size()), rows.get(rows.size() - 1).get(2).replace(" 项", ""));
    }

    @Test
    void aRangeAndAUnitNarrowIt() throws Exception {
        Path data = data();
        Path out = dir.resolve("yx.xlsx");
        ReportCommandTest.Run r = run("report", "honours", "--year", "2019", "--to", "2021", "--unit", "YX",
                "--out", out.toString(), "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        long expected = scenario.honours().stream()
                .filter(h -> h.unitName().equals("宜兴市供电公司") || h.unitName().equals("宜兴运检中心")).count();
        assertTrue(r.out().contains(expected + " 项荣誉"), r.out());
        assertEquals("宜兴市供电公司 2019—2021年度荣誉汇总表", Workbooks.read(out).get(0).get(0));
    }

    @Test
    void failuresGiveAMessageExitOneAndLeaveNoFile() throws Exception {
        Path data = data();
        Path out = dir.resolve("x.xlsx");

        ReportCommandTest.Run unknownUnit = run("report", "honours", "--year", "2021", "--unit", "NOPE",
                "--out", out.toString(), "--data", data.toString());
        assertEquals(1, unknownUnit.code());
        assertTrue(unknownUnit.err().contains("NOPE"), unknownUnit.err());

        ReportCommandTest.Run noHonours = run("report", "honours", "--year", "2024", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(1, noHonours.code());
        assertTrue(noHonours.err().contains("2024 年度没有荣誉记录"), noHonours.err());

        ReportCommandTest.Run backwards = run("report", "honours", "--year", "2021", "--to", "2019",
                "--out", out.toString(), "--data", data.toString());
        assertEquals(1, backwards.code());
        assertTrue(backwards.err().contains("2021") && backwards.err().contains("2019"), backwards.err());
        assertFalse(Files.exists(out));

        Path nowhere = dir.resolve("nowhere/x.xlsx");
        ReportCommandTest.Run unwritable = run("report", "honours", "--year", "2021", "--out", nowhere.toString(),
                "--data", data.toString());
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().contains("nowhere"), unwritable.err());
        assertFalse(Files.exists(nowhere));

        ReportCommandTest.Run folder = run("report", "honours", "--year", "2021", "--out", dir.toString(),
                "--data", data.toString());
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains(dir.toAbsolutePath().toString()), folder.err());

        ReportCommandTest.Run help = run("report", "honours", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--year") && help.out().contains("--to") && help.out().contains("--unit")
                && help.out().contains("年度荣誉汇总表"), help.out());
        assertTrue(run("report").err().contains("honours"));
    }
}
