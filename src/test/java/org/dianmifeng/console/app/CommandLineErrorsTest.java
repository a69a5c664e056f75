package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.dianmifeng.console.core.Database;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line never prints a stack trace or logger output: every bad argument, unusable data folder or
 * damaged file gives exit code 1 (2 for what picocli finds wrong in the usage) and one line on the error output
 * that names the option or the file and says what to do. The first tests run the command line in this JVM (its
 * out and err captured); the last ones start the jar's entry point in a child JVM with the console's own
 * logging set-up ({@code logback.xml}), as a person or a scheduled task runs it.
 */
class CommandLineErrorsTest {
    @TempDir Path dir;
    Path data;
    Path out;

    @BeforeEach
    void database() {
        data = dir.resolve("data");
        try (TestServices t = new TestServices(data)) {
            t.unit("A", "甲", t.city());
        }
        ReportCommandTest.withCliAccount(data);
        out = dir.resolve("x.xlsx");
    }

    /** One line on err containing every one of {@code named}; no stack trace, no exception name anywhere. */
    private static void oneClearLine(ReportCommandTest.Run r, String... named) {
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one line on err: " + r.err());
        for (String n : named) {
            assertTrue(lines.get(0).contains(n), "names " + n + ": " + lines.get(0));
        }
        noStackTrace(r.out() + r.err());
    }

    private static void noStackTrace(String printed) {
        assertFalse(printed.contains("at org.") || printed.contains("at java.") || printed.contains("Exception")
                || printed.contains("ERROR") || printed.contains("|-"), printed);
    }

    private static ReportCommandTest.Run run(String... args) {
        return ReportCommandTest.run(args);
    }

