package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.testing.PartyReportFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.core.KeySlots;
import org.dianmifeng.console.core.Role;
import picocli.CommandLine;

/** {@code report appraisal} end to end: a real data folder, the command line, the written workbook. */
class ReportCommandTest {
    @TempDir Path dir;

    record Run(int code, String out, String err) {
    }

    /** The account the command-line tests sign in as ({@link #run} adds it), and its password. */
    static final String CLI_USER = "cli";
    static final String CLI_PASSWORD = "cli-password-1";

    /**
     * Runs the command line in this JVM. A command that signs in gets {@code --user cli} unless the test gives
     * another, with the password from the (test's) environment; the data folder named gets that administrator
     * account first, if it has a database without it.
     */
    static Run run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        int data = all.indexOf("--data");
        if (data >= 0 && data + 1 < all.size()) {
            withCliAccount(Path.of(all.get(data + 1)));
        }
        boolean signsIn = all.contains("report") && all.size() > 2 || all.contains("backup") || all.contains("restore");
        if (signsIn && !all.contains("--user") && !all.contains("--help")) {
            all.add("--user");
            all.add(CLI_USER);
        }
        return runWithPassword(CLI_PASSWORD, all.toArray(String[]::new));
    }

    /** Runs the command line as it is given, with {@code password} in the (test's) environment. */
    static Run runWithPassword(String password, String... args) {
        SignInOption.environment = name -> SignInOption.PASSWORD_VARIABLE.equals(name) ? password : null;
        try {
            return execute(args);
        } finally {
            SignInOption.environment = System::getenv;
        }
    }

    /** Gives a data folder made by the tests the administrator {@link #CLI_USER}, with its key slot. */
    static void withCliAccount(Path data) {
        if (!Database.existsIn(data) || KeySlots.of(data).has(CLI_USER)) {
            return;
        }
        try (TestServices t = new TestServices(data)) {
            t.services().accounts().create(TestServices.ADMIN, Account.draft(CLI_USER, "命令行", Role.ADMINISTRATOR),
                    CLI_PASSWORD.toCharArray(), CLI_PASSWORD.toCharArray());
        } catch (ConsoleException e) {
            // not a folder the tests made with their key (the demo's, or one a test damaged): left as it is
        }
    }

    private static Run execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path dataWithAppraisals() {
        Path data = dir.resolve("data");
        try (TestServices t = new TestServices(data)) {
            new PartyReportFixtures(t).pilot();
        }
        return data;
    }

    @Test
    void writesTheResultTableOfABranchAndSaysWhereAndHowMany() throws Exception {
        Path data = dataWithAppraisals();
        Path out = dir.resolve("运检党支部2025.xlsx");
        Run r = run("report", "appraisal", "--year", "2025", "--branch", "YX-YJ", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(out.toAbsolutePath().toString()), r.out());
        assertTrue(r.out().contains("1 个支部，4 名党员"), r.out());
        List<List<String>> rows = Workbooks.read(out);
        assertEquals("运检党支部 2025年度民主评议党员等次提议稿（未确认）", rows.get(0).get(0),
                "two of the branch's grades are not confirmed yet");
        assertEquals("张三", rows.get(3).get(1));
    }

    @Test
    void theDataFolderMayAlsoBeGivenBeforeTheCommandAndEveryBranchIsTheDefault() throws Exception {
        Path data = dataWithAppraisals();
        Path out = dir.resolve("all.xlsx");
        Run r = run("--data", data.toString(), "report", "appraisal", "--year", "2025", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 个支部，5 名党员"), r.out());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void errorsAreToldInTheUsersWordsWithANonZeroExitCode() {
        Path data = dataWithAppraisals();
        Path out = dir.resolve("x.xlsx");
        Run unknown = run("report", "appraisal", "--year", "2025", "--branch", "NOPE", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("NOPE"), unknown.err());

        Run noData = run("report", "appraisal", "--year", "1999", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, noData.code());
        assertTrue(noData.err().contains("1999"), noData.err());

        Path empty = dir.resolve("empty");
        Run noDatabase = run("report", "appraisal", "--year", "2025", "--out", out.toString(), "--data", empty.toString());
        assertEquals(1, noDatabase.code());
        assertTrue(noDatabase.err().contains(empty.toAbsolutePath().toString()), noDatabase.err());
        assertFalse(Files.exists(empty.resolve("data")), "no database is created by a report");

        Run unwritable = run("report", "appraisal", "--year", "2025", "--out", dir.resolve("nowhere/x.xlsx").toString(),
                "--data", data.toString());
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().contains("nowhere"), unwritable.err());
        assertFalse(Files.exists(out));

        Run missingYear = run("report", "appraisal", "--out", out.toString(), "--data", data.toString());
        assertTrue(missingYear.code() != 0);
        assertTrue(missingYear.err().contains("--year"), missingYear.err());
    }

    @Test
    void everyReportRefusesAnOutThatIsNotAnXlsxFileNamingIt() throws Exception {
        Path data = dataWithAppraisals();
        Path csv = dir.resolve("结果.csv");
        for (String[] report : List.of(new String[] {"appraisal", "--year", "2025"}, new String[] {"cases"},
                new String[] {"honours", "--year", "2025"}, new String[] {"summary", "--year", "2025"})) {
            List<String> args = new java.util.ArrayList<>(List.of("report"));
            args.addAll(List.of(report));
            args.addAll(List.of("--out", csv.toString(), "--data", data.toString()));
            Run r = run(args.toArray(String[]::new));
            assertEquals(1, r.code(), report[0] + ": " + r.err());
            assertTrue(r.err().contains(Cli.messages().text("error.report.notXlsx", csv.toAbsolutePath())), r.err());
            assertFalse(Files.exists(csv), report[0]);
        }
        Path upper = dir.resolve("ALL.XLSX");
        Run r = run("report", "appraisal", "--year", "2025", "--out", upper.toString(), "--data", data.toString());
        assertEquals(0, r.code(), "the extension in any case: " + r.err());
        assertTrue(Files.size(upper) > 0);
    }

    @Test
    void reportWithoutASubcommandListsTheReports() {
        Run r = run("report");
        assertEquals(ReportCommand.USAGE, r.code());
        assertTrue(r.err().contains("appraisal"), r.err());
        Run help = run("report", "appraisal", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--year") && help.out().contains("民主评议"), help.out());
        assertTrue(run("--help").out().contains("report"));
    }
}
