package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.testing.CaseReportFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report cases} end to end: a real data folder, the command line, the written (pseudonymised) register. */
class ReportCasesCommandTest {
    @TempDir Path dir;

    private Path data(boolean withCases) {
        Path data = dir.resolve(withCases ? "data" : "empty-data");
        try (TestServices t = new TestServices(data)) {
            if (withCases) {
                new CaseReportFixtures(t).twoCases();
            }
        }
        return data;
    }

    @Test
    void writesThePseudonymisedRegisterAndSaysWhereAndHowMany() throws Exception {
        Path data = data(true);
        Path out = dir.resolve("个案登记表.xlsx");
        ReportCommandTest.Run r = run("report", "cases", "--out", out.toString(), "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(out.toAbsolutePath().toString()), r.out());
        assertTrue(r.out().contains("2 个个案"), r.out());
        List<List<String>> rows = Workbooks.read(out);
        assertEquals("梦想小屋帮扶个案登记表", rows.get(0).get(0));
        assertEquals("DR-2026-001", rows.get(3).get(1));
        for (List<String> row : rows) {
            for (String cell : row) {
                for (String identity : List.of(CaseReportFixtures.FIRST_CHILD, CaseReportFixtures.SECOND_CHILD,
                        CaseReportFixtures.FIRST_ID_NUMBER, CaseReportFixtures.FIRST_GUARDIAN)) {
                    assertFalse(cell.contains(identity), identity + " is in the file: " + cell);
                }
            }
        }
    }

    @Test
    void noOptionAsksForIdentitiesAndFailuresGiveAMessageAndExitOne() throws Exception {
        Path data = data(true);
        Path out = dir.resolve("x.xlsx");
        for (String option : List.of("--identity", "--with-identity", "--reason=x", "--case=1")) {
            ReportCommandTest.Run r = run("report", "cases", option, "--out", out.toString(), "--data", data.toString());
            assertTrue(r.code() != 0, option);
            assertFalse(Files.exists(out), option);
        }

        ReportCommandTest.Run noCases = run("report", "cases", "--out", out.toString(), "--data", data(false).toString());
        assertEquals(1, noCases.code());
        assertTrue(noCases.err().contains("还没有任何帮扶个案"), noCases.err());
        assertFalse(Files.exists(out));

        ReportCommandTest.Run unwritable = run("report", "cases", "--out", dir.resolve("nowhere/x.xlsx").toString(),
                "--data", data.toString());
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().contains("nowhere"), unwritable.err());

        Path empty = dir.resolve("no-database");
        ReportCommandTest.Run noDatabase = run("report", "cases", "--out", out.toString(), "--data", empty.toString());
        assertEquals(1, noDatabase.code());
        assertTrue(noDatabase.err().contains(empty.toAbsolutePath().toString()), noDatabase.err());

        ReportCommandTest.Run help = run("report", "cases", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--out") && help.out().contains("去标识化"), help.out());
        assertTrue(run("report").err().contains("cases"));
    }
}
