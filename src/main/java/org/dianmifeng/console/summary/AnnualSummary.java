package org.dianmifeng.console.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourRoll;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.report.BarChart;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.ReportFile;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.UnitScope;
import org.dianmifeng.console.volunteer.TeamKind;

/**
 * 年度工作总结: the overview of the year's figures ({@link YearFigures}, the same the dashboard shows) with two
 * charts, then a sheet per area: people by unit, teams, party members by branch, every party member with
 * community service in the year (streamed: the rows go to disk as they are written), aid cases by unit and
 * status (counts only), the year's honours (the honour roll's list of the year, written by {@link HonourRoll}).
 * Every sheet prints on A4 landscape, one page wide, with its header row repeated, the report's name (the
 * honours: the roll's) as page header and "page n of m" and the print date as footer.
 */
public final class AnnualSummary {
    /** Rows of a sheet kept in memory while writing; older rows go to the workbook's temporary file. */
    public static final int WINDOW = 100;
    /** Progress is reported, and cancel checked, every this many member rows. */
    static final int STEP = 200;
    /** The sheets of the workbook, in order (keys {@code summary.sheet.*}). */
    static final List<String> SHEETS = List.of("overview", "people", "teams", "party", "members", "cases", "honours",
            "sites", "activities", "hours", "stars");
    static final int TITLE_ROW = 0;
    /**
     * The header row of every area sheet but the overview, which has an information line above it, and the
     * honours, which are the honour roll's sheet.
     */
    static final int HEADER_ROW = 1;
    static final int OVERVIEW_HEADER_ROW = 2;
    /** The overview's hidden column of the charts' category labels. */
    static final int CHART_LABEL_COL = 3;
    /** The overview's columns of the charts (and the last of its sign-off block). */
    static final int CHART_FIRST_COL = 4;
    static final int CHART_MIDDLE_COL = 8;
    static final int CHART_LAST_COL = 12;
    /** The charts stand side by side from the first row below the overview's header (a drawing on the repeated header row would be drawn again, cut, on every page), so that both print whole on its first page. */
    static final int CHART_TOP_ROW = OVERVIEW_HEADER_ROW + 1;
    /** The width of the charts' columns, in characters. */
    private static final int CHART_COL_WIDTH = 7;
    /** The height of the charts, in points (16 rows of one line). */
    private static final double CHART_HEIGHT = 16 * 18;
    /** The overview's figure names wrap beyond this width (character units), so that the sheet prints at 9 pt. */
    private static final int FIGURE_WRAP_AT = 28;
    /** The height of a line of wrapped text, in points. */
    private static final float LINE_HEIGHT = 15f;

    /** One active team: members by the end of the year, those who joined in it, the captain (null: none). */
    public record TeamLine(String name, TeamKind kind, String unitName, int members, int joinedInYear,
                           String captain) {
    }

    /**
     * One party member with community service in the year: the communities served (joined by
     * {@link SummaryStore#LIST_SEPARATOR}), records and hours.
     */
    public record MemberLine(String name, String branchName, String unitName, String communities, int records,
                             BigDecimal hours) {
    }

    private final Messages m;
    private final LocalDate printDate;

    public AnnualSummary(Messages messages, LocalDate printDate) {
        this.m = messages;
        this.printDate = printDate;
    }

    /**
     * Builds the overview of an empty year in memory and throws it away, so that the classes every report needs
     * (POI's streaming workbook, styles, print set-up and the chart model with its XML beans, a second or more
     * to load) are loaded before a person asks for the first real report. The console calls it once after
     * sign-in, on a background thread of its own; it touches no database and no file.
     */
    public static void warmUp(Messages messages) {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        boolean written = false;
        try {
            LocalDate today = LocalDate.now();
            YearFigures none = new YearFigures(today.getYear(), null, YearFigures.People.NONE, YearFigures.Teams.NONE,
                    YearFigures.Party.NONE, YearFigures.Cases.NONE, new YearFigures.Honours(null),
                    YearFigures.Volunteering.NONE);
            new AnnualSummary(messages, today).overview(wb, new Styles(wb), none);
            wb.write(java.io.OutputStream.nullOutputStream());
            written = true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            ReportFile.dispose(wb, written);
        }
    }

    /** The title of the summary: the year, and the unit when it covers one. */
    public String title(YearFigures f) {
        String year = String.valueOf(f.year());
        return f.unitName() == null ? m.text("summary.title", year) : m.text("summary.title.unit", year, f.unitName());
    }

