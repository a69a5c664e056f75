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
 * The fonts of every report are named here and nowhere else: {@value #BODY_FONT} for the body (the workbook's
 * default font too, so a cell without a style prints in it), {@value #TITLE_FONT} for titles; both are on every
 * Chinese office PC. Body text is {@value #BODY_POINTS} pt, so that a sheet printed one page wide at 82% or more
 * still prints it at 9 pt or more.
 */
public final class Styles {
    /** The body font of every report: 宋体 (SimSun). */
    public static final String BODY_FONT = "宋体";
    /** The title font of every report: 黑体 (SimHei). */
    public static final String TITLE_FONT = "黑体";
    /** The size of body text, in points. */
    public static final short BODY_POINTS = 11;
    /** The size of a title, in points. */
    public static final short TITLE_POINTS = 16;
    /** The height of one line of body text in a row, in points. */
    public static final float LINE_POINTS = 15f;
    public static final String DATE_FORMAT = "yyyy-mm-dd";
    public static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    public static final String INTEGER_FORMAT = "0";
    public static final String DECIMAL_FORMAT = "#,##0.00";
    public static final String ONE_DECIMAL_FORMAT = "0.0";

    private final CellStyle title;
    private final CellStyle centredTitle;
    private final CellStyle line;
    private final CellStyle wrappedLine;
    private final CellStyle wrappedText;
    private final CellStyle quotedWrappedText;
    private final CellStyle oneDecimal;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle integer;
    private final CellStyle centred;
    private final CellStyle centredWrapped;
    private final CellStyle decimal;
    private final CellStyle bool;

    public Styles(Workbook wb) {
        DataFormat formats = wb.createDataFormat();
        Font body = wb.getFontAt(0);
        body.setFontName(BODY_FONT);
        body.setFontHeightInPoints(BODY_POINTS);

        Font titleFont = wb.createFont();
        titleFont.setFontName(TITLE_FONT);
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints(TITLE_POINTS);
        title = wb.createCellStyle();
        title.setFont(titleFont);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        centredTitle = wb.createCellStyle();
        centredTitle.cloneStyleFrom(title);
        centredTitle.setAlignment(HorizontalAlignment.CENTER);
        line = wb.createCellStyle();
        line.setFont(body);
        line.setDataFormat(formats.getFormat("@"));
        line.setVerticalAlignment(VerticalAlignment.CENTER);
        wrappedLine = wb.createCellStyle();
        wrappedLine.cloneStyleFrom(line);
        wrappedLine.setWrapText(true);

        Font headerFont = wb.createFont();
        headerFont.setFontName(BODY_FONT);
        headerFont.setFontHeightInPoints(BODY_POINTS);
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
        centred = bordered(wb);
        centred.setAlignment(HorizontalAlignment.CENTER);
        centredWrapped = bordered(wb);
        centredWrapped.cloneStyleFrom(centred);
        centredWrapped.setWrapText(true);
    }

    /**
     * A body style with borders. It names its font itself ({@code applyFont}): LibreOffice gives a cell whose format
     * does not its own default, 10 pt, instead of the workbook's 11 pt body font, so that the body printed at 82 %
     * measured 8.2 pt.
     */
    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setFont(wb.getFontAt(0));
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    /** The height of a row holding {@code lines} lines of body text, in points. */
    public static float lineHeight(int lines) {
        return Math.max(1, lines) * LINE_POINTS + 3;
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

    /** Like {@link #line()}, wrapping long text onto several lines (a note under a table, a legend). */
    public CellStyle wrappedLine() {
        return wrappedLine;
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

    /**
     * A short code or number centred in its column (序号, 年度): side by side, a right-aligned number and a
     * left-aligned year read as one ("12021").
     */
    public CellStyle centred() {
        return centred;
    }

    /** Like {@link #centred()}, wrapping between words where the column is narrower than the text (a grade). */
    public CellStyle centredWrapped() {
        return centredWrapped;
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
