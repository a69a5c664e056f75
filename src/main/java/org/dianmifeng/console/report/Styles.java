package org.dianmifeng.console.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The style library of one workbook, made once when the workbook is made (a workbook holds at most
 * 64,000 styles, so cells share these and never get their own). Reports take the style they need.
 */
public final class Styles {
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    public static final String INTEGER_FORMAT = "0";
    public static final String DECIMAL_FORMAT = "#,##0.00";

    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle bool;

    public Styles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();

        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        Font headerFont = wb.createFont();
        headerFont.setBold(true);
        header = bordered(wb);
        header.setFont(headerFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);

        text = bordered(wb);
        text.setDataFormat(formats.getFormat("@"));
        quotedText = bordered(wb);
        quotedText.cloneStyleFrom(text);
        quotedText.setQuotePrefixed(true);

        date = bordered(wb);
        date.setDataFormat(formats.getFormat(DATE_FORMAT));
        date.setAlignment(HorizontalAlignment.CENTER);
        dateTime = bordered(wb);
        dateTime.setDataFormat(formats.getFormat(DATE_TIME_FORMAT));
        dateTime.setAlignment(HorizontalAlignment.CENTER);
        integer = bordered(wb);
        integer.setDataFormat(formats.getFormat(INTEGER_FORMAT));
        decimal = bordered(wb);
        decimal.setDataFormat(formats.getFormat(DECIMAL_FORMAT));
        bool = bordered(wb);
        bool.setAlignment(HorizontalAlignment.CENTER);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    /** Whether Excel could take this text for a formula when the cell is edited. */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    public CellStyle title() {
        return title;
    }

    public CellStyle header() {
        return header;
    }

    /** Text as text; quote-prefixed when it looks like a formula, so Excel never evaluates it. */
    public CellStyle text(String value) {
        return looksLikeFormula(value) ? quotedText : text;
    }

    public CellStyle date() {
        return date;
    }

    public CellStyle dateTime() {
        return dateTime;
    }

    public CellStyle integer() {
        return integer;
    }

    public CellStyle decimal() {
        return decimal;
    }

    public CellStyle bool() {
        return bool;
    }
}
