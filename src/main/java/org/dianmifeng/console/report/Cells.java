package org.dianmifeng.console.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Cell writing of every report and list export: a value with its shared style (text always as text,
 * quote-prefixed when it looks like a formula; numbers as numbers, hours ({@link OneDecimal}) with one decimal; dates as yyyy-mm-dd dates), column widths from
 * the widest text (full-width characters counting two) and the height of a row of wrapped text. Knows nothing of
 * files or print setup.
 */
public final class Cells {
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int DATE_WIDTH = 12;
    private static final int DATE_TIME_WIDTH = 17;

    private Cells() {
    }

    /**
     * Writes one value with the matching shared style (text always as text, quote-prefixed when it looks like a
     * formula); returns its width in character units.
     */
    public static int put(Cell cell, Object value, Styles styles) {
        if (value instanceof LocalDateTime dt) {
            cell.setCellValue(dt);
            cell.setCellStyle(styles.dateTime());
            return DATE_TIME_WIDTH;
        }
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(styles.date());
            return DATE_WIDTH;
        }
        if (value instanceof OneDecimal d) {
            cell.setCellValue(d.value().doubleValue());
            cell.setCellStyle(styles.oneDecimal());
            return d.toString().length();
        }
        if (value instanceof Number n) {
            boolean integral = n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
                    || n instanceof BigInteger;
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(integral ? styles.integer() : styles.decimal());
            return integral ? String.valueOf(n).length() : String.format("%,.2f", n.doubleValue()).length();
        }
        if (value instanceof Boolean b) {
            cell.setCellValue(b);
            cell.setCellStyle(styles.bool());
            return 5;
        }
        String text = value instanceof BigDecimal bd ? bd.toPlainString() : value.toString();
        cell.setCellValue(text);
        cell.setCellStyle(styles.text(text));
        return displayWidth(text);
    }

    /** Sets a column's width from the widest text in it (character units), within sensible bounds. */
    public static void setWidth(Sheet sheet, int column, int widestText) {
        sheet.setColumnWidth(column, width(widestText) * 256);
    }

    /** The width {@link #setWidth} gives a column whose widest text is {@code widestText} character units. */
    public static int width(int widestText) {
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widestText + 2));
    }

    /**
     * Makes {@code row} as high as the most lines any of its wrapped cells needs in the column widths the sheet has
     * now ({@link #wrappedLines}); LibreOffice and Excel do not grow a row whose height is set, nor a row written
     * by a streaming workbook. Call after the widths are set.
     */
    public static void fitHeight(Row row, Sheet sheet, int firstCol, int lastCol) {
        int lines = 1;
        for (int c = firstCol; c <= lastCol; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellStyle() != null && cell.getCellStyle().getWrapText()
                    && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                lines = Math.max(lines, wrappedLines(cell.getStringCellValue(), sheet.getColumnWidth(c) / 256 - 1));
            }
        }
        row.setHeightInPoints(Styles.lineHeight(lines));
    }

    /**
     * The lines {@code text} needs when wrapped in {@code width} character units ({@link #displayWidth}), each of
     * its own line breaks starting a new line; at least one. Counted by width, not word by word: a letter of an
     * English text prints narrower than the character unit, which about makes up for the room a line leaves
     * before a word that does not fit (counted word by word, the English case register's rows printed a line too
     * high). A header's words fit its column whole ({@link #headerWidth}).
     */
    public static int wrappedLines(String text, int width) {
        int w = Math.max(1, width);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (displayWidth(part) + w - 1) / w);
        }
        return Math.max(1, lines);
    }

    /**
     * The width of the longest word of {@code text} in character units: a run of characters without a space, a
     * full-width (CJK) character standing as a word of its own (a line may break after any of them).
     */
    public static int longestWord(String text) {
        int longest = 0;
        int word = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || isWide(cp)) {
                longest = Math.max(longest, Math.max(word, isWide(cp) ? 2 : 0));
                word = 0;
            } else {
                word++;
            }
        }
        return Math.max(longest, word);
    }

    /**
     * The width of the text a header cell of {@code text} gives its column (character units, before
     * {@link #width}'s margin): the whole text up to {@code wrapAt}, beyond which it wraps, but never narrower than
     * its longest word, so that a header wraps between words and never cuts one (an English "Community" in a
     * column capped at 6 printed as "Commu|nity").
     */
    public static int headerWidth(String text, int wrapAt) {
        return Math.max(Math.min(wrapAt, displayWidth(text)), longestWord(text));
    }

    /**
     * The width of text in Excel's character units, full-width (CJK) characters counting two, and the longest line
     * of text that holds line breaks.
     */
    public static int displayWidth(String text) {
        int longest = 0;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                longest = Math.max(longest, width);
                width = 0;
            } else {
                width += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(longest, width);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