    /**
     * Fills {@code wb} (a streaming workbook) with every sheet: the overview from the figures of {@code counts},
     * the per-unit and per-branch rows from {@code counts}, the other rows read from {@code store};
     * reports progress per sheet and per {@value #STEP} member rows and stops when cancelled. Returns the sheets.
     */
    public int fill(SXSSFWorkbook wb, SummaryStore store, SummaryStore.Counts counts, Progress progress) {
        Styles styles = new Styles(wb);
        UnitScope scope = counts.scope();
        YearFigures f = counts.figures();
        int members = f.party().served();
        long total = SHEETS.size() + (long) members;
        long[] done = {0};
        Runnable sheetDone = () -> {
            progress.checkCancelled();
            progress.update(++done[0], total);
        };
        progress.update(0, total);
        progress.checkCancelled();
        overview(wb, styles, f);
        sheetDone.run();
        people(wb, styles, f, store.unitNames(scope), counts.peopleByUnit());
        sheetDone.run();
        teams(wb, styles, f, store.teamLines(scope, f.year()));
        sheetDone.run();
        party(wb, styles, f, store.branchNames(), counts.partyByBranch());
        sheetDone.run();
        Part part = new Part(wb, styles, f, "members", "no", "name", "branch", "unit", "communities", "records", "hours");
        int[] n = {0};
        BigDecimal[] hours = {BigDecimal.ZERO};
        long[] records = {0};
        String listSeparator = m.text("summary.listSeparator");
        store.members(scope, f.year(), line -> {
            n[0]++;
            if (n[0] % STEP == 0) {
                progress.checkCancelled();
                progress.update(done[0] + n[0], total);
            }
            String communities = line.communities() == null ? null
                    : line.communities().replace(SummaryStore.LIST_SEPARATOR, listSeparator);
            part.row(n[0], line.name(), line.branchName(), line.unitName(), communities,
                    line.records(), OneDecimal.of(line.hours()));
            records[0] += line.records();
            hours[0] = hours[0].add(line.hours() == null ? BigDecimal.ZERO : line.hours());
        });
        part.total(null, m.text("summary.total"), null, null, null, records[0], OneDecimal.of(hours[0]));
        part.finish();
        done[0] += n[0];
        sheetDone.run();
        cases(wb, styles, f, store.unitNames(scope), counts.casesByUnit());
        sheetDone.run();
        honours(wb, styles, f, scope, store.honourRoll().lines(f.year(), f.year(), scope.unitIds()), progress);
        sheetDone.run();
        new VolunteerSheets(this, m).fill(wb, styles, f, scope, store.volunteerWork(), sheetDone);
        return wb.getNumberOfSheets();
    }

    // ---- the overview ----

