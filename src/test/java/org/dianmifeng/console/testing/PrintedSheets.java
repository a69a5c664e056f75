package org.dianmifeng.console.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.Styles;

/**
 * What a report sheet read back says about its paper: whether a header's words fit their column whole, how many
 * pages it prints on and whether each page set fits the page's width at the scale it prints at.
 */
public final class PrintedSheets {
    /** A word that a spreadsheet does not break: letters, digits and the marks inside English words. */
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}'()\\-./]+");
    /**
     * The printed width of a character unit of a column at 100 %, in points, on the wide side as LibreOffice prints
     * (as {@code Pages} reckons when it chooses a scale).
     */
    private static final double CHAR_POINTS = 7.2;

    private PrintedSheets() {
    }

    /**
     * Every word of every header in row {@code headerRow} fits the header's column (or merged columns) whole: its
     * width plus the cell's margin and a character for the bold face (measured in LibreOffice: "Accompa|nying"
     * broke in a column of 9); and the row is as high as its wrapped headers' lines.
     */
    public static void assertHeaderWordsFit(Sheet sheet, int headerRow, String what) {
        Row header = sheet.getRow(headerRow);
        int lines = 1;
        int headers = 0;
        for (Cell cell : header) {
            if (cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
                continue;
            }
            String text = cell.getStringCellValue();
            int width = width(sheet, cell) - 1;
            headers++;
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                assertTrue(Cells.displayWidth(m.group()) + 1 <= width, what + ": '" + m.group() + "' of the header '"
                        + text + "' in a column of " + (width + 1) + " is cut");
            }
            lines = Math.max(lines, Cells.wrappedLines(text, width));
        }
        assertTrue(header.getHeightInPoints() >= Styles.lineHeight(lines), what + ": headers of " + lines
                + " lines in a row of " + header.getHeightInPoints() + " pt");
        assertTrue(headers > 0, what + ": no header in row " + headerRow);
    }

    /** The pages the sheet prints on: its pages down (row breaks) times its page sets across (column breaks). */
    public static int pages(Sheet sheet) {
        return (sheet.getRowBreaks().length + 1) * (sheet.getColumnBreaks().length + 1);
    }

    /**
     * Each page set of the sheet (its columns between column breaks, with the repeated columns on a second set)
     * fits the page's width at the scale it prints at, so that no column spills onto a page of its own.
     */
    public static void assertPageSetsFitTheWidth(Sheet sheet, String what) {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        CellRangeAddress repeating = sheet.getRepeatingColumns();
        int from = 0;
        int[] breaks = sheet.getColumnBreaks();
        for (int k = 0; k <= breaks.length; k++) {
            int to = k < breaks.length ? breaks[k] : last;
            double units = 0;
            for (int c = from; c <= to; c++) {
                units += sheet.getColumnWidth(c) / 256.0;
            }
            if (from > 0 && repeating != null) {
                for (int c = repeating.getFirstColumn(); c <= repeating.getLastColumn(); c++) {
                    units += sheet.getColumnWidth(c) / 256.0;
                }
            }
            double printed = units * CHAR_POINTS * Pages.scale(sheet);
            assertTrue(printed <= Pages.printableWidth(sheet) + 0.5, what + ": columns " + from + ".." + to + " print "
                    + Math.round(printed) + " pt wide on a page of " + Math.round(Pages.printableWidth(sheet)) + " pt");
            from = to + 1;
        }
    }

    /** The width of the cell's column, or of the columns it is merged across, in character units. */
    private static int width(Sheet sheet, Cell cell) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(cell)) {
                int w = 0;
                for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                    w += sheet.getColumnWidth(c) / 256;
                }
                return w;
            }
        }
        return sheet.getColumnWidth(cell.getColumnIndex()) / 256;
    }
}
