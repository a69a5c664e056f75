package org.dianmifeng.console.honour;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
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
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.ReportFile;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;

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
    /** Text wider than this (character units, a CJK character counting two) wraps within its column. */
    static final int WRAP_AT = 28;
    /** The columns whose text wraps, narrowed (to no less than {@link #WRAP_MIN}) when the sheet is too wide. */
    private static final List<String> WRAPPING = List.of("title", "level", "awardedBy", "recipient", "unit");
    private static final int WRAP_MIN = 10;
    /**
     * A header wider than this wraps between its words, its values setting the column's width (获得者类型 fits, an
     * English "Recipient type" over "Team" and "Person" wraps).
     */
    private static final int HEADER_WRAP_AT = 10;

    /**
     * One honour as the roll shows it: {@code unitId}/{@code unitName} the unit the recipient belongs to (a unit
     * recipient: itself), {@code awardedOn} and {@code certificateNo} may be null.
     */
    public record Line(String title, HonourLevel level, String awardedBy, int forYear, LocalDate awardedOn,
                       String recipient, RecipientKind kind, long unitId, String unitName, String certificateNo) {
    }

    /**
     * What the roll is made of: the years, the unit asked for (null: every unit), the units it covers (for the tree
     * of sheet 2) and the honours, by year, date and title.
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
     * asked, disposing of what it built. The caller saves it with {@link ReportPipeline#write} and then
     * {@link ReportFile#dispose}s it.
     */
    public SXSSFWorkbook build(Data data, Progress progress) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        boolean done = false;
        try {
            wb.setCompressTempFiles(true);
            Styles styles = new Styles(wb);
            progress.update(0, data.lines().size());
            writeRoll(wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("honourroll.sheet"))), data, title(data),
                    styles, progress);
            progress.checkCancelled();
            byUnit(wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("honourroll.byUnit.sheet"))), data,
                    m.text("honourroll.byUnit.title", title(data)), styles);
            progress.update(data.lines().size(), data.lines().size());
            done = true;
            return wb;
        } finally {
            if (!done) {
                ReportFile.dispose(wb, false);
            }
        }
    }

    private String info(Data data) {
        String unit = data.unitName() == null
                ? m.text("honourroll.allUnits")
                : m.text("honourroll.unitAndBelow", data.unitName());
        return m.text("honourroll.info", years(m, data.fromYear(), data.toYear()), unit, PageSetup.date(printDate),
                data.lines().size());
    }

    /** The columns of the roll's list: 年度 only on a roll over several years (keys {@code honourroll.column.*}). */
    static List<String> columns(Data data) {
        List<String> keys = new ArrayList<>(List.of(HEADERS));
        if (data.fromYear() != data.toYear()) {
            keys.add(1, "year");
        }
        return keys;
    }

    /**
     * Writes the roll's list into {@code sheet} (sheet 1 of the roll; also the honours sheet of the annual summary,
     * so that honours are listed one way): the title and information line, the header, the honours of
     * {@code data} grouped by level with a group row and a subtotal per level, the total, and the print setup
     * (frozen header, filter, A4 landscape one page wide, {@code pageHeader} as the page header: the workbook's
     * name, the same on every sheet). Long text wraps within its column and its row is as high as its lines.
     * {@code styles} is the style library of the sheet's workbook (to which it adds one style, the count's).
     * Reports progress per honour (of {@code data.lines().size()}) and stops with
     * {@link Progress.CancelledException} when asked.
     */
    public void writeRoll(Sheet sheet, Data data, String pageHeader, Styles styles, Progress progress) {
        CellStyle count = sheet.getWorkbook().createCellStyle();
        count.cloneStyleFrom(styles.integer());
        count.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(m.text("honourroll.countFormat")));
        List<String> keys = columns(data);
        int titleCol = keys.indexOf("title");
        int countCol = keys.indexOf("level");
        int lastCol = keys.size() - 1;
        // the widths first (the lines are in memory), so that a row written and flushed is as high as its text
        int[] widths = new int[keys.size()];
        for (int c = 0; c <= lastCol; c++) {
            widths[c] = Cells.headerWidth(m.text("honourroll.column." + keys.get(c)), HEADER_WRAP_AT);
        }
        widths[titleCol] = Math.max(widths[titleCol], Cells.displayWidth(m.text("honourroll.total")));
        for (Line line : data.lines()) {
            Object[] values = values(line, 0, keys);
            for (int c = 0; c <= lastCol; c++) {
                widths[c] = Math.max(widths[c], width(values[c]));
            }
        }
        // as wide as the text, up to WRAP_AT; then the text columns narrower (their text wraps) until the sheet
        // prints one page wide with its body at 9 pt or more
        printSetup(sheet, pageHeader);
        int[] columns = new int[keys.size()];
        for (int c = 0; c <= lastCol; c++) {
            columns[c] = Cells.width(Math.min(widths[c], WRAP_AT));
        }
        // never so narrow that a word of a header is cut (an English "Recipient" needs more than WRAP_MIN)
        int min = WRAP_MIN;
        for (int c = 0; c <= lastCol; c++) {
            if (WRAPPING.contains(keys.get(c))) {
                min = Math.max(min, Cells.width(Cells.longestWord(m.text("honourroll.column." + keys.get(c)))));
            }
        }
        Pages.shareWidth(columns, c -> WRAPPING.contains(keys.get(c)), min,
                Pages.readableWidth(sheet, styles.text("")));
        for (int c = 0; c <= lastCol; c++) {
            sheet.setColumnWidth(c, columns[c] * 256);
        }
        heading(sheet, title(data), info(data), lastCol, styles);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= lastCol; c++) {
            headerCell(header, c, m.text("honourroll.column." + keys.get(c)), styles);
        }
        // as high as a header wrapped in a narrowed column (between its words: the column holds the longest)
        Cells.fitHeight(header, sheet, 0, lastCol);
        header.setHeightInPoints(header.getHeightInPoints() + 6);
        // the pages are broken as the rows are written (they leave memory): a level's row stays with its first
        // honour, a subtotal with its last, the total with the last subtotal
        Pages.readable(sheet, styles.text(""), -1);
        Pages.Flow pages = new Pages.Flow(sheet);
        for (int h = TITLE_ROW; h <= HEADER_ROW; h++) {
            pages.add(sheet.getRow(h), true);
        }

        Map<HonourLevel, List<Line>> byLevel = new EnumMap<>(HonourLevel.class);
        for (Line line : data.lines()) {
            byLevel.computeIfAbsent(line.level(), k -> new ArrayList<>()).add(line);
        }
        int total = data.lines().size();
        int r = HEADER_ROW + 1;
        int number = 0;
        int groupsLeft = byLevel.size();
        for (Map.Entry<HonourLevel, List<Line>> group : byLevel.entrySet()) {
            groupsLeft--;
            Row groupRow = sheet.createRow(r++);
            for (int c = 0; c <= lastCol; c++) {
                Cell cell = groupRow.createCell(c);
                cell.setCellStyle(styles.header());
                if (c == 0) {
                    cell.setCellValue(m.label(group.getKey()));
                }
            }
            // the level's name across the row: in the 序号 column alone, 'Company' wrapped into 'Comp / any'
            sheet.addMergedRegion(new CellRangeAddress(groupRow.getRowNum(), groupRow.getRowNum(), 0, lastCol));
            pages.add(groupRow, true);
            int linesLeft = group.getValue().size();
            for (Line line : group.getValue()) {
                if (number % STEP == 0) {
                    progress.checkCancelled();
                    progress.update(number, total);
                }
                number++;
                Object[] values = values(line, number, keys);
                Row row = sheet.createRow(r++);
                for (int c = 0; c <= lastCol; c++) {
                    Cell cell = row.createCell(c);
                    if (values[c] == null) {
                        cell.setCellStyle(styles.text(""));
                    } else if (keys.get(c).equals("no") || keys.get(c).equals("year")) {
                        if (values[c] instanceof Integer n) {
                            cell.setCellValue(n);
                        } else {
                            cell.setCellValue(String.valueOf(values[c]));
                        }
                        cell.setCellStyle(styles.centred());
                    } else if (values[c] instanceof String text) {
                        cell.setCellValue(text);
                        cell.setCellStyle(styles.wrappedText(text));
                    } else {
                        Cells.put(cell, values[c], styles);
                    }
                }
                Cells.fitHeight(row, sheet, 0, lastCol);
                // the last honours stay with the total, as a table's last rows with a sign-off: a last page never
                // holds one honour alone
                pages.add(row, --linesLeft == 0 || number > total - SignOff.KEPT_ROWS);
            }
            Row subtotal = sheet.createRow(r++);
            sumRow(subtotal, lastCol, titleCol, countCol, m.text("honourroll.subtotal", group.getKey()),
                    group.getValue().size(), styles, count);
            // as high as its label's lines ('County or district subtotal' takes three in a narrowed column)
            Cells.fitHeight(subtotal, sheet, 0, lastCol);
            pages.add(subtotal, groupsLeft == 0 || number > total - SignOff.KEPT_ROWS);
        }
        int lastListed = r - 1;
        if (total == 0) {
            // the annual summary of a year without honours: said, not an empty table
            Row none = sheet.createRow(r);
            Cell cell = none.createCell(0);
            cell.setCellValue(m.text("summary.none"));
            cell.setCellStyle(styles.line());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, lastCol));
            pages.add(none, false);
        } else {
            Row totalRow = sheet.createRow(r);
            sumRow(totalRow, lastCol, titleCol, countCol, m.text("honourroll.total"), total, styles, count);
            pages.add(totalRow, false);
        }
        filter(sheet, lastCol, lastListed);
    }

    /** The cells of one honour in the order of {@code keys}; {@code number} its 序号. */
    private Object[] values(Line line, int number, List<String> keys) {
        Object[] out = new Object[keys.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = switch (keys.get(c)) {
                case "no" -> number;
                case "year" -> m.text("honourroll.years.one", String.valueOf(line.forYear()));
                case "title" -> line.title();
                case "level" -> m.label(line.level());
                case "awardedBy" -> line.awardedBy();
                case "recipient" -> line.recipient();
                case "kind" -> m.label(line.kind());
                case "unit" -> line.unitName();
                case "awardedOn" -> line.awardedOn();
                case "certificateNo" -> line.certificateNo();
                default -> throw new IllegalArgumentException(keys.get(c));
            };
        }
        return out;
    }

    private static int width(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof LocalDate) {
            return 10;
        }
        return Cells.displayWidth(String.valueOf(value));
    }

    /** A subtotal or total row: the label under 荣誉名称, the count under 级别. */
    private static void sumRow(Row row, int lastCol, int titleCol, int countCol, String label, int n, Styles styles,
                               CellStyle count) {
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header());
            if (c == titleCol) {
                cell.setCellValue(label);
            } else if (c == countCol) {
                cell.setCellValue(n);
                cell.setCellStyle(count);
            }
        }
    }

    /**
     * Sheet 2: the honours counted by the recipient's unit and level, in the order of the company tree: a unit
     * with the units below it (its row counts them all), then each of them, indented; a unit that has honours of
     * its own and units below with honours gets a row for its own ({@code honourroll.byUnit.own}). Units without
     * honours in their part of the tree are left out. The total is the sum of the top rows.
     */
    private void byUnit(Sheet sheet, Data data, String title, Styles styles) {
        HonourLevel[] levels = HonourLevel.values();
        int lastCol = levels.length + 1;
        int[] widths = new int[lastCol + 1];
        heading(sheet, title, info(data), lastCol, styles);
        Row header = sheet.createRow(HEADER_ROW);
        header.setHeightInPoints(Styles.lineHeight(1) + 6);
        widths[0] = headerCell(header, 0, m.text("honourroll.byUnit.unit"), styles);
        for (int l = 0; l < levels.length; l++) {
            widths[l + 1] = headerCell(header, l + 1, m.label(levels[l]), styles);
        }
        widths[lastCol] = headerCell(header, lastCol, m.text("honourroll.byUnit.total"), styles);

        Map<Long, int[]> own = new LinkedHashMap<>();
        for (Line line : data.lines()) {
            own.computeIfAbsent(line.unitId(), k -> new int[levels.length])[line.level().ordinal()]++;
        }
        List<UnitOrder.Entry> order = UnitOrder.depthFirst(data.units());
        // each unit's counts with the units below it: walk the tree order backwards, adding a unit to its parent
        Map<Long, int[]> rolled = new HashMap<>();
        Map<Long, Boolean> childWithHonours = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Unit u = order.get(i).unit();
            int[] sum = rolled.computeIfAbsent(u.id(), k -> new int[levels.length]);
            add(sum, own.get(u.id()));
            if (u.parentId() != null && sumOf(sum) > 0) {
                add(rolled.computeIfAbsent(u.parentId(), k -> new int[levels.length]), sum);
                childWithHonours.put(u.parentId(), true);
            }
        }
        int[] totals = new int[levels.length];
        int r = HEADER_ROW + 1;
        for (UnitOrder.Entry e : order) {
            Unit u = e.unit();
            int[] sum = rolled.get(u.id());
            if (sum == null || sumOf(sum) == 0) {
                continue;
            }
            boolean top = e.depth() == 0;
            if (top) {
                add(totals, sum);
            }
            String name = e.indentedName();
            widths[0] = Math.max(widths[0], countRow(sheet.createRow(r++), name, sum, top ? styles.header() : null,
                    styles));
            int[] mine = own.get(u.id());
            if (mine != null && childWithHonours.getOrDefault(u.id(), false)) {
                String ownName = "\u3000".repeat(e.depth() + 1) + m.text("honourroll.byUnit.own", u.name());
                widths[0] = Math.max(widths[0], countRow(sheet.createRow(r++), ownName, mine, null, styles));
            }
        }
        int lastListed = r - 1;
        countRow(sheet.createRow(r), m.text("honourroll.total"), totals, styles.header(), styles);
        for (int c = 0; c <= lastCol; c++) {
            Cells.setWidth(sheet, c, widths[c]);
        }
        filter(sheet, lastCol, lastListed);
        printSetup(sheet, title(data));
    }

    /** A row of counts per level and their sum, labelled {@code label} (in {@code labelStyle} if given); returns its width. */
    private static int countRow(Row row, String label, int[] byLevel, CellStyle labelStyle, Styles styles) {
        Cell cell = row.createCell(0);
        int width = Cells.put(cell, label, styles);
        if (labelStyle != null) {
            cell.setCellStyle(labelStyle);
        }
        for (int l = 0; l < byLevel.length; l++) {
            Cells.put(row.createCell(l + 1), byLevel[l], styles);
        }
        Cells.put(row.createCell(byLevel.length + 1), sumOf(byLevel), styles);
        return width;
    }

    private static void add(int[] to, int[] counts) {
        if (counts != null) {
            for (int i = 0; i < to.length; i++) {
                to[i] += counts[i];
            }
        }
    }

    private static int sumOf(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
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
        return Cells.displayWidth(text);
    }

    /** Frozen header, filter over header and rows. */
    private static void filter(Sheet sheet, int lastCol, int lastListed) {
        sheet.createFreezePane(0, HEADER_ROW + 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, lastListed), 0, lastCol));
    }

    /** A4 landscape one page wide, page header and page numbers. */
    private void printSetup(Sheet sheet, String pageHeader) {
        PageSetup.printOnA4(sheet, true, HEADER_ROW);
        PageSetup.pageHeaderAndFooter(sheet, pageHeader, m.text("report.footer"));
    }
}