    private void overview(SXSSFWorkbook wb, Styles styles, YearFigures f) {
        String name = sheetName("overview");
        SXSSFSheet sheet = wb.createSheet(name);
        int lastCol = 2;
        int[] widths = new int[3];
        String title = title(f);
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(28);
        merged(sheet, titleRow, lastCol, title, styles.centredTitle());
        Row info = sheet.createRow(TITLE_ROW + 1);
        String infoText = m.text("summary.info", f.unitName() == null ? m.text("summary.allUnits") : f.unitName(),
                PageSetup.date(printDate));
        merged(sheet, info, lastCol, infoText, styles.wrappedText(infoText));
        header(sheet, styles, OVERVIEW_HEADER_ROW, widths, "summary.column.area", "summary.column.figure",
                "summary.column.value");

        List<Object[]> lines = new ArrayList<>();
        YearFigures.People p = f.people();
        String area = m.text("summary.area.people");
        lines.add(new Object[] {area, m.text("summary.figure.people"), p.total()});
        for (PoliticalStatus s : PoliticalStatus.values()) {
            lines.add(new Object[] {area, m.text("summary.figure.ofPeople", m.label(s)), p.byStatus().get(s)});
        }
        for (Gender g : Gender.values()) {
            lines.add(new Object[] {area, m.text("summary.figure.ofPeople", m.label(g)), p.byGender().get(g)});
        }
        lines.add(new Object[] {area, m.text("summary.figure.volunteers"), p.volunteers()});
        area = m.text("summary.area.teams");
        lines.add(new Object[] {area, m.text("summary.figure.teams"), f.teams().active()});
        lines.add(new Object[] {area, m.text("summary.figure.teamMembers"), f.teams().members()});
        lines.add(new Object[] {area, m.text("summary.figure.joined"), f.teams().joinedInYear()});
        area = m.text("summary.area.party");
        YearFigures.Party party = f.party();
        lines.add(new Object[] {area, m.text("summary.figure.partyMembers"), party.members()});
        lines.add(new Object[] {area, m.text("summary.figure.enrolled"), party.enrolled()});
        lines.add(new Object[] {area, m.text("summary.figure.served"), party.served()});
        lines.add(new Object[] {area, m.text("summary.figure.serviceRecords"), party.serviceRecords()});
        lines.add(new Object[] {area, m.text("summary.figure.serviceHours"), OneDecimal.of(party.serviceHours())});
        int gradesFrom = lines.size();
        for (Grade g : Grade.values()) {
            lines.add(new Object[] {area, m.text("summary.figure.grade", m.label(g)), party.confirmedByGrade().get(g)});
        }
        lines.add(new Object[] {area, m.text("summary.figure.notConfirmed"), party.notConfirmed()});
        area = m.text("summary.area.cases");
        for (AidCaseStatus s : AidCaseStatus.values()) {
            lines.add(new Object[] {area, m.label(s), f.cases().byStatus().get(s)});
        }
        lines.add(new Object[] {area, m.text("summary.figure.referred"), f.cases().referredInYear()});
        lines.add(new Object[] {area, m.text("summary.figure.handedOver"), f.cases().handedOverInYear()});
        area = m.text("summary.area.honours");
        int levelsFrom = lines.size();
        for (HonourLevel l : HonourLevel.values()) {
            lines.add(new Object[] {area, m.label(l), f.honours().byLevel().get(l)});
        }
        lines.add(new Object[] {area, m.text("summary.total"), f.honours().total()});
        lines.addAll(VolunteerSheets.overviewLines(m, f.volunteering()));

        // the charts' categories: short labels in a hidden column beside the rows they name
        String[] chartLabels = new String[lines.size()];
        for (int i = 0; i < HonourLevel.values().length; i++) {
            chartLabels[levelsFrom + i] = m.label(HonourLevel.values()[i]);
        }
        for (int i = 0; i < Grade.values().length; i++) {
            chartLabels[gradesFrom + i] = m.label(Grade.values()[i]);
        }
        int first = OVERVIEW_HEADER_ROW + 1;
        int areaFrom = first;
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(first + i);
            // an area is named once, merged down its rows
            boolean areaStarts = i == 0 || !lines.get(i)[0].equals(lines.get(i - 1)[0]);
            if (areaStarts && i > 0) {
                mergeDown(sheet, areaFrom, first + i - 1);
                areaFrom = first + i;
            }
            put(row, lines.get(i), styles, widths);
            String figure = (String) lines.get(i)[1];
            row.getCell(1).setCellStyle(styles.wrappedText(figure));
            if (!areaStarts) {
                row.getCell(0).setBlank();
            }
            if (chartLabels[i] != null) {
                Cell label = row.createCell(CHART_LABEL_COL);
                label.setCellValue(chartLabels[i]);
                label.setCellStyle(styles.text(chartLabels[i]));
            }
        }
        mergeDown(sheet, areaFrom, first + lines.size() - 1);
        widths[1] = Math.min(widths[1], FIGURE_WRAP_AT);
        widths[2] = Math.max(widths[2], 10);
        finish(sheet, title, widths, OVERVIEW_HEADER_ROW, first + lines.size() - 1);
        for (int i = 0; i < lines.size(); i++) {
            Cells.fitHeight(sheet.getRow(first + i), sheet, 1, 1);
        }
        // the information line wraps within A:C, as high as its lines need, so that it prints whole (its row is
        // still in memory: the overview is far shorter than the streaming window)
        int infoWidth = 0;
        for (int c = 0; c <= lastCol; c++) {
            infoWidth += sheet.getColumnWidth(c) / 256;
        }
        info.setHeightInPoints(Cells.wrappedLines(infoText, infoWidth - 1) * LINE_HEIGHT + 3);

