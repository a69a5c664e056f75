package org.dianmifeng.console.aidcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;

/**
 * 梦想小屋帮扶个案登记表: one row per case, always pseudonymised. A {@link Line} has no field for a child's
 * identity (name, birth date, ID number, village, address, school, guardian) nor for free text about the family,
 * so no caller can put one in the file: the child is the case code, an age band, the township and the
 * eligibility category. The transferring body (always the township's Youth League committee) is no column.
 * On paper: A4 landscape, body text at 9 pt or more at the scale it prints (a register too wide for that
 * continues on a second page set that repeats the number and the case code), long text wrapped in rows as high
 * as it needs, header repeated on every printed page and frozen on screen, overspend and overdue follow-ups
 * marked with ▲ (a black-and-white printer keeps it) and explained under the table, "page n of m" in the footer.
 */
public final class CaseRegister {
    static final int TITLE_ROW = 0;
    static final int INFO_ROW = 1;
    static final int HEADER_ROW = 2;
    static final String[] HEADERS = {"no", "code", "ageBand", "township", "category", "unit", "team", "status",
            "referredOn", "handedOverOn", "planned", "actual", "followUpsDone", "followUpsOpen", "followUpsOverdue"};
    static final int CODE_COL = 1;
    /** The last column of the first page set when the register is too wide for one: who the case is and where. */
    static final int STATUS_COL = 7;
    private static final int PLANNED_COL = 10;
    private static final int ACTUAL_COL = 11;
    private static final int FIRST_FOLLOW_UP_COL = 12;
    private static final int OVERDUE_COL = 14;
    /** Widths (character units) beyond which a column's text wraps; 0: as wide as its widest value. */
    private static final int[] WRAP_AT = {0, 0, 0, 10, 16, 14, 22, 8, 0, 0, 0, 0, 6, 6, 6};
    /** The mark of overspend and of overdue follow-ups: a symbol, kept by a black-and-white printer. */
    static final String MARK = "▲";

