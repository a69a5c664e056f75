package org.dianmifeng.console.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.report.BarChart;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.dianmifeng.console.unit.UnitScope;
import org.dianmifeng.console.volunteer.TeamKind;

/**
 * The annual summary's sheets of volunteer work (issue 17), written after the other areas' sheets with the same
 * building blocks ({@link AnnualSummary.Part}): 阵地网络 (every station of the scope with its activities, volunteers
 * and approved hours of the year, rolled up by unit in the order of the company tree as the honour roll's sheet by
 * unit is), 志愿活动 (approved hours by month and activity kind, with a chart of the hours by month), 服务时长 (every
 * team with its figures, rolled up by unit) and 星级志愿者 (the star levels granted in the year). Only approved hours
 * count; a sheet with nothing in the year says 本年度无. The overview's lines of volunteer work are made here too.
 */
final class VolunteerSheets {
    /** The activity kinds (ACTIVITY.KIND codes), in the order the activities screen lists them. */
    static final List<String> ACTIVITY_KINDS = Stream.of(ActivityKind.values()).map(Enum::name).toList();
    /** The chart's rows below the table: a blank row, then this many rows of the default height. */
    static final int CHART_ROWS = 12;
    private static final String INDENT = "\u3000";
    /** The star level from which the summary names the volunteers granted it (the lower ones it counts). */
    static final int NAMED_FROM = 3;

    private final AnnualSummary summary;
    private final Messages m;

    VolunteerSheets(AnnualSummary summary, Messages messages) {
        this.summary = summary;
        this.m = messages;
    }

