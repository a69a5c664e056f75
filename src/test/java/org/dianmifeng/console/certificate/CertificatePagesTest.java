package org.dianmifeng.console.certificate;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate workbook read back: the fields, one A4 portrait page each, the print area, 9 pt or more printed. */
class CertificatePagesTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    StarFixtures f;
    Person wang;
    Person li;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new StarFixtures(t);
        wang = f.volunteer("王芳", "32028219900101100", "V2021000001");
        li = f.volunteer("李强", "32028219900101200", "V2021000002");
        f.serve(wang, LocalDate.of(2025, 3, 1), "12.5", "APPROVED", "LECTURE", "蜜蜂行动·文明故事计划宣讲");
        f.serve(li, LocalDate.of(2025, 9, 9), "8.5", "APPROVED", "SALON", "电暖流文化沙龙");
    }

    @AfterEach
    void close() {
        t.close();
    }

    static String text(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    sb.append(cell.getStringCellValue()).append('|');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void aTeamsCertificatesAreOnePageEachWithEveryFieldTheRulesAskFor() throws Exception {
        Path out = dir.resolve("证明.xlsx");
        CertificateReport.Written w = t.services().certificateReport().issueForTeam(OFFICE, f.team.id(),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), out, ZH, Progress.NONE);
        assertEquals(2, w.numbers().size());
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertEquals(1, wb.getNumberOfSheets());
            Sheet sheet = wb.getSheetAt(0);
            String all = text(sheet);
            for (String expected : List.of("志愿服务记录证明", "证明编号：DMF-ZM-2026-000001", "证明编号：DMF-ZM-2026-000002",
                    "姓名", "王芳", "李强", "证件类型", "居民身份证", "证件号码", wang.idNumber(), li.idNumber(), "志愿者编号",
                    "V2021000001", "志愿服务组织", CertificateService.DEFAULT_ORGANISATION, "服务期间",
                    "2025-01-01 至 2025-12-31", "服务时长", "12.5 小时（经审核确认）", "8.5 小时（经审核确认）", "服务内容",
                    "蜜蜂行动·文明故事计划宣讲", "经办人：office", "出具日期：2026-11-29", "（出具单位盖章）",
                    "志愿服务记录与证明出具办法")) {
                assertTrue(all.contains(expected), expected + " in " + all);
            }
            // (经办人: the display name of the account that issued it; this test database has no account, so its user name)
            // one page each: a break after the first certificate, none after the last
            assertEquals(1, sheet.getRowBreaks().length);
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertFalse(print.getLandscape());
            assertTrue(wb.getPrintArea(0).endsWith("$A$1:$D$" + (sheet.getLastRowNum() + 1)), wb.getPrintArea(0));
            double scale = Pages.scale(sheet);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    double points = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints() * scale;
                    assertTrue(points >= 9, "printed at " + points + " pt in row " + row.getRowNum());
                }
            }
            // each certificate fits its page: the rows up to the break are no higher than the printable height
            double height = 0;
            for (int r = 0; r <= sheet.getRowBreaks()[0]; r++) {
                height += sheet.getRow(r) == null ? sheet.getDefaultRowHeightInPoints() : sheet.getRow(r).getHeightInPoints();
            }
            assertTrue(height * scale <= Pages.printableHeight(sheet), height * scale + " pt on a page of "
                    + Pages.printableHeight(sheet));
        }
    }

    @Test
    void aReprintIsTheSameCertificateFromTheRegisterAndNothingIsWrittenForARevokedOne() throws Exception {
        Certificate c = t.services().certificates().issue(OFFICE, wang.id(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), ZH);
        Path out = dir.resolve("again.xlsx");
        t.services().certificateReport().print(ADMIN, List.of(c.id()), out, ZH, Progress.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            String all = text(wb.getSheetAt(0));
            assertTrue(all.contains("证明编号：" + c.certNo()) && all.contains("12.5 小时"), all);
            assertEquals(0, wb.getSheetAt(0).getRowBreaks().length);
        }
        t.services().certificates().revoke(ADMIN, c.id(), "信息有误");
        Path none = dir.resolve("revoked.xlsx");
        org.junit.jupiter.api.Assertions.assertThrows(org.dianmifeng.console.core.ConsoleException.class,
                () -> t.services().certificateReport().print(ADMIN, List.of(c.id()), none, ZH, Progress.NONE));
        assertFalse(Files.exists(none));
    }

    /** The ID type on each page of {@code sheet}, by the ID number printed next to it (row: type label, type, number label, number). */
    static java.util.Map<String, String> idTypes(Sheet sheet, String typeLabel) {
        java.util.Map<String, String> types = new java.util.HashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            if (label != null && label.getCellType() == CellType.STRING && label.getStringCellValue().equals(typeLabel)) {
                types.put(row.getCell(3).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
        }
        return types;
    }

    @Test
    void theIdTypeIsTheDocumentTheNumberBelongsToInBothLanguages() throws Exception {
        // a residence permit of a Hong Kong resident (810000), of a Taiwan resident (830000), a foreigner's
        // permanent residence ID card (9, 32 江苏, 682 Saudi Arabia)
        Person hongKong = f.volunteer("陈家明", "81000019900101001", "V2021000003");
        Person taiwan = f.volunteer("林志玲", "83000019900101002", "V2021000004");
        Person foreign = f.volunteer("艾哈迈德", "93268219850101001", "V2021000005");
        for (Person p : List.of(hongKong, taiwan, foreign)) {
            f.approved(p, LocalDate.of(2025, 5, 1), "6.0");
        }
        java.util.Map<String, String> zh = java.util.Map.of(wang.idNumber(), "居民身份证", hongKong.idNumber(),
                "港澳台居民居住证", taiwan.idNumber(), "港澳台居民居住证", foreign.idNumber(), "外国人永久居留身份证");
        java.util.Map<String, String> en = java.util.Map.of(wang.idNumber(), "Resident identity card",
                hongKong.idNumber(), "Residence permit for Hong Kong, Macao and Taiwan residents",
                taiwan.idNumber(), "Residence permit for Hong Kong, Macao and Taiwan residents",
                foreign.idNumber(), "Foreigner's permanent residence ID card");
        for (Messages m : List.of(ZH, Messages.of(Messages.ENGLISH))) {
            java.util.Map<String, String> expected = m == ZH ? zh : en;
            Path out = dir.resolve("types-" + m.locale().getLanguage() + ".xlsx");
            t.services().certificateReport().issueForTeam(ADMIN, f.team.id(), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31), out, m, Progress.NONE);
            try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
                Sheet sheet = wb.getSheetAt(0);
                java.util.Map<String, String> printed = idTypes(sheet, m.text("certificate.field.idType"));
                for (java.util.Map.Entry<String, String> e : expected.entrySet()) {
                    assertEquals(e.getValue(), printed.get(e.getKey()), "ID type of " + e.getKey());
                }
                // the statement (兹证明 …) names it too
                String all = text(sheet);
                assertTrue(all.contains(expected.get(foreign.idNumber()) + (m == ZH ? "：" : ": ") + foreign.idNumber()),
                        all);
            }
        }
    }
}
