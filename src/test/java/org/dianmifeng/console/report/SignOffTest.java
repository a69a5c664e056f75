package org.dianmifeng.console.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SignOffTest {
    static final int HEADER = 1;
    static final int LAST_COL = 5;

    /** A table of {@code rows} body rows of 20 pt under a title and a repeated header, printed portrait. */
    static Sheet table(XSSFWorkbook wb, int rows) {
        Sheet sheet = wb.createSheet("t");
        for (int r = 0; r <= HEADER + rows; r++) {
            Row row = sheet.createRow(r);
            row.setHeightInPoints(20);
            for (int c = 0; c <= LAST_COL; c++) {
                row.createCell(c).setCellValue("r" + r);
            }
        }
        for (int c = 0; c <= LAST_COL; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        ListExport.printOnA4(sheet, false, HEADER);
        return sheet;
    }

    /** The rows each printed page starts with, from the sheet's row breaks. */
    static List<Integer> pageStarts(Sheet sheet) {
        List<Integer> starts = new java.util.ArrayList<>(List.of(0));
        for (int b : sheet.getRowBreaks()) {
            starts.add(b + 1);
        }
        return starts;
    }

    @Test
    void thePlacesAreWrittenInOrderSpreadAcrossTheTableOneRowBelowIt() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = table(wb, 5);
            int row = SignOff.write(sheet, HEADER + 1, HEADER + 5, LAST_COL, new Styles(wb),
                    List.of("党支部（盖章）", "支部书记（签字）", "年　　月　　日"));
            assertEquals(HEADER + 7, row);
            Row r = sheet.getRow(row);
            assertEquals("党支部（盖章）", r.getCell(0).getStringCellValue());
            assertEquals("支部书记（签字）", r.getCell(2).getStringCellValue());
            assertEquals("年　　月　　日", r.getCell(4).getStringCellValue());
            assertTrue(r.getHeightInPoints() >= 30, "room to sign and stamp");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(row, row, 2, 3)));
            assertEquals(0, sheet.getRowBreaks().length, "a short table prints on one page");
        }
    }

    @Test
    void theSignOffNeverStartsAPageItKeepsTheLastRowsOfTheTableWithIt() throws Exception {
        // find a length whose rows alone fill the first page exactly: the sign-off would fall alone on page 2
        for (int rows = 20; rows < 90; rows++) {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = table(wb, rows);
                int lastTableRow = HEADER + rows;
                int row = SignOff.write(sheet, HEADER + 1, lastTableRow, LAST_COL, new Styles(wb), List.of("a", "b"));
                List<Integer> starts = pageStarts(sheet);
                int signOffPage = starts.get(starts.size() - 1);
                assertTrue(signOffPage <= lastTableRow - SignOff.KEPT_ROWS + 1,
                        rows + " rows: the sign-off's page starts at row " + signOffPage + ", after the table's rows");
                assertTrue(signOffPage < row);
                double usable = Pages.printableHeight(sheet) / Pages.scale(sheet);
                for (int p = 0; p < starts.size(); p++) {
                    int end = p + 1 < starts.size() ? starts.get(p + 1) - 1 : row;
                    double h = p == 0 ? 0 : 20; // the repeated header
                    for (int r = starts.get(p); r <= end; r++) {
                        h += sheet.getRow(r) == null ? sheet.getDefaultRowHeightInPoints()
                                : sheet.getRow(r).getHeightInPoints();
                    }
                    assertTrue(h <= usable, rows + " rows: page " + (p + 1) + " holds " + h + " pt of " + usable);
                }
            }
        }
    }

    @Test
    void aPageBreaksWhereItIsFullAtTheScaleItPrints() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = table(wb, 100);
            int pages = Pages.breakRows(sheet, Integer.MAX_VALUE, HEADER + 100);
            assertTrue(pages >= 3, "2,000 pt of rows need three A4 pages at least: " + pages);
            assertEquals(pages - 1, sheet.getRowBreaks().length);
        }
    }
}
