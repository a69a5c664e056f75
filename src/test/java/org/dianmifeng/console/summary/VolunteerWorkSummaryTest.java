package org.dianmifeng.console.summary;

import static org.dianmifeng.console.testing.SummaryFixtures.YEAR;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.testing.SummaryFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerSummaryFixtures;
import org.dianmifeng.console.unit.UnitScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Volunteer work in the year's figures and the annual summary's sheets 阵地网络, 志愿活动, 服务时长 and 星级志愿者:
 * approved hours only, within the year's bounds, per station, team and unit, volunteers as distinct people; the
 * sheets read back (labels, 本年度无, the chart's value labels, printed sizes).
 */
class VolunteerWorkSummaryTest {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    private static final Messages EN = Messages.of(Messages.ENGLISH);
    @TempDir Path dir;
    private TestServices t;
    private SummaryFixtures f;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("data"));
        f = new SummaryFixtures(t).scenario();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private VolunteerSummaryFixtures work() {
        return new VolunteerSummaryFixtures(t, f).scenario();
    }

    private <T> T store(Function<VolunteerWorkStore, T> q) {
        return t.services().database().read(dsl -> q.apply(new VolunteerWorkStore(dsl)));
    }

    private UnitScope scope(String code) {
        return t.services().database().read(dsl -> new SummaryStore(dsl).scope(code));
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /** The numbers of the row whose first cell, stripped of its indent, is {@code label}, from column 2 on. */
    private static List<Double> row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (text(row.getCell(0)).strip().equals(label)) {
                List<Double> values = new ArrayList<>();
                for (int c = 2; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null || cell.getCellType() != CellType.NUMERIC ? null : cell.getNumericCellValue());
                }
                return values;
            }
        }
        throw new AssertionError("no row " + label + " on " + sheet.getSheetName());
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    @Test
    void theYearsFiguresCountApprovedHoursWithinTheYearOnlyAndVolunteersOnce() {
        work();
        YearFigures.Volunteering all = t.services().summary().figures(OFFICE, YEAR, null).volunteering();
        assertEquals(4, all.activities(), "A1-A4: A7 has entered hours only; A5 and A6 are outside the year");
        assertEquals(4, all.volunteers(), "江一 served twice and counts once; 江四 (entered) and nobody declined");
        assertEquals(6, all.records());
        assertEquals(new BigDecimal("15.0"), all.hours());
        assertEquals(2, all.starsGranted(), "granted in the year: 江一's two stars and 宜一's one");
        assertEquals(List.of(1, 1, 0, 0, 0), all.atLevel(), "at the year's end: 宜一 one star, 江一 two");

        YearFigures.Volunteering jy = t.services().summary().figures(OFFICE, YEAR, "JY").volunteering();
        assertEquals(List.of(2, 2, 3), List.of(jy.activities(), jy.volunteers(), jy.records()), "JY's team");
        assertEquals(new BigDecimal("7.5"), jy.hours());
        assertEquals(1, jy.starsGranted());
        assertEquals(List.of(0, 1, 0, 0, 0), jy.atLevel());

        YearFigures.Volunteering before = t.services().summary().figures(OFFICE, YEAR - 1, null).volunteering();
        assertEquals(List.of(1, 1, 1), List.of(before.activities(), before.volunteers(), before.records()));
        assertEquals(new BigDecimal("5.0"), before.hours(), "the last day of the year before is in it");
        assertEquals(List.of(1, 0, 0, 0, 0), before.atLevel(), "江一's second star came later");
        assertTrue(t.services().summary().years().contains(YEAR + 1), "a year with approved hours is offered");
    }

    @Test
    void stationsAndTeamsHaveTheirOwnFiguresAndDistinctVolunteers() {
        VolunteerSummaryFixtures w = work();
        Map<String, VolunteerWorkStore.Place> sites = store(s -> s.sites(UnitScope.ALL, YEAR)).stream()
                .collect(Collectors.toMap(VolunteerWorkStore.Place::name, p -> p));
        assertEquals(3, sites.size(), "every station, with or without activities");
        VolunteerWorkStore.Place huashi = sites.get("华士文明实践站");
        assertEquals(new VolunteerWorkStore.Figures(1, 2, new BigDecimal("4.0")), huashi.figures());
        assertEquals(2, huashi.volunteers().size());
        VolunteerWorkStore.Place yicheng = sites.get("宜城电蜜蜂小站");
        assertEquals(new VolunteerWorkStore.Figures(2, 3, new BigDecimal("7.0")),
                yicheng.figures(), "JY's team's activity at a YX station counts for the station");
        assertEquals(3, yicheng.volunteers().size());
        assertEquals(VolunteerWorkStore.Figures.NONE, sites.get("电暖流基地").figures());
        assertEquals(w.yicheng, yicheng.id());

        assertEquals(List.of("华士文明实践站"), store(s -> s.sites(scope("JY"), YEAR)).stream()
                .map(VolunteerWorkStore.Place::name).toList(), "a unit's stations by the station's unit");

        List<VolunteerWorkStore.Place> teams = store(s -> s.teams(UnitScope.ALL, YEAR));
        assertEquals(List.of(f.teamJy.name(), f.teamYx.name()).stream().sorted().toList(),
                teams.stream().map(VolunteerWorkStore.Place::name).toList(), "active teams; the closed one is left out");
        VolunteerWorkStore.Place jy = teams.stream().filter(p -> p.id() == f.teamJy.id()).findFirst().orElseThrow();
        assertEquals(new VolunteerWorkStore.Figures(2, 3, new BigDecimal("7.5")), jy.figures());
        assertEquals(2, jy.volunteers().size());

        List<VolunteerWorkStore.MonthKind> months = store(s -> s.byMonthAndKind(UnitScope.ALL, YEAR));
        assertEquals(List.of("1 STORYTELLING 1 3.5", "3 LECTURE 1 4.0", "3 TRAINING 1 4.0", "12 SERVICE 1 3.5"),
                months.stream().map(x -> x.month() + " " + x.kind() + " " + x.activities() + " " + x.hours()).toList());
    }

    @Test
    void theSheetsPrintTheFiguresLabelledRolledUpByUnitAndReadable() throws Exception {
        work();
        Path out = dir.resolve("summary.xlsx");
        t.services().summaryReport().write(OFFICE, YEAR, null, out, ZH, Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("阵地网络", "志愿活动", "服务时长", "星级志愿者"), names.subList(names.size() - 4, names.size()));

            XSSFSheet sites = wb.getSheet("阵地网络");
            assertEquals(List.of("单位／阵地", "类别", "阵地数", "举办活动（有已审核时长）", "服务志愿者（人，不重复）",
                    "已审核服务记录（人次）", "已审核时长（小时）"), header(sites));
            // the city company rolls up the stations below it: 4 distinct volunteers, not 2 + 3
            assertEquals(java.util.Arrays.asList(3.0, 3.0, 4.0, 5.0, 11.0), row(sites, f.city.name()));
            assertEquals(java.util.Arrays.asList(1.0, 2.0, 3.0, 3.0, 7.0), row(sites, f.yx.name()));
            assertEquals(java.util.Arrays.asList(null, 2.0, 3.0, 3.0, 7.0), row(sites, "宜城电蜜蜂小站"));
            assertEquals(java.util.Arrays.asList(null, 0.0, 0.0, 0.0, 0.0), row(sites, "电暖流基地"),
                    "a station without activities in the year still shows, with zeros");
            assertEquals(java.util.Arrays.asList(3.0, 3.0, 4.0, 5.0, 11.0), row(sites, "合计"));
            assertEquals("电蜜蜂小站", text(findRow(sites, "宜城电蜜蜂小站").getCell(1)));
            assertEquals("0.0", styleFormat(findRow(sites, "合计").getCell(6)), "hours with one decimal");

            XSSFSheet activities = wb.getSheet("志愿活动");
            List<String> head = header(activities);
            assertEquals(List.of("活动类型", "统计项", "1月"), head.subList(0, 3));
            assertEquals(List.of("12月", "全年"), head.subList(13, 15));
            Row lectures = findRow(activities, "宣讲");
            assertEquals("活动（场）", text(lectures.getCell(1)));
            assertEquals(1.0, lectures.getCell(4).getNumericCellValue(), "one 宣讲 in March");
            Row lectureHours = activities.getRow(lectures.getRowNum() + 1);
            assertEquals(List.of("宣讲", "已审核时长（小时）"), List.of(text(lectureHours.getCell(0)),
                    text(lectureHours.getCell(1))));
            assertEquals(4.0, lectureHours.getCell(4).getNumericCellValue(), "4.0 hours of 宣讲 in March");
            assertEquals(List.of("0.0", "0"), List.of(styleFormat(lectureHours.getCell(4)),
                    styleFormat(lectures.getCell(4))), "hours with one decimal, activities whole");
            Row totalHours = activities.getRow(activities.getLastRowNum() - VolunteerSheets.CHART_ROWS - 2);
            assertEquals(List.of("合计", "已审核时长（小时）"), List.of(text(totalHours.getCell(0)), text(totalHours.getCell(1))));
            assertEquals(List.of(3.5, 8.0, 3.5, 15.0), List.of(totalHours.getCell(2).getNumericCellValue(),
                    totalHours.getCell(4).getNumericCellValue(), totalHours.getCell(13).getNumericCellValue(),
                    totalHours.getCell(14).getNumericCellValue()), "January, March, December, the year");
            assertEquals(4.0, activities.getRow(totalHours.getRowNum() - 1).getCell(14).getNumericCellValue(),
                    "4 activities in the year");
            XSSFChart chart = activities.getDrawingPatriarch().getCharts().get(0);
            var labels = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getDLbls();
            assertTrue(labels.getShowVal().getVal(), "the value on each bar");
            double labelPoints = labels.getTxPr().getPArray(0).getPPr().getDefRPr().getSz() / 100.0;
            assertTrue(labelPoints * Pages.scale(activities) >= 9,
                    "the chart's value labels print at " + labelPoints * Pages.scale(activities) + " pt");
            assertEquals("已审核服务时长（小时，按月）", chart.getTitleText().getString());

            XSSFSheet hours = wb.getSheet("服务时长");
            assertEquals("单位／服务队", header(hours).get(0));
            assertEquals(java.util.Arrays.asList(2.0, 4.0, 4.0, 6.0, 15.0), row(hours, "合计"),
                    "the teams together are the year's figures");
            assertEquals(java.util.Arrays.asList(null, 2.0, 2.0, 3.0, 7.5), row(hours, f.teamJy.name()));

            XSSFSheet stars = wb.getSheet("星级志愿者");
            // counted by the volunteer's unit and level (江一 two stars, 宜一 one), no names below three stars
            assertEquals(List.of("单位", "一星级", "二星级", "三星级", "四星级", "五星级", "合计"), java.util.stream.IntStream
                    .range(0, 7).mapToObj(c -> text(stars.getRow(AnnualSummary.HEADER_ROW).getCell(c))).toList());
            List<List<String>> lines = new ArrayList<>();
            for (int r = AnnualSummary.HEADER_ROW + 1; r <= AnnualSummary.HEADER_ROW + 3; r++) {
                Row row = stars.getRow(r);
                lines.add(java.util.stream.IntStream.range(0, 7).mapToObj(c -> text(row.getCell(c))).toList());
            }
            assertEquals(List.of("合计", "1", "1", "0", "0", "0", "2"), lines.get(2));
            assertEquals(java.util.Set.of(List.of("0", "1", "0", "0", "0", "1"), List.of("1", "0", "0", "0", "0", "1")),
                    java.util.Set.of(lines.get(0).subList(1, 7), lines.get(1).subList(1, 7)), lines.toString());
            String below = text(stars.getRow(AnnualSummary.HEADER_ROW + 5).getCell(0)) + "\n"
                    + text(stars.getRow(AnnualSummary.HEADER_ROW + 6).getCell(0));
            assertTrue(below.startsWith("3 星级及以上：无") && below.contains("星级评定") && !below.contains("江一"), below);
            for (Row row : stars) {
                for (Cell c : row) {
                    assertFalse(text(c).contains(f.jiang1.idNumber()), "never an ID number");
                }
            }

            for (String name : List.of("阵地网络", "志愿活动", "服务时长", "星级志愿者")) {
                Sheet sheet = wb.getSheet(name);
                double printed = Styles.BODY_POINTS * Pages.scale(sheet);
                assertTrue(printed >= 9, name + " prints its body at " + printed + " pt");
                assertEquals("2026年度工作总结", sheet.getHeader().getCenter(), name + ": the summary's name as page header");
            }
        }
    }

    @Test
    void aYearWhoseOnlyDataIsApprovedVolunteerHoursIsSummarisedAndAnEmptyYearsRefusalNamesThem() throws Exception {
        work();
        YearFigures next = t.services().summary().figures(OFFICE, YEAR + 1, null);
        assertEquals(0, next.party().serviceRecords() + next.party().appraisals() + next.cases().referredInYear()
                + next.cases().handedOverInYear() + next.honours().total() + next.teams().joinedInYear()
                + next.volunteering().starsGranted(), "nothing but A6's approved hours in the year after");
        assertEquals(1, next.volunteering().records());
        assertTrue(next.hasYearData(), "approved volunteer hours alone make a year to summarise");
        Path out = dir.resolve("next.xlsx");
        t.services().summaryReport().write(OFFICE, YEAR + 1, null, out, ZH, Progress.NONE);
        assertTrue(java.nio.file.Files.size(out) > 0);

        ConsoleException none = assertThrows(ConsoleException.class, () -> t.services().summaryReport()
                .write(OFFICE, YEAR + 2, null, dir.resolve("none.xlsx"), ZH, Progress.NONE));
        assertEquals("error.summary.noData", none.key());
        assertTrue(none.localized(ZH).contains("经审核的志愿服务时长") && none.localized(ZH).contains("星级"),
                none.localized(ZH));
        assertTrue(none.localized(EN).contains("approved volunteer hours") && none.localized(EN).contains("star level"),
                none.localized(EN));
        ConsoleException unit = assertThrows(ConsoleException.class, () -> t.services().summaryReport()
                .write(OFFICE, YEAR + 2, "JY", dir.resolve("none.xlsx"), EN, Progress.NONE));
        assertTrue(unit.localized(EN).contains("approved volunteer hours"), unit.localized(EN));
    }

    @Test
    void theOverviewLabelsTheVolunteerFiguresAsApprovedOnly() throws Exception {
        work();
        Path out = dir.resolve("overview.xlsx");
        t.services().summaryReport().write(OFFICE, YEAR, null, out, ZH, Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet o = wb.getSheet("总览");
            assertEquals(4.0, overview(o, "举办活动（有已审核时长）"));
            assertEquals(4.0, overview(o, "服务志愿者（有已审核时长）"));
            assertEquals(15.0, overview(o, "已审核服务时长（小时）"));
            assertEquals(2.0, overview(o, "年内授予星级（人次）"));
            assertEquals(1.0, overview(o, "二星级志愿者（年末已授予）"));
        }
    }

    @Test
    void aYearWithoutVolunteerWorkSaysSoOnEachOfItsSheetsInBothLanguages() throws Exception {
        for (Messages m : List.of(ZH, EN)) {
            Path out = dir.resolve("empty-" + m.locale() + ".xlsx");
            t.services().summaryReport().write(OFFICE, YEAR, null, out, m, Progress.NONE);
            try (XSSFWorkbook wb = open(out)) {
                for (String key : List.of("sites", "activities", "hours", "stars")) {
                    Sheet sheet = wb.getSheet(m.text("summary.sheet." + key));
                    assertNotNull(sheet, key);
                    assertEquals(m.text("summary.none"), text(sheet.getRow(AnnualSummary.HEADER_ROW + 1).getCell(0)),
                            key + " says 本年度无");
                    assertEquals(AnnualSummary.HEADER_ROW + 1, sheet.getLastRowNum(), key + ": nothing below it");
                }
                assertEquals(0, wb.getSheet(m.text("summary.sheet.activities")).getDrawingPatriarch() == null ? 0
                        : wb.getSheet(m.text("summary.sheet.activities")).getDrawingPatriarch().getCharts().size(),
                        "no empty chart");
            }
        }
    }

    private static double overview(Sheet o, String figure) {
        for (Row row : o) {
            if (figure.equals(text(row.getCell(1)))) {
                return row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no overview figure " + figure);
    }

    private static List<String> header(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(AnnualSummary.HEADER_ROW).forEach(c -> out.add(text(c)));
        return out;
    }

    private static Row findRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (text(row.getCell(0)).strip().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private static String styleFormat(Cell cell) {
        return cell.getCellStyle().getDataFormatString();
    }
}