    @Test
    void aYearOutsideTheRangeIsRefusedNamingItsOption() {
        for (String report : List.of("appraisal", "honours", "summary")) {
            ReportCommandTest.Run r = run("report", report, "--year", "2147483647", "--out", out.toString(),
                    "--data", data.toString());
            assertEquals(1, r.code(), report + ": " + r.err());
            oneClearLine(r, "--year", "2147483647", "1949", "2100");
            ReportCommandTest.Run early = run("report", report, "--year", "1948", "--out", out.toString(),
                    "--data", data.toString());
            assertEquals(1, early.code(), report);
            oneClearLine(early, "--year", "1948");
        }
        ReportCommandTest.Run both = run("report", "honours", "--year", "-1", "--to", "2147483647", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(1, both.code());
        oneClearLine(both, "--year", "-1");
        ReportCommandTest.Run to = run("report", "honours", "--year", "2020", "--to", "2147483647", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(1, to.code());
        oneClearLine(to, "--to", "2147483647");
        assertFalse(Files.exists(out));
        // the first and the last year of the range are years like any other: refused only for having no data
        ReportCommandTest.Run first = run("report", "honours", "--year", "1949", "--to", "2100", "--out", out.toString(),
                "--data", data.toString());
        assertEquals(1, first.code());
        assertFalse(first.err().contains("--year"), first.err());
        noStackTrace(first.out() + first.err());
    }

    @Test
    void aDataFolderThatIsAFileIsRefusedNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        for (List<String> command : List.of(List.of("report", "cases", "--out", out.toString()),
                List.of("report", "summary", "--year", "2025", "--out", out.toString()), List.of("demo"),
                List.of("backup"), List.of("backups"), List.of("restore", "--latest"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--data", file.toString()));
            ReportCommandTest.Run r = run(args.toArray(String[]::new));
            assertEquals(1, r.code(), command + ": " + r.err());
            oneClearLine(r, file.toAbsolutePath().toString(), "--data");
        }
        ReportCommandTest.Run below = run("--data", file.resolve("sub").toString(), "report", "cases", "--out", out.toString());
        assertEquals(1, below.code());
        oneClearLine(below, file.resolve("sub").toAbsolutePath().toString(), file.toAbsolutePath().toString());
        assertEquals("not a folder", Files.readString(file), "the file is left as it was");
    }

    @Test
    void aDamagedDatabaseFileIsOneLineSayingWhatToDo() throws IOException {
        Path mv = data.resolve("data").resolve(Database.fileIn(data).getFileName() + ".mv.db");
        assertTrue(Files.exists(mv), mv.toString());
        byte[] junk = new byte[64 * 1024];
        Arrays.fill(junk, (byte) 0x5A);
        Files.write(mv, junk);
        ReportCommandTest.Run r = run("report", "cases", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, r.code(), r.err());
        oneClearLine(r, mv.toAbsolutePath().toString().replace(".mv.db", ""));
        assertTrue(r.err().contains("损坏"), r.err());
    }

    @Test
    void usageErrorsArePicocliTextOnOneLineWithWhereToLook() {
        ReportCommandTest.Run notANumber = run("report", "honours", "--year", "abc", "--out", out.toString());
        assertEquals(2, notANumber.code());
        oneClearLine(notANumber, "--year", "abc", "bee-console report honours --help");
        ReportCommandTest.Run missing = run("report", "summary", "--out", out.toString());
        assertEquals(2, missing.code());
        oneClearLine(missing, "--year", "bee-console report summary --help");
        ReportCommandTest.Run unknown = run("--yaer", "2020");
        assertEquals(2, unknown.code());
        oneClearLine(unknown, "--yaer", "bee-console --help");
        ReportCommandTest.Run people = run("demo", "--people", "many", "--data", dir.resolve("demo").toString());
        assertEquals(2, people.code());
        oneClearLine(people, "--people", "many");
    }

    // ---------------------------------------------------------------- as the jar runs: its own logging set-up

    record Child(int code, String out, String err) {
    }

    /**
     * Runs {@link Main} in a child JVM on the main classes and the libraries only (not this module's test classes,
     * so that the console's own {@code logback.xml} is the logging set-up), in Chinese.
     */
    private Child main(String... args) throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.replace('\\', '/').endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.awt.headless=true", "-Duser.language=zh", "-Duser.country=CN",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-Duser.home=" + dir.resolve("home"), "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(SignInOption.PASSWORD_VARIABLE, ReportCommandTest.CLI_PASSWORD);
        int data = command.indexOf("--data");
        if (data >= 0) {
            ReportCommandTest.withCliAccount(Path.of(command.get(data + 1)));
        }
        if (command.contains("report") || command.contains("backup")) {
            command.add("--user");
            command.add(ReportCommandTest.CLI_USER);
        }
        Process p = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(System.getProperty("os.name").startsWith("Windows")
                        ? "NUL" : "/dev/null"))).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ended");
        return new Child(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private static void oneClearLine(Child p, String... named) {
        oneClearLine(new ReportCommandTest.Run(p.code(), p.out(), p.err()), named);
    }

    @Test
    void theJarKeepsTheDataFolderAndEverythingInItToItsOwner() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(data.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Child made = main("backup", "--data", data.toString());
        assertEquals(0, made.code(), made.err());
        List<String> open = new ArrayList<>();
        try (var all = Files.walk(data)) {
            for (Path p : all.toList()) {
                var perms = Files.getPosixFilePermissions(p);
                if (perms.stream().anyMatch(x -> x.name().startsWith("GROUP") || x.name().startsWith("OTHERS"))) {
                    open.add(data.relativize(p) + " " + java.nio.file.attribute.PosixFilePermissions.toString(perms));
                }
            }
        }
        assertEquals(List.of(), open, "readable by others");
        try (var backups = Files.list(data.resolve("backups"))) {
            assertEquals(3, backups.count(), "the backup, its record and the copy of the key slots are there");
        }
    }

    @Test
    void theJarPrintsNoLoggerOutputWhereItCannotWriteItsLogAndOneLineForEveryRefusal() throws Exception {
        // a log folder that cannot be made (here: a file in its place, as in a read-only data folder)
        Path logs = data.resolve("logs");
        if (Files.isDirectory(logs)) {
            org.dianmifeng.console.core.Trees.delete(logs);
        }
        Files.writeString(logs, "not a folder");
        Child ok = main("backup", "--data", data.toString());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("", ok.err());
        assertEquals(1, ok.out().lines().count(), ok.out());
        assertTrue(ok.out().contains("已验证"), ok.out());
        noStackTrace(ok.out());

        Child year = main("report", "summary", "--year", "2147483647", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, year.code());
        oneClearLine(year, "--year", "2147483647");
        assertEquals("", year.out());

        Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Child notAFolder = main("report", "cases", "--out", out.toString(), "--data", file.toString());
        assertEquals(1, notAFolder.code());
        oneClearLine(notAFolder, file.toAbsolutePath().toString());

        // the temporary files of the console's own process cannot be made in the data folder
        Path tmp = data.resolve("tmp");
        if (Files.isDirectory(tmp)) {
            org.dianmifeng.console.core.Trees.delete(tmp);
        }
        Files.writeString(tmp, "not a folder");
        Child noTemp = main("report", "cases", "--out", out.toString(), "--data", data.toString());
        assertEquals(1, noTemp.code());
        oneClearLine(noTemp, data.toAbsolutePath().toString(), "--data");

        Child usage = main("report", "honours", "--year", "abc", "--out", out.toString(), "--data", data.toString());
        assertEquals(2, usage.code());
        oneClearLine(usage, "--year", "--help");
    }

    /** A data folder the user may only read (skipped where the tests run as root, who may write anywhere). */
    @Test
    void aReadOnlyDataFolderIsOneLineAndNoLoggerOutput() throws Exception {
        Path readOnly = dir.resolve("readonly");
        try (TestServices t = new TestServices(readOnly)) {
            t.unit("A", "甲", t.city());
        }
        List<Path> folders;
        try (var walk = Files.walk(readOnly)) {
            folders = walk.filter(Files::isDirectory).toList();
        }
        try {
            for (Path f : folders) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r-xr-xr-x"));
            }
            assumeFalse(Files.isWritable(readOnly), "the tests run as a user who may write anywhere");
            Child r = main("report", "cases", "--out", out.toString(), "--data", readOnly.toString());
            assertEquals(1, r.code());
            oneClearLine(r, readOnly.toAbsolutePath().toString());
        } finally {
            for (Path f : folders) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }
}
