package org.dianmifeng.console.imports;

/**
 * One cell of an imported sheet as read: its text (a date cell as yyyy-MM-dd, a number in plain digits, a formula as
 * the value it last showed, never the formula) and whether the spreadsheet held it as a number, which for an ID
 * number means its last digits are lost.
 */
public record SheetCell(String text, boolean numeric) {
    public static final SheetCell BLANK = new SheetCell("", false);

    public SheetCell {
        text = text == null ? "" : text;
    }

    public boolean blank() {
        return text.isBlank();
    }
}
