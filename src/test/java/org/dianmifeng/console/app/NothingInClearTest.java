package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.Child;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Vault;
import org.dianmifeng.console.unit.PersonRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo database written by the command line, backed up and reported on, then read as a thief with a copy of the
 * data folder would: no file in it (database, key slots, backups, temporary and log folders) holds an ID number, a
 * mobile or a child's name in clear, and the database does not open without a password.
 */
class NothingInClearTest {
    @TempDir Path dir;

    @Test
    void aCopiedDataFolderRevealsNoIdNumberMobileOrChildAndOpensWithNoPasswordButAnAccounts() throws Exception {
        Path data = dir.resolve("data");
        String pw = SampleData.DEMO_PASSWORD;
        assertEquals(0, ReportCommandTest.run("demo", "--data", data.toString(), "--people", "300").code());
        ReportCommandTest.Run backup = ReportCommandTest.runWithPassword(pw, "backup", "--user", "admin", "--data",
                data.toString());
        assertEquals(0, backup.code(), backup.err());
        ReportCommandTest.Run cases = ReportCommandTest.runWithPassword(pw, "report", "cases", "--user", "officer",
                "--out", dir.resolve("cases.xlsx").toString(), "--data", data.toString());
        assertEquals(0, cases.code(), cases.err());

        Set<String> secrets = new LinkedHashSet<>();
        try (Database db = Vault.open(data, "admin", pw.toCharArray())) {
            Services s = new Services(db, java.time.Clock.systemDefaultZone());
            Session admin = s.accounts().login("admin", pw.toCharArray());
            for (PersonRow p : s.people().list(admin)) {
                secrets.add(p.idNumber());
                if (p.mobile() != null) {
                    secrets.add(p.mobile());
                }
            }
            Session officer = s.accounts().login("officer", pw.toCharArray());
            List<Long> ids = s.aidCases().list(officer).stream().map(CaseRow::id).toList();
            for (CaseRow row : s.aidCases().identityExport(officer, ids, "测试：数据文件夹中不得有明文")) {
                Child c = row.identity();
                secrets.add(c.name());
                if (c.idNumber() != null) {
                    secrets.add(c.idNumber());
                }
                if (c.guardianPhone() != null) {
                    secrets.add(c.guardianPhone());
                }
            }
        }
        assertTrue(secrets.size() > 300, "the IDs and mobiles of 300 people and the children: " + secrets.size());
        assertTrue(secrets.stream().anyMatch(x -> x.matches("\\d{17}[\\dX]")));

        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(data)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".mv.db")));
        assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".backup")), "a backup: " + files);
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("console.keys")));
        for (Path f : files) {
            byte[] raw = Files.readAllBytes(f);
            String utf8 = new String(raw, StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                String bytes = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                assertFalse(utf8.contains(bytes), f + " holds a secret in clear");
            }
        }

        String url = "jdbc:h2:file:" + Database.fileIn(data).toAbsolutePath() + ";IFEXISTS=TRUE";
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, "sa", "").close(), "H2's default user");
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url + ";CIPHER=AES", "sa",
                pw + " ").close(), "an account's password is not the file's key");
        assertEquals("error.login.failed", assertThrows(org.dianmifeng.console.core.ConsoleException.class,
                () -> Vault.open(data, "admin", "wrong-password".toCharArray())).key());
    }
}
