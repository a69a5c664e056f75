package org.dianmifeng.console.aidcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.report.Styles;

/**
 * 梦想小屋帮扶个案登记表: one row per case, always pseudonymised. A {@link Line} has no field for a child's
 * identity (name, birth date, ID number, address, school, guardian), so no caller can put one in the file:
 * the child is the case code, an age band, the township and the eligibility category. A4 landscape, one page
 * wide, header repeated on every printed page and frozen on screen, "page n of m" in the footer.
 */
public final class CaseRegister {
    static final int TITLE_ROW = 0;
    static final int INFO_ROW = 1;
    static final int HEADER_ROW = 2;
    static final String[] HEADERS = {"no", "code", "ageBand", "township", "category", "unit", "team",
            "referralSource", "referredOn", "status", "handedOverOn", "planned", "actual", "followUpsDone",
            "followUpsOpen", "followUpsOverdue"};
    private static final int PLANNED_COL = 11;
    private static final int ACTUAL_COL = 12;

    /**
     * One case as the register shows it. {@code ageBand} null: 18 or older on the report date (outside the
     * programme); {@code planned}/{@code actual} null: no renovation item (with an actual cost) yet.
     */
    public record Line(String code, AgeBand ageBand, String township, EligibilityCategory category, String unitName,
                       String teamName, String referralSource, LocalDate referredOn, AidCaseStatus status,
                       LocalDate handedOverOn, BigDecimal planned, BigDecimal actual, int followUpsDone,
                       int followUpsOpen, int followUpsOverdue) {
    }

    private final Messages m;
    private final LocalDate reportDate;

    public CaseRegister(Messages messages, LocalDate reportDate) {
        this.m = messages;
        this.reportDate = reportDate;
    }

    /** The workbook of the register; reports progress per row and stops when cancelled. */
    public XSSFWorkbook build(List<Line> lines, Progress progress) {
        XSSFWorkbook wb = new XSSFWorkbook();
        boolean done = false;
        try {
            fill(wb, lines, progress);
            done = true;
            return wb;
        } finally {
            if (!done) {
                try {
                    wb.close();
                } catch (java.io.IOException e) {
                    // nothing was written anywhere; nothing to clean up
                }
            }
        }
    }

    private void fill(XSSFWorkbook wb, List<Line> lines, Progress progress) {
        Styles styles = new Styles(wb);
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("casereport.register.sheet")));
        int lastCol = HEADERS.length - 1;
        int[] widths = new int[HEADERS.length];

        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(28);
        textLine(sheet, title, lastCol, m.text("casereport.register.title"), styles.centredTitle());
        Row info = sheet.createRow(INFO_ROW);
        info.setHeightInPoints(20);
        textLine(sheet, info, lastCol, m.text("casereport.register.info", reportDate.toString(), lines.size()),
                styles.line());

        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(30);
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = header.createCell(c);
            String text = m.text("casereport.register.column." + HEADERS[c]);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            widths[c] = Math.min(ListExport.displayWidth(text), 10);
        }

        progress.update(0, lines.size());
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        int r = HEADER_ROW + 1;
        for (int i = 0; i < lines.size(); i++) {
            if (i % 100 == 0) {
                progress.checkCancelled();
                progress.update(i, lines.size());
            }
            Line line = lines.get(i);
            Object[] values = {i + 1, line.code(),
                    line.ageBand() == null ? m.text("casereport.register.adult") : m.label(line.ageBand()),
                    line.township(), m.label(line.category()), line.unitName(), line.teamName(), line.referralSource(),
                    line.referredOn(), m.label(line.status()), line.handedOverOn(), line.planned(), line.actual(),
                    line.followUpsDone(), line.followUpsOpen(), line.followUpsOverdue()};
            put(sheet.createRow(r++), values, styles, widths);
            planned = planned.add(line.planned() == null ? BigDecimal.ZERO : line.planned());
            actual = actual.add(line.actual() == null ? BigDecimal.ZERO : line.actual());
        }
        progress.update(lines.size(), lines.size());

        Object[] totals = new Object[HEADERS.length];
        totals[1] = m.text("casereport.register.total");
        totals[PLANNED_COL] = planned;
        totals[ACTUAL_COL] = actual;
        put(sheet.createRow(r), totals, styles, widths);

        for (int c = 0; c <= lastCol; c++) {
            ListExport.setWidth(sheet, c, widths[c]);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, r - 1), 0, lastCol));
        ListExport.printOnA4(sheet, true, HEADER_ROW);
        sheet.getFooter().setCenter(m.text("report.footer"));
    }

    /** A row of values, each with its shared style (text as text, numbers as numbers, dates as dates). */
    private static void put(Row row, Object[] values, Styles styles, int[] widths) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] == null) {
                cell.setCellStyle(styles.text(""));
            } else {
                widths[c] = Math.max(widths[c], ListExport.put(cell, values[c], styles));
            }
        }
    }

    private static void textLine(Sheet sheet, Row row, int lastCol, String text, CellStyle style) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastCol));
    }
}
