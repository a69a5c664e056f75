package org.dianmifeng.console.report;

import java.util.function.IntPredicate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Where a printed sheet's pages end, decided here rather than left to the spreadsheet: manual row breaks
 * (which Excel and LibreOffice both honour) at the last row that fits on each A4 page, at the scale the sheet
 * prints at, with its repeated rows at the top of every page. The last rows of a sheet can be kept together,
 * so that a signature block never prints alone on a page ({@link SignOff}).
 * Call it last: after the rows, their heights, the column widths and the print setup.
 */
public final class Pages {
    /** A4 in points. */
    static final double A4_LONG = 841.9;
    static final double A4_SHORT = 595.3;
    /** A page holds a little less than the sum of its row heights says (gridlines, rounding of heights). */
    private static final double FILL = 0.94;
    /**
     * The printed width of a character unit of a column, in points, when the question is whether text stays readable:
     * on the wide side, as LibreOffice prints without the Office fonts' metrics (measured here: 7 pt; Excel with
     * Calibri or SimSun 11 takes 7 px, 5.25 pt).
     */
    private static final double WIDE_CHAR_POINTS = 7.2;
    /**
     * The same when the question is how many rows a page of a sheet shrunk to its width holds: on the narrow side
     * (Excel's 7 px), so that the scale is never thought smaller, nor a page longer, than it prints.
     */
    private static final double NARROW_CHAR_POINTS = 7 * 0.75;
    /** The smallest size body text may print at, in points. */
    public static final double MIN_PRINTED_POINTS = 9;

    private Pages() {
    }

    /**
     * Sets a row break wherever a page is full, keeping rows {@code keepFrom}..{@code lastRow} on one page
     * ({@code keepFrom} &gt; {@code lastRow}: nothing kept together); returns the number of pages (down the
     * sheet). Existing row breaks are replaced.
     */
    public static int breakRows(Sheet sheet, int keepFrom, int lastRow) {
        return breakRows(sheet, keepFrom, lastRow, r -> false);
    }

    /**
     * Like {@link #breakRows(Sheet, int, int)}, each row for which {@code keptWithNext} holds also kept on the page of
     * the row after it (a section's title and a table's header stay with the first row under them).
     */
    public static int breakRows(Sheet sheet, int keepFrom, int lastRow, IntPredicate keptWithNext) {
        int pages = flow(sheet, keepFrom, lastRow, keptWithNext);
        // a sheet at a set scale above the smallest readable one prints at a smaller scale (down to that one) when
        // that saves a page: its last rows then end the page before instead of a near-blank page of their own
        PrintSetup print = sheet.getPrintSetup();
        if (sheet.getFitToPage()) {
            return pages;
        }
        int scale = print.getScale();
        for (int smaller = scale - 1; smaller >= smallestScale(Styles.BODY_POINTS); smaller--) {
            print.setScale((short) smaller);
            int fewer = flow(sheet, keepFrom, lastRow, keptWithNext);
            if (fewer < pages) {
                return fewer;
            }
        }
        print.setScale((short) scale);
        return flow(sheet, keepFrom, lastRow, keptWithNext);
    }

    private static int flow(Sheet sheet, int keepFrom, int lastRow, IntPredicate keptWithNext) {
        Flow flow = new Flow(sheet);
        for (int r = 0; r <= lastRow; r++) {
            flow.add(r, height(sheet, r), r < lastRow && (r >= keepFrom || keptWithNext.test(r)));
        }
        return flow.pages();
    }

    /** The smallest scale, in percent, at which text of {@code points} prints at {@link #MIN_PRINTED_POINTS} or more. */
    private static int smallestScale(double points) {
        return (int) Math.ceil(MIN_PRINTED_POINTS / points * 100);
    }

    /**
     * The page breaks of a sheet set row by row as it is written, for a streamed sheet (SXSSF) whose first rows are
     * on disk before its last is written: the rule of {@link #breakRows(Sheet, int, int, IntPredicate)}, a row
     * kept with the next (a group's label) never the last row of a page. Start it after the column widths, the
     * print setup and the repeated header row (whose cells it reads for the sheet's width); then
     * {@link #add(Row, boolean)} every row in order, from row 0, after its height is set.
     */
    public static final class Flow {
        private final Sheet sheet;
        private final double usable;
        private final int repeatingLast;
        private double repeat;
        private int pages = 1;
        private double used;
        private int pageStart;
        private int next;
        /** The first of the rows waiting for the row they are kept with (-1: none), and their height. */
        private int waitingFrom = -1;
        private double waiting;

        /** Removes the sheet's row breaks; the rows are then added from row 0. */
        public Flow(Sheet sheet) {
            this.sheet = sheet;
            for (int b : sheet.getRowBreaks()) {
                sheet.removeRowBreak(b);
            }
            usable = printableHeight(sheet) / scale(sheet) * FILL;
            CellRangeAddress repeating = sheet.getRepeatingRows();
            repeatingLast = repeating == null ? -1 : repeating.getLastRow();
            if (repeating != null) {
                for (int r = repeating.getFirstRow(); r <= repeating.getLastRow(); r++) {
                    repeat += height(sheet, r);
                }
            }
        }

        /** The next row of the sheet, its height set; {@code keptWithNext}: it prints on the page of the row after it. */
        public void add(Row row, boolean keptWithNext) {
            add(row.getRowNum(), row.getHeightInPoints(), keptWithNext);
        }

