package org.dianmifeng.console.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListExportTest {
    @TempDir Path dir;

    record Item(String text, LocalDate date, Number number, LocalDateTime at, Boolean flag) {
    }

    private static final List<ListExport.Column<Item>> COLUMNS = List.of(
            new ListExport.Column<>("文本", Item::text),
            new ListExport.Column<>("日期", Item::date),
            new ListExport.Column<>("数量", Item::number),
            new ListExport.Column<>("时间", Item::at),
            new ListExport.Column<>("是否", Item::flag));

    /** Runs checks on the written workbook, opened read-only. */
    interface Check {
        void on(XSSFSheet sheet) throws Exception;
    }

    private static void open(Path file, Check check) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            assertEquals(1, wb.getNumberOfSheets());
            check.on(wb.getSheetAt(0));
        }
    }

    @Test
    void writesFormulaLikeTextAsQuotedTextAndKeepsTypes() throws Exception {
        List<Item> items = List.of(
                new Item("=HYPERLINK(\"http://x\",\"点我\")", LocalDate.of(2024, 3, 1), 12, null, true),
                new Item("+86 138 1234 5678", null, 2.5, LocalDateTime.of(2024, 3, 1, 9, 30), false),
                new Item("@x", null, 100_000L, null, null),
                new Item("-1+2", null, null, null, null),
                new Item("张三", null, null, null, null));
        Path out = dir.resolve("list.xlsx");
        ListExport.write(out, "人员名单", COLUMNS, items, Progress.NONE);
        open(out, sheet -> {
            assertEquals("人员名单", sheet.getSheetName());
            assertEquals("人员名单", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("文本", sheet.getRow(1).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getCellStyle().getFont().getBold());
            for (int r = 2; r <= 5; r++) {
                Cell c = sheet.getRow(r).getCell(0);
                assertEquals(CellType.STRING, c.getCellType(), "row " + r);
                assertEquals(items.get(r - 2).text(), c.getStringCellValue());
                assertTrue(c.getCellStyle().getQuotePrefixed(), "row " + r + " quote prefix");
            }
            Cell plain = sheet.getRow(6).getCell(0);
            assertEquals(CellType.STRING, plain.getCellType());
            assertFalse(plain.getCellStyle().getQuotePrefixed());

            Cell date = sheet.getRow(2).getCell(1);
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(LocalDate.of(2024, 3, 1), date.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(Styles.DATE_FORMAT, date.getCellStyle().getDataFormatString());
            Cell at = sheet.getRow(3).getCell(3);
            assertTrue(DateUtil.isCellDateFormatted(at));
            assertEquals(LocalDateTime.of(2024, 3, 1, 9, 30), at.getLocalDateTimeCellValue());

            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(2).getCellType());
            assertEquals(12.0, sheet.getRow(2).getCell(2).getNumericCellValue());
            assertEquals(2.5, sheet.getRow(3).getCell(2).getNumericCellValue());
            assertEquals(100_000.0, sheet.getRow(4).getCell(2).getNumericCellValue());
            assertEquals(CellType.BOOLEAN, sheet.getRow(2).getCell(4).getCellType());
            assertTrue(sheet.getRow(2).getCell(4).getBooleanCellValue());
            Row empty = sheet.getRow(5);
            assertTrue(empty.getCell(1) == null || empty.getCell(1).getCellType() == CellType.BLANK);
            assertEquals(6, sheet.getLastRowNum());
        });
    }

    @Test
    void hoursAreNumbersPrintedWithOneDecimal() throws Exception {
        Path out = dir.resolve("hours.xlsx");
        List<ListExport.Column<String>> cols = List.of(new ListExport.Column<>("时长（小时）",
                s -> OneDecimal.of(s == null ? null : new java.math.BigDecimal(s))));
        ListExport.write(out, "时长", cols, java.util.Arrays.asList("12.5", "3", "0.25", null), Progress.NONE);
        open(out, sheet -> {
            double[] expected = {12.5, 3.0, 0.3};
            for (int r = 2; r <= 4; r++) {
                Cell c = sheet.getRow(r).getCell(0);
                assertEquals(CellType.NUMERIC, c.getCellType(), "row " + r);
                assertEquals(expected[r - 2], c.getNumericCellValue(), 1e-9, "row " + r);
                assertEquals(Styles.ONE_DECIMAL_FORMAT, c.getCellStyle().getDataFormatString(), "row " + r);
            }
            Cell empty = sheet.getRow(5).getCell(0);
            assertTrue(empty == null || empty.getCellType() == CellType.BLANK);
        });
        assertEquals("12.5", OneDecimal.of(new java.math.BigDecimal("12.50")).toString());
        assertTrue(OneDecimal.of(new java.math.BigDecimal("10")).compareTo(OneDecimal.of(new java.math.BigDecimal("9.5"))) > 0,
                "sorted by value, not as text");
    }

    @Test
    void freezesFiltersAndSetsUpPrinting() throws Exception {
        Path out = dir.resolve("print.xlsx");
        List<Item> items = List.of(new Item("一", null, 1, null, null), new Item("二", null, 2, null, null));
        ListExport.write(out, "名单", COLUMNS, items, Progress.NONE);
        open(out, sheet -> {
            var pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(2, pane.getHorizontalSplitPosition());
            assertEquals(0, pane.getVerticalSplitPosition());
            assertEquals("A2:E4", sheet.getCTWorksheet().getAutoFilter().getRef());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertTrue(sheet.getFitToPage());
            assertEquals("2:2", sheet.getRepeatingRows().formatAsString().replace("$", ""));
        });
    }

    @Test
    void widensColumnsForChineseText() throws Exception {
        Path out = dir.resolve("width.xlsx");
        List<ListExport.Column<String>> cols = List.of(
                new ListExport.Column<>("名称", s -> s), new ListExport.Column<>("Name", s -> s.length() > 5 ? "abcdefghij" : "a"));
        ListExport.write(out, "宽度", cols, List.of("国家电网江苏电力共产党员服务队", "短"), Progress.NONE);
        assertEquals(30, Cells.displayWidth("国家电网江苏电力共产党员服务队"));
        assertEquals(4, Cells.displayWidth("ab中"));
        open(out, sheet -> {
            assertEquals((30 + 2) * 256, sheet.getColumnWidth(0));
            assertEquals((10 + 2) * 256, sheet.getColumnWidth(1));
        });
    }

    @Test
    void reportsProgressAndStopsWhenCancelledLeavingNoFile() throws IOException {
        List<Item> many = new ArrayList<>();
        for (int i = 0; i < 3 * ListExport.STEP; i++) {
            many.add(new Item("行" + i, LocalDate.of(2024, 1, 1).plusDays(i % 300), i, null, null));
        }
        Path out = dir.resolve("cancelled.xlsx");
        List<Long> seen = new ArrayList<>();
        Progress cancelAfterFirstStep = new Progress() {
            @Override
            public void update(long done, long total) {
                seen.add(done);
                assertEquals(many.size(), total);
            }

            @Override
            public boolean cancelled() {
                return seen.stream().anyMatch(d -> d >= ListExport.STEP);
            }
        };
        assertThrows(Progress.CancelledException.class,
                () -> ListExport.write(out, "名单", COLUMNS, many, cancelAfterFirstStep));
        assertFalse(Files.exists(out));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no temporary file is left behind");
        }
        assertEquals(List.of(0L, (long) ListExport.STEP), seen);
    }

    @Test
    void aFailedExportLeavesTheOldFileAlone() throws Exception {
        Path out = dir.resolve("keep.xlsx");
        ListExport.write(out, "旧", COLUMNS, List.of(new Item("旧数据", null, null, null, null)), Progress.NONE);
        List<ListExport.Column<Item>> failing = List.of(new ListExport.Column<>("坏", i -> {
            throw new IllegalStateException("boom");
        }));
        assertThrows(IllegalStateException.class,
                () -> ListExport.write(out, "新", failing, List.of(new Item("x", null, null, null, null)), Progress.NONE));
        open(out, sheet -> assertEquals("旧数据", sheet.getRow(2).getCell(0).getStringCellValue()));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(out), left.toList());
        }
    }

    private static final List<Item> ONE = List.of(new Item("一行", null, null, null, null));

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p, PosixFileAttributeView.class) != null;
    }

    @Test
    void aSavedFileIsReadableLikeAnyOtherAndAReplacedOneKeepsItsPermissions() throws Exception {
        assumeTrue(posix(dir), "a POSIX file system");
        Path fresh = dir.resolve("fresh.xlsx");
        ListExport.write(fresh, "新", COLUMNS, ONE, Progress.NONE);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));

        Path shared = dir.resolve("shared.xlsx");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw----"));
        ListExport.write(shared, "新", COLUMNS, ONE, Progress.NONE);
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));
        open(shared, sheet -> assertEquals("一行", sheet.getRow(2).getCell(0).getStringCellValue()));
    }

    @Test
    void aFailureNamesNoTemporaryFile() {
        Path out = dir.resolve("missing").resolve("x.xlsx");
        IOException e = assertThrows(IOException.class,
                () -> ListExport.write(out, "新", COLUMNS, ONE, Progress.NONE));
        assertFalse(String.valueOf(e.getMessage()).contains(".export-"), e.getMessage());
        assertFalse(String.valueOf(e.getMessage()).isBlank());
    }
}
