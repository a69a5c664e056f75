package org.dianmifeng.console.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The print rules every report shares: A4, one page wide, centred, the header row repeated on every page; the
 * report's name as the page header of every sheet of a workbook (one header for the workbook); the page number in
 * the footer, counted from 1 on each sheet (LibreOffice and Excel number a printed workbook through unless a
 * sheet says where it starts: each sheet starts at 1, so a branch's sheet says 第 1 页, not 第 3 页); dates as
 * yyyy-MM-dd whatever the machine's locale (never the footer's &amp;D, which follows it). Fonts and sizes are
 * {@link Styles}'. Knows nothing of cells or files.
 */
public final class PageSetup {
    /** The one date format of a report's text (the cells' is {@link Styles#DATE_FORMAT}): 2026-12-06. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private PageSetup() {
    }

    /** A date as every report writes it in text: yyyy-MM-dd. */
    public static String date(LocalDate day) {
        return day.format(DATE);
    }

    /**
     * Print setup of every report sheet: A4, one page wide (as many pages long as needed), centred, the row
     * {@code headerRow} (0-based) repeated at the top of every printed page, pages numbered from 1 on this sheet.
     */
    public static void printOnA4(Sheet sheet, boolean landscape, int headerRow) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        print.setUsePage(true);
        print.setPageStart((short) 1);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
    }

    /**
     * The page header and footer of a printed report sheet: {@code reportName} (the workbook's, the same on every
     * sheet) at the top centre and {@code footer} (the page number, bundle key {@code report.footer}) at the bottom
     * centre. An ampersand in the name is printed as itself, not read as a field code.
     */
    public static void pageHeaderAndFooter(Sheet sheet, String reportName, String footer) {
        sheet.getHeader().setCenter(reportName.replace("&", "&&"));
        sheet.getFooter().setCenter(footer);
    }
}
