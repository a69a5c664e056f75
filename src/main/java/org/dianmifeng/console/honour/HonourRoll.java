package org.dianmifeng.console.honour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.unit.Unit;

/**
 * 年度荣誉汇总表: the honours of a year or a range of years, built streaming (SXSSF). Sheet 1 lists them grouped by
 * level, national first ({@link HonourLevel} order), within a level by year, date and title, a group row and a
 * subtotal row per level and the total at the end, numbered through. Sheet 2 counts them by unit (the unit the
 * recipient belongs to, in unit order) and level. Both print on A4 landscape, one page wide, the header row on
 * every page, the report's name at the top and "page n of m" with the print date at the bottom. Every visible
 * text comes from the bundle of the chosen language; text from the database always lands as text.
 */
public final class HonourRoll {
    static final int TITLE_ROW = 0;
    static final int INFO_ROW = 1;
    static final int HEADER_ROW = 2;
    static final String[] HEADERS = {"no", "title", "level", "awardedBy", "recipient", "kind", "unit", "awardedOn",
            "certificateNo"};
    /** Rows kept in memory by the streaming workbook; older rows go to its temporary file. */
    private static final int WINDOW = 200;
    /** Progress is reported, and cancel checked, every this many honours. */
    private static final int STEP = 100;
    private static final int TITLE_COL = 1;
    private static final int COUNT_COL = 2;

    /**
     * One honour as the roll shows it: {@code unitId}/{@code unitName} the unit the recipient belongs to (a unit
     * recipient: itself), {@code awardedOn} and {@code certificateNo} may be null.
     */
    public record Line(String title, HonourLevel level, String awardedBy, int forYear, LocalDate awardedOn,
                       String recipient, RecipientKind kind, long unitId, String unitName, String certificateNo) {
    }

    /**
     * What the roll is made of: the years, the unit asked for (null: every unit), every unit in unit order (for the
     * order of sheet 2) and the honours, by year, date and title.
     */
    public record Data(int fromYear, int toYear, String unitName, List<Unit> units, List<Line> lines) {
        public Data {
            units = List.copyOf(units);
            lines = List.copyOf(lines);
        }
    }

    private final Messages m;
    private final LocalDate printDate;

    public HonourRoll(Messages messages, LocalDate printDate) {
        this.m = messages;
        this.printDate = printDate;
    }

    /** The years as the roll words them: {@code 2021} or {@code 2019—2021}. */
    public static String years(Messages m, int fromYear, int toYear) {
        return fromYear == toYear
                ? m.text("honourroll.years.one", String.valueOf(fromYear))
                : m.text("honourroll.years.range", String.valueOf(fromYear), String.valueOf(toYear));
    }

    /** The title of the roll, e.g. {@code 2021年度荣誉汇总表} or {@code 宜兴市供电公司 2019—2021年度荣誉汇总表}. */
    public String title(Data data) {
        String years = years(m, data.fromYear(), data.toYear());
        return data.unitName() == null
                ? m.text("honourroll.title", years)
                : m.text("honourroll.title.unit", years, data.unitName());
    }

