package org.dianmifeng.console.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.ConsoleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .xlsx reader of the import ({@link XlsxSheet}) on sheets written as Excel and WPS write them, by hand where POI
 * would not write them so (phonetic runs, inline strings with runs, error cells, cells and rows without references),
 * and against POI's own reading of whole workbooks.
 */
class SheetReaderTest {
    @TempDir Path dir;

    /** A row as read: its number, then each cell's text, a numeric cell's marked #. */
    private static List<String> read(Path file) {
        List<String> rows = new ArrayList<>();
        SheetReader.read(file, (number, cells) -> {
            StringBuilder line = new StringBuilder().append(number).append(':');
            for (SheetCell c : cells) {
                line.append('|').append(c.numeric() ? "#" : "").append(c.text());
            }
            rows.add(line.toString());
        });
        return rows;
    }

    @Test
    void sharedStringsAreReadWithTheirRunsJoinedAndWithoutTheirPhoneticRuns() throws Exception {
        Path file = xlsx("""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>\
                <c r="D1" t="s"><v>3</v></c></row>""", List.of(
                "<t>张三</t><rPh sb=\"0\" eb=\"2\"><t>zhāng sān</t></rPh><phoneticPr fontId=\"1\"/>",
                "<r><rPr><b/></rPr><t>李</t></r><r><t xml:space=\"preserve\">四 </t></r><rPh sb=\"0\" eb=\"1\"><t>li</t></rPh>",
                "<t>第一行_x000D_第二行</t>",
                "<t>a&amp;b &lt;c&gt;</t>"));
        assertEquals(List.of("1:|张三|李四 |第一行\r第二行|a&b <c>"), read(file));
    }

    @Test
    void inlineStringsAreReadWithTheirRunsJoinedAndWithoutTheirPhoneticRuns() throws Exception {
        Path file = xlsx("""
                <row r="1"><c r="A1" t="inlineStr"><is><t>王五</t><rPh sb="0" eb="2"><t>wáng wǔ</t></rPh></is></c>\
                <c r="B1" t="inlineStr"><is><r><t>320281</t></r><r><rPr><i/></rPr><t>199001011234</t></r></is></c></row>""",
                List.of());
        assertEquals(List.of("1:|王五|320281199001011234"), read(file));
    }

    @Test
    void numbersDatesBooleansErrorsAndFormulasReadAsTheSheetShowsThem() throws Exception {
        // style 1: a custom date format (numFmt 164); style 2: a custom number format; style 3: built-in date 14;
        // K2: a date cell as the strict format writes it (t="d", ISO 8601)
        Path file = xlsx("""
                <row r="2"><c r="A2" s="1"><v>45413</v></c><c r="B2" s="2"><v>13912345678</v></c>\
                <c r="C2"><v>1.50</v></c><c r="D2" s="3"><v>45413.75</v></c><c r="E2" t="b"><v>1</v></c>\
                <c r="F2" t="b"><v>0</v></c><c r="G2" t="e"><v>#N/A</v></c><c r="H2" t="str"><f>A1&amp;"x"</f><v>江阴x</v></c>\
                <c r="I2"><f>1+1</f><v>2</v></c><c r="J2" s="2"><v>3.20281E+17</v></c>\
                <c r="K2" t="d"><v>2024-05-01T00:00:00</v></c></row>""", List.of());
        assertEquals(List.of("2:|2024-05-01|#13912345678|#1.5|2024-05-01|TRUE|FALSE||江阴x|#2|#320281000000000000|2024-05-01"),
                read(file));
    }

    @Test
    void skippedColumnsAreBlankAndCellsAndRowsWithoutReferencesFollowTheLastOne() throws Exception {
        Path file = xlsx("""
                <row r="3"><c r="B3" t="s"><v>0</v></c><c r="E3"><v>5</v></c></row>\
                <row r="4"><c r="A4" s="0"/><c r="B4" t="s"/></row>\
                <row><c t="s"><v>0</v></c><c><v>7</v></c><c r="D6" t="s"><v>0</v></c><c><v>8</v></c></row>\
                <row r="9"><c r="AA9" t="inlineStr"><is><t>z</t></is></c></row>""", List.of("<t>x</t>"));
        assertEquals(List.of("3:||x|||#5", "5:|x|#7||x|#8", "9:" + "|".repeat(27) + "z"), read(file));
    }

    @Test
    void aSharedStringThatIsNotThereOrAPackageThatIsNoWorkbookIsRefused() throws Exception {
        Path file = xlsx("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>3</v></c></row>", List.of("<t>x</t>"));
        assertEquals("error.import.unreadable", assertThrows(ConsoleException.class, () -> read(file)).key());
        Path zip = dir.resolve("other.xlsx");
        zip(zip, Map.of("word/document.xml", "<w/>"));
        assertThrows(ConsoleException.class, () -> read(zip));
    }

    /** What POI's full reader makes of every cell of a workbook (dates, numbers, formulas, a merged title, gaps). */
    @Test
    void aWorkbookReadsAsPoisFullReaderReadsIt() throws Exception {
        Path file = ImportFiles.xlsx(dir.resolve("awkward.xlsx"), List.of(
                List.of(new ImportFiles.Title("2025年 人员名册", 7)),
                ImportFiles.HEADER,
                List.of(" 张三 ", "男", LocalDate.of(1990, 1, 1), ImportFiles.id("19900101", 1), 13912345678L, "JY",
                        "中共党员"),
                List.of(),
                java.util.Arrays.asList("李四", null, 33000, 320281199001011234L, new ImportFiles.Formula("\"139\"&\"00000000\""),
                        new ImportFiles.Formula("1/4"), true),
                List.of("３２０２８１", "", "2024年5月1日", "20240501", "-12.5", new ImportFiles.Formula("DATE(2024,5,1)"),
                        new ImportFiles.Formula("NA()"))));
        List<String> expected = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                StringBuilder line = new StringBuilder().append(row.getRowNum() + 1).append(':');
                List<SheetCell> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(SheetReader.cell(row.getCell(c)));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).text().isEmpty()) {
                    cells.remove(cells.size() - 1); // the streaming reader ends a row at its last value
                }
                for (SheetCell c : cells) {
                    line.append('|').append(c.numeric() ? "#" : "").append(c.text());
                }
                expected.add(line.toString());
            }
        }
        assertEquals(6, expected.size() + 1); // the empty row is not read
        assertEquals(expected, read(file));
    }

    /** A workbook of one sheet whose {@code <sheetData>} is {@code rows}, with these shared strings. */
    private Path xlsx(String rows, List<String> strings) throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                <sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        parts.put("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>""");
        parts.put("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>\
                <numFmt numFmtId="165" formatCode="0_);[Red]\\(0\\)"/></numFmts>
                <fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts>
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
                <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
                </styleSheet>""");
        StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + strings.size()
                + "\" uniqueCount=\"" + strings.size() + "\">");
        strings.forEach(s -> sst.append("<si>").append(s).append("</si>"));
        parts.put("xl/sharedStrings.xml", sst.append("</sst>").toString());
        parts.put("xl/worksheets/sheet1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"""
                + rows + "</sheetData></worksheet>");
        Path file = dir.resolve("sheet" + System.nanoTime() + ".xlsx");
        zip(file, parts);
        return file;
    }

    private static void zip(Path file, Map<String, String> parts) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
