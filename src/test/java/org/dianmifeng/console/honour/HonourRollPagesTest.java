package org.dianmifeng.console.honour;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.ReportFile;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.testing.PrintedSheets;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The roll's list is streamed, so its pages are broken as its rows are written: read back, a level's row is never the
 * last row of a page (it prints with its first honour), a subtotal or the total never the first, and every page
 * holds no more rows than fit on it at the scale the sheet prints at.
 */
class HonourRollPagesTest {
    private static final Unit UNIT = new Unit(1L, "YX", "宜兴市供电公司", UnitKind.COUNTY, null, true, 1, 0);

    /** {@code national} national honours (every fifth with a title that wraps), then three of each other level. */
    private static HonourRoll.Data data(int national, int fromYear, int toYear) {
        List<HonourRoll.Line> lines = new ArrayList<>();
        for (HonourLevel level : HonourLevel.values()) {
            int n = level == HonourLevel.NATIONAL ? national : 3;
            for (int i = 0; i < n; i++) {
                String title = i % 5 == 4
                        ? "全国学雷锋志愿服务“四个100”先进典型最佳志愿服务项目（电蜜蜂文明实践）第" + i + "项"
                        : level.name() + "荣誉" + i;
                lines.add(new HonourRoll.Line(title, level, "颁发单位", toYear, LocalDate.of(toYear, 5, 4), "张三",
                        RecipientKind.PERSON, UNIT.id(), UNIT.name(), null));
            }
        }
        return new HonourRoll.Data(fromYear, toYear, null, List.of(UNIT), lines);
    }

    private static XSSFWorkbook roll(Messages m, HonourRoll.Data data) throws Exception {
        SXSSFWorkbook wb = new HonourRoll(m, LocalDate.of(2026, 1, 5)).build(data, Progress.NONE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            wb.write(bytes);
        } finally {
            ReportFile.dispose(wb, true);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void aLevelsRowIsNeverTheLastRowOfAPageNorASubtotalTheFirst() throws Exception {
        int broken = 0;
        for (Messages m : List.of(Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH))) {
            Set<String> levels = new HashSet<>();
            for (HonourLevel level : HonourLevel.values()) {
                levels.add(m.label(level));
            }
            for (int national = 1; national <= 60; national++) {
                for (int[] years : new int[][] {{2025, 2025}, {2021, 2025}}) {
                    String what = m.locale() + " " + national + " national, " + years[0] + "-" + years[1];
                    try (XSSFWorkbook wb = roll(m, data(national, years[0], years[1]))) {
                        XSSFSheet sheet = wb.getSheetAt(0);
                        int[] breaks = sheet.getRowBreaks();
                        broken += breaks.length;
                        for (int b : breaks) {
                            Row last = sheet.getRow(b);
                            assertFalse(levels.contains(text(last.getCell(0))) && number(last.getCell(0)) < 0,
                                    what + ": the level's row " + text(last.getCell(0)) + " ends page at row " + b);
                            Row first = sheet.getRow(b + 1);
                            assertTrue(number(first.getCell(0)) >= 0 || levels.contains(text(first.getCell(0))),
                                    what + ": a page starts with a subtotal or the total at row " + (b + 1));
                        }
                        assertPagesFit(sheet, breaks, what);
                        if (breaks.length > 0) {
                            // the last page holds the last honours with the total, never one honour alone
                            int honours = 0;
                            for (int r = breaks[breaks.length - 1] + 1; r <= sheet.getLastRowNum(); r++) {
                                honours += number(sheet.getRow(r).getCell(0)) >= 0 ? 1 : 0;
                            }
                            assertTrue(honours >= SignOff.KEPT_ROWS, what + ": the last page holds " + honours
                                    + " honours");
                        }
                        if (national == 1) {
                            assertLabelsWhole(sheet, levels, what);
                            PrintedSheets.assertHeaderWordsFit(sheet, HonourRoll.HEADER_ROW, what);
                        }
                    }
                }
            }
        }
        assertTrue(broken > 100, "the longer rolls run over several pages: " + broken + " breaks");
    }

    /**
     * A level's name spans its row (in the narrow 序号 column alone, 'Company' wrapped into 'Comp / any'); a subtotal's
     * row is as high as its label's lines ('County or district subtotal' takes three in the narrowed title column).
     */
    private static void assertLabelsWhole(XSSFSheet sheet, Set<String> levels, String what) {
        int titleCol = sheet.getRow(HonourRoll.HEADER_ROW).getLastCellNum() == 10 ? 2 : 1;
        int groups = 0;
        int subtotals = 0;
        for (int r = HonourRoll.HEADER_ROW + 1; r < sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (number(row.getCell(0)) >= 0) {
                continue;
            }
            if (levels.contains(text(row.getCell(0)))) {
                int at = r;
                assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == at && m.getFirstColumn() == 0
                        && m.getLastColumn() == sheet.getRow(HonourRoll.HEADER_ROW).getLastCellNum() - 1),
                        what + ": the level's row " + r + " is merged across");
                groups++;
            } else {
                String label = text(row.getCell(titleCol));
                int lines = Cells.wrappedLines(label, sheet.getColumnWidth(titleCol) / 256 - 1);
                assertTrue(row.getHeightInPoints() >= Styles.lineHeight(lines), what + ": '" + label + "' takes "
                        + lines + " lines, its row " + row.getHeightInPoints() + " pt");
                subtotals++;
            }
        }
        assertTrue(groups == HonourLevel.values().length && subtotals == groups, what + ": " + groups + " levels");
    }

    /** Each page's rows (and the header repeated on it) take no more than the page's height at the printed scale. */
    private static void assertPagesFit(XSSFSheet sheet, int[] breaks, String what) {
        double page = Pages.printableHeight(sheet) / Pages.scale(sheet);
        double header = sheet.getRow(HonourRoll.HEADER_ROW).getHeightInPoints();
        int from = 0;
        List<Integer> ends = new ArrayList<>();
        for (int b : breaks) {
            ends.add(b);
        }
        ends.add(sheet.getLastRowNum());
        for (int end : ends) {
            double used = from > HonourRoll.HEADER_ROW ? header : 0;
            for (int r = from; r <= end; r++) {
                used += sheet.getRow(r).getHeightInPoints();
            }
            assertTrue(used <= page, what + ": rows " + from + ".." + end + " take " + used + " of " + page + " pt");
            from = end + 1;
        }
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }

    /** The 序号 of an honour's row, or -1 for any other row. */
    private static int number(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC ? (int) cell.getNumericCellValue() : -1;
    }
}