    /**
     * One case as the register shows it. {@code ageBand} null: 18 or older on the report date (outside the
     * programme); {@code planned}/{@code actual} null: no renovation item (with an actual cost) yet;
     * {@code teamName} null: no team assigned yet.
     */
    public record Line(String code, AgeBand ageBand, String township, EligibilityCategory category, String unitName,
                       String teamName, LocalDate referredOn, AidCaseStatus status, LocalDate handedOverOn,
                       BigDecimal planned, BigDecimal actual, int followUpsDone, int followUpsOpen,
                       int followUpsOverdue) {
        /** More spent than planned. */
        public boolean overspent() {
            return planned != null && actual != null && actual.compareTo(planned) > 0;
        }
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
        Marks marks = new Marks(wb, styles);
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("casereport.register.sheet")));
        int lastCol = HEADERS.length - 1;
        int[] widths = new int[HEADERS.length];

        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = header.createCell(c);
            String text = m.text("casereport.register.column." + HEADERS[c]);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            widths[c] = Cells.headerWidth(text, 8);
        }

        progress.update(0, lines.size());
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        int[] followUps = new int[3];
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i % 100 == 0) {
                progress.checkCancelled();
                progress.update(i, lines.size());
            }
            Line line = lines.get(i);
            rows.add(new Object[] {i + 1, line.code(),
                    line.ageBand() == null ? m.text("casereport.register.adult") : m.label(line.ageBand()),
                    line.township(), m.label(line.category()), line.unitName(),
                    line.teamName() == null ? m.text("casereport.register.noTeam") : line.teamName(),
                    m.label(line.status()), line.referredOn(), line.handedOverOn(), line.planned(), line.actual(),
                    line.followUpsDone(), line.followUpsOpen(), line.followUpsOverdue()});
            planned = planned.add(line.planned() == null ? BigDecimal.ZERO : line.planned());
            actual = actual.add(line.actual() == null ? BigDecimal.ZERO : line.actual());
            followUps[0] += line.followUpsDone();
            followUps[1] += line.followUpsOpen();
            followUps[2] += line.followUpsOverdue();
        }
        progress.update(lines.size(), lines.size());
        Object[] totals = new Object[HEADERS.length];
        totals[CODE_COL] = m.text("casereport.register.total");
        totals[PLANNED_COL] = planned;
        totals[ACTUAL_COL] = actual;
        for (int k = 0; k < followUps.length; k++) {
            totals[FIRST_FOLLOW_UP_COL + k] = followUps[k];
        }
        rows.add(totals);

        for (Object[] values : rows) {
            for (int c = 0; c <= lastCol; c++) {
                if (values[c] != null) {
                    widths[c] = Math.max(widths[c], Math.min(width(values[c]), WRAP_AT[c] > 0 ? WRAP_AT[c] : 60));
                }
            }
        }
        int r = HEADER_ROW + 1;
        for (int i = 0; i < rows.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            put(sheet.createRow(r++), rows.get(i), styles, marks, widths, line);
        }
        int lastTableRow = r - 1;

        int headerLines = 1;
        for (int c = 0; c <= lastCol; c++) {
            Cells.setWidth(sheet, c, widths[c]);
            headerLines = Math.max(headerLines, Cells.wrappedLines(header.getCell(c).getStringCellValue(), widths[c]));
        }
        header.setHeightInPoints(Styles.lineHeight(headerLines));
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastTableRow - 1), 0, lastCol));
        PageSetup.printOnA4(sheet, true, HEADER_ROW);
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, CODE_COL));
        Pages.readable(sheet, styles.text(""), STATUS_COL);

        // the title and the date over each page set's columns, so that none is cut at a page's edge; the legend under
        // the marked columns
        boolean split = sheet.getColumnBreaks().length > 0;
        int firstSetEnd = split ? STATUS_COL : lastCol;
        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(28);
        Row info = sheet.createRow(INFO_ROW);
        info.setHeightInPoints(20);
        String infoText = m.text("casereport.register.info", PageSetup.date(reportDate), lines.size());
        textLine(sheet, title, 0, firstSetEnd, m.text("casereport.register.title"), styles.centredTitle());
        textLine(sheet, info, 0, firstSetEnd, infoText, marks.centredLine);
        if (split) {
            textLine(sheet, title, STATUS_COL + 1, lastCol, m.text("casereport.register.titleContinued"),
                    styles.centredTitle());
            textLine(sheet, info, STATUS_COL + 1, lastCol, infoText, marks.centredLine);
        }
        int legendFrom = split ? STATUS_COL + 1 : 0;
        Row legend = sheet.createRow(r + 1);
        String legendText = m.text("casereport.register.legend", MARK);
        legend.setHeightInPoints(Styles.lineHeight(Cells.wrappedLines(legendText, textWidth(widths, legendFrom, lastCol))));
        textLine(sheet, legend, legendFrom, lastCol, legendText, styles.wrappedLine());
        // the legend on the page of the table's last rows, as a sign-off is (alone, it printed on a page of its own
        // in English; with the total only, the total did)
        Pages.breakRows(sheet, Math.max(HEADER_ROW + 1, lastTableRow - SignOff.KEPT_ROWS + 1), r + 1);
        sheet.getFooter().setCenter(m.text("report.footer"));
    }

    /** A row of values, each with its shared style, wrapped where long, as high as its wrapped text. */
    private static void put(Row row, Object[] values, Styles styles, Marks marks, int[] widths, Line line) {
        int lines = 1;
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            Object value = values[c];
            if (value == null) {
                cell.setCellStyle(styles.text(""));
                continue;
            }
            Cells.put(cell, value, styles);
            if (c == 0) {
                cell.setCellStyle(styles.centred()); // 序号, never read as one with the case code beside it
            } else if (value instanceof String s && WRAP_AT[c] > 0) {
                cell.setCellStyle(styles.wrappedText(s));
                lines = Math.max(lines, Cells.wrappedLines(s, widths[c]));
            }
        }
        if (line != null && line.overspent()) {
            row.getCell(ACTUAL_COL).setCellStyle(marks.money);
        }
        if (line != null ? line.followUpsOverdue() > 0 : values[OVERDUE_COL] instanceof Integer n && n > 0) {
            row.getCell(OVERDUE_COL).setCellStyle(marks.count);
        }
        row.setHeightInPoints(Styles.lineHeight(lines));
    }

    /** The width a value takes in character units, as {@link Cells#put} counts it. */
    private static int width(Object value) {
        if (value instanceof LocalDate) {
            return 10;
        }
        if (value instanceof BigDecimal bd) {
            return String.format("%,.2f", bd.doubleValue()).length() + MARK.length() + 1;
        }
        return Cells.displayWidth(value.toString());
    }

    /** The width of columns 0..{@code last} in character units, as set. */
    private static int textWidth(int[] widths, int from, int to) {
        int w = 0;
        for (int c = from; c <= to; c++) {
            w += widths[c] + 2;
        }
        return w;
    }

    /** A line of text across columns {@code from}..{@code to}, merged. */
    private static void textLine(Sheet sheet, Row row, int from, int to, String text, CellStyle style) {
        Cell cell = row.createCell(from);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
    }

    /**
     * The register's own styles: the shared money and number styles marked with ▲ before the value, in bold, and
     * lines of text outside the table centred over their columns.
     */
    private static final class Marks {
        final CellStyle money;
        final CellStyle count;
        final CellStyle centredLine;

        Marks(Workbook wb, Styles styles) {
            Font bold = wb.createFont();
            bold.setBold(true);
            DataFormat formats = wb.createDataFormat();
            money = wb.createCellStyle();
            money.cloneStyleFrom(styles.decimal());
            money.setFont(bold);
            money.setDataFormat(formats.getFormat("\"" + MARK + " \"" + Styles.DECIMAL_FORMAT));
            count = wb.createCellStyle();
            count.cloneStyleFrom(styles.integer());
            count.setFont(bold);
            count.setDataFormat(formats.getFormat("\"" + MARK + " \"" + Styles.INTEGER_FORMAT));
            centredLine = wb.createCellStyle();
            centredLine.cloneStyleFrom(styles.line());
            centredLine.setAlignment(HorizontalAlignment.CENTER);
        }
    }
}
