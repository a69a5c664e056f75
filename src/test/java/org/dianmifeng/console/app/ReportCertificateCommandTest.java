package org.dianmifeng.console.app;

import static org.dianmifeng.console.app.ReportCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report certificate} end to end: a person, a team, a number printed again, and the refusals. */
class ReportCertificateCommandTest {
    @TempDir Path dir;

    private Path data() {
        Path data = dir.resolve("data");
        try (TestServices t = new TestServices(data)) {
            StarFixtures f = new StarFixtures(t);
            Person wang = f.volunteer("王芳", "32028219900101100", "V2021000001");
            Person li = f.volunteer("李强", "32028219900101200", "V2021000002");
            f.serve(wang, LocalDate.of(2025, 3, 1), "12.5", "APPROVED", "LECTURE", "文明故事宣讲");
            f.serve(li, LocalDate.of(2025, 4, 1), "6.0", "APPROVED", "SERVICE", "安全用电进社区");
        }
        return data;
    }

    @Test
    void issuesForAPersonAndATeamAndPrintsANumberAgain() throws Exception {
        Path data = data();
        Path one = dir.resolve("one.xlsx");
        ReportCommandTest.Run person = run("report", "certificate", "--person", "V2021000001", "--from", "2025-01-01",
                "--to", "2025/12/31", "--out", one.toString(), "--data", data.toString());
        assertEquals(0, person.code(), person.err());
        assertTrue(person.out().contains("1 份证明（DMF-ZM-2026-000001）"), person.out());
        assertTrue(Files.exists(one));
        Path team = dir.resolve("team.xlsx");
        ReportCommandTest.Run teamRun = run("report", "certificate", "--team", "宜兴市供电公司“蜜蜂行动”青年志愿服务队",
                "--from", "2025-01-01", "--to", "2025-12-31", "--out", team.toString(), "--data", data.toString());
        assertEquals(0, teamRun.code(), teamRun.err());
        assertTrue(teamRun.out().contains("2 份证明（DMF-ZM-2026-000002, DMF-ZM-2026-000003）"), teamRun.out());
        Path again = dir.resolve("again.xlsx");
        ReportCommandTest.Run number = run("report", "certificate", "--number", "dmf-zm-2026-000001",
                "--out", again.toString(), "--data", data.toString());
        assertEquals(0, number.code(), number.err());
        assertTrue(number.out().contains("DMF-ZM-2026-000001"), number.out());
        assertTrue(Files.exists(again));
    }

    @Test
    void refusalsSayWhyAndLeaveNoFile() throws Exception {
        Path data = data();
        Path out = dir.resolve("x.xlsx");
        ReportCommandTest.Run both = run("report", "certificate", "--person", "V2021000001", "--team", "x",
                "--from", "2025-01-01", "--to", "2025-12-31", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, both.code());
        assertTrue(both.err().contains("--person") && both.err().contains("--number"), both.err());
        ReportCommandTest.Run noHours = run("report", "certificate", "--person", "V2021000001", "--from", "2023-01-01",
                "--to", "2023-12-31", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, noHours.code());
        assertTrue(noHours.err().contains("没有经审核确认的服务时长"), noHours.err());
        ReportCommandTest.Run unknown = run("report", "certificate", "--number", "DMF-ZM-2026-000404",
                "--out", out.toString(), "--data", data.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("DMF-ZM-2026-000404"), unknown.err());
        ReportCommandTest.Run badDate = run("report", "certificate", "--person", "V2021000001", "--from", "去年",
                "--to", "2025-12-31", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, badDate.code());
        assertTrue(badDate.err().contains("--from") && badDate.err().contains("去年"), badDate.err());
        assertFalse(Files.exists(out));
        ReportCommandTest.Run help = run("report", "certificate", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--person") && help.out().contains("--team") && help.out().contains("--number"),
                help.out());
    }
}
