package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Vault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that opens the database signs in with --user and acts with that account's role, audited. */
class CommandLineSignInTest {
    private static final String PW = SampleData.DEMO_PASSWORD;
    @TempDir static Path dir;
    static Path data;

    @BeforeAll
    static void demo() {
        data = dir.resolve("data");
        assertEquals(0, ReportCommandTest.run("demo", "--data", data.toString(), "--people", "60").code());
    }

    private static ReportCommandTest.Run summary(String user, String password, Path out) {
        return ReportCommandTest.runWithPassword(password, "report", "summary", "--year", "2026", "--user", user,
                "--out", out.toString(), "--data", data.toString());
    }

    private static List<AuditEntry> logins(String user) {
        try (Database db = Vault.open(data, "admin", PW.toCharArray())) {
            Services s = new Services(db, java.time.Clock.systemDefaultZone());
            Session admin = s.accounts().login("admin", PW.toCharArray());
            return s.audit().find(admin, new AuditFilter(null, null, user, null, null, 1000)).stream()
                    .filter(e -> e.action() == AuditAction.LOGIN || e.action() == AuditAction.LOGIN_FAILED).toList();
        }
    }

    @Test
    void aWrongPasswordOrNoPasswordWritesNothingAndSaysWhy() {
        Path out = dir.resolve("wrong.xlsx");
        ReportCommandTest.Run wrong = summary("viewer", "not-the-password", out);
        assertEquals(1, wrong.code());
        assertEquals("用户名或密码不正确", wrong.err().strip().replaceAll("[。.]$", ""), wrong.err());
        ReportCommandTest.Run unknown = summary("nobody", PW, out);
        assertEquals(wrong.err(), unknown.err(), "an unknown name gets the same answer");
        ReportCommandTest.Run none = ReportCommandTest.runWithPassword(null, "report", "summary", "--year", "2026",
                "--user", "viewer", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains(SignInOption.PASSWORD_VARIABLE) && none.err().contains("viewer"), none.err());
        assertFalse(Files.exists(out));

        ReportCommandTest.Run noUser = ReportCommandTest.runWithPassword(PW, "report", "summary", "--year", "2026",
                "--out", out.toString(), "--data", data.toString());
        assertEquals(2, noUser.code(), "--user is required");
        assertTrue(noUser.err().contains("--user"), noUser.err());
        ReportCommandTest.Run asArgument = ReportCommandTest.runWithPassword(null, "report", "summary", "--year",
                "2026", "--user", "viewer", "--password", PW, "--out", out.toString(), "--data", data.toString());
        assertEquals(2, asArgument.code(), "a password is never an argument");
        assertFalse(Files.exists(out));
    }

    @Test
    void theReportIsMadeWithTheRoleOfTheAccountAndTheSignInIsAudited() {
        Path viewers = dir.resolve("viewer.xlsx");
        ReportCommandTest.Run viewer = summary("viewer", PW, viewers);
        assertEquals(0, viewer.code(), viewer.err());
        assertTrue(Files.exists(viewers));

        Path secretarys = dir.resolve("secretary.xlsx");
        ReportCommandTest.Run secretary = summary("secretary", PW, secretarys);
        assertEquals(1, secretary.code(), "the summary lists every branch's members: not a secretary's");
        assertTrue(secretary.err().contains("无权"), secretary.err());
        assertFalse(Files.exists(secretarys));

        ReportCommandTest.Run cases = ReportCommandTest.runWithPassword(PW, "report", "cases", "--user", "viewer",
                "--out", dir.resolve("cases.xlsx").toString(), "--data", data.toString());
        assertEquals(0, cases.code(), "the pseudonymised register: any role: " + cases.err());
        ReportCommandTest.Run backup = ReportCommandTest.runWithPassword(PW, "backup", "--user", "viewer", "--data",
                data.toString());
        assertEquals(1, backup.code(), "a backup is the administrator's");

        assertTrue(logins("viewer").size() >= 3, "every sign-in is in the audit log: " + logins("viewer"));
        assertTrue(logins("secretary").stream().anyMatch(e -> e.action() == AuditAction.LOGIN));
    }
}