    /**
     * The workbook of the roll; reports progress per honour and stops with {@link Progress.CancelledException} when
     * asked, disposing of what it built. The caller saves it with {@link ListExport#saveReport} and then
     * {@link ListExport#dispose}s it.
     */
    public SXSSFWorkbook build(Data data, Progress progress) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        boolean done = false;
        try {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            progress.update(0, data.lines().size());
            writeRoll(wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("honourroll.sheet"))), data, styles,
                    progress);
            progress.checkCancelled();
            byUnit(wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("honourroll.byUnit.sheet"))), data,
                    m.text("honourroll.byUnit.title", title(data)), styles);
            progress.update(data.lines().size(), data.lines().size());
            done = true;
            return wb;
        } finally {
            if (!done) {
                ListExport.dispose(wb, false);
            }
        }
    }

    private String info(Data data) {
        String unit = data.unitName() == null
                ? m.text("honourroll.allUnits")
                : m.text("honourroll.unitAndBelow", data.unitName());
        return m.text("honourroll.info", years(m, data.fromYear(), data.toYear()), unit, printDate.toString(),
                data.lines().size());
    }

    /**
     * Writes the roll's list into {@code sheet} (sheet 1 of the roll; also the honours sheet of the annual summary,
     * so that honours are listed one way): the title and information line, the header, the honours of
     * {@code data} grouped by level with a group row and a subtotal per level, the total, and the print setup
     * (frozen header, filter, A4 landscape one page wide, page header and dated footer). {@code styles} is the
     * style library of the sheet's workbook (to which it adds one style, the count's). Reports progress per honour (of {@code data.lines().size()}) and stops
     * with {@link Progress.CancelledException} when asked.
     */
    public void writeRoll(Sheet sheet, Data data, Styles styles, Progress progress) {
        CellStyle count = sheet.getWorkbook().createCellStyle();
        count.cloneStyleFrom(styles.integer());
        count.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(m.text("honourroll.countFormat")));
        String title = title(data);
        int lastCol = HEADERS.length - 1;
        int[] widths = new int[HEADERS.length];
        heading(sheet, title, info(data), lastCol, styles);
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(24);
        for (int c = 0; c <= lastCol; c++) {
            widths[c] = headerCell(header, c, m.text("honourroll.column." + HEADERS[c]), styles);
        }

        Map<HonourLevel, List<Line>> byLevel = new EnumMap<>(HonourLevel.class);
        for (Line line : data.lines()) {
            byLevel.computeIfAbsent(line.level(), k -> new ArrayList<>()).add(line);
        }
        int total = data.lines().size();
        int r = HEADER_ROW + 1;
        int number = 0;
        for (Map.Entry<HonourLevel, List<Line>> group : byLevel.entrySet()) {
            Row groupRow = sheet.createRow(r++);
            for (int c = 0; c <= lastCol; c++) {
                Cell cell = groupRow.createCell(c);
                cell.setCellStyle(styles.header());
                if (c == 0) {
                    cell.setCellValue(m.label(group.getKey()));
                }
            }
            for (Line line : group.getValue()) {
                if (number % STEP == 0) {
                    progress.checkCancelled();
                    progress.update(number, total);
                }
                number++;
                Object[] values = {number, line.title(), m.label(line.level()), line.awardedBy(), line.recipient(),
                        m.label(line.kind()), line.unitName(), line.awardedOn(), line.certificateNo()};
                Row row = sheet.createRow(r++);
                for (int c = 0; c <= lastCol; c++) {
                    Cell cell = row.createCell(c);
                    if (values[c] == null) {
                        cell.setCellStyle(styles.text(""));
                    } else {
                        widths[c] = Math.max(widths[c], ListExport.put(cell, values[c], styles));
                    }
                }
            }
            widths[TITLE_COL] = Math.max(widths[TITLE_COL], sumRow(sheet.createRow(r++), lastCol,
                    m.text("honourroll.subtotal", group.getKey()), group.getValue().size(), styles, count));
        }
        int lastListed = r - 1;
        widths[TITLE_COL] = Math.max(widths[TITLE_COL],
                sumRow(sheet.createRow(r), lastCol, m.text("honourroll.total"), total, styles, count));

        for (int c = 0; c <= lastCol; c++) {
            ListExport.setWidth(sheet, c, widths[c]);
        }
        finish(sheet, title, lastCol, lastListed);
    }

    /** A subtotal or total row: the label under 荣誉名称, the count beside it; returns the label's width. */
    private static int sumRow(Row row, int lastCol, String label, int n, Styles styles, CellStyle count) {
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header());
            if (c == TITLE_COL) {
                cell.setCellValue(label);
            } else if (c == COUNT_COL) {
                cell.setCellValue(n);
                cell.setCellStyle(count);
            }
        }
        return ListExport.displayWidth(label);
    }

    /** Sheet 2: the honours counted by the recipient's unit (units with honours, in unit order) and level. */
    private void byUnit(Sheet sheet, Data data, String title, Styles styles) {
        HonourLevel[] levels = HonourLevel.values();
        int lastCol = levels.length + 1;
        int[] widths = new int[lastCol + 1];
        heading(sheet, title, info(data), lastCol, styles);
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(24);
        widths[0] = headerCell(header, 0, m.text("honourroll.byUnit.unit"), styles);
        for (int l = 0; l < levels.length; l++) {
            widths[l + 1] = headerCell(header, l + 1, m.label(levels[l]), styles);
        }
        widths[lastCol] = headerCell(header, lastCol, m.text("honourroll.byUnit.total"), styles);

        Map<Long, int[]> counts = new LinkedHashMap<>();
        for (Line line : data.lines()) {
            counts.computeIfAbsent(line.unitId(), k -> new int[levels.length])[line.level().ordinal()]++;
        }
        int[] totals = new int[levels.length];
        int r = HEADER_ROW + 1;
        for (Unit unit : data.units()) {
            int[] byLevel = counts.get(unit.id());
            if (byLevel == null) {
                continue;
            }
            Row row = sheet.createRow(r++);
            widths[0] = Math.max(widths[0], ListExport.put(row.createCell(0), unit.name(), styles));
            int sum = 0;
            for (int l = 0; l < levels.length; l++) {
                ListExport.put(row.createCell(l + 1), byLevel[l], styles);
                sum += byLevel[l];
                totals[l] += byLevel[l];
            }
            ListExport.put(row.createCell(lastCol), sum, styles);
        }
        int lastListed = r - 1;
        Row totalRow = sheet.createRow(r);
        Cell label = totalRow.createCell(0);
        label.setCellValue(m.text("honourroll.total"));
        label.setCellStyle(styles.header());
        for (int l = 0; l < levels.length; l++) {
            ListExport.put(totalRow.createCell(l + 1), totals[l], styles);
        }
        ListExport.put(totalRow.createCell(lastCol), data.lines().size(), styles);

        for (int c = 0; c <= lastCol; c++) {
            ListExport.setWidth(sheet, c, widths[c]);
        }
        finish(sheet, title, lastCol, lastListed);
    }

    /** The title (first page only) and the info line, each merged across the table. */
    private static void heading(Sheet sheet, String title, String info, int lastCol, Styles styles) {
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(28);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(styles.centredTitle());
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastCol));
        Row infoRow = sheet.createRow(INFO_ROW);
        infoRow.setHeightInPoints(20);
        Cell infoCell = infoRow.createCell(0);
        infoCell.setCellValue(info);
        infoCell.setCellStyle(styles.line());
        sheet.addMergedRegion(new CellRangeAddress(INFO_ROW, INFO_ROW, 0, lastCol));
    }

    private static int headerCell(Row header, int c, String text, Styles styles) {
        Cell cell = header.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header());
        return ListExport.displayWidth(text);
    }

    /** Frozen header, filter over header and rows, A4 landscape one page wide, page header and dated footer. */
    private void finish(Sheet sheet, String title, int lastCol, int lastListed) {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastListed), 0, lastCol));
        ListExport.printOnA4(sheet, true, HEADER_ROW);
        ListExport.pageHeaderAndFooter(sheet, title, m.text("report.footer.dated"));
    }
}
