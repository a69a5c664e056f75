package org.dianmifeng.console.certificate;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.Styles;

/**
 * 志愿服务记录证明 as printed: one A4 portrait page per certificate, all in one sheet (one print job), a page break
 * after each. Each page: the title, the certificate number, the statement (兹证明…), the table of the fields the
 * national rules ask for (name, ID type (the document the number's kind belongs to) and number, volunteer number,
 * organisation, period, approved hours, content), the issuing organisation, the person who issued it and the date,
 * the place for the seal (盖章处), and a note on how the number is checked. The columns are fixed so that the body
 * prints at {@value Styles#BODY_POINTS} pt at the scale that fits the page ({@link Pages#readable}: never under
 * 9 pt). No page header or number: a certificate is a document of its own, not a page of a list.
 */
public final class CertificatePages {
    /** Column widths in character units: label, value, label, value. */
    static final int[] WIDTHS = {13, 25, 13, 25};
    static final int LAST_COL = WIDTHS.length - 1;
    static final float SEAL_HEIGHT = 96f;

    private final Messages m;

    public CertificatePages(Messages m) {
        this.m = m;
    }

    /** The workbook of {@code rows} (register entries with the ID number as the maker may see it). */
    public XSSFWorkbook build(List<CertificateRow> rows, Progress progress) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles styles = new Styles(wb);
        CellStyle right = wb.createCellStyle();
        right.cloneStyleFrom(styles.line());
        right.setAlignment(HorizontalAlignment.RIGHT);
        CellStyle paragraph = wb.createCellStyle();
        paragraph.cloneStyleFrom(styles.line());
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        CellStyle seal = wb.createCellStyle();
        seal.cloneStyleFrom(styles.line());
        seal.setAlignment(HorizontalAlignment.CENTER);
        seal.setVerticalAlignment(VerticalAlignment.BOTTOM);
        Sheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("certificate.sheet")));
        for (int c = 0; c <= LAST_COL; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int r = 0;
        for (int i = 0; i < rows.size(); i++) {
            progress.checkCancelled();
            progress.update(i, rows.size());
            r = page(sheet, r, rows.get(i), styles, right, paragraph, seal);
            if (i + 1 < rows.size()) {
                sheet.setRowBreak(r - 1);
            }
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(false);
        sheet.setHorizontallyCenter(true);
        sheet.setAutobreaks(false);
        Pages.readable(sheet, styles.text(""), -1);
        wb.setPrintArea(0, 0, LAST_COL, 0, Math.max(0, r - 1));
        progress.update(rows.size(), rows.size());
        return wb;
    }

    /** Writes one certificate from row {@code r}; returns the row after it. */
    private int page(Sheet sheet, int r, CertificateRow row, Styles styles, CellStyle right, CellStyle paragraph,
                     CellStyle seal) {
        Certificate c = row.certificate();
        String period = m.text("certificate.period", PageSetup.date(c.periodFrom()), PageSetup.date(c.periodTo()));
        String hours = m.text("certificate.hours", c.hours().setScale(1).toPlainString());
        Row title = sheet.createRow(r);
        title.setHeightInPoints(44);
        merged(sheet, r++, 0, LAST_COL, m.text("certificate.title"), styles.centredTitle());
        Row number = sheet.createRow(r);
        number.setHeightInPoints(Styles.lineHeight(1));
        merged(sheet, r++, 0, LAST_COL, m.text("certificate.number", c.certNo()), right);
        String idType = m.text(idTypeKey(row.idNumber()));
        String statement = m.text("certificate.statement", row.name(), idType,
                row.idNumber(), row.volunteerNo(), c.organisation(), PageSetup.date(c.periodFrom()),
                PageSetup.date(c.periodTo()), c.hours().setScale(1).toPlainString());
        Row text = sheet.createRow(r);
        merged(sheet, r++, 0, LAST_COL, statement, paragraph);
        text.setHeightInPoints(Styles.lineHeight(Cells.wrappedLines(statement, sum(0, LAST_COL) - 2)) + 6);
        sheet.createRow(r++).setHeightInPoints(8);
        r = pair(sheet, r, "certificate.field.name", row.name(), "certificate.field.volunteerNo", row.volunteerNo(),
                styles);
        r = pair(sheet, r, "certificate.field.idType", idType,
                "certificate.field.idNumber", row.idNumber(), styles);
        r = wide(sheet, r, "certificate.field.organisation", c.organisation(), styles);
        r = wide(sheet, r, "certificate.field.period", period, styles);
        r = wide(sheet, r, "certificate.field.hours", hours, styles);
        r = wide(sheet, r, "certificate.field.content", c.content(), styles);
        sheet.createRow(r++).setHeightInPoints(12);
        Row issuer = sheet.createRow(r);
        issuer.setHeightInPoints(Styles.lineHeight(1) + 4);
        merged(sheet, r++, 0, LAST_COL, m.text("certificate.issuer", c.organisation()), styles.line());
        Row by = sheet.createRow(r);
        by.setHeightInPoints(Styles.lineHeight(1) + 4);
        merged(sheet, r, 0, 1, m.text("certificate.issuedBy", row.issuerName(m)), styles.line());
        merged(sheet, r++, 2, LAST_COL, m.text("certificate.issuedOn", PageSetup.date(c.issuedOn())), styles.line());
        Row sealRow = sheet.createRow(r);
        sealRow.setHeightInPoints(SEAL_HEIGHT);
        merged(sheet, r, 0, 1, "", styles.line());
        merged(sheet, r, 2, LAST_COL, m.text("certificate.seal"), seal);
        CellRangeAddress sealArea = new CellRangeAddress(r, r, 2, LAST_COL);
        RegionUtil.setBorderTop(BorderStyle.DASHED, sealArea, sheet);
        RegionUtil.setBorderBottom(BorderStyle.DASHED, sealArea, sheet);
        RegionUtil.setBorderLeft(BorderStyle.DASHED, sealArea, sheet);
        RegionUtil.setBorderRight(BorderStyle.DASHED, sealArea, sheet);
        r++;
        sheet.createRow(r++).setHeightInPoints(10);
        String note = m.text("certificate.note");
        Row noteRow = sheet.createRow(r);
        merged(sheet, r++, 0, LAST_COL, note, paragraph);
        noteRow.setHeightInPoints(Styles.lineHeight(Cells.wrappedLines(note, sum(0, LAST_COL) - 2)));
        return r;
    }

    /**
     * The bundle key of the document an ID number belongs to ({@link ResidentId#kind}: its first digits, kept when
     * the number is masked): 居民身份证, 港澳台居民居住证 or 外国人永久居留身份证.
     */
    static String idTypeKey(String idNumber) {
        if (idNumber == null) {
            return "certificate.idType.resident";
        }
        switch (ResidentId.kind(idNumber)) {
            case HONG_KONG_MACAO_RESIDENCE_PERMIT:
            case TAIWAN_RESIDENCE_PERMIT:
                return "certificate.idType.residencePermit";
            case FOREIGN_PERMANENT_RESIDENCE:
                return "certificate.idType.foreignPermanent";
            default:
                return "certificate.idType.resident";
        }
    }

    /** A row of two labelled values. */
    private int pair(Sheet sheet, int r, String label1, String value1, String label2, String value2, Styles styles) {
        Row row = sheet.createRow(r);
        cell(row, 0, m.text(label1), styles.header());
        cell(row, 1, value1, styles.wrappedText(value1));
        cell(row, 2, m.text(label2), styles.header());
        cell(row, 3, value2, styles.wrappedText(value2));
        int lines = Math.max(Math.max(labelLines(label1), labelLines(label2)),
                Math.max(Cells.wrappedLines(value1 == null ? "" : value1, WIDTHS[1] - 2),
                        Cells.wrappedLines(value2 == null ? "" : value2, WIDTHS[3] - 2)));
        row.setHeightInPoints(Styles.lineHeight(lines) + 8);
        return r + 1;
    }

    /** A labelled value across the three value columns, as high as its wrapped lines. */
    private int wide(Sheet sheet, int r, String label, String value, Styles styles) {
        Row row = sheet.createRow(r);
        cell(row, 0, m.text(label), styles.header());
        for (int c = 1; c <= LAST_COL; c++) {
            cell(row, c, c == 1 ? value : "", styles.wrappedText(value));
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, LAST_COL));
        int lines = Math.max(labelLines(label), Cells.wrappedLines(value, sum(1, LAST_COL) - 2));
        row.setHeightInPoints(Styles.lineHeight(lines) + 8);
        return r + 1;
    }

    /** The lines the label of {@code key} takes in the label column (an English label may wrap). */
    private int labelLines(String key) {
        return Cells.wrappedLines(m.text(key), WIDTHS[0] - 2);
    }

    private static void cell(Row row, int c, String text, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
    }

    private static void merged(Sheet sheet, int r, int from, int to, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = from; c <= to; c++) {
            cell(row, c, c == from ? text : "", style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    private static int sum(int from, int to) {
        int s = 0;
        for (int c = from; c <= to; c++) {
            s += WIDTHS[c];
        }
        return s;
    }
}
