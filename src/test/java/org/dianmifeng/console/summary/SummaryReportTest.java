package org.dianmifeng.console.summary;

import static org.dianmifeng.console.testing.SummaryFixtures.YEAR;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.party.Grade;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.testing.PrintedSheets;
import org.dianmifeng.console.testing.SummaryFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrVal;

/** The 年度工作总结 workbook as a reader sees it: sheets, headers, figures, rows, chart, print settings, refusals. */
class SummaryReportTest {
    private static final Messages ZH = Messages.of(Messages.CHINESE);
    private static final List<String> SHEETS = List.of("总览", "人员", "服务队", "党员", "党员社区服务", "帮扶个案", "荣誉",
            "阵地网络", "志愿活动", "服务时长", "星级志愿者");
    @TempDir Path dir;
    private TestServices t;
    private SummaryReport report;
    private YearFigures figures;
    private SummaryFixtures fixtures;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("data"));
        fixtures = new SummaryFixtures(t).scenario();
        fixtures.formulaName();
        report = t.services().summaryReport();
        figures = t.services().summary().figures(OFFICE, YEAR, null);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        return new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    /** The overview's value of the row whose figure (column B) is {@code figure} within {@code area}. */
    private static double overview(Sheet sheet, String area, String figure) {
        String current = "";
        for (Row row : sheet) {
            if (!text(row.getCell(0)).isEmpty()) {
                current = text(row.getCell(0)); // an area is named once, on the first of its merged rows
            }
            if (area.equals(current) && figure.equals(text(row.getCell(1)))) {
                assertEquals(CellType.NUMERIC, row.getCell(2).getCellType(), figure);
                return row.getCell(2).getNumericCellValue();
            }
        }
        throw new AssertionError("no overview row " + area + " / " + figure);
    }

    @Test
    void everySheetWithTheYearsFiguresAndRows() throws Exception {
        Path out = dir.resolve("年度工作总结.xlsx");
        List<Long> steps = new ArrayList<>();
        SummaryReport.Written w = report.write(VIEWER, YEAR, null, out, ZH, new Progress() {
            @Override
            public void update(long done, long total) {
                steps.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(out.toAbsolutePath(), w.file());
        assertEquals(SHEETS.size(), w.sheets());
        assertTrue(steps.size() >= SHEETS.size(), steps.toString());
        try (XSSFWorkbook wb = open(out)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(SHEETS, names);

            XSSFSheet o = wb.getSheet("总览");
            assertEquals("2026年度工作总结", text(o.getRow(0).getCell(0)));
            assertEquals(List.of("领域", "指标", "数值"), List.of(text(o.getRow(2).getCell(0)),
                    text(o.getRow(2).getCell(1)), text(o.getRow(2).getCell(2))));
            assertEquals(figures.people().total(), (int) overview(o, "人员", ZH.text("summary.figure.people")));
            assertEquals(figures.people().volunteers(), (int) overview(o, "人员", "注册志愿者（有志愿者编号）"));
            assertEquals(figures.teams().active(), (int) overview(o, "服务队", "在册服务队"));
            assertEquals(figures.party().enrolled(), (int) overview(o, "党员双重管理", ZH.text("summary.figure.enrolled")));
            assertEquals(figures.party().serviceHours().doubleValue(),
                    overview(o, "党员双重管理", "社区服务时长（小时）"), 0.001);
            assertEquals(figures.party().confirmedByGrade().get(Grade.EXCELLENT),
                    (int) overview(o, "党员双重管理", "评议等次：优秀（已确认）"));
            assertEquals(figures.cases().referredInYear(), (int) overview(o, "梦想小屋帮扶个案", "年内转介个案"));
            assertEquals(figures.honours().byLevel().get(HonourLevel.NATIONAL), (int) overview(o, "荣誉", "国家级"));
            assertEquals(figures.honours().total(), (int) overview(o, "荣誉", "合计"));

            XSSFDrawing drawing = o.getDrawingPatriarch();
            assertNotNull(drawing, "the overview has a drawing");
            assertEquals(2, drawing.getCharts().size());
            assertTrue(drawing.getCharts().get(0).getTitleText().getString().contains("荣誉"));

            Sheet people = wb.getSheet("人员");
            assertEquals("单位", text(people.getRow(1).getCell(0)));
            assertEquals("江阴市供电公司", text(people.getRow(3).getCell(0)), "units in tree order: city first");
            assertEquals(4, people.getRow(3).getCell(1).getNumericCellValue());
            Row peopleTotal = people.getRow(people.getLastRowNum());
            assertEquals("合计", text(peopleTotal.getCell(0)));
            assertEquals(figures.people().total(), (int) peopleTotal.getCell(1).getNumericCellValue());

            Sheet teams = wb.getSheet("服务队");
            assertEquals("江阴澄心澄意共产党员服务队", text(teams.getRow(2).getCell(0)));
            assertEquals("江一", text(teams.getRow(2).getCell(5)), "the captain");
            assertEquals(4, teams.getLastRowNum(), "title, header, two active teams and the total; the inactive one is left out");

            Sheet party = wb.getSheet("党员");
            Row partyTotal = party.getRow(party.getLastRowNum());
            assertEquals(figures.party().members(), (int) partyTotal.getCell(2).getNumericCellValue());
            assertEquals(figures.party().served(), (int) partyTotal.getCell(4).getNumericCellValue());
            assertEquals(figures.party().serviceRecords(), (int) partyTotal.getCell(5).getNumericCellValue());
            assertEquals(figures.party().serviceHours().doubleValue(), partyTotal.getCell(6).getNumericCellValue(), 0.001);

            Sheet members = wb.getSheet("党员社区服务");
            List<String> memberHeaders = new ArrayList<>();
            members.getRow(1).forEach(c -> memberHeaders.add(text(c)));
            assertEquals(List.of("序号", "姓名", "党支部", "单位", "服务社区", "服务次数", "服务时长（小时）"),
                    memberHeaders);
            double hours = 0;
            int memberRows = 0;
            for (int r = 2; r < members.getLastRowNum(); r++) {
                hours += members.getRow(r).getCell(6).getNumericCellValue();
                memberRows++;
            }
            assertEquals(2, memberRows, "江一 and 宜二 served in the year");
            assertEquals(7.0, hours, 0.001, "the hours inserted in the year");
            assertEquals(7.0, members.getRow(members.getLastRowNum()).getCell(6).getNumericCellValue(), 0.001);
            assertEquals("江阴公司党支部", text(members.getRow(2).getCell(2)), "by branch, then name");
            Cell formula = members.getRow(3).getCell(1);
            assertEquals(CellType.STRING, formula.getCellType());
            assertEquals(SummaryFixtures.FORMULA_NAME, formula.getStringCellValue());
            assertTrue(formula.getCellStyle().getQuotePrefixed());
            assertEquals("华士社区", text(members.getRow(2).getCell(4)));

            Sheet cases = wb.getSheet("帮扶个案");
            Row casesTotal = cases.getRow(cases.getLastRowNum());
            assertEquals(figures.cases().total(), (int) casesTotal.getCell(10).getNumericCellValue());
            for (Row row : cases) {
                for (Cell c : row) {
                    assertFalse(text(c).contains("王小") || text(c).startsWith("DR-"), "no child, no code: " + text(c));
                }
            }

            Sheet honours = wb.getSheet("荣誉");
            assertEquals("2026年度荣誉汇总表", text(honours.getRow(0).getCell(0)), "the honour roll of the year");
            List<String> honourHeaders = new ArrayList<>();
            honours.getRow(2).forEach(c -> honourHeaders.add(text(c)));
            assertEquals(List.of("序号", "荣誉名称", "级别", "授予单位", "获得者", "获得者类型", "所属单位", "授予日期", "证书编号"),
                    honourHeaders);
            assertEquals("国家级", text(honours.getRow(3).getCell(0)), "the national group first");
            assertEquals("四个100最佳志愿服务组织", text(honours.getRow(4).getCell(1)));
            assertEquals("蜜蜂行动志愿服务队", text(honours.getRow(4).getCell(4)));
            assertEquals("宜兴市供电公司", text(honours.getRow(4).getCell(6)));
            Cell date = honours.getRow(4).getCell(7);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(ZH.text("honourroll.subtotal", HonourLevel.NATIONAL), text(honours.getRow(5).getCell(1)));
            Row honoursTotal = honours.getRow(honours.getLastRowNum());
            assertEquals("合计", text(honoursTotal.getCell(1)));
            assertEquals(figures.honours().total(), (int) honoursTotal.getCell(2).getNumericCellValue());

            for (String name : SHEETS) {
                XSSFSheet s = wb.getSheet(name);
                int header = name.equals("总览") || name.equals("荣誉") ? 2 : 1;
                PrintSetup print = s.getPrintSetup();
                assertEquals(!name.equals("星级志愿者"), print.getLandscape(), name + ": landscape, the narrow 星级志愿者 portrait");
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
                // a set scale with the body at 9 pt or more (LibreOffice shrank a sheet fit to its width to 60 %)
                assertFalse(s.getFitToPage(), name);
                assertTrue(print.getScale() * org.dianmifeng.console.report.Styles.BODY_POINTS >= 900,
                        name + " at " + print.getScale() + " %");
                assertEquals(header, s.getRepeatingRows().getFirstRow(), name);
                assertEquals(header, s.getRepeatingRows().getLastRow(), name);
                assertEquals("2026年度工作总结", s.getHeader().getCenter(), name + ": one page header for the workbook");
                assertTrue(s.getPrintSetup().getUsePage() && s.getPrintSetup().getPageStart() == 1,
                        name + ": its pages counted from 1");
                assertEquals(ZH.text("report.footer"), s.getFooter().getCenter(), name);
                assertEquals(header + 1, s.getPaneInformation().getHorizontalSplitPosition(), name);
                assertTrue(s.getCTWorksheet().isSetAutoFilter(), name);
                assertTrue(s.getColumnWidth(0) >= 6 * 256, name);
            }
        }
    }

    /** The categories of a bar series as written: literal, or the cache of a cell reference. */
    private static List<String> categories(CTBarSer series) {
        CTAxDataSource cat = series.getCat();
        List<CTStrVal> points = cat.isSetStrLit() ? cat.getStrLit().getPtList() : cat.getStrRef().getStrCache().getPtList();
        return points.stream().map(CTStrVal::getV).toList();
    }

    @Test
    void theOverviewNamesEachAreaOnceLabelsItsFiguresHasValueLabelsAndASignOffAndEverySheetPrintsAtNinePoints()
            throws Exception {
        Path out = dir.resolve("paper.xlsx");
        report.write(OFFICE, YEAR, null, out, ZH, Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            XSSFSheet o = wb.getSheet("总览");
            List<String> areas = new ArrayList<>();
            for (int r = 3; r <= o.getLastRowNum(); r++) {
                if (o.getRow(r) != null && o.getRow(r).getCell(0) != null && !text(o.getRow(r).getCell(0)).isEmpty()) {
                    areas.add(text(o.getRow(r).getCell(0)));
                }
            }
            assertEquals(List.of("人员", "服务队", "党员双重管理", "梦想小屋帮扶个案", "荣誉"), areas.subList(0, 5),
                    "each area named once");
            assertTrue(o.getMergedRegions().stream().anyMatch(m -> m.getFirstColumn() == 0 && m.getLastColumn() == 0
                    && m.getLastRow() > m.getFirstRow()), "an area's cell is merged down its rows");
            assertEquals("试点支部党员（年末，双重管理试点）", ZH.text("summary.figure.partyMembers"));
            assertEquals(figures.party().members(), (int) overview(o, "党员双重管理", ZH.text("summary.figure.partyMembers")),
                    "the party members say they are the pilot branches'");
            assertEquals(figures.people().byStatus().get(org.dianmifeng.console.unit.PoliticalStatus.PARTY_MEMBER),
                    (int) overview(o, "人员", "中共党员（在册人员）"), "the people's party members say whom they count");
            // the sign-off block below the table: 编制单位（盖章） 负责人 审核人 制表人 日期, on one row
            Row signOff = null;
            for (Row row : o) {
                if (text(row.getCell(0)).equals(ZH.text("report.signOff.unitSeal"))) {
                    signOff = row;
                }
            }
            assertNotNull(signOff, "a sign-off row");
            List<String> places = new ArrayList<>();
            signOff.forEach(c -> {
                if (!text(c).isEmpty()) {
                    places.add(text(c));
                }
            });
            assertEquals(List.of("编制单位（盖章）", "负责人", "审核人", "制表人", "日期"), places);
            // the overview runs over two pages; no page ends inside an area (its name would print on one part only)
            assertTrue(o.getRowBreaks().length > 0, "the overview is longer than a page");
            for (int b : o.getRowBreaks()) {
                assertFalse(o.getMergedRegions().stream().anyMatch(m -> m.getFirstColumn() == 0 && m.getLastColumn() == 0
                        && m.getFirstRow() <= b && b < m.getLastRow()), "a page ends inside an area at row " + b);
            }
            // no page ends inside a chart (its top printed on one page, its bars on the next)
            var anchors = o.getDrawingPatriarch().getCTDrawing().getTwoCellAnchorArray();
            assertEquals(2, anchors.length);
            for (var anchor : anchors) {
                for (int b : o.getRowBreaks()) {
                    assertFalse(anchor.getFrom().getRow() <= b && b < anchor.getTo().getRow() - 1,
                            "a page ends inside a chart at row " + b);
                }
            }
            for (var chart : o.getDrawingPatriarch().getCharts()) {
                var ser = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
                assertTrue(ser.isSetDLbls() && ser.getDLbls().getShowVal().getVal(), "the values are on the bars");
            }
            for (Sheet sheet : wb) {
                double printed = org.dianmifeng.console.report.Styles.BODY_POINTS
                        * org.dianmifeng.console.report.Pages.scale(sheet);
                assertTrue(printed >= 9, sheet.getSheetName() + " prints its body at " + printed + " pt");
                assertEquals(org.dianmifeng.console.report.Styles.BODY_FONT, wb.getFontAt(0).getFontName());
            }
        }
    }

    @Test
    void theHonoursSheetOfAYearWithoutHonoursSaysSoInsteadOfAnEmptyTable() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("荣誉");
            org.dianmifeng.console.honour.HonourRoll.Data none = new org.dianmifeng.console.honour.HonourRoll.Data(
                    YEAR, YEAR, null, List.of(), List.of());
            new org.dianmifeng.console.honour.HonourRoll(ZH, java.time.LocalDate.of(YEAR, 12, 31))
                    .writeRoll(sheet, none, "2026年度工作总结", new org.dianmifeng.console.report.Styles(wb), Progress.NONE);
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertEquals(ZH.text("summary.none"), text(last.getCell(0)));
            assertEquals("本年度无", ZH.text("summary.none"));
            assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == last.getRowNum()
                    && m.getLastColumn() > 0), "said across the table");
            assertEquals("2026年度工作总结", sheet.getHeader().getCenter());
        }
    }

    @Test
    void theOverviewChartsHaveFilledBarsNamedByTheirShortLabels() throws Exception {
        Path out = dir.resolve("charts.xlsx");
        report.write(OFFICE, YEAR, null, out, ZH, Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            List<XSSFChart> charts = wb.getSheet("总览").getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());
            List<List<String>> shown = new ArrayList<>();
            for (XSSFChart chart : charts) {
                List<CTBarSer> series = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerList();
                assertEquals(1, series.size());
                for (CTBarSer ser : series) {
                    assertTrue(ser.isSetSpPr(), "the series has shape properties");
                    assertTrue(ser.getSpPr().isSetSolidFill(), "the bars have a solid fill");
                    assertTrue(ser.getSpPr().getSolidFill().isSetSrgbClr(), "an explicit colour, not a theme's");
                    assertTrue(ser.getCat().isSetStrRef(), "categories in cells: LibreOffice ignores literal ones");
                    CellRangeAddress cells = CellRangeAddress.valueOf(
                            ser.getCat().getStrRef().getF().replaceFirst(".*!", "").replace("$", ""));
                    List<String> inCells = new ArrayList<>();
                    for (int r = cells.getFirstRow(); r <= cells.getLastRow(); r++) {
                        inCells.add(text(wb.getSheet("总览").getRow(r).getCell(cells.getFirstColumn())));
                    }
                    assertEquals(categories(ser), inCells, "the cells hold the labels shown");
                    assertTrue(wb.getSheet("总览").isColumnHidden(cells.getFirstColumn()), "a hidden column");
                    assertFalse(chart.getCTChart().getPlotVisOnly().getVal(), "plots the hidden column's labels");
                    shown.add(categories(ser));
                }
            }
            assertEquals(Stream.of(HonourLevel.values()).map(ZH::label).toList(), shown.get(0));
            assertEquals(Stream.of(Grade.values()).map(ZH::label).toList(), shown.get(1),
                    "the grades' short labels, not the overview's figure names");
        }
    }

    @Test
    void theChartsLabelsPrintAtTheBodysSizeAndNoHeaderIsCutInsideAWordInEitherLanguage() throws Exception {
        for (Messages m : List.of(ZH, Messages.of(Messages.ENGLISH))) {
            Path out = dir.resolve("labels-" + m.locale() + ".xlsx");
            report.write(OFFICE, YEAR, null, out, m, Progress.NONE);
            try (XSSFWorkbook wb = open(out)) {
                XSSFSheet overview = wb.getSheetAt(0);
                double scale = org.dianmifeng.console.report.Pages.scale(overview);
                for (XSSFChart chart : overview.getDrawingPatriarch().getCharts()) {
                    var plot = chart.getCTChart().getPlotArea();
                    // the category names, the value axis and the values on the bars (LibreOffice's own 10 pt printed
                    // at about 8)
                    List<Integer> sizes = List.of(
                            plot.getCatAxArray(0).getTxPr().getPArray(0).getPPr().getDefRPr().getSz(),
                            plot.getValAxArray(0).getTxPr().getPArray(0).getPPr().getDefRPr().getSz(),
                            plot.getBarChartArray(0).getSerArray(0).getDLbls().getTxPr().getPArray(0).getPPr()
                                    .getDefRPr().getSz());
                    for (int size : sizes) {
                        assertTrue(size / 100.0 * scale >= 9, m.locale() + ": a chart label of " + size / 100.0
                                + " pt prints at " + size / 100.0 * scale + " pt");
                    }
                }
                for (Sheet sheet : wb) {
                    PrintedSheets.assertHeaderWordsFit(sheet, sheet.getRepeatingRows().getFirstRow(),
                            m.locale() + " " + sheet.getSheetName());
                }
                // the teams and the aid cases print one page wide in both languages (the English team kinds and
                // case states had put their last column on a page of its own), their body at 9 pt or more
                for (String key : List.of("teams", "cases")) {
                    Sheet sheet = wb.getSheet(m.text("summary.sheet." + key));
                    String what = m.locale() + " " + sheet.getSheetName();
                    assertEquals(0, sheet.getColumnBreaks().length, what + ": one page set");
                    PrintedSheets.assertPageSetsFitTheWidth(sheet, what);
                    assertTrue(Styles.BODY_POINTS * Pages.scale(sheet) >= Pages.MIN_PRINTED_POINTS - 1e-9,
                            what + " prints at " + Pages.scale(sheet));
                }
            }
        }
    }

    @Test
    void aLongSheetsTotalEndsItsLastPageWithTheRowsBeforeIt() throws Exception {
        for (int i = 1; i <= 70; i++) {
            t.services().teams().create(ADMIN, new Team(null, "第" + i + "志愿服务队", TeamKind.YOUTH, fixtures.jy.id(),
                    null, LocalDate.of(2020, 1, 1), null, null, true, null));
        }
        Path out = dir.resolve("teams.xlsx");
        report.write(OFFICE, YEAR, null, out, ZH, Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            Sheet sheet = wb.getSheet(ZH.text("summary.sheet.teams"));
            int[] breaks = sheet.getRowBreaks();
            assertTrue(breaks.length > 0, "73 teams print on more than one page");
            int last = sheet.getLastRowNum();
            assertEquals(ZH.text("summary.total"), text(sheet.getRow(last).getCell(0)));
            assertTrue(breaks[breaks.length - 1] <= last - SignOff.KEPT_ROWS, "the last page starts at row "
                    + (breaks[breaks.length - 1] + 1) + " of " + last + ": the total is not alone on it");
        }
    }

    @Test
    void theOverviewsInformationLineWrapsAndIsAsHighAsItsLinesInBothLanguages() throws Exception {
        for (Messages m : List.of(ZH, Messages.of(Messages.ENGLISH))) {
            Path out = dir.resolve("info-" + m.locale() + ".xlsx");
            report.write(OFFICE, YEAR, null, out, m, Progress.NONE);
            try (XSSFWorkbook wb = open(out)) {
                XSSFSheet o = wb.getSheetAt(0);
                Row info = o.getRow(1);
                String shown = text(info.getCell(0));
                assertTrue(shown.endsWith(m.text("summary.info", "", "").replaceAll(".*[；;] *", "")), shown);
                assertTrue(info.getCell(0).getCellStyle().getWrapText(), "the information line wraps");
                CellRangeAddress merged = o.getMergedRegions().stream()
                        .filter(r -> r.isInRange(1, 0)).findFirst().orElseThrow();
                assertEquals(List.of(1, 1, 0, 2), List.of(merged.getFirstRow(), merged.getLastRow(),
                        merged.getFirstColumn(), merged.getLastColumn()), "merged over A:C of its row");
                int chars = 0;
                for (int c = 0; c <= 2; c++) {
                    chars += o.getColumnWidth(c) / 256;
                }
                int width = shown.codePoints().map(cp -> cp >= 0x2E80 ? 2 : 1).sum();
                int lines = (width + chars - 2) / (chars - 1);
                assertTrue(lines > 1, "the line is longer than A:C: " + width + " > " + chars);
                assertTrue(info.getHeightInPoints() >= lines * 15f,
                        m.locale() + ": " + info.getHeightInPoints() + " pt for " + lines + " lines");
            }
        }
    }

    @Test
    void theCommunitiesOfAMemberAreJoinedInTheWorkbooksLanguage() throws Exception {
        fixtures.secondCommunity();
        Path zh = dir.resolve("zh.xlsx");
        Path en = dir.resolve("en.xlsx");
        report.write(OFFICE, YEAR, "JY", zh, ZH, Progress.NONE);
        report.write(OFFICE, YEAR, "JY", en, Messages.of(Messages.ENGLISH), Progress.NONE);
        try (XSSFWorkbook wb = open(zh)) {
            assertEquals("华士社区、周庄社区", text(wb.getSheet("党员社区服务").getRow(2).getCell(4)));
        }
        try (XSSFWorkbook wb = open(en)) {
            assertEquals("华士社区, 周庄社区", text(wb.getSheetAt(AnnualSummary.SHEETS.indexOf("members")).getRow(2)
                    .getCell(4)));
        }
    }

    @Test
    void oneUnitIsNamedInTheTitleAndCountsOnlyItsOwn() throws Exception {
        Path out = dir.resolve("江阴.xlsx");
        report.write(OFFICE, YEAR, "JY", out, ZH, Progress.NONE);
        YearFigures jy = t.services().summary().figures(OFFICE, YEAR, "JY");
        try (XSSFWorkbook wb = open(out)) {
            Sheet o = wb.getSheet("总览");
            assertEquals("2026年度工作总结（江阴市供电公司）", text(o.getRow(0).getCell(0)));
            assertEquals(jy.people().total(), (int) overview(o, "人员", ZH.text("summary.figure.people")));
            assertEquals(jy.honours().total(), (int) overview(o, "荣誉", "合计"));
            Sheet members = wb.getSheet("党员社区服务");
            assertEquals(3, members.getLastRowNum(), "title, header, 江一 (the only one of JY who served), total");
        }
    }

    @Test
    void refusalsLeaveNoFile() throws Exception {
        Path out = dir.resolve("out.xlsx");
        ConsoleException unknown = assertThrows(ConsoleException.class,
                () -> report.write(OFFICE, YEAR, "NOPE", out, ZH, Progress.NONE));
        assertTrue(ZH.describe(unknown).contains("NOPE"));
        ConsoleException empty = assertThrows(ConsoleException.class,
                () -> report.write(OFFICE, 2020, null, out, ZH, Progress.NONE));
        assertTrue(ZH.describe(empty).contains("2020"), ZH.describe(empty));
        assertThrows(AccessDeniedException.class, () -> report.write(SECRETARY, YEAR, null, out, ZH, Progress.NONE));
        ConsoleException folder = assertThrows(ConsoleException.class,
                () -> report.write(OFFICE, YEAR, null, dir, ZH, Progress.NONE));
        assertTrue(ZH.describe(folder).contains(dir.toAbsolutePath().toString()));
        ConsoleException nowhere = assertThrows(ConsoleException.class,
                () -> report.write(OFFICE, YEAR, null, dir.resolve("nowhere/x.xlsx"), ZH, Progress.NONE));
        assertTrue(ZH.describe(nowhere).contains("nowhere"));
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            // beside the embedded database's folder (none on a server) nothing
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("data")).toList());
        }
    }

    @Test
    void cancelledMidwayLeavesNoFileAndNoTemporaryFile() throws Exception {
        Path out = dir.resolve("cancelled.xlsx");
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterThreeSheets = new Progress() {
            @Override
            public void update(long done, long total) {
                updates.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return updates.get() > 3;
            }
        };
        assertThrows(Progress.CancelledException.class,
                () -> report.write(OFFICE, YEAR, null, out, ZH, cancelAfterThreeSheets));
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            // beside the embedded database's folder (none on a server) nothing
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("data")).toList());
        }
    }
}
