package org.dianmifeng.console.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.testing.HonourRollFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.WindowPrefs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's language: {@code --lang zh|en} (before or after the command), else the language chosen in the
 * window of the data folder, else Chinese; reports and messages follow it; any other value is refused naming
 * {@code --lang}.
 */
class CliLanguageTest {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    private static final Messages EN = Messages.of(Messages.ENGLISH);
    @TempDir Path dir;
    Path data;
    Path out;

    @BeforeEach
    void data() {
        data = dir.resolve("data");
        try (TestServices t = new TestServices(data)) {
            new HonourRollFixtures(t).standard();
        }
        out = dir.resolve("roll.xlsx");
    }

    private ReportCommandTest.Run honours(String... lang) {
        List<String> args = new java.util.ArrayList<>(List.of(lang));
        args.addAll(List.of("report", "honours", "--year", "2021", "--out", out.toString(), "--data", data.toString()));
        return ReportCommandTest.run(args.toArray(String[]::new));
    }

    private String title() throws Exception {
        return Workbooks.read(out).get(0).get(0);
    }

    @Test
    void chineseUnlessEnglishIsAskedFor() throws Exception {
        ReportCommandTest.Run zh = honours();
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("项荣誉"), zh.out());
        assertEquals("2021年度荣誉汇总表", title());

        Files.delete(out);
        ReportCommandTest.Run en = ReportCommandTest.run("report", "honours", "--year", "2021", "--out", out.toString(),
                "--data", data.toString(), "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("honours"), en.out());
        assertFalse(title().contains("年度"), title());

        Files.delete(out);
        ReportCommandTest.Run before = honours("--lang", "en");
        assertEquals(0, before.code(), before.err());
        assertTrue(before.out().startsWith("Written"), before.out());
    }

    @Test
    void withoutLangTheWindowsChoiceOfTheDataFolderDecides() throws Exception {
        WindowPrefs prefs = WindowPrefs.load(new DataFolder(data).preferences());
        prefs.setLocale(Messages.ENGLISH);
        prefs.save();
        ReportCommandTest.Run en = honours();
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().startsWith("Written"), en.out());

        Files.delete(out);
        ReportCommandTest.Run zh = honours("--lang", "zh");
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("项荣誉"), "--lang wins over the window's choice: " + zh.out());

        ReportCommandTest.Run help = ReportCommandTest.run("--lang", "zh", "--help");
        assertTrue(help.out().contains("用法"), help.out());
        ReportCommandTest.Run englishHelp = ReportCommandTest.run("--lang", "en", "--help");
        assertFalse(englishHelp.out().contains("用法"), englishHelp.out());
        assertTrue(englishHelp.out().contains("--lang"), englishHelp.out());
    }

    @Test
    void anotherValueIsRefusedNamingTheOption() {
        for (List<String> args : List.of(List.of("--lang", "fr", "backups", "--data", data.toString()),
                List.of("backups", "--data", data.toString(), "--lang", "EN-us"))) {
            ReportCommandTest.Run r = ReportCommandTest.run(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), r.err());
            assertTrue(lines.get(0).contains("--lang") && lines.get(0).contains("zh") && lines.get(0).contains("en"),
                    lines.get(0));
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }
}
