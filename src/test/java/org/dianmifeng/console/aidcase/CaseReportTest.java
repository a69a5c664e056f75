package org.dianmifeng.console.aidcase;

import static org.dianmifeng.console.testing.CaseReportFixtures.FIRST_ADDRESS;
import static org.dianmifeng.console.testing.CaseReportFixtures.FIRST_BIRTH;
import static org.dianmifeng.console.testing.CaseReportFixtures.FIRST_CHILD;
import static org.dianmifeng.console.testing.CaseReportFixtures.FIRST_GUARDIAN;
import static org.dianmifeng.console.testing.CaseReportFixtures.FIRST_ID_NUMBER;
import static org.dianmifeng.console.testing.CaseReportFixtures.FIRST_PHONE;
import static org.dianmifeng.console.testing.CaseReportFixtures.SECOND_BIRTH;
import static org.dianmifeng.console.testing.CaseReportFixtures.SECOND_CHILD;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.testing.CaseReportFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseReportTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);
    static final String WARNING = "个人信息含未成年人敏感个人信息，仅限帮扶专员使用，不得外传";

    @TempDir Path dir;
    TestServices t;
    CaseReportFixtures fixtures;
    CaseReport report;

    @BeforeEach
    void open() {
        t = new TestServices(dir.resolve("db"));
        fixtures = new CaseReportFixtures(t);
        report = t.services().caseReport();
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

    static String text(Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /** Every cell of every sheet as displayed, plus every date cell as its ISO date. */
    static List<String> everything(XSSFWorkbook wb) {
        List<String> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        for (Sheet sheet : wb) {
            out.add(sheet.getSheetName());
            out.add(sheet.getHeader().getCenter());
            out.add(sheet.getFooter().getCenter());
            for (Row row : sheet) {
                for (Cell cell : row) {
                    out.add(fmt.formatCellValue(cell));
                    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        out.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theRegisterHasTitleHeadersAndOneRowPerCaseWithTypedValues() throws Exception {
        fixtures.twoCases();
        Path out = dir.resolve("登记表.xlsx");
        CaseReport.Written w = report.register(VIEWER, out, ZH, Progress.NONE);
        assertEquals(out.toAbsolutePath(), w.file());
        assertEquals(2, w.cases());
        open(out, wb -> {
            assertEquals(1, wb.getNumberOfSheets());
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("个案登记表", sheet.getSheetName());
            assertEquals("梦想小屋帮扶个案登记表", text(sheet.getRow(0), 0));
            assertEquals("制表日期：2026-11-29　共 2 个个案　本表已去标识化，不含儿童身份信息", text(sheet.getRow(1), 0));
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < CaseRegister.HEADERS.length; c++) {
                headers.add(text(sheet.getRow(2), c));
            }
            assertEquals(List.of("序号", "个案编号", "年龄段", "乡镇（街道）", "认定类别", "责任单位", "服务队", "状态",
                    "转介日期", "交付日期", "预算（元）", "实际支出（元）", "跟进已完成", "跟进未完成", "跟进已逾期"), headers,
                    "the columns that belong on paper: no transferring body (always the township's Youth League)");

            Row first = sheet.getRow(3);
            assertEquals(1.0, first.getCell(0).getNumericCellValue());
            assertEquals("DR-2026-001", first.getCell(1).getStringCellValue());
            assertEquals("6–11岁", first.getCell(2).getStringCellValue(), "age band on the report date, not the birth date");
            assertEquals("华士镇", text(first, 3));
            assertEquals("父母服刑在押", text(first, 4));
            assertEquals("江阴市供电公司", text(first, 5));
            assertEquals("江阴青年志愿服务队", text(first, 6));
            assertEquals("跟进中", text(first, 7));
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(8)));
            assertEquals(LocalDate.of(2026, 3, 1), first.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(LocalDate.of(2026, 4, 28), first.getCell(9).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, first.getCell(10).getCellType());
            assertEquals(1101.00, first.getCell(10).getNumericCellValue(), 0.001, "1 × 800.00 + 2 × 150.50");
            assertEquals(780.00, first.getCell(11).getNumericCellValue(), 0.001, "only the actual costs known");
            assertEquals("1,101.00", text(first, 10));
            assertEquals("780.00", text(first, 11), "spent less than planned: no mark");
            assertEquals(1.0, first.getCell(12).getNumericCellValue(), "done");
            assertEquals(2.0, first.getCell(13).getNumericCellValue(), "open: not done, not cancelled");
            assertEquals(1.0, first.getCell(14).getNumericCellValue(), "overdue on 2026-11-29");
            assertEquals("▲ 1", text(first, 14), "an overdue follow-up is marked on paper, not only by colour");

            Row second = sheet.getRow(4);
            assertEquals("DR-2026-002", text(second, 1));
            assertEquals("14–17岁", text(second, 2));
            assertEquals("未指定", text(second, 6), "no team");
            assertEquals("已转介", text(second, 7));
            assertEquals(CellType.BLANK, second.getCell(10).getCellType(), "no items: no budget");
            assertEquals(0.0, second.getCell(12).getNumericCellValue());
            assertEquals("0", text(second, 14));

            Row total = sheet.getRow(5);
            assertEquals("合计", text(total, 1));
            assertEquals(1101.00, total.getCell(10).getNumericCellValue(), 0.001);
            assertEquals(780.00, total.getCell(11).getNumericCellValue(), 0.001);
            assertEquals(List.of(1.0, 2.0, 1.0), List.of(total.getCell(12).getNumericCellValue(),
                    total.getCell(13).getNumericCellValue(), total.getCell(14).getNumericCellValue()),
                    "合计 totals the follow-ups too");
            assertTrue(text(sheet.getRow(7), sheet.getRow(7).getFirstCellNum()).contains("▲"), "the mark is explained");
        });
    }

    @Test
    void theRegisterHoldsNoIdentityInAnyCellInEitherLanguage() throws Exception {
        fixtures.twoCases();
        for (Messages m : List.of(ZH, EN)) {
            Path out = dir.resolve("register-" + m.locale() + ".xlsx");
            report.register(ADMIN, out, m, Progress.NONE);
            open(out, wb -> {
                List<String> all = everything(wb);
                assertTrue(all.contains("DR-2026-001"), "the scan reads the cells");
                for (String identity : List.of(FIRST_CHILD, SECOND_CHILD, FIRST_ID_NUMBER, FIRST_GUARDIAN, FIRST_PHONE,
                        FIRST_ADDRESS, "华士实验小学", "五年级", "祖母", FIRST_BIRTH.toString(), SECOND_BIRTH.toString(),
                        "华西村", "父亲服刑，母亲失联", "华士镇团委", "=SUM(1,2)")) {
                    assertTrue(all.stream().noneMatch(v -> v.contains(identity)), identity + " is in the register");
                }
            });
        }
        open(dir.resolve("register-en.xlsx"), wb -> {
            assertEquals("Case register", wb.getSheetAt(0).getSheetName());
            assertEquals("Dream Room aid case register", text(wb.getSheetAt(0).getRow(0), 0));
            assertEquals("Age band", text(wb.getSheetAt(0).getRow(2), 2));
        });
    }

    @Test
    void theRegisterPrintsOnA4LandscapeReadableWithTheHeaderAndTheCodeRepeatedAndFrozen() throws Exception {
        fixtures.twoCases();
        Path out = dir.resolve("print.xlsx");
        report.register(VIEWER, out, ZH, Progress.NONE);
        open(out, wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertTrue(print.getLandscape());
            short body = wb.getFontAt(sheet.getRow(3).getCell(3).getCellStyle().getFontIndex()).getFontHeightInPoints();
            assertTrue(body * print.getScale() / 100.0 >= 9, body + " pt at " + print.getScale() + " %");
            assertEquals("3:3", sheet.getRepeatingRows().formatAsString());
            assertEquals("A:B", sheet.getRepeatingColumns().formatAsString().replace("$", ""),
                    "a second page set repeats the number and the case code");
            assertEquals("第 &P 页", sheet.getFooter().getCenter(), "no total: an estimate of the pages may miss");
            assertTrue(sheet.getPrintSetup().getUsePage() && sheet.getPrintSetup().getPageStart() == 1, "pages counted from 1 on each sheet");
            assertEquals(3, sheet.getPaneInformation().getHorizontalSplitPosition());
        });
    }

    @Test
    void withoutCasesOrWithAnUnwritablePathTheRegisterFailsClearlyAndLeavesAnExistingFileAlone() throws Exception {
        Path out = dir.resolve("old.xlsx");
        Files.writeString(out, "old", StandardCharsets.UTF_8);
        ConsoleException none = assertThrows(ConsoleException.class, () -> report.register(ADMIN, out, ZH, Progress.NONE));
        assertEquals("error.casereport.noCases", none.key());
        assertEquals("old", Files.readString(out));

        fixtures.twoCases();
        Path nowhere = dir.resolve("nowhere/x.xlsx");
        ConsoleException unwritable = assertThrows(ConsoleException.class,
                () -> report.register(ADMIN, nowhere, ZH, Progress.NONE));
        assertEquals("error.report.write", unwritable.key());
        assertTrue(unwritable.localized(ZH).contains("nowhere"), unwritable.localized(ZH));
        ConsoleException folder = assertThrows(ConsoleException.class, () -> report.register(ADMIN, dir, ZH, Progress.NONE));
        assertEquals("error.report.notAFile", folder.key());

        assertThrows(Progress.CancelledException.class, () -> report.register(ADMIN, out, ZH, TestServices.CANCELLED));
        assertEquals("old", Files.readString(out));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void theSummaryIsRefusedToEveryoneButACaseOfficerEvenTheAdministratorAndNothingIsWrittenOrLogged() {
        CaseReportFixtures.Cases cases = fixtures.twoCases();
        Path out = dir.resolve("summary.xlsx");
        for (Session who : List.of(ADMIN, OFFICE, VIEWER, SECRETARY, Session.system())) {
            assertThrows(AccessDeniedException.class,
                    () -> report.summary(who, cases.first(), "回访需要", out, ZH, Progress.NONE), who.username());
        }
        assertFalse(Files.exists(out));
        assertEquals(List.of(), fixtures.identityLog());
    }

    @Test
    void anOfficersSummaryHasTheWarningFirstTheIdentityAndTheWholeCaseAndLogsOneExport() throws Exception {
        CaseReportFixtures.Cases cases = fixtures.twoCases();
        Session officer = fixtures.officer("officer1");
        Path out = dir.resolve("summary.xlsx");
        CaseReport.Written w = report.summary(officer, cases.first(), "  入户回访核对监护人信息 ", out, ZH, Progress.NONE);
        assertEquals(1, w.cases());

        assertEquals(List.of("officer1/EXPORT/" + cases.first() + "/入户回访核对监护人信息@2026-11-29T10:00"),
                fixtures.identityLog());
        open(out, wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("个案摘要 DR-2026-001", sheet.getSheetName());
            assertEquals(0, sheet.getFirstRowNum());
            assertEquals(WARNING, text(sheet.getRow(0), 0), "the first row says it holds personal data of minors");
            assertEquals("梦想小屋帮扶个案摘要（DR-2026-001）", text(sheet.getRow(1), 0));
            assertTrue(text(sheet.getRow(2), 0).contains("入户回访核对监护人信息"));
            List<String> all = everything(wb);
            for (String expected : List.of(FIRST_CHILD, FIRST_ID_NUMBER, FIRST_BIRTH.toString(), FIRST_GUARDIAN,
                    FIRST_PHONE, FIRST_ADDRESS, "华士实验小学", "五年级", "男", "帮扶登记与回访", "华士镇团委", "周书记",
                    "已走访", "卧室无书桌，照明不足，墙面潮湿", "李志愿", "张党员", "书桌", "台灯", "1,101.00", "780.00",
                    "点亮书桌 照亮梦想", "已完成", "已逾期", "待开展", "已取消：孩子随祖母回老家过年")) {
                assertTrue(all.contains(expected), expected + " missing from the summary");
            }
            assertFalse(all.stream().anyMatch(v -> v.contains(SECOND_CHILD)), "only the one case");
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertFalse(print.getLandscape());
            assertEquals(1, print.getFitWidth());
            assertEquals("1:1", sheet.getRepeatingRows().formatAsString(), "the warning on every printed page");
            assertEquals("第 &P 页", sheet.getFooter().getCenter());
            assertTrue(sheet.getPrintSetup().getUsePage() && sheet.getPrintSetup().getPageStart() == 1, "pages counted from 1 on each sheet");
        });

        Path en = dir.resolve("summary-en.xlsx");
        report.summary(officer, cases.second(), "home visit", en, EN, Progress.NONE);
        open(en, wb -> {
            assertTrue(text(wb.getSheetAt(0).getRow(0), 0).startsWith("Holds sensitive personal data of minors"));
            // an English label that wraps makes its row high enough for both lines (it was cut to one)
            float oneLine = Float.MAX_VALUE;
            float consentBy = 0;
            for (Row row : wb.getSheetAt(0)) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    String label = text(row, c);
                    if (label.equals("Name")) {
                        oneLine = row.getHeightInPoints();
                    } else if (label.equals("Consent recorded by")) {
                        consentBy = row.getHeightInPoints();
                    }
                }
            }
            assertTrue(consentBy > oneLine, consentBy + " > " + oneLine);
        });
        assertEquals(2, fixtures.identityLog().size());
    }

    @Test
    void theSummaryPrintsAtNineOrMorePointsTheWarningWholeAndNoSectionTitleAloneAtAPageFoot() throws Exception {
        CaseReportFixtures.Cases cases = fixtures.twoCases();
        Session officer = fixtures.officer("officer1");
        for (Messages m : List.of(ZH, EN)) {
            Path out = dir.resolve("print-" + m.locale() + ".xlsx");
            report.summary(officer, cases.first(), "回访", out, m, Progress.NONE);
            open(out, wb -> {
                XSSFSheet sheet = wb.getSheetAt(0);
                PrintSetup print = sheet.getPrintSetup();
                assertFalse(print.getLandscape());
                short body = wb.getFontAt(sheet.getRow(5).getCell(1).getCellStyle().getFontIndex()).getFontHeightInPoints();
                assertTrue(body * print.getScale() / 100.0 >= 9, body + " pt at " + print.getScale() + " %");
                Cell warning = sheet.getRow(0).getCell(0);
                assertTrue(warning.getCellStyle().getWrapText(), "the English warning is longer than a line: wrapped");
                assertTrue(sheet.getRow(0).getHeightInPoints() >= 20);
                for (int b : sheet.getRowBreaks()) {
                    Row last = sheet.getRow(b);
                    boolean heading = last != null && last.getCell(0) != null
                            && last.getCell(0).getCellStyle().getFontIndex() == sheet.getRow(1).getCell(0).getCellStyle()
                            .getFontIndex();
                    assertFalse(heading, m.locale() + ": a section title ends page " + b);
                }
            });
        }
    }

    @Test
    void aSummaryWithoutReasonForAnUnknownCaseOrIntoAMissingFolderIsRefusedAndNothingLogged() throws Exception {
        CaseReportFixtures.Cases cases = fixtures.twoCases();
        Session officer = fixtures.officer("officer2");
        Path out = dir.resolve("summary.xlsx");
        Files.writeString(out, "old", StandardCharsets.UTF_8);
        for (String blank : new String[] {null, "", "   "}) {
            ValidationException e = assertThrows(ValidationException.class,
                    () -> report.summary(officer, cases.first(), blank, out, ZH, Progress.NONE));
            assertTrue(e.hasProblem("casereport.reason"));
        }
        assertTrue(assertThrows(ValidationException.class, () -> report.summary(officer, cases.first(), "x".repeat(501),
                out, ZH, Progress.NONE)).hasProblem("casereport.reason"));

        ConsoleException unknown = assertThrows(ConsoleException.class,
                () -> report.summary(officer, 9999, "回访", out, ZH, Progress.NONE));
        assertEquals("error.casereport.unknownCase", unknown.key());
        assertEquals("没有编号为 9999 的帮扶个案，可能已被删除。请刷新后重试。", unknown.localized(ZH));

        ConsoleException folder = assertThrows(ConsoleException.class,
                () -> report.summary(officer, cases.first(), "回访", dir.resolve("nowhere/s.xlsx"), ZH, Progress.NONE));
        assertEquals("error.casereport.folder", folder.key());
        assertTrue(folder.localized(ZH).contains("nowhere"));
        assertFalse(folder.localized(ZH).contains(FIRST_CHILD));

        assertEquals("old", Files.readString(out));
        assertEquals(List.of(), fixtures.identityLog());
        assertArrayEquals(new byte[] {'o', 'l', 'd'}, Files.readAllBytes(out));
    }
}
