package org.dianmifeng.console.party;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.PartyReportFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppraisalReportTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);

    @TempDir Path dir;
    TestServices t;
    PartyFixtures party;
    PartyReportFixtures.Pilot pilot;
    AppraisalReport report;

    @BeforeEach
    void open() {
        t = new TestServices(dir.resolve("db"));
        party = new PartyFixtures(t);
        pilot = new PartyReportFixtures(t, party).pilot();
        report = t.services().appraisalReport();
    }

    @AfterEach
    void close() {
        t.close();
    }

    interface Check {
        void on(XSSFWorkbook wb) throws Exception;
    }

    static void open(Path file, Check check) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            check.on(wb);
        }
    }

    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell));
        }
        return out;
    }

    @Test
    void oneBranchTableHasTitleDistributionRowsAndSignOff() throws Exception {
        Path out = dir.resolve("结果汇总表.xlsx");
        AppraisalReport.Written written = report.write(ADMIN, 2025, "YX-YJ", out, ZH, Progress.NONE);
        assertEquals(1, written.branches());
        assertEquals(4, written.rows(), "the four 2025 appraisals, not the 2024 one");
        assertEquals(out.toAbsolutePath(), written.file());
        open(out, wb -> {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("运检党支部", sheet.getSheetName());
            assertEquals("运检党支部 2025年度民主评议党员等次提议稿（未确认）", sheet.getRow(0).getCell(0).getStringCellValue(),
                    "two of the four grades are not confirmed: a draft, not the result table");
            assertEquals("2025年度民主评议党员结果汇总表　提议稿（未确认）", sheet.getHeader().getCenter(),
                    "the draft mark on every printed page");
            String info = sheet.getRow(1).getCell(0).getStringCellValue();
            assertTrue(info.startsWith("单位：宜兴市供电公司"), info);
            assertTrue(info.contains("参评 4 人：优秀 1，合格 0，基本合格 1，不合格 0，待定 2"), info);
            assertTrue(info.matches(".*制表日期：\\d{4}-\\d{2}-\\d{2}$"), info);
            assertEquals(List.of("序号", "姓名", "所在单位", "党员类别", "报到社区/网格", "单位评价", "社区评价", "综合得分",
                    "评议等次", "状态", "说明"), texts(sheet.getRow(2)));

            Row zhang = sheet.getRow(3);
            assertEquals(List.of("1", "张三", "宜兴市供电公司", "正式", "东虹社区 / 一网格", "92.5", "90.0", "91.50",
                    "优秀", "已确认", "理由：年度表现突出，经支委会研究评为优秀"), texts(zhang),
                    "a confirmed appraisal shows the locked grade, not the proposal");
            for (int c : new int[] {0, 5, 6, 7}) {
                assertEquals(CellType.NUMERIC, zhang.getCell(c).getCellType(), "column " + c);
            }
            assertEquals(92.5, zhang.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals("0.0", zhang.getCell(5).getCellStyle().getDataFormatString());
            assertEquals(91.5, zhang.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals("#,##0.00", zhang.getCell(7).getCellStyle().getDataFormatString());

            List<String> li = texts(sheet.getRow(4));
            assertEquals(List.of("2", "李四", "宜兴市供电公司", "预备", "未报到"), li.subList(0, 5));
            assertEquals(List.of("基本合格", "已提议", "本年度未到社区报到，至多评为“基本合格”。"), li.subList(8, 11));

            List<String> zhao = texts(sheet.getRow(5));
            assertEquals("未报到", zhao.get(4), "reported only after the year");
            assertEquals("", zhao.get(8), "a returned proposal is no grade: it waits to be evaluated again");
            assertEquals("已退回", zhao.get(9));
            assertEquals("理由：多次无故缺席组织生活\n退回意见：请补充谈话记录", zhao.get(10));
            assertTrue(sheet.getRow(5).getCell(10).getCellStyle().getWrapText());

            Row formula = sheet.getRow(6);
            Cell name = formula.getCell(1);
            assertEquals(CellType.STRING, name.getCellType(), "a formula-like name stays text");
            assertEquals("=1+2", name.getStringCellValue());
            assertTrue(name.getCellStyle().getQuotePrefixed());
            assertEquals(CellType.BLANK, formula.getCell(7).getCellType(), "no combined score yet");
            assertEquals("", texts(formula).get(8), "no grade yet");

            assertTrue(texts(sheet.getRow(7)).get(0).startsWith("本年度尚有未确认的等次"), "the draft says so under the table");
            assertNull(sheet.getRow(8), "a blank line above the sign-off");
            List<String> signOff = texts(sheet.getRow(9)).stream().filter(x -> !x.isEmpty()).toList();
            assertEquals(List.of("党支部（盖章）", "支部书记（签字）", "年　　月　　日"), signOff);
            for (Row row : sheet) {
                assertTrue(texts(row).stream().noneMatch(x -> x.contains("王书记")), "the secretary signs; no name printed");
            }

            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape(), "eleven columns are printed landscape");
            short body = wb.getFontAt(zhang.getCell(1).getCellStyle().getFontIndex()).getFontHeightInPoints();
            assertTrue(body * print.getScale() / 100.0 >= 9, body + " pt at " + print.getScale() + " %");
            CellRangeAddress repeating = sheet.getRepeatingRows();
            assertEquals(2, repeating.getFirstRow());
            assertEquals(2, repeating.getLastRow());
            assertEquals("第 &P 页", sheet.getFooter().getCenter(), "pages counted on the branch's own sheet");
            assertTrue(print.getUsePage());
            assertEquals(1, print.getPageStart(), "each branch sheet starts at page 1");
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sheet.getHorizontallyCenter());
        });
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void everyBranchGetsASheetAndEnglishWordsIt() throws Exception {
        Path out = dir.resolve("all.xlsx");
        AppraisalReport.Written written = report.write(ADMIN, 2025, null, out, EN, Progress.NONE);
        assertEquals(2, written.branches());
        assertEquals(5, written.rows());
        open(out, wb -> {
            assertEquals(List.of("运检党支部", "营销党支部"),
                    List.of(wb.getSheetAt(0).getSheetName(), wb.getSheetAt(1).getSheetName()), "by branch code");
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("运检党支部: democratic appraisal of party members, proposed grades 2025 (DRAFT, not confirmed)",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Name", sheet.getRow(2).getCell(1).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue()
                    .contains("4 appraised: Excellent 1, Qualified 0, Basically qualified 1, Unqualified 0, pending 2"));
            assertEquals("Page &P", sheet.getFooter().getCenter());
            assertEquals("Full", sheet.getRow(3).getCell(3).getStringCellValue());
        });
        assertTrue(Workbooks.read(out).get(0).get(0).startsWith("运检党支部"));
    }

    @Test
    void aThreeGradeSetShowsOnlyThoseGradesAndAnyOtherGiven() throws Exception {
        t.services().partySettings().save(ADMIN, new AppraisalRules(
                List.of(Grade.EXCELLENT, Grade.QUALIFIED, Grade.UNQUALIFIED),
                java.util.Map.of(Grade.EXCELLENT, java.math.BigDecimal.valueOf(85), Grade.QUALIFIED, java.math.BigDecimal.valueOf(60)),
                60, true, 1, 3, true, true, java.math.BigDecimal.ONE));
        Path out = dir.resolve("three.xlsx");
        report.write(ADMIN, 2025, "YX-YX", out, ZH, Progress.NONE);
        assertTrue(Workbooks.read(out).get(1).get(0).contains("参评 1 人：优秀 0，合格 1，不合格 0　"));
    }

    @Test
    void aSecretaryGetsTheirOwnBranchOnly() throws Exception {
        Session secretary = party.secretaryOf(pilot.marketing(), "yingxiao");
        Path out = dir.resolve("mine.xlsx");
        AppraisalReport.Written written = report.write(secretary, 2025, null, out, ZH, Progress.NONE);
        assertEquals(1, written.branches());
        open(out, wb -> assertEquals("营销党支部", wb.getSheetAt(0).getSheetName()));
        ConsoleException e = assertThrows(ConsoleException.class,
                () -> report.write(secretary, 2025, "YX-YJ", dir.resolve("other.xlsx"), ZH, Progress.NONE));
        assertEquals("error.report.notYourBranch", e.key());
        assertTrue(e.localized(ZH).contains("运检党支部"));
        assertFalse(Files.exists(dir.resolve("other.xlsx")));

        Session community = party.secretaryOf(pilot.communityBranch(), "donghong");
        assertEquals("error.report.noBranchOfYours", assertThrows(ConsoleException.class,
                () -> report.write(community, 2025, null, dir.resolve("c.xlsx"), ZH, Progress.NONE)).key());
    }

    @Test
    void refusalsNameWhatIsWrongAndWriteNothing() throws Exception {
        ConsoleException unknown = assertThrows(ConsoleException.class,
                () -> report.write(ADMIN, 2025, "NOPE-1", dir.resolve("x.xlsx"), ZH, Progress.NONE));
        assertEquals("error.report.unknownBranch", unknown.key());
        assertTrue(unknown.localized(ZH).contains("NOPE-1"));

        ConsoleException community = assertThrows(ConsoleException.class,
                () -> report.write(ADMIN, 2025, "YX-DH", dir.resolve("x.xlsx"), ZH, Progress.NONE));
        assertEquals("error.report.notWorkUnitBranch", community.key());

        ConsoleException noData = assertThrows(ConsoleException.class,
                () -> report.write(ADMIN, 2031, "YX-YJ", dir.resolve("x.xlsx"), ZH, Progress.NONE));
        assertEquals("error.report.noAppraisals", noData.key());
        assertTrue(noData.localized(ZH).contains("2031") && noData.localized(ZH).contains("运检党支部"),
                noData.localized(ZH));
        ConsoleException noneAtAll = assertThrows(ConsoleException.class,
                () -> report.write(ADMIN, 2031, null, dir.resolve("x.xlsx"), ZH, Progress.NONE));
        assertTrue(noneAtAll.localized(ZH).contains("2031"));

        Path missingFolder = dir.resolve("no-such-folder").resolve("x.xlsx");
        ConsoleException unwritable = assertThrows(ConsoleException.class,
                () -> report.write(ADMIN, 2025, "YX-YJ", missingFolder, ZH, Progress.NONE));
        assertEquals("error.report.write", unwritable.key());
        assertTrue(unwritable.localized(ZH).contains(missingFolder.toAbsolutePath().toString()));

        Path folder = Files.createDirectory(dir.resolve("a-folder.xlsx"));
        assertEquals("error.report.notAFile", assertThrows(ConsoleException.class,
                () -> report.write(ADMIN, 2025, "YX-YJ", folder, ZH, Progress.NONE)).key());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void aCancelledReportLeavesTheOldFile() throws Exception {
        Path out = dir.resolve("keep.xlsx");
        Files.writeString(out, "old");
        assertThrows(Progress.CancelledException.class,
                () -> report.write(ADMIN, 2025, "YX-YJ", out, ZH, TestServices.CANCELLED));
        assertEquals("old", Files.readString(out));
    }

    @Test
    void sheetNamesAreMadeSafeAndUnique() {
        java.util.Set<String> taken = new java.util.HashSet<>();
        assertEquals("a b", AppraisalResultTable.sheetName("a/b", taken));
        String longName = "很长的党支部名称".repeat(5);
        String first = AppraisalResultTable.sheetName(longName, taken);
        String second = AppraisalResultTable.sheetName(longName, taken);
        assertEquals(31, first.length());
        assertTrue(second.endsWith(" (2)") && second.length() <= 31, second);
    }
}
