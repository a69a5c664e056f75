package org.dianmifeng.console.aidcase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.testing.PrintedSheets;
import org.junit.jupiter.api.Test;

/** The register as the office prints it: readable, nothing cut, marks a black-and-white printer keeps. */
class CaseRegisterTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final LocalDate DAY = LocalDate.of(2026, 11, 29);
    static final String LONG_TEAM = "国家电网江苏电力（江阴澄心澄意）共产党员服务队";

    static CaseRegister.Line line(String code, String team, String planned, String actual, int overdue) {
        return new CaseRegister.Line(code, AgeBand.FROM_6_TO_11, "华士镇", EligibilityCategory.IMPRISONED, "华士供电所", team,
                DAY.minusMonths(3), AidCaseStatus.FOLLOW_UP, DAY.minusMonths(1),
                planned == null ? null : new BigDecimal(planned), actual == null ? null : new BigDecimal(actual), 2, 1,
                overdue);
    }

    static String text(Row row, int c) {
        return row.getCell(c) == null ? "" : new DataFormatter().formatCellValue(row.getCell(c));
    }

    @Test
    void overspendIsMarkedInBoldWithASymbolAndSpendingWithinTheBudgetIsNot() throws Exception {
        try (XSSFWorkbook wb = new CaseRegister(ZH, DAY).build(List.of(line("DR-1", "队", "1000.00", "1200.50", 0),
                line("DR-2", "队", "1000.00", "1000.00", 0), line("DR-3", "队", null, "10.00", 0)), Progress.NONE)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("▲ 1,200.50", text(sheet.getRow(3), 11));
            assertTrue(wb.getFontAt(sheet.getRow(3).getCell(11).getCellStyle().getFontIndex()).getBold());
            assertEquals(1200.50, sheet.getRow(3).getCell(11).getNumericCellValue(), 0.001, "still a number");
            assertEquals("1,000.00", text(sheet.getRow(4), 11), "as planned: no mark");
            assertEquals("10.00", text(sheet.getRow(5), 11), "no budget to overspend");
            assertEquals("0", text(sheet.getRow(3), 14), "no overdue: no mark");
        }
    }

    @Test
    void longTextWrapsInRowsAsHighAsItsLines() throws Exception {
        try (XSSFWorkbook wb = new CaseRegister(ZH, DAY).build(List.of(line("DR-1", LONG_TEAM, null, null, 0),
                line("DR-2", "队", null, null, 0)), Progress.NONE)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row wrapped = sheet.getRow(3);
            assertTrue(wrapped.getCell(6).getCellStyle().getWrapText());
            int width = sheet.getColumnWidth(6) / 256 - 2;
            int lines = ListExport.wrappedLines(LONG_TEAM, width);
            assertTrue(lines >= 2, "the team's name is longer than its column: " + width);
            assertTrue(wrapped.getHeightInPoints() >= lines * 14, lines + " lines in " + wrapped.getHeightInPoints() + " pt");
            assertTrue(sheet.getRow(4).getHeightInPoints() < wrapped.getHeightInPoints(), "a one-line row stays low");
        }
    }

    @Test
    void aWideRegisterContinuesOnASecondPageSetAfterTheStatusAtNineOrMorePointsEachSetTitled() throws Exception {
        List<CaseRegister.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(line("DR-2026-" + i, LONG_TEAM, "3498.00", "3500.00", i % 7 == 0 ? 1 : 0));
        }
        try (XSSFWorkbook wb = new CaseRegister(ZH, DAY).build(lines, Progress.NONE)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertTrue(!sheet.getFitToPage(), "printed at a set scale, not shrunk to one page's width");
            short body = wb.getFontAt(sheet.getRow(3).getCell(4).getCellStyle().getFontIndex()).getFontHeightInPoints();
            assertTrue(body * sheet.getPrintSetup().getScale() / 100.0 >= 9);
            assertEquals(List.of(CaseRegister.STATUS_COL), java.util.Arrays.stream(sheet.getColumnBreaks()).boxed().toList());
            assertEquals("梦想小屋帮扶个案登记表", text(sheet.getRow(0), 0));
            assertEquals("梦想小屋帮扶个案登记表（续）", text(sheet.getRow(0), CaseRegister.STATUS_COL + 1));
            assertTrue(sheet.getRowBreaks().length >= 2, "60 cases take several pages down");
            Row total = sheet.getRow(3 + lines.size());
            assertEquals("合计", text(total, 1));
            assertEquals("▲ 8", text(total, 14), "8 overdue in all, marked");
            assertEquals(120.0, total.getCell(12).getNumericCellValue());
            assertEquals(60.0, total.getCell(13).getNumericCellValue());
        }
    }

    @Test
    void inEnglishNoHeaderIsCutInsideAWordAndTheLegendPrintsWithTheLastRows() throws Exception {
        for (Messages m : List.of(ZH, Messages.of(Messages.ENGLISH))) {
            for (int n = 5; n <= 60; n += 5) {
                List<CaseRegister.Line> lines = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    lines.add(line("DR-" + i, i % 2 == 0 ? LONG_TEAM : "队", "1000.00", "1200.00", i % 3));
                }
                try (XSSFWorkbook wb = new CaseRegister(m, DAY).build(lines, Progress.NONE)) {
                    XSSFSheet sheet = wb.getSheetAt(0);
                    String what = m.locale() + ", " + n + " cases";
                    PrintedSheets.assertHeaderWordsFit(sheet, CaseRegister.HEADER_ROW, what);
                    int total = CaseRegister.HEADER_ROW + n + 1;
                    int legend = total + 2;
                    assertTrue(sheet.getRow(legend).getCell(sheet.getColumnBreaks().length > 0
                            ? CaseRegister.STATUS_COL + 1 : 0).getStringCellValue().contains(CaseRegister.MARK), what);
                    int[] breaks = sheet.getRowBreaks();
                    int lastPageStart = breaks.length == 0 ? 0 : breaks[breaks.length - 1] + 1;
                    assertTrue(lastPageStart <= total - SignOff.KEPT_ROWS + 1, what + ": the legend's page starts at row "
                            + lastPageStart + ", the total is row " + total);
                }
            }
        }
    }
}
