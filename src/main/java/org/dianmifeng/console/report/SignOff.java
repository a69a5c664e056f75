package org.dianmifeng.console.report;

import java.util.List;
import java.util.function.IntPredicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The sign-off block of a form that people sign and stamp: one row of places, each a label from the bundle
 * followed by room to sign (e.g. 党支部（盖章） 支部书记（签字） 年　月　日, or 编制单位（盖章） 负责人 审核人
 * 制表人 日期), one blank row below the table. It never prints alone on a page: the sheet's pages are broken
 * by {@link Pages} so that the block stays with the last {@link #KEPT_ROWS} rows of the table.
 * Write it last: after the table's rows and heights, the column widths and the print setup.
 */
public final class SignOff {
    /**
     * The rows above the block printed on its page, at least (fewer when the table is shorter): the table's last rows,
     * or a note under the table and the rows above it.
     */
    public static final int KEPT_ROWS = 3;
    /** Room to sign and to stamp. */
    static final float HEIGHT = 42f;

    private SignOff() {
    }

    /**
     * Writes the block below the table that ends at {@code lastTableRow} (its body starts at {@code firstTableRow}),
     * across columns 0..{@code lastCol}, the places spread evenly in order; sets the sheet's page breaks.
     * Returns the block's row.
     */
    public static int write(Sheet sheet, int firstTableRow, int lastTableRow, int lastCol, Styles styles,
                            List<String> places) {
        return write(sheet, firstTableRow, lastTableRow, lastCol, styles, places, r -> false);
    }

    /**
     * Like {@link #write(Sheet, int, int, int, Styles, List)}, each row for which {@code keptWithNext} holds also
     * kept on the page of the row after it (a member's row with the line of notes under it).
     */
    public static int write(Sheet sheet, int firstTableRow, int lastTableRow, int lastCol, Styles styles,
                            List<String> places, IntPredicate keptWithNext) {
        if (places.isEmpty()) {
            throw new IllegalArgumentException("a sign-off needs a place");
        }
        int r = lastTableRow + 2;
        Row row = sheet.createRow(r);
        row.setHeightInPoints(HEIGHT);
        int columns = lastCol + 1;
        for (int i = 0; i < places.size(); i++) {
            int from = i * columns / places.size();
            int to = (i + 1) * columns / places.size() - 1;
            Cell cell = row.createCell(from);
            cell.setCellValue(places.get(i));
            cell.setCellStyle(styles.line());
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
            }
        }
        Pages.breakRows(sheet, Math.max(firstTableRow, lastTableRow - KEPT_ROWS + 1), r, keptWithNext);
        return r;
    }
}
