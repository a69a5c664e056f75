package org.dianmifeng.console.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.core.Progress;

/**
 * Writes "what the list shows" as an Excel workbook: a title row, a header row and one row per
 * item, with the values of the given columns. Every list of the console exports through here.
 * Values may be text, numbers, dates, date-times, booleans or null; anything else is written as its
 * text. Text always lands as text (never as a formula), streamed so that 100,000 rows fit in little
 * memory, into a temporary file that replaces {@code out} only when complete ({@link ReportFile}). Cells are
 * written by {@link Cells}, the print setup is {@link PageSetup}'s: the same as every report's.
 */
public final class ListExport {
    /** Rows kept in memory by the streaming workbook; older rows go to its temporary file. */
    private static final int WINDOW = 200;
    /** Progress is reported, and cancel checked, every this many rows. */
    static final int STEP = 500;
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;

    private ListExport() {
    }

    /** One column: its header and how to take its value from an item. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    /**
     * Writes {@code rows} to {@code out} (an .xlsx file), replacing it. Reports progress every few
     * hundred rows and stops with {@link Progress.CancelledException} when asked, leaving no file behind.
     */
    public static <T> void write(Path out, String title, List<Column<T>> columns, List<T> rows, Progress progress)
            throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs a column");
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        boolean done = false;
        try {
            wb.setCompressTempFiles(true);
            fill(wb, title, columns, rows, progress);
            ReportFile.save(wb, out, progress);
            done = true;
        } finally {
            ReportFile.dispose(wb, done);
        }
    }

    private static <T> void fill(SXSSFWorkbook wb, String title, List<Column<T>> columns, List<T> rows,
                                 Progress progress) {
        Styles styles = new Styles(wb);
        SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(title));
        int lastCol = columns.size() - 1;
        int[] widths = new int[columns.size()];

        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(24);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title());
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastCol));
        }

        Row headerRow = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = headerRow.createCell(c);
            String header = columns.get(c).header();
            cell.setCellValue(header);
            cell.setCellStyle(styles.header());
            widths[c] = Cells.displayWidth(header);
        }

        long total = rows.size();
        progress.update(0, total);
        int r = HEADER_ROW + 1;
        for (int i = 0; i < rows.size(); i++) {
            if (i % STEP == 0) {
                progress.checkCancelled();
                if (i > 0) {
                    progress.update(i, total);
                }
            }
            T item = rows.get(i);
            Row row = sheet.createRow(r++);
            for (int c = 0; c <= lastCol; c++) {
                Object value = columns.get(c).value().apply(item);
                if (value != null) {
                    widths[c] = Math.max(widths[c], Cells.put(row.createCell(c), value, styles));
                }
            }
        }
        progress.update(total, total);

        for (int c = 0; c <= lastCol; c++) {
            Cells.setWidth(sheet, c, widths[c]);
        }
        int lastRow = Math.max(HEADER_ROW, r - 1);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, lastCol));
        PageSetup.printOnA4(sheet, true, HEADER_ROW);
    }

    // Forwarders for the builders that still call them here (part B of issue 13 edits those files at the same
    // time): each does what its report/ class does, written there once. Call Cells, PageSetup and ReportFile.

    /** @deprecated use {@link PageSetup#printOnA4} */
    @Deprecated
    public static void printOnA4(Sheet sheet, boolean landscape, int headerRow) {
        PageSetup.printOnA4(sheet, landscape, headerRow);
    }

    /** @deprecated use {@link Cells#setWidth} */
    @Deprecated
    public static void setWidth(Sheet sheet, int column, int widestText) {
        Cells.setWidth(sheet, column, widestText);
    }

    /** @deprecated use {@link Cells#put} */
    @Deprecated
    public static int put(Cell cell, Object value, Styles styles) {
        return Cells.put(cell, value, styles);
    }

    /** @deprecated use {@link Cells#wrappedLines} */
    @Deprecated
    public static int wrappedLines(String text, int width) {
        return Cells.wrappedLines(text, width);
    }

    /** @deprecated use {@link Cells#displayWidth} */
    @Deprecated
    public static int displayWidth(String text) {
        return Cells.displayWidth(text);
    }
}