        for (int c = CHART_FIRST_COL; c <= CHART_LAST_COL; c++) {
            sheet.setColumnWidth(c, CHART_COL_WIDTH * 256);
        }
        sheet.setColumnWidth(CHART_LABEL_COL, 256);
        // the charts' columns are part of the printed width (a cell in the last tells Pages so); then the scale
        titleRow.createCell(CHART_LAST_COL);
        Pages.readable(sheet, styles.text(""), -1);
        sheet.createDrawingPatriarch();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        sheet.setColumnHidden(CHART_LABEL_COL, true);
        int last = first + lines.size() - 1;
        // the charts stand on the rows that make CHART_HEIGHT points (fewer when English figure names wrap)
        int chartEnd = CHART_TOP_ROW;
        for (double h = 0; h < CHART_HEIGHT && chartEnd < last; chartEnd++) {
            h += sheet.getRow(chartEnd).getHeightInPoints();
        }
        chart(sheet, drawing, name, m.text("summary.chart.honours"), first + levelsFrom,
                Arrays.copyOfRange(chartLabels, levelsFrom, levelsFrom + HonourLevel.values().length), lines,
                CHART_FIRST_COL, CHART_MIDDLE_COL, chartEnd, styles);
        chart(sheet, drawing, name, m.text("summary.chart.grades"), first + gradesFrom,
                Arrays.copyOfRange(chartLabels, gradesFrom, gradesFrom + Grade.values().length), lines,
                CHART_MIDDLE_COL, CHART_LAST_COL, chartEnd, styles);
        int chartLast = chartEnd - 1;
        int signOff = SignOff.write(sheet, first, last, CHART_LAST_COL, styles, Stream.of("unitSeal", "head",
                "reviewer", "preparer", "dateLabel").map(k -> m.text("report.signOff." + k)).toList());
        // an area prints whole on one page (its name is merged down its rows: split, it would print on one part only),
        // and so do the charts' rows (a chart cut by a page break printed its top on one page, its bars on the next)
        Pages.breakRows(sheet, Math.max(first, last - SignOff.KEPT_ROWS + 1), signOff, r -> r >= first && r < last
                && (lines.get(r - first)[0].equals(lines.get(r - first + 1)[0]) || r < chartLast));
    }

    /**
     * A column chart of the values of the {@code labels.length} overview rows from {@code fromRow}, each bar named
     * by its short label, from the hidden column {@value #CHART_LABEL_COL} (the overview's figure names are longer,
     * and would be drawn rotated; LibreOffice ignores categories that are not in cells). The bars have an explicit
     * solid fill: the workbook has no theme part, without which LibreOffice draws no bars.
     */
    private void chart(SXSSFSheet sheet, XSSFDrawing drawing, String sheetName, String title, int fromRow,
                       String[] labels, List<Object[]> lines, int fromCol, int toCol, int toRow, Styles styles) {
        int count = labels.length;
        int firstLine = fromRow - OVERVIEW_HEADER_ROW - 1;
        Integer[] values = new Integer[count];
        int sum = 0;
        for (int i = 0; i < count; i++) {
            values[i] = (Integer) lines.get(firstLine + i)[2];
            sum += values[i];
        }
        if (sum == 0) {
            // nothing in the year: say so where the chart would be, instead of an empty frame
            Row row = sheet.getRow(CHART_TOP_ROW);
            Cell none = row.createCell(fromCol);
            String text = m.text("summary.noneChart", title);
            none.setCellValue(text);
            none.setCellStyle(styles.line());
            return;
        }
        String sheetRef = "'" + sheetName.replace("'", "''") + "'!";
        String range = "$%s$" + (fromRow + 1) + ":$%s$" + (fromRow + count);
        String labelCol = CellReference.convertNumToColString(CHART_LABEL_COL);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(labels,
                sheetRef + String.format(range, labelCol, labelCol));
        XDDFNumericalDataSource<Integer> numbers = XDDFDataSourcesFactory.fromArray(values,
                sheetRef + String.format(range, "C", "C"));
        BarChart.columns(drawing, fromCol, CHART_TOP_ROW, toCol, toRow, title, categories, numbers);
    }

    // ---- the areas ----

    private void people(SXSSFWorkbook wb, Styles styles, YearFigures f, Map<Long, String> units,
                        Map<Long, YearFigures.People> byUnit) {
        Part part = new Part(wb, styles, f, "people", "unit", "people", "PoliticalStatus.PARTY_MEMBER",
                "PoliticalStatus.PROBATIONARY_MEMBER", "PoliticalStatus.LEAGUE_MEMBER", "PoliticalStatus.MASSES",
                "Gender.MALE", "Gender.FEMALE", "volunteers");
        YearFigures.People sum = YearFigures.People.NONE;
        for (Map.Entry<Long, String> unit : units.entrySet()) {
            YearFigures.People p = byUnit.get(unit.getKey());
            if (p != null) {
                part.row(unit.getValue(), peopleValues(p));
                sum = sum.plus(p);
            }
        }
        part.total(m.text("summary.total"), peopleValues(sum));
        part.finish();
    }

    private static Object[] peopleValues(YearFigures.People p) {
        List<Object> v = new ArrayList<>();
        v.add(p.total());
        for (PoliticalStatus s : PoliticalStatus.values()) {
            v.add(p.byStatus().get(s));
        }
        for (Gender g : Gender.values()) {
            v.add(p.byGender().get(g));
        }
        v.add(p.volunteers());
        return v.toArray();
    }

    private void teams(SXSSFWorkbook wb, Styles styles, YearFigures f, List<TeamLine> lines) {
        Part part = new Part(wb, styles, f, "teams", "team", "kind", "unit", "teamMembers", "joined", "captain");
        int members = 0;
        int joined = 0;
        for (TeamLine t : lines) {
            part.row(t.name(), m.label(t.kind()), t.unitName(), t.members(), t.joinedInYear(), t.captain());
            members += t.members();
            joined += t.joinedInYear();
        }
        part.total(m.text("summary.total"), null, null, members, joined, null);
        part.finish();
    }

    private void party(SXSSFWorkbook wb, Styles styles, YearFigures f, Map<Long, String[]> branches,
                       Map<Long, YearFigures.Party> byBranch) {
        Part part = new Part(wb, styles, f, "party", "branch", "unit", "partyMembers", "enrolled", "served",
                "serviceRecords",
                "serviceHours", "Grade.EXCELLENT", "Grade.QUALIFIED", "Grade.BASICALLY_QUALIFIED", "Grade.UNQUALIFIED",
                "notConfirmed");
        YearFigures.Party sum = YearFigures.Party.NONE;
        for (Map.Entry<Long, String[]> b : branches.entrySet()) {
            YearFigures.Party p = byBranch.get(b.getKey());
            if (p != null) {
                part.row(b.getValue()[0], b.getValue()[1], partyValues(p));
                sum = sum.plus(p);
            }
        }
        part.total(m.text("summary.total"), null, partyValues(sum));
        part.finish();
    }

    private static Object[] partyValues(YearFigures.Party p) {
        List<Object> v = new ArrayList<>(List.of(p.members(), p.enrolled(), p.served(), p.serviceRecords(),
                OneDecimal.of(p.serviceHours())));
        for (Grade g : Grade.values()) {
            v.add(p.confirmedByGrade().get(g));
        }
        v.add(p.notConfirmed());
        return v.toArray();
    }

    private void cases(SXSSFWorkbook wb, Styles styles, YearFigures f, Map<Long, String> units,
                       Map<Long, YearFigures.Cases> byUnit) {
        List<String> headers = new ArrayList<>(List.of("unit"));
        for (AidCaseStatus s : AidCaseStatus.values()) {
            headers.add("AidCaseStatus." + s.name());
        }
        headers.addAll(List.of("casesTotal", "referred", "handedOver"));
        Part part = new Part(wb, styles, f, "cases", headers.toArray(String[]::new));
        YearFigures.Cases sum = YearFigures.Cases.NONE;
        for (Map.Entry<Long, String> unit : units.entrySet()) {
            YearFigures.Cases c = byUnit.get(unit.getKey());
            if (c != null) {
                part.row(unit.getValue(), casesValues(c));
                sum = sum.plus(c);
            }
        }
        part.total(m.text("summary.total"), casesValues(sum));
        part.finish();
    }

    private static Object[] casesValues(YearFigures.Cases c) {
        List<Object> v = new ArrayList<>();
        for (AidCaseStatus s : AidCaseStatus.values()) {
            v.add(c.byStatus().get(s));
        }
        v.addAll(List.of(c.total(), c.referredInYear(), c.handedOverInYear()));
        return v.toArray();
    }

    /**
     * The honours of the year in the scope, listed as the honour roll of that year and scope lists them: written
     * by the roll itself. Only the cancel of {@code progress} is passed on (the summary counts sheets and member
     * rows, not honours).
     */
    private void honours(SXSSFWorkbook wb, Styles styles, YearFigures f, UnitScope scope, List<HonourRoll.Line> lines,
                         Progress progress) {
        // the units order only the roll's sheet of counts by unit, which the summary does not have
        HonourRoll.Data data = new HonourRoll.Data(f.year(), f.year(), scope.unitName(), List.of(), lines);
        new HonourRoll(m, printDate).writeRoll(wb.createSheet(sheetName("honours")), data, title(f), styles,
                new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        });
    }

    // ---- building blocks ----

    String sheetName(String key) {
        return WorkbookUtil.createSafeSheetName(m.text("summary.sheet." + key));
    }

    private String headerText(String key) {
        int dot = key.indexOf('.');
        return dot > 0 ? m.text("enum." + key) : m.text("summary.column." + key);
    }

    private void header(SXSSFSheet sheet, Styles styles, int rowIndex, int[] widths, String... keys) {
        header(sheet, styles, rowIndex, widths, Stream.of(keys)
                .map(k -> k.startsWith("summary.") ? m.text(k) : headerText(k)).toList());
    }

    private static void header(SXSSFSheet sheet, Styles styles, int rowIndex, int[] widths, List<String> texts) {
        Row header = sheet.createRow(rowIndex);
        header.setHeightInPoints(30);
        for (int c = 0; c < texts.size(); c++) {
            String text = texts.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            widths[c] = Math.max(widths[c], Cells.displayWidth(text));
        }
    }

    /** Frozen header, filter over the table, widths, print setup, page header and footer. */
    private void finish(SXSSFSheet sheet, String title, int[] widths, int headerRow, int lastRow) {
        for (int c = 0; c < widths.length; c++) {
            Cells.setWidth(sheet, c, widths[c]);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, widths.length - 1));
        PageSetup.printOnA4(sheet, true, headerRow);
        PageSetup.pageHeaderAndFooter(sheet, title, m.text("report.footer"));
    }

    /** Merges the overview's area cells of rows {@code from}..{@code to} into one. */
    private static void mergeDown(SXSSFSheet sheet, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, 0, 0));
        }
    }

    private static void merged(SXSSFSheet sheet, Row row, int lastCol, String text,
                               org.apache.poi.ss.usermodel.CellStyle style) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastCol));
    }

    private static void put(Row row, Object[] values, Styles styles, int[] widths) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            if (values[c] == null) {
                cell.setCellStyle(styles.text(""));
            } else {
                widths[c] = Math.max(widths[c], Cells.put(cell, values[c], styles));
            }
        }
    }

    /**
     * One area sheet being written: title row, header row, rows as they come, a total row, then finished. Also
     * {@link VolunteerSheets}' sheets.
     */
    final class Part {
        private final SXSSFSheet sheet;
        private final Styles styles;
        private final String title;
        private final int[] widths;
        private int next = HEADER_ROW + 1;

        Part(SXSSFWorkbook wb, Styles styles, YearFigures f, String sheetKey, String... headers) {
            this(wb, styles, f, sheetKey, Stream.of(headers)
                    .map(k -> k.startsWith("summary.") ? m.text(k) : headerText(k)).toList());
        }

        /** A sheet whose header row says {@code headers} (worded already). */
        Part(SXSSFWorkbook wb, Styles styles, YearFigures f, String sheetKey, List<String> headers) {
            this.sheet = wb.createSheet(sheetName(sheetKey));
            this.styles = styles;
            this.title = title(f);
            this.widths = new int[headers.size()];
            Row titleRow = sheet.createRow(TITLE_ROW);
            titleRow.setHeightInPoints(28);
            merged(sheet, titleRow, headers.size() - 1, m.text("summary.sheetTitle", title,
                    m.text("summary.sheet." + sheetKey)), styles.centredTitle());
            header(sheet, styles, HEADER_ROW, widths, headers);
            // a header wraps beyond 12, between its words (its longest whole), in a row as high as its lines
            Row header = sheet.getRow(HEADER_ROW);
            int lines = 1;
            for (int c = 0; c < widths.length; c++) {
                String text = header.getCell(c).getStringCellValue();
                widths[c] = Cells.headerWidth(text, 12);
                lines = Math.max(lines, Cells.wrappedLines(text, widths[c] + 1));
            }
            header.setHeightInPoints(Math.max(header.getHeightInPoints(), Styles.lineHeight(lines)));
        }

        /** A row of values; arrays among them are spread into columns. */
        Row row(Object... values) {
            Row row = sheet.createRow(next++);
            AnnualSummary.put(row, flatten(values), styles, widths);
            return row;
        }

        /**
         * The total row: below the filtered rows, so that sorting and filtering leave it at the end. A sheet without
         * rows says 本年度无 across the table instead (its cells stay empty, so that a caller's styles still apply).
         */
        Row total(Object... values) {
            if (next == HEADER_ROW + 1) {
                Row none = sheet.createRow(next++);
                for (int c = 0; c < widths.length; c++) {
                    none.createCell(c).setCellStyle(styles.text(""));
                }
                none.getCell(0).setCellValue(m.text("summary.none"));
                sheet.addMergedRegion(new CellRangeAddress(none.getRowNum(), none.getRowNum(), 0, widths.length - 1));
                return none;
            }
            return row(values);
        }

        /** The sheet being written. */
        SXSSFSheet sheet() {
            return sheet;
        }

        /** Finishes the sheet, filtering the rows above the total. */
        void finish() {
            AnnualSummary.this.finish(sheet, title, widths, HEADER_ROW, Math.max(HEADER_ROW, next - 2));
            // at a set scale, its body at 9 pt or more; a sheet too wide for that continues on a page set of its own,
            // which repeats the first column (the unit, team or branch)
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 0));
            fitWidth();
            Pages.readable(sheet, styles.text(""), -1);
            if (sheet.getLastFlushedRowNum() < 0) {
                // the table's last rows end it together with its total: never a total alone on a near-blank page
                Pages.breakRows(sheet, Math.max(HEADER_ROW + 1, next - SignOff.KEPT_ROWS), next - 1);
            }
        }

        /**
         * A sheet wider than a page at its smallest readable scale, its rows all still in memory, is narrowed to the
         * page's width: each column down to its longest word (of its header and of its text) or its widest number,
         * the widest first (Pages.shareWidth), its text then wrapping between words in rows as high as their lines.
         * The English team kinds and case states had made 服务队 and 帮扶个案 a column wider than the page. A
         * longer sheet (its first rows on disk) continues on a page set of its own instead.
         */
        private void fitWidth() {
            int budget = Pages.readableWidth(sheet, styles.text(""));
            int[] columns = new int[widths.length];
            int sum = 0;
            for (int c = 0; c < widths.length; c++) {
                columns[c] = sheet.getColumnWidth(c) / 256;
                sum += columns[c];
            }
            if (sum <= budget || sheet.getLastFlushedRowNum() >= 0) {
                return;
            }
            int[] narrowest = new int[widths.length];
            for (int r = HEADER_ROW; r < next; r++) {
                for (Cell cell : sheet.getRow(r)) {
                    int c = cell.getColumnIndex();
                    if (c < widths.length) {
                        // a number whole, with room for its grouping and a decimal
                        narrowest[c] = Math.max(narrowest[c], cell.getCellType() == CellType.STRING
                                ? Cells.longestWord(cell.getStringCellValue())
                                : cell.getCellType() == CellType.NUMERIC
                                ? String.valueOf(Math.round(cell.getNumericCellValue())).length() + 2 : 0);
                    }
                }
            }
            if (!Pages.shareWidth(columns, c -> Cells.width(narrowest[c]), budget)) {
                return;
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, columns[c] * 256);
            }
            for (int r = HEADER_ROW; r < next; r++) {
                Row row = sheet.getRow(r);
                for (Cell cell : row) {
                    if (r > HEADER_ROW && cell.getCellType() == CellType.STRING && cell.getColumnIndex() < widths.length
                            && Cells.displayWidth(cell.getStringCellValue()) > columns[cell.getColumnIndex()] - 2) {
                        cell.setCellStyle(styles.wrappedText(cell.getStringCellValue()));
                    }
                }
                float before = row.getHeightInPoints();
                Cells.fitHeight(row, sheet, 0, widths.length - 1);
                row.setHeightInPoints(Math.max(before, row.getHeightInPoints()));
            }
        }

        private Object[] flatten(Object[] values) {
            List<Object> out = new ArrayList<>();
            for (Object v : values) {
                if (v instanceof Object[] inner) {
                    out.addAll(java.util.Arrays.asList(inner));
                } else {
                    out.add(v);
                }
            }
            return out.toArray();
        }
    }
}
