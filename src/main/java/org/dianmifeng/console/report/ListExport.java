package org.dianmifeng.console.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes "what the list shows" as an Excel workbook: a title row, a header row and one row per
 * item, with the values of the given columns. Every list of the console exports through here.
 * Values may be text, numbers, dates, date-times, booleans or null; anything else is written as its
 * text. Text always lands as text (never as a formula), streamed so that 100,000 rows fit in little
 * memory, into a temporary file that replaces {@code out} only when complete.
 */
public final class ListExport {
    private static final Logger LOG = LoggerFactory.getLogger(ListExport.class);
    /** Rows kept in memory by the streaming workbook; older rows go to its temporary file. */
    private static final int WINDOW = 200;
    /** Progress is reported, and cancel checked, every this many rows. */
    static final int STEP = 500;
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int DATE_WIDTH = 12;
    private static final int DATE_TIME_WIDTH = 17;
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 1;
    private static final String TEMP_PREFIX = ".export-";
    private static final String TEMP_SUFFIX = ".xlsx.tmp";
    /** rw-r--r--: the permissions of a newly saved file on a POSIX file system. */
    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private ListExport() {
    }

    /** One column: its header and how to take its value from an item. */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    /**
     * Writes {@code rows} to {@code out} (an .xlsx file), replacing it. Reports progress every few
     * hundred rows and stops with {@link Progress.CancelledException} when asked, leaving no file behind.
     */
    public static <T> void write(Path out, String title, List<Column<T>> columns, List<T> rows, Progress progress)
            throws IOException {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an export needs a column");
        }
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        boolean done = false;
        try {
            wb.setCompressTempFiles(true);
            fill(wb, title, columns, rows, progress);
            save(wb, out, progress);
            done = true;
        } finally {
            dispose(wb, done);
        }
    }

    /**
     * The absolute path a report is written to, refusing a folder ({@code error.report.notAFile}, naming it).
     * Every report service checks its {@code out} through here before it reads anything.
     */
    public static Path target(Path out) {
        Path target = out.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ConsoleException("error.report.notAFile", target);
        }
        return target;
    }

    /**
     * Saves a finished report to {@code target} (see {@link #save}); a file that cannot be written is refused
     * with {@link #writeFailed}. Every report service saves through here.
     */
    public static void saveReport(Workbook wb, Path target, Progress progress) {
        try {
            save(wb, target, progress);
        } catch (IOException e) {
            throw writeFailed(target, e);
        }
    }

    /** The refusal of a report file that cannot be written: {@code error.report.write}, naming it and the reason. */
    public static ConsoleException writeFailed(Path target, IOException e) {
        LOG.info("Could not write the report {}: {}", target, e.toString());
        return new ConsoleException("error.report.write", e, target,
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    /**
     * Writes a finished workbook into a temporary file beside {@code out} that replaces {@code out}
     * only when complete; on failure or cancel no file is left behind. Every report saves through here.
     * The file is readable like any other the user saves ({@link #moveIntoPlace}); a failure names
     * {@code out}, never the temporary file.
     */
    public static void save(Workbook wb, Path out, Progress progress) throws IOException {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        boolean done = false;
        try {
            tmp = Files.createTempFile(target.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
            progress.checkCancelled();
            moveIntoPlace(tmp, target);
            done = true;
        } catch (IOException e) {
            throw aboutTarget(e, tmp);
        } finally {
            if (!done && tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * Places a finished file (e.g. a report written to a private temporary folder) at {@code target}: copies
     * it into a temporary file in the target's folder, then moves that into place atomically where the file
     * system can ({@link #moveIntoPlace}), then deletes {@code source}. A failure leaves the file that was at
     * {@code target} and {@code source} as they were, no temporary file behind, and names {@code target}
     * only. Every saved-elsewhere report is placed through here.
     */
    public static void place(Path source, Path target) throws IOException {
        Path to = target.toAbsolutePath();
        Path tmp = null;
        boolean done = false;
        try {
            tmp = Files.createTempFile(to.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
            Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING);
            moveIntoPlace(tmp, to);
            done = true;
        } catch (IOException e) {
            throw aboutTarget(e, tmp);
        } finally {
            if (!done && tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
        Files.deleteIfExists(source);
    }

    /**
     * The failure of writing through {@code tmp}, told without the internal temporary file's name (the
     * callers' message, {@code error.report.write}, names the target): the file system's reason, else the
     * kind of failure.
     */
    private static IOException aboutTarget(IOException e, Path tmp) {
        String message = e.getMessage();
        if (e instanceof FileSystemException fs) {
            message = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
        } else if (message == null) {
            message = e.getClass().getSimpleName();
        }
        if (tmp != null) {
            message = message.replace(tmp.toString(), "").strip();
        }
        if (message.contains(TEMP_PREFIX) || message.isEmpty()) {
            message = e.getClass().getSimpleName();
        }
        return message.equals(e.getMessage()) ? e : new IOException(message, e);
    }

    private static <T> void fill(SXSSFWorkbook wb, String title, List<Column<T>> columns, List<T> rows,
                                 Progress progress) {
        Styles styles = new Styles(wb);
        SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(title));
        int lastCol = columns.size() - 1;
        int[] widths = new int[columns.size()];

        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(24);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.title());
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastCol));
        }

        Row headerRow = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = headerRow.createCell(c);
            String header = columns.get(c).header();
            cell.setCellValue(header);
            cell.setCellStyle(styles.header());
            widths[c] = displayWidth(header);
        }

        long total = rows.size();
        progress.update(0, total);
        int r = HEADER_ROW + 1;
        for (int i = 0; i < rows.size(); i++) {
            if (i % STEP == 0) {
                progress.checkCancelled();
                if (i > 0) {
                    progress.update(i, total);
                }
            }
            T item = rows.get(i);
            Row row = sheet.createRow(r++);
            for (int c = 0; c <= lastCol; c++) {
                Object value = columns.get(c).value().apply(item);
                if (value != null) {
                    widths[c] = Math.max(widths[c], put(row.createCell(c), value, styles));
                }
            }
        }
        progress.update(total, total);

        for (int c = 0; c <= lastCol; c++) {
            setWidth(sheet, c, widths[c]);
        }
        int lastRow = Math.max(HEADER_ROW, r - 1);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastRow, 0, lastCol));
        printOnA4(sheet, true, HEADER_ROW);
    }

    /**
     * Print setup of every report: A4, one page wide (as many pages long as needed), centred, with
     * the row {@code headerRow} (0-based) repeated at the top of every printed page.
     */
    public static void printOnA4(Sheet sheet, boolean landscape, int headerRow) {
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
    }

    /**
     * The page header and footer of a printed report: the report's name at the top centre, and
     * {@code footer} (page n of m and the print date, from the bundle key {@code report.footer.dated})
     * at the bottom centre. An ampersand in the name is printed as itself, not read as a field code.
     */
    public static void pageHeaderAndFooter(Sheet sheet, String reportName, String footer) {
        sheet.getHeader().setCenter(reportName.replace("&", "&&"));
        sheet.getFooter().setCenter(footer);
    }

    /** Sets a column's width from the widest text in it (character units), within sensible bounds. */
    public static void setWidth(Sheet sheet, int column, int widestText) {
        sheet.setColumnWidth(column, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widestText + 2)) * 256);
    }

    /**
     * Writes one value with the matching shared style (text always as text, quote-prefixed when it
     * looks like a formula); returns its width in character units.
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

    /**
     * The lines {@code text} needs when wrapped in {@code width} character units ({@link #displayWidth}), each of
     * its own line breaks starting a new line; at least one.
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
     * The width of text in Excel's character units, full-width (CJK) characters counting two, and
     * the longest line of text that holds line breaks.
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

    /**
     * Closes a streaming workbook and deletes its temporary files; {@code saved}: it was written out whole.
     * After a failure or cancel the rows still in memory are flushed first, so that POI can delete the files
     * they would otherwise keep open. Every streaming report disposes of its workbook through here, saved or not.
     */
    public static void dispose(SXSSFWorkbook wb, boolean saved) {
        if (!saved) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                try {
                    wb.getSheetAt(i).flushRows();
                } catch (IOException | RuntimeException e) {
                    LOG.debug("Could not flush an abandoned report sheet", e);
                }
            }
        }
        try {
            wb.close();
        } catch (IOException e) {
            LOG.debug("Could not close a report workbook", e);
        }
        wb.dispose();
    }

    /**
     * Moves a finished temporary file onto {@code target}, atomically where the file system can. On a POSIX
     * file system the file first gets the permissions of the file it replaces, or rw-r--r-- for a new file
     * (a temporary file is created rw-------), so that it is readable like any other file the user saves.
     */
    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> perms = NEW_FILE;
            if (Files.exists(target)) {
                try {
                    perms = Files.getPosixFilePermissions(target);
                } catch (IOException | UnsupportedOperationException e) {
                    LOG.debug("Cannot read the permissions of {}", target, e);
                }
            }
            posix.setPermissions(perms);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
