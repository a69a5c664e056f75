package org.dianmifeng.console.honour;

import static org.dianmifeng.console.testing.HonourRollFixtures.FORMULA_TITLE;
import static org.dianmifeng.console.testing.HonourRollFixtures.PHONE_LIKE_CERTIFICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.testing.HonourRollFixtures;
import org.dianmifeng.console.testing.HonourRollFixtures.Inserted;
import org.dianmifeng.console.testing.HonourRollFixtures.Scenario;
import org.dianmifeng.console.testing.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The honour roll as a reader of the written workbook sees it: both sheets, the groups, the counts, the print setup. */
class HonourReportTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);
    private static final DataFormatter SHOWN = new DataFormatter();

    @TempDir Path dir;
    private TestServices t;
    private Scenario s;
    private HonourReport report;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("data"));
        s = new HonourRollFixtures(t).standard();
        report = t.services().honourReport();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private Path write(int from, int to, String unit, Messages m) {
        Path out = dir.resolve("roll-" + from + "-" + to + "-" + unit + "-" + m.locale() + ".xlsx");
        HonourReport.Written w = report.write(TestServices.VIEWER, from, to, unit, out, m, Progress.NONE);
        assertEquals(out.toAbsolutePath(), w.file());
        return out;
    }

    private static void open(Path file, Consumer<XSSFWorkbook> check) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            check.accept(wb);
        }
    }

    private static List<String> shown(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c) == null ? "" : SHOWN.formatCellValue(row.getCell(c)));
        }
        return out;
    }

    private static String text(XSSFSheet sheet, int r, int c) {
        Cell cell = sheet.getRow(r).getCell(c);
        return cell == null ? "" : SHOWN.formatCellValue(cell);
    }

    private static long count(List<Inserted> honours, HonourLevel level) {
        return honours.stream().filter(h -> h.level() == level).count();
    }

    /** The rows of sheet 1 below the header, up to (not including) the total row, as level groups of titles. */
    private static Map<String, List<Row>> groups(XSSFSheet sheet, Messages m) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        List<Row> current = null;
        for (int r = HonourRoll.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String first = text(sheet, r, 0);
            if (Stream.of(HonourLevel.values()).map(m::label).anyMatch(first::equals)) {
                current = new ArrayList<>();
                out.put(first, current);
            } else if (row.getCell(0).getCellType() == CellType.NUMERIC) {
                current.add(row);
            }
        }
        return out;
    }

    @Test
    void theRollOfAYearGroupsByLevelNationalFirstWithSubtotalsAndTotal() throws Exception {
        List<Inserted> year = s.of(2021);
        Path out = write(2021, 2021, null, ZH);
        open(out, wb -> {
            assertEquals(2, wb.getNumberOfSheets());
            assertEquals("年度荣誉汇总表", wb.getSheetName(0));
            assertEquals("按单位和级别统计", wb.getSheetName(1));
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("2021年度荣誉汇总表", text(sheet, 0, 0));
            String info = text(sheet, 1, 0);
            assertTrue(info.contains("2021") && info.contains("全部单位") && info.contains("2026-11-29")
                    && info.contains("共 " + year.size() + " 项"), info);
            assertEquals(List.of("序号", "荣誉名称", "级别", "授予单位", "获得者", "获得者类型", "所属单位", "授予日期", "证书编号"),
                    shown(sheet.getRow(HonourRoll.HEADER_ROW)));

            Map<String, List<Row>> groups = groups(sheet, ZH);
            List<String> expectedLevels = Stream.of(HonourLevel.values()).filter(l -> count(year, l) > 0)
                    .map(ZH::label).toList();
            assertEquals(expectedLevels, List.copyOf(groups.keySet()), "levels with honours, national first");
            assertEquals(List.of("国家级", "省级", "市级", "公司级"), expectedLevels);

            // within a level by date: the 劳动奖状 of April before the organisation of December
            List<Row> national = groups.get("国家级");
            assertEquals("全国五一劳动奖状", national.get(0).getCell(1).getStringCellValue());
            assertEquals(year.get(0).title(), national.get(1).getCell(1).getStringCellValue());
            assertEquals(List.of("2", year.get(0).title(), "国家级", "中央文明办", "蜜蜂行动志愿服务队", "服务队",
                    "宜兴市供电公司", "2021-12-05", ""), shown(national.get(1)));

            // numbered through, as numbers
            int n = 1;
            for (List<Row> rows : groups.values()) {
                for (Row row : rows) {
                    assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
                    assertEquals(n++, (int) row.getCell(0).getNumericCellValue());
                }
            }
            assertEquals(year.size() + 1, n);

            // a subtotal row after each group, equal to the honours of that level inserted, then the total
            for (int r = HonourRoll.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                String label = text(sheet, r, 1);
                for (HonourLevel level : HonourLevel.values()) {
                    if (label.equals(ZH.label(level) + " 小计")) {
                        Cell c = sheet.getRow(r).getCell(2);
                        assertEquals(CellType.NUMERIC, c.getCellType());
                        assertEquals(count(year, level), (long) c.getNumericCellValue(), label);
                        assertEquals(count(year, level) + " 项", SHOWN.formatCellValue(c));
                        assertEquals(groups.get(ZH.label(level)).size(), (int) c.getNumericCellValue());
                    }
                }
            }
            int last = sheet.getLastRowNum();
            assertEquals("合计", text(sheet, last, 1));
            assertEquals(year.size(), (int) sheet.getRow(last).getCell(2).getNumericCellValue());
            long subtotals = 0;
            for (int r = 0; r <= last; r++) {
                if (text(sheet, r, 1).endsWith(" 小计")) {
                    subtotals++;
                }
            }
            assertEquals(expectedLevels.size(), subtotals);
        });
    }

    /** Every row of a sheet as shown, from the title to the last. */
    private static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            out.add(sheet.getRow(r) == null ? List.of() : shown(sheet.getRow(r)));
        }
        return out;
    }

    @Test
    void theAnnualSummarysHonoursSheetIsTheRollOfThatYearAndScope() throws Exception {
        // a dated company honour beside the undated one: dated first, as the roll has it
        new HonourRollFixtures(t).insert("公司青年文明号", HonourLevel.COMPANY, 2021, LocalDate.of(2021, 2, 1),
                "国网无锡供电公司", RecipientKind.UNIT, s.jiangyin().id(), null);
        for (String unit : java.util.Arrays.asList(null, "YX")) {
            for (Messages m : List.of(ZH, EN)) {
                Path roll = write(2021, 2021, unit, m);
                Path summary = dir.resolve("summary-" + unit + "-" + m.locale() + ".xlsx");
                t.services().summaryReport().write(TestServices.OFFICE, 2021, unit, summary, m, Progress.NONE);
                List<List<String>> rollRows = new ArrayList<>();
                List<String> rollPrint = new ArrayList<>();
                open(roll, wb -> {
                    XSSFSheet sheet = wb.getSheetAt(0);
                    rollRows.addAll(rows(sheet));
                    rollPrint.addAll(print(sheet));
                });
                open(summary, wb -> {
                    XSSFSheet sheet = wb.getSheet(m.text("summary.sheet.honours"));
                    assertEquals(rollRows, rows(sheet), unit + " " + m.locale());
                    assertEquals(rollPrint.subList(1, rollPrint.size()), print(sheet).subList(1, rollPrint.size()),
                            unit + " " + m.locale());
                    assertEquals(sheet.getRow(0) == null ? null : wb.getSheetAt(0).getHeader().getCenter(),
                            sheet.getHeader().getCenter(), "the summary's page header on every sheet, the honours' too");
                });
                assertTrue(rollRows.stream().anyMatch(r -> r.size() > 1 && r.get(1).equals(m.text("honourroll.subtotal",
                        HonourLevel.COMPANY))), "the rows compared hold the groups and subtotals");
            }
        }
        open(write(2021, 2021, null, ZH), wb -> {
            List<String> titles = rows(wb.getSheetAt(0)).stream().filter(r -> r.size() > 1)
                    .map(r -> r.get(1)).toList();
            assertTrue(titles.indexOf("公司青年文明号") < titles.indexOf("公司优秀志愿服务单位"), "undated last");
        });
    }

    /** What a sheet prints with: page header, footer, repeated rows, landscape, merged regions. */
    private static List<String> print(XSSFSheet sheet) {
        return List.of(sheet.getHeader().getCenter(), sheet.getFooter().getCenter(),
                String.valueOf(sheet.getRepeatingRows()), String.valueOf(sheet.getPrintSetup().getLandscape()),
                String.valueOf(sheet.getMergedRegions()), String.valueOf(sheet.getPaneInformation().getHorizontalSplitPosition()));
    }

    @Test
    void datesAreDatesAndTextFromTheDatabaseIsTextEvenWhenItLooksLikeAFormula() throws Exception {
        Path out = write(2021, 2021, null, ZH);
        open(out, wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row formulaLike = null;
            Row undated = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertNotEquals(CellType.FORMULA, cell.getCellType(), "a formula at " + cell.getAddress());
                }
                Cell title = row.getCell(1);
                if (title != null && FORMULA_TITLE.equals(SHOWN.formatCellValue(title))) {
                    formulaLike = row;
                }
                if (title != null && "公司优秀志愿服务单位".equals(SHOWN.formatCellValue(title))) {
                    undated = row;
                }
            }
            assertTrue(formulaLike != null, "the formula-like title is shown as typed");
            assertEquals(CellType.STRING, formulaLike.getCell(1).getCellType());
            assertEquals(FORMULA_TITLE, formulaLike.getCell(1).getStringCellValue());
            assertTrue(formulaLike.getCell(1).getCellStyle().getQuotePrefixed());
            assertEquals(CellType.STRING, formulaLike.getCell(8).getCellType());
            assertEquals(PHONE_LIKE_CERTIFICATE, formulaLike.getCell(8).getStringCellValue());
            assertTrue(formulaLike.getCell(8).getCellStyle().getQuotePrefixed());

            Cell date = formulaLike.getCell(7);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDate.of(2021, 6, 1), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("", SHOWN.formatCellValue(undated.getCell(7)), "an undated honour has no date");
        });
    }

    /** The counts per level, and their sum, of the honours of {@code units}. */
    private static List<String> counts(List<Inserted> honours, String label, String... units) {
        List<String> out = new ArrayList<>(List.of(label));
        List<String> names = List.of(units);
        for (HonourLevel level : HonourLevel.values()) {
            out.add(String.valueOf(honours.stream().filter(h -> names.contains(h.unitName()) && h.level() == level).count()));
        }
        out.add(String.valueOf(honours.stream().filter(h -> names.contains(h.unitName())).count()));
        return out;
    }

    @Test
    void theSecondSheetRollsTheUnitsUpTheCompanyTree() throws Exception {
        List<Inserted> year = s.of(2021);
        String city = s.city().name();
        String yixing = s.yixing().name();
        String inspection = s.inspection().name();
        String jiangyin = s.jiangyin().name();
        Path out = write(2021, 2021, null, ZH);
        open(out, wb -> {
            XSSFSheet sheet = wb.getSheetAt(1);
            assertEquals("2021年度荣誉汇总表（按单位和级别统计）", text(sheet, 0, 0));
            assertEquals(List.of("单位", "国家级", "省级", "市级", "县区级", "公司级", "合计"),
                    shown(sheet.getRow(HonourRoll.HEADER_ROW)));
            int r = HonourRoll.HEADER_ROW + 1;
            // the city company with everything below it, its own, then 宜兴 with its centre, its own, the centre, 江阴
            assertEquals(counts(year, city, city, yixing, inspection, jiangyin), shown(sheet.getRow(r++)));
            assertEquals(counts(year, "\u3000" + city + "（本级）", city), shown(sheet.getRow(r++)));
            assertEquals(counts(year, "\u3000" + yixing, yixing, inspection), shown(sheet.getRow(r++)));
            assertEquals(counts(year, "\u3000\u3000" + yixing + "（本级）", yixing), shown(sheet.getRow(r++)));
            assertEquals(counts(year, "\u3000\u3000" + inspection, inspection), shown(sheet.getRow(r++)));
            assertEquals(counts(year, "\u3000" + jiangyin, jiangyin), shown(sheet.getRow(r++)));
            assertEquals(counts(year, "合计", city, yixing, inspection, jiangyin), shown(sheet.getRow(r)));
            assertEquals(String.valueOf(year.size()), text(sheet, r, HonourLevel.values().length + 1));
            assertEquals(r, sheet.getLastRowNum());
            // the team's honours count under the team's unit, the person's under the person's unit
            assertEquals(List.of("\u3000\u3000宜兴市供电公司（本级）", "1", "1", "0", "0", "1", "3"),
                    shown(sheet.getRow(HonourRoll.HEADER_ROW + 4)));
        });
    }

    @Test
    void bothSheetsArePrintReady() throws Exception {
        Path out = write(2021, 2021, null, ZH);
        open(out, wb -> {
            for (int i = 0; i < 2; i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                String name = wb.getSheetName(i);
                PrintSetup print = sheet.getPrintSetup();
                assertTrue(print.getLandscape(), name);
                assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize(), name);
                if (i == 0) {
                    // the list: its text columns narrowed until it prints one page wide at a set scale, body >= 9 pt
                    assertFalse(sheet.getFitToPage(), name);
                    int columns = 0;
                    for (int c = 0; c < sheet.getRow(HonourRoll.HEADER_ROW).getLastCellNum(); c++) {
                        columns += sheet.getColumnWidth(c) / 256;
                    }
                    assertTrue(columns <= org.dianmifeng.console.report.Pages.readableWidth(sheet,
                            sheet.getRow(HonourRoll.HEADER_ROW + 2).getCell(1).getCellStyle()), name + ": " + columns);
                } else {
                    assertTrue(sheet.getFitToPage(), name);
                    assertEquals(1, print.getFitWidth(), name);
                    assertEquals(0, print.getFitHeight(), name);
                }
                assertEquals("3:3", sheet.getRepeatingRows().formatAsString().replace("$", ""), name);
                assertEquals("2021年度荣誉汇总表", sheet.getHeader().getCenter(), name + ": one page header for the workbook");
                assertEquals("第 &P 页", sheet.getFooter().getCenter(), name);
                assertTrue(sheet.getPrintSetup().getUsePage() && sheet.getPrintSetup().getPageStart() == 1, name);
                double printed = Styles.BODY_POINTS * org.dianmifeng.console.report.Pages.scale(sheet);
                assertTrue(printed >= 9, name + " prints its body at " + printed + " pt");
                assertEquals(HonourRoll.HEADER_ROW + 1, sheet.getPaneInformation().getHorizontalSplitTopRow(), name);
                String filter = sheet.getCTWorksheet().getAutoFilter().getRef();
                assertTrue(filter.startsWith("A3:"), name + " " + filter);
                int lastCol = sheet.getRow(HonourRoll.HEADER_ROW).getLastCellNum() - 1;
                assertEquals(lastCol, org.apache.poi.ss.util.CellRangeAddress.valueOf(filter).getLastColumn(), name);
                assertEquals(sheet.getLastRowNum() - 1, org.apache.poi.ss.util.CellRangeAddress.valueOf(filter).getLastRow(),
                        name + ": the filter stops above the total");
            }
            XSSFSheet roll = wb.getSheetAt(0);
            int longestTitle = Cells.displayWidth(s.of(2021).get(0).title());
            assertTrue(roll.getColumnWidth(1) >= Math.min(10, longestTitle) * 256, "the title column is not squeezed");
            assertTrue(roll.getRow(HonourRoll.HEADER_ROW + 2).getCell(1).getCellStyle().getWrapText(),
                    "titles wrap in their column");
            assertTrue(roll.getColumnWidth(7) >= 10 * 256, "dates fit");
        });
    }

    @Test
    void everyCellPrintsInTheReportFontsAndALongTitleWrapsInARowAsHighAsItsLines() throws Exception {
        String longTitle = "国家电网有限公司".repeat(5) + "优秀共产党员服务队";
        new HonourRollFixtures(t).insert(longTitle, HonourLevel.COMPANY, 2021, LocalDate.of(2021, 5, 4), "国家电网有限公司",
                org.dianmifeng.console.honour.RecipientKind.UNIT, s.yixing().id(), null);
        Path out = write(2021, 2021, null, ZH);
        open(out, wb -> {
            assertEquals(Styles.BODY_FONT, wb.getFontAt(0).getFontName(), "a cell without a style prints in 宋体 too");
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                org.apache.poi.xssf.usermodel.XSSFFont font = wb.getFontAt(i);
                assertTrue(List.of(Styles.BODY_FONT, Styles.TITLE_FONT).contains(font.getFontName()), font.getFontName());
                assertTrue(font.getFontHeightInPoints() >= 10, "body text is never smaller than 10 pt: " + font);
            }
            XSSFSheet roll = wb.getSheetAt(0);
            // a cell's format names its font: LibreOffice prints a cell whose format does not at its own 10 pt
            for (int i = 0; i < 2; i++) {
                for (Row r : wb.getSheetAt(i)) {
                    for (Cell cell : r) {
                        assertTrue(((org.apache.poi.xssf.usermodel.XSSFCellStyle) cell.getCellStyle()).getCoreXf().getApplyFont(), wb.getSheetName(i) + " "
                                + cell.getAddress() + " '" + SHOWN.formatCellValue(cell) + "' applies its font");
                    }
                }
            }
            assertEquals(Styles.TITLE_FONT, roll.getRow(0).getCell(0).getCellStyle().getFont().getFontName());
            Row row = groups(roll, ZH).get("公司级").stream()
                    .filter(r -> r.getCell(1).getStringCellValue().equals(longTitle)).findFirst().orElseThrow();
            int lines = Cells.wrappedLines(longTitle, roll.getColumnWidth(1) / 256 - 1);
            assertTrue(lines >= 2, "the title is wider than its column: " + lines);
            assertTrue(row.getCell(1).getCellStyle().getWrapText());
            assertEquals(Styles.lineHeight(lines), row.getHeightInPoints(), 0.01, "the row is as high as its lines");
        });
    }

    @Test
    void aUnitTakesTheUnitsBelowItWithTeamsAndPeopleByTheirUnit() throws Exception {
        Path out = write(2021, 2021, "yx", ZH);
        List<Inserted> expected = s.of(2021).stream()
                .filter(h -> h.unitName().equals("宜兴市供电公司") || h.unitName().equals("宜兴运检中心")).toList();
        assertEquals(4, expected.size());
        open(out, wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("宜兴市供电公司 2021年度荣誉汇总表", text(sheet, 0, 0));
            assertTrue(text(sheet, 1, 0).contains("宜兴市供电公司（含下属单位）"), text(sheet, 1, 0));
            List<String> titles = new ArrayList<>();
            List<String> recipients = new ArrayList<>();
            groups(sheet, ZH).values().forEach(rows -> rows.forEach(row -> {
                titles.add(row.getCell(1).getStringCellValue());
                recipients.add(row.getCell(4).getStringCellValue() + "/" + row.getCell(5).getStringCellValue());
            }));
            assertEquals(expected.stream().map(Inserted::title).sorted().toList(), titles.stream().sorted().toList());
            assertTrue(recipients.contains("蜜蜂行动志愿服务队/服务队"), recipients.toString());
            assertTrue(recipients.contains("张三/个人"), recipients.toString());
            assertFalse(titles.contains(FORMULA_TITLE), "江阴's honour is not below 宜兴");
            assertFalse(titles.contains("全国五一劳动奖状"), "the city company is above 宜兴");
            assertEquals(expected.size(), (int) sheet.getRow(sheet.getLastRowNum()).getCell(2).getNumericCellValue());

            XSSFSheet byUnit = wb.getSheetAt(1);
            assertEquals("宜兴市供电公司", text(byUnit, 3, 0), "the unit asked for is the top of its tree");
            assertEquals("\u3000宜兴市供电公司（本级）", text(byUnit, 4, 0));
            assertEquals("\u3000宜兴运检中心", text(byUnit, 5, 0));
            assertEquals("合计", text(byUnit, 6, 0));
            assertEquals(String.valueOf(expected.size()), text(byUnit, 6, HonourLevel.values().length + 1));
        });
        assertEquals(1, report.write(TestServices.VIEWER, 2021, 2021, "YX-YJ", out, ZH, Progress.NONE).honours(),
                "a unit without units below it: its own people only");
    }

    @Test
    void aRangeOfYearsTakesEveryYearOfIt() throws Exception {
        Path out = write(2019, 2021, null, ZH);
        int expected = s.of(2019).size() + s.of(2020).size() + s.of(2021).size();
        open(out, wb -> {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("2019—2021年度荣誉汇总表", text(sheet, 0, 0));
            assertEquals(List.of("序号", "年度", "荣誉名称", "级别", "授予单位", "获得者", "获得者类型", "所属单位", "授予日期",
                    "证书编号"), shown(sheet.getRow(HonourRoll.HEADER_ROW)), "a roll over several years says each one's year");
            List<Row> national = groups(sheet, ZH).get("国家级");
            assertEquals("全国向上向善好青年", national.get(0).getCell(2).getStringCellValue(), "2019 before 2021");
            assertEquals("2019", national.get(0).getCell(1).getStringCellValue());
            List<String> years = groups(sheet, ZH).values().stream().flatMap(List::stream)
                    .map(row -> row.getCell(1).getStringCellValue()).distinct().sorted().toList();
            assertEquals(List.of("2019", "2020", "2021"), years, "every row is dated by its year, with or without a date");
            assertTrue(groups(sheet, ZH).containsKey("县区级"));
            assertEquals(expected, (int) sheet.getRow(sheet.getLastRowNum()).getCell(3).getNumericCellValue());
        });
        assertEquals(expected, report.write(TestServices.ADMIN, 2019, 2021, null, out, ZH, Progress.NONE).honours());
    }

    @Test
    void everySignedInRoleMayMakeIt() {
        for (Session who : List.of(TestServices.ADMIN, TestServices.OFFICE, TestServices.VIEWER, TestServices.SECRETARY)) {
            Path out = dir.resolve(who.username() + ".xlsx");
            assertEquals(s.of(2021).size(), report.write(who, 2021, 2021, null, out, ZH, Progress.NONE).honours());
            assertTrue(Files.exists(out));
        }
    }

    @Test
    void englishGetsEnglishHeadersAndFooter() throws Exception {
        Path out = write(2021, 2021, null, EN);
        open(out, wb -> {
            assertEquals("Honour roll", wb.getSheetName(0));
            assertEquals("By unit and level", wb.getSheetName(1));
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("Honour roll 2021", text(sheet, 0, 0));
            assertEquals(List.of("No.", "Honour", "Level", "Awarded by", "Recipient", "Recipient type", "Unit",
                    "Awarded on", "Certificate no."), shown(sheet.getRow(HonourRoll.HEADER_ROW)));
            assertEquals("National", text(sheet, HonourRoll.HEADER_ROW + 1, 0));
            assertEquals("Page &P", sheet.getFooter().getCenter());
            assertEquals("Total", text(sheet, sheet.getLastRowNum(), 1));
            assertEquals(List.of("Unit", "National", "Provincial", "City", "County or district", "Company", "Total"),
                    shown(wb.getSheetAt(1).getRow(HonourRoll.HEADER_ROW)));
        });
    }

    @Test
    void refusalsNameWhatIsWrongAndLeaveNoFile() throws Exception {
        Path out = dir.resolve("refused.xlsx");
        ConsoleException unknown = assertThrows(ConsoleException.class,
                () -> report.write(TestServices.VIEWER, 2021, 2021, "NOPE", out, ZH, Progress.NONE));
        assertEquals("error.report.unknownUnit", unknown.key());
        assertEquals("没有代码为“NOPE”的单位。请检查单位代码。", unknown.localized(ZH));

        ConsoleException empty = assertThrows(ConsoleException.class,
                () -> report.write(TestServices.VIEWER, 2024, 2024, null, out, ZH, Progress.NONE));
        assertTrue(empty.localized(ZH).contains("2024 年度没有荣誉记录"), empty.localized(ZH));

        ConsoleException emptyRange = assertThrows(ConsoleException.class,
                () -> report.write(TestServices.VIEWER, 2022, 2025, "JY", out, ZH, Progress.NONE));
        assertTrue(emptyRange.localized(ZH).contains("江阴市供电公司") && emptyRange.localized(ZH).contains("2022—2025"),
                emptyRange.localized(ZH));
        assertTrue(emptyRange.localized(EN).contains("2022–2025"), emptyRange.localized(EN));

        ConsoleException backwards = assertThrows(ConsoleException.class,
                () -> report.write(TestServices.VIEWER, 2021, 2019, null, out, ZH, Progress.NONE));
        assertEquals("起始年度 2021 晚于结束年度 2019，请检查年度范围。", backwards.localized(ZH));

        Path folder = Files.createDirectory(dir.resolve("a-folder.xlsx"));
        ConsoleException notAFile = assertThrows(ConsoleException.class,
                () -> report.write(TestServices.VIEWER, 2021, 2021, null, folder, ZH, Progress.NONE));
        assertEquals("error.report.notAFile", notAFile.key());
        assertTrue(notAFile.localized(ZH).contains(folder.toAbsolutePath().toString()));

        Path nowhere = dir.resolve("nowhere").resolve("x.xlsx");
        ConsoleException unwritable = assertThrows(ConsoleException.class,
                () -> report.write(TestServices.VIEWER, 2021, 2021, null, nowhere, ZH, Progress.NONE));
        assertEquals("error.report.write", unwritable.key());
        assertTrue(unwritable.localized(ZH).contains(nowhere.toAbsolutePath().toString()), unwritable.localized(ZH));

        assertFalse(Files.exists(out));
        assertFalse(Files.exists(nowhere));
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void cancelLeavesNoFileAndKeepsAnOldOne() throws Exception {
        Path out = dir.resolve("cancelled.xlsx");
        assertThrows(Progress.CancelledException.class,
                () -> report.write(TestServices.VIEWER, 2021, 2021, null, out, ZH, TestServices.CANCELLED));
        assertFalse(Files.exists(out));

        // cancelled while the rows are written: after the first update
        Progress cancelWhileWriting = new Progress() {
            private int updates;

            @Override
            public void update(long done, long total) {
                updates++;
            }

            @Override
            public boolean cancelled() {
                return updates > 0;
            }
        };
        assertThrows(Progress.CancelledException.class,
                () -> report.write(TestServices.VIEWER, 2021, 2021, null, out, ZH, cancelWhileWriting));
        assertFalse(Files.exists(out));
        try (Stream<Path> files = Files.list(dir)) {
            // beside the embedded database's folder (none on a server) nothing: no file, no temporary file
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("data"))
                    .sorted(Comparator.naturalOrder()).toList(), "no file or temporary file left behind");
        }
    }
}