    /**
     * The overview's lines of volunteer work: area, figure, value; each figure says what it counts (only approved
     * hours).
     */
    static List<Object[]> overviewLines(Messages m, YearFigures.Volunteering v) {
        String area = m.text("summary.area.volunteering");
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {area, m.text("summary.figure.activitiesHeld"), v.activities()});
        lines.add(new Object[] {area, m.text("summary.figure.volunteersServing"), v.volunteers()});
        lines.add(new Object[] {area, m.text("summary.figure.approvedRecords"), v.records()});
        lines.add(new Object[] {area, m.text("summary.figure.approvedHours"), OneDecimal.of(v.hours())});
        lines.add(new Object[] {area, m.text("summary.figure.starsGranted"), v.starsGranted()});
        for (int s = 1; s <= YearFigures.Volunteering.LEVELS; s++) {
            lines.add(new Object[] {area, m.text("summary.figure.atLevel", stars(m, s)), v.atLevel().get(s - 1)});
        }
        return lines;
    }

    private static String stars(Messages m, int stars) {
        return m.text("summary.stars." + stars);
    }

    /** Writes the four sheets, running {@code sheetDone} (progress and cancel) after each. */
    void fill(SXSSFWorkbook wb, Styles styles, YearFigures f, UnitScope scope, VolunteerWorkStore store,
              Runnable sheetDone) {
        List<Unit> units = store.units().stream()
                .filter(u -> scope.unitIds() == null || scope.unitIds().contains(u.id())).toList();
        rolledUp(wb, styles, f, "sites", "place.site", "siteCount", units, store.sites(scope, f.year()),
                kind -> m.label(SiteKind.valueOf(kind)));
        sheetDone.run();
        activities(wb, styles, f, store.byMonthAndKind(scope, f.year()));
        sheetDone.run();
        rolledUp(wb, styles, f, "hours", "place.team", "teamCount", units, store.teams(scope, f.year()),
                kind -> m.label(TeamKind.valueOf(kind)));
        sheetDone.run();
        stars(wb, styles, f, scope, store, units);
        sheetDone.run();
    }

    // ---- stations and teams, rolled up by unit ----

    /**
     * A sheet of places (stations or teams) under their units: each unit of the company tree with places in its part
     * of the tree gets a row counting them all (its volunteers: the distinct people of all of them), then its own
     * places, indented below it; the total counts the top rows. A year without approved hours at any place says
     * 本年度无.
     */
    private void rolledUp(SXSSFWorkbook wb, Styles styles, YearFigures f, String sheetKey, String nameKey,
                          String countKey, List<Unit> units, List<VolunteerWorkStore.Place> places,
                          java.util.function.Function<String, String> kindLabel) {
        AnnualSummary.Part part = summary.new Part(wb, styles, f, sheetKey, "summary.column." + nameKey, "kind",
                countKey, "activitiesHeld", "volunteersServing", "approvedRecords", "approvedHours");
        boolean any = places.stream().anyMatch(p -> p.figures().records() > 0);
        if (any) {
            Map<Long, List<VolunteerWorkStore.Place>> own = new LinkedHashMap<>();
            places.forEach(p -> own.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
            List<UnitOrder.Entry> order = UnitOrder.depthFirst(units);
            // each unit with the units below it: walk the tree order backwards, adding a unit to its parent
            Map<Long, Rolled> rolled = new HashMap<>();
            Set<Long> inScope = new HashSet<>();
            units.forEach(u -> inScope.add(u.id()));
            for (int i = order.size() - 1; i >= 0; i--) {
                Unit u = order.get(i).unit();
                Rolled sum = rolled.computeIfAbsent(u.id(), k -> new Rolled());
                own.getOrDefault(u.id(), List.of()).forEach(sum::add);
                if (u.parentId() != null && inScope.contains(u.parentId()) && sum.places > 0) {
                    rolled.computeIfAbsent(u.parentId(), k -> new Rolled()).add(sum);
                }
            }
            Rolled total = new Rolled();
            for (UnitOrder.Entry e : order) {
                Rolled sum = rolled.get(e.unit().id());
                if (sum == null || sum.places == 0) {
                    continue;
                }
                if (e.depth() == 0) {
                    total.add(sum);
                }
                Row row = part.row(e.indentedName(), null, sum.places, sum.figures.activities(), sum.people.size(),
                        sum.figures.records(), OneDecimal.of(sum.figures.hours()));
                if (e.depth() == 0) {
                    row.getCell(0).setCellStyle(styles.header());
                }
                for (VolunteerWorkStore.Place p : own.getOrDefault(e.unit().id(), List.of())) {
                    Row line = part.row(INDENT.repeat(e.depth() + 1) + p.name(), kindLabel.apply(p.kind()), null,
                            p.figures().activities(), p.volunteers().size(), p.figures().records(),
                            OneDecimal.of(p.figures().hours()));
                }
            }
            Row row = part.total(m.text("summary.total"), null, total.places, total.figures.activities(),
                    total.people.size(), total.figures.records(), OneDecimal.of(total.figures.hours()));
        } else {
            part.total();
        }
        part.finish();
    }

    /** The places of a unit and the units below it: how many, their figures, their distinct volunteers. */
    private static final class Rolled {
        int places;
        VolunteerWorkStore.Figures figures = VolunteerWorkStore.Figures.NONE;
        final Set<Long> people = new HashSet<>();

        void add(VolunteerWorkStore.Place p) {
            places++;
            figures = figures.plus(p.figures());
            people.addAll(p.volunteers());
        }

        void add(Rolled r) {
            places += r.places;
            figures = figures.plus(r.figures);
            people.addAll(r.people);
        }
    }

    // ---- activities by month and kind ----

    /**
     * Two rows per activity kind, the activities held and their approved hours, with a column per month and the year;
     * then the same for all kinds (the hours last, as the total row); below the table a column chart of the approved
     * hours by month with the value on each bar. A year without approved hours says 本年度无 and has no chart.
     */
    private void activities(SXSSFWorkbook wb, Styles styles, YearFigures f, List<VolunteerWorkStore.MonthKind> lines) {
        List<String> headers = new ArrayList<>(List.of(m.text("summary.column.activityKind"),
                m.text("summary.column.measure")));
        for (int month = 1; month <= 12; month++) {
            headers.add(m.text("summary.monthName", month));
        }
        headers.add(m.text("summary.column.wholeYear"));
        AnnualSummary.Part part = summary.new Part(wb, styles, f, "activities", headers);
        if (lines.isEmpty()) {
            part.total();
            part.finish();
            return;
        }
        int kinds = ACTIVITY_KINDS.size();
        // [kind][month], month 0 the year; kind == kinds: all kinds
        int[][] counts = new int[kinds + 1][13];
        BigDecimal[][] hours = new BigDecimal[kinds + 1][13];
        for (BigDecimal[] kind : hours) {
            java.util.Arrays.fill(kind, BigDecimal.ZERO);
        }
        for (VolunteerWorkStore.MonthKind line : lines) {
            int k = ACTIVITY_KINDS.indexOf(line.kind());
            for (int kind : new int[] {k, kinds}) {
                for (int month : new int[] {line.month(), 0}) {
                    counts[kind][month] += line.activities();
                    hours[kind][month] = hours[kind][month].add(line.hours());
                }
            }
        }
        String held = m.text("summary.measure.activities");
        String approved = m.text("summary.measure.hours");
        for (int k = 0; k <= kinds; k++) {
            String kind = k < kinds ? m.label(ActivityKind.valueOf(ACTIVITY_KINDS.get(k))) : m.text("summary.total");
            part.row(kind, held, byMonth(counts[k]));
            if (k < kinds) {
                part.row(kind, approved, byMonth(hours[k]));
            } else {
                part.total(kind, approved, byMonth(hours[k]));
            }
        }
        part.finish();
        SXSSFSheet sheet = part.sheet();
        int totalRow = sheet.getLastRowNum();
        int top = totalRow + 2;
        // a cell at the chart's bottom row, so that the printed area takes the chart in
        sheet.createRow(top + CHART_ROWS).createCell(0);
        String sheetRef = "'" + sheet.getSheetName().replace("'", "''") + "'!";
        String[] monthLabels = headers.subList(2, 14).toArray(String[]::new);
        Double[] monthHours = new Double[12];
        for (int month = 1; month <= 12; month++) {
            monthHours[month - 1] = hours[kinds][month].doubleValue();
        }
        String firstCol = CellReference.convertNumToColString(2);
        String lastCol = CellReference.convertNumToColString(13);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(monthLabels, sheetRef + "$" + firstCol
                + "$" + (AnnualSummary.HEADER_ROW + 1) + ":$" + lastCol + "$" + (AnnualSummary.HEADER_ROW + 1));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(monthHours, sheetRef + "$" + firstCol
                + "$" + (totalRow + 1) + ":$" + lastCol + "$" + (totalRow + 1));
        sheet.createDrawingPatriarch();
        BarChart.columns(sheet.getDrawingPatriarch(), 0, top, headers.size() - 1, top + CHART_ROWS,
                m.text("summary.chart.hoursByMonth"), categories, values);
        // the chart prints whole: no page ends inside it
        Pages.breakRows(sheet, top, top + CHART_ROWS);
    }

    /** The twelve months' counts and then the year's (index 0), in the columns' order. */
    private static Object[] byMonth(int[] values) {
        Object[] out = new Object[13];
        for (int month = 1; month <= 12; month++) {
            out[month - 1] = values[month];
        }
        out[12] = values[0];
        return out;
    }

    /** The twelve months' hours and then the year's (index 0), in the columns' order. */
    private static Object[] byMonth(BigDecimal[] values) {
        Object[] out = new Object[13];
        for (int month = 1; month <= 12; month++) {
            out[month - 1] = OneDecimal.of(values[month]);
        }
        out[12] = OneDecimal.of(values[0]);
        return out;
    }

    // ---- star volunteers ----

    /**
     * The star levels granted in the year, counted by the volunteer's unit (in the company tree's order) and level,
     * then the names of those granted {@value #NAMED_FROM} stars or more; 本年度无 when none was. The names of every
     * level are the stars screen's (星级评定, 已授予, 导出 Excel) and each notice's list: one line a level, the demo's
     * year printed 23 pages here, which is not what the secretary signs.
     */
    private void stars(SXSSFWorkbook wb, Styles styles, YearFigures f, UnitScope scope, VolunteerWorkStore store,
                       List<Unit> units) {
        List<String> headers = new ArrayList<>(List.of("unit"));
        for (int s = 1; s <= YearFigures.Volunteering.LEVELS; s++) {
            headers.add("summary.stars." + s);
        }
        headers.add("summary.total");
        AnnualSummary.Part part = summary.new Part(wb, styles, f, "stars", headers.toArray(String[]::new));
        Map<String, int[]> byUnit = new LinkedHashMap<>();
        UnitOrder.depthFirst(units).forEach(e -> byUnit.put(e.unit().name(), null));
        int[] total = new int[YearFigures.Volunteering.LEVELS + 1];
        List<String> named = new ArrayList<>();
        store.starsGranted(scope, f.year(), s -> {
            int[] counts = byUnit.get(s.unitName());
            if (counts == null) {
                counts = new int[YearFigures.Volunteering.LEVELS + 1];
                byUnit.put(s.unitName(), counts);
            }
            counts[s.stars() - 1]++;
            counts[YearFigures.Volunteering.LEVELS]++;
            total[s.stars() - 1]++;
            total[YearFigures.Volunteering.LEVELS]++;
            if (s.stars() >= NAMED_FROM) {
                named.add(m.text("summary.stars.named", s.name(), s.volunteerNo() == null ? "" : s.volunteerNo(),
                        s.unitName(), stars(m, s.stars())));
            }
        });
        byUnit.forEach((unit, counts) -> {
            if (counts != null) {
                part.row(unit, Arrays.stream(counts).boxed().toArray());
            }
        });
        if (total[YearFigures.Volunteering.LEVELS] > 0) {
            part.total(m.text("summary.total"), Arrays.stream(total).boxed().toArray());
        } else {
            part.total();
        }
        part.finish();
        // a narrow table of a row a unit: portrait, so that it and the names below print on one page
        part.sheet().getPrintSetup().setLandscape(false);
        Pages.readable(part.sheet(), styles.text(""), -1);
        if (total[YearFigures.Volunteering.LEVELS] > 0) {
            SXSSFSheet sheet = part.sheet();
            int r = sheet.getLastRowNum() + 2;
            for (String line : List.of(m.text("summary.stars.namedTitle", NAMED_FROM, named.isEmpty()
                    ? m.text("summary.stars.namedNone") : String.join(m.text("summary.stars.namedSeparator"), named)),
                    m.text("summary.stars.namesElsewhere"))) {
                Row row = sheet.createRow(r);
                Cell cell = row.createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(styles.wrappedLine());
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headers.size() - 1));
                int width = 0;
                for (int c = 0; c < headers.size(); c++) {
                    width += sheet.getColumnWidth(c) / 256;
                }
                row.setHeightInPoints(Styles.lineHeight(Cells.wrappedLines(line, width - 1)));
                r++;
            }
        }
    }
}
