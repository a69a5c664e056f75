package org.dianmifeng.console.star;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;

/**
 * 星级志愿者公示名单: the levels on public notice, to post. 序号, 姓名, 志愿者编号, 单位, 服务队, 累计时长, 拟授星级,
 * 公示期; the notice's wording below the table (objections to the organisation within the notice) and the place for
 * the organisation's seal. A4 portrait, one page wide with its body at 9 pt or more, the header row on every page.
 * The volunteer number is the console's own; no ID number is on a public list.
 */
public final class StarNotice {
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 2;
    static final List<String> COLUMNS = List.of("no", "name", "volunteerNo", "unit", "teams", "hours", "stars",
            "notice");
    private static final List<String> WRAPPING = List.of("unit", "teams", "notice");
    /** A wrapping column keeps at least this width: a notice period on two lines ("2026-11-30 至" / "2026-12-04"). */
    private static final int WRAP_MIN = 14;

    private final Messages m;
    private final LocalDate printDate;
    private final String organisation;

    public StarNotice(Messages m, LocalDate printDate, String organisation) {
        this.m = m;
        this.printDate = printDate;
        this.organisation = organisation;
    }

    /** The workbook of the notice list of {@code rows}; the caller saves it through the report pipeline. */
    public XSSFWorkbook build(List<StarRow> rows, Progress progress) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("star.notice.sheet")));
        String title = m.text("star.notice.title");
        int lastCol = COLUMNS.size() - 1;
        Object[][] values = new Object[rows.size()][];
        int[] widths = new int[COLUMNS.size()];
        for (int c = 0; c <= lastCol; c++) {
            // a header wraps onto two lines rather than widen its column
            widths[c] = (Cells.displayWidth(m.text("star.notice.column." + COLUMNS.get(c))) + 1) / 2;
        }
        for (int i = 0; i < rows.size(); i++) {
            values[i] = values(rows.get(i), i + 1);
            for (int c = 0; c <= lastCol; c++) {
                widths[c] = Math.max(widths[c], Cells.displayWidth(String.valueOf(values[i][c])));
            }
        }
        PageSetup.printOnA4(sheet, false, HEADER_ROW);
        PageSetup.pageHeaderAndFooter(sheet, title, m.text("report.footer"));
        int[] columns = new int[widths.length];
        for (int c = 0; c <= lastCol; c++) {
            columns[c] = Cells.width(widths[c]);
        }
        Pages.shareWidth(columns, c -> WRAPPING.contains(COLUMNS.get(c)), WRAP_MIN, Pages.readableWidth(sheet, styles.text("")));
        for (int c = 0; c <= lastCol; c++) {
            sheet.setColumnWidth(c, columns[c] * 256);
        }
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(30);
        Cell t = titleRow.createCell(0);
        t.setCellValue(title);
        t.setCellStyle(styles.centredTitle());
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastCol));
        Row info = sheet.createRow(TITLE_ROW + 1);
        info.setHeightInPoints(Styles.lineHeight(1));
        Cell ic = info.createCell(0);
        ic.setCellValue(m.text("star.notice.info", organisation, rows.size()));
        ic.setCellStyle(styles.line());
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW + 1, TITLE_ROW + 1, 0, lastCol));
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(m.text("star.notice.column." + COLUMNS.get(c)));
            cell.setCellStyle(styles.header());
        }
        Cells.fitHeight(header, sheet, 0, lastCol);
        int r = HEADER_ROW + 1;
        for (int i = 0; i < rows.size(); i++) {
            progress.checkCancelled();
            progress.update(i, rows.size());
            Row row = sheet.createRow(r++);
            for (int c = 0; c <= lastCol; c++) {
                Cell cell = row.createCell(c);
                Object v = values[i][c];
                if (v instanceof String text && WRAPPING.contains(COLUMNS.get(c))) {
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.wrappedText(text));
                } else if (COLUMNS.get(c).equals("stars") || COLUMNS.get(c).equals("volunteerNo")) {
                    cell.setCellValue(String.valueOf(v));
                    cell.setCellStyle(styles.centred());
                } else if (v instanceof Integer n) {
                    cell.setCellValue(n);
                    cell.setCellStyle(styles.centred());
                } else {
                    Cells.put(cell, v, styles);
                }
            }
            Cells.fitHeight(row, sheet, 0, lastCol);
        }
        int last = r - 1;
        Row note = sheet.createRow(r + 1);
        Cell nc = note.createCell(0);
        String noteText = m.text("star.notice.note", organisation);
        nc.setCellValue(noteText);
        nc.setCellStyle(styles.line());
        sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, lastCol));
        note.setHeightInPoints(Styles.lineHeight(2));
        nc.getCellStyle().setWrapText(true);
        SignOff.write(sheet, HEADER_ROW + 1, r + 1, lastCol, styles,
                List.of(m.text("star.notice.seal", organisation), m.text("star.notice.date", PageSetup.date(printDate))));
        Pages.readable(sheet, styles.text(""), -1);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        wb.setPrintArea(0, 0, lastCol, 0, sheet.getLastRowNum());
        progress.update(rows.size(), rows.size());
        return wb;
    }

    private Object[] values(StarRow row, int number) {
        StarLevel l = row.level();
        String notice = l.noticeFrom() == null ? ""
                : m.text("star.notice.periodLines", PageSetup.date(l.noticeFrom()), PageSetup.date(l.noticeUntil()));
        return new Object[] {number, row.name(), row.volunteerNo() == null ? "" : row.volunteerNo(), row.unitName(),
                row.teams(), OneDecimal.of(row.totalHours()), m.text("star.stars", l.stars()), notice};
    }
}