        private void add(int r, double height, boolean keptWithNext) {
            if (r != next) {
                throw new IllegalArgumentException("row " + r + " added where row " + next + " was due");
            }
            next++;
            if (waitingFrom < 0) {
                waitingFrom = r;
            }
            waiting += height;
            if (keptWithNext) {
                return;
            }
            if (used + waiting > usable && waitingFrom > pageStart) {
                sheet.setRowBreak(waitingFrom - 1);
                pages++;
                pageStart = waitingFrom;
                used = waitingFrom > repeatingLast && repeatingLast >= 0 ? repeat : 0;
            }
            used += waiting;
            waitingFrom = -1;
            waiting = 0;
        }

        /** The pages (down the sheet) of the rows added so far. */
        public int pages() {
            return pages;
        }
    }

    /**
     * Prints the sheet at the largest scale up to 100 % that puts its columns on one page's width, but never so small
     * that {@code body}'s text prints under {@link #MIN_PRINTED_POINTS}. A sheet too wide for that continues on a
     * second page set after column {@code splitAfter} (&lt; 0: wherever the page ends), which repeats the sheet's
     * repeating columns; both sets then print at the largest scale that fits the wider one. Returns the scale in
     * percent.
     */
    public static int readable(Sheet sheet, CellStyle body, int splitAfter) {
        int smallest = smallestScale(sheet.getWorkbook().getFontAt(body.getFontIndex()).getFontHeightInPoints());
        double page = printableWidth(sheet);
        int last = lastColumn(sheet);
        double all = columnsWidth(sheet, 0, last, WIDE_CHAR_POINTS);
        int scale = (int) Math.floor(page / all * 100);
        if (scale < smallest && splitAfter >= 0 && splitAfter < last) {
            CellRangeAddress repeating = sheet.getRepeatingColumns();
            double repeated = repeating == null ? 0
                    : columnsWidth(sheet, repeating.getFirstColumn(), repeating.getLastColumn(), WIDE_CHAR_POINTS);
            double wider = Math.max(columnsWidth(sheet, 0, splitAfter, WIDE_CHAR_POINTS),
                    repeated + columnsWidth(sheet, splitAfter + 1, last, WIDE_CHAR_POINTS));
            sheet.setColumnBreak(splitAfter);
            scale = (int) Math.floor(page / wider * 100);
        }
        scale = Math.min(100, Math.max(smallest, scale));
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) scale);
        return scale;
    }

    /**
     * The width of a page of the sheet (as set up: its orientation and margins) in character units of column width,
     * at the smallest scale at which {@code body}'s text still prints at {@link #MIN_PRINTED_POINTS}: what the
     * columns may take in all before a column must wrap more or the sheet needs a second page set.
     */
    public static int readableWidth(Sheet sheet, CellStyle body) {
        double points = sheet.getWorkbook().getFontAt(body.getFontIndex()).getFontHeightInPoints();
        return (int) Math.floor(printableWidth(sheet) / (WIDE_CHAR_POINTS * MIN_PRINTED_POINTS / points));
    }

    /**
     * Narrows the columns for which {@code wraps} holds (their text wraps), the widest first and none below
     * {@code min} character units, until {@code widths} together take no more than {@code budget}
     * ({@link #readableWidth}); the other columns keep their width. Returns whether they now fit.
     */
    public static boolean shareWidth(int[] widths, IntPredicate wraps, int min, int budget) {
        return shareWidth(widths, c -> wraps.test(c) ? min : widths[c], budget);
    }

    /**
     * Like {@link #shareWidth(int[], IntPredicate, int, int)}, each column with a narrowest width of its own
     * ({@code min}: a column that may not narrow says its width).
     */
    public static boolean shareWidth(int[] widths, java.util.function.IntUnaryOperator min, int budget) {
        int[] mins = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            mins[c] = min.applyAsInt(c);
        }
        int sum = 0;
        for (int w : widths) {
            sum += w;
        }
        while (sum > budget) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                if (widths[c] > mins[c] && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return false;
            }
            widths[widest]--;
            sum--;
        }
        return true;
    }

    /** The scale the sheet prints at, 0..1: its own, or the one that fits its columns to the page's width. */
    public static double scale(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        if (!sheet.getFitToPage() || print.getFitWidth() != 1) {
            return print.getScale() / 100.0;
        }
        return Math.min(1.0, printableWidth(sheet) / sheetWidth(sheet));
    }

    /** The width of the page inside its left and right margins, in points. */
    public static double printableWidth(Sheet sheet) {
        double page = sheet.getPrintSetup().getLandscape() ? A4_LONG : A4_SHORT;
        return page - (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT)) * 72;
    }

    /** The height of the page inside its top and bottom margins, in points. */
    public static double printableHeight(Sheet sheet) {
        double page = sheet.getPrintSetup().getLandscape() ? A4_SHORT : A4_LONG;
        return page - (sheet.getMargin(PageMargin.TOP) + sheet.getMargin(PageMargin.BOTTOM)) * 72;
    }

    /** The width of the used columns in points, as printed at 100 % (on the narrow side, see {@link #scale}). */
    public static double sheetWidth(Sheet sheet) {
        return columnsWidth(sheet, 0, lastColumn(sheet), NARROW_CHAR_POINTS);
    }

    private static int lastColumn(Sheet sheet) {
        int last = 0;
        for (Row row : sheet) {
            last = Math.max(last, row.getLastCellNum() - 1);
        }
        return last;
    }

    /** The width of columns {@code from}..{@code to} in points at 100 %, a character unit taken as {@code charPoints}. */
    private static double columnsWidth(Sheet sheet, int from, int to, double charPoints) {
        double points = 0;
        for (int c = from; c <= to; c++) {
            points += sheet.getColumnWidth(c) / 256.0 * charPoints;
        }
        return points;
    }

    private static double height(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }
}
