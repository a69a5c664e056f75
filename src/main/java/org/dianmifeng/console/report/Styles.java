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
    public static final String ONE_DECIMAL_FORMAT = "0.0";

    private final CellStyle title;
    private final CellStyle centredTitle;
    private final CellStyle line;
    private final CellStyle wrappedText;
    private final CellStyle quotedWrappedText;
    private final CellStyle oneDecimal;
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
        centredTitle = wb.createCellStyle();
        centredTitle.cloneStyleFrom(title);
        centredTitle.setAlignment(HorizontalAlignment.CENTER);
        line = wb.createCellStyle();
        line.setDataFormat(formats.getFormat("@"));
        line.setVerticalAlignment(VerticalAlignment.CENTER);

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
        wrappedText = bordered(wb);
        wrappedText.cloneStyleFrom(text);
        wrappedText.setWrapText(true);
        quotedWrappedText = bordered(wb);
        quotedWrappedText.cloneStyleFrom(wrappedText);
        quotedWrappedText.setQuotePrefixed(true);

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
        oneDecimal = bordered(wb);
        oneDecimal.setDataFormat(formats.getFormat(ONE_DECIMAL_FORMAT));
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

    /** A title centred over the columns it is merged across. */
    public CellStyle centredTitle() {
        return centredTitle;
    }

    /** A line of text outside the table (notes, signature lines): no border. */
    public CellStyle line() {
        return line;
    }

    public CellStyle header() {
        return header;
    }

    /** Text as text; quote-prefixed when it looks like a formula, so Excel never evaluates it. */
    public CellStyle text(String value) {
        return looksLikeFormula(value) ? quotedText : text;
    }

    /** Like {@link #text(String)}, wrapping long text onto several lines of the cell. */
    public CellStyle wrappedText(String value) {
        return looksLikeFormula(value) ? quotedWrappedText : wrappedText;
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

    /** A number shown with one decimal, e.g. a score of 87.5. */
    public CellStyle oneDecimal() {
        return oneDecimal;
    }

    public CellStyle bool() {
        return bool;
    }
}
