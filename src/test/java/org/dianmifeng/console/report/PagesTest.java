package org.dianmifeng.console.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PagesTest {
    /** The pages a sheet's rows take at {@code scale} percent, without a page kept together. */
    private static int pagesAt(Sheet sheet, int scale) {
        sheet.getPrintSetup().setScale((short) scale);
        Pages.Flow flow = new Pages.Flow(sheet);
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            flow.add(sheet.getRow(r), false);
        }
        return flow.pages();
    }

    @Test
    void aSheetAtASetScalePrintsSmallerDownToNinePointsOnlyWhenThatSavesAPage() throws Exception {
        int smallest = (int) Math.ceil(Pages.MIN_PRINTED_POINTS / Styles.BODY_POINTS * 100);
        int shrunk = 0;
        int kept = 0;
        for (int rows = 20; rows < 120; rows++) {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = SignOffTest.table(wb, rows);
                sheet.setFitToPage(false);
                int full = pagesAt(sheet, 100);
                int fewest = pagesAt(sheet, smallest);
                sheet.getPrintSetup().setScale((short) 100);
                int pages = Pages.breakRows(sheet, Integer.MAX_VALUE, sheet.getLastRowNum());
                int scale = sheet.getPrintSetup().getScale();
                assertEquals(fewest, pages, rows + " rows: the fewest pages a readable scale gives");
                assertEquals(sheet.getRowBreaks().length + 1, pages, rows + " rows: the breaks say the pages");
                assertTrue(scale >= smallest && scale <= 100, rows + " rows at " + scale + " %");
                if (full == fewest) {
                    assertEquals(100, scale, rows + " rows: no page saved, the scale stays");
                    kept++;
                } else {
                    assertTrue(scale < 100, rows + " rows");
                    // the largest scale that saves the page: one point more takes the page again
                    assertTrue(pagesAt(sheet, scale + 1) > pages, rows + " rows: " + (scale + 1) + " % also fits");
                    shrunk++;
                }
            }
        }
        assertTrue(shrunk > 0 && kept > 0, shrunk + " shrunk, " + kept + " kept");
    }
}
