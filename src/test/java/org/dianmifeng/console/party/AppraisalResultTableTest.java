package org.dianmifeng.console.party;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.testing.PrintedSheets;
import org.junit.jupiter.api.Test;

/** The result table as the branch secretary signs it: final or draft, nothing cut, the sign-off never alone. */
class AppraisalResultTableTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);
    static final LocalDate MADE_ON = LocalDate.of(2026, 1, 15);
    static final AppraisalResultTable.Branch BRANCH = new AppraisalResultTable.Branch(1, "YX-YJ", "运检党支部",
            BranchKind.WORK_UNIT, "宜兴市供电公司");
    static final String LONG_REASON = "全年无故缺席组织生活四次，经支部委员会两次谈话提醒仍未改正；"
            + "不按期足额交纳党费，在网格报到后未参加任何社区服务活动，群众评议中多人反映其工作作风问题";

    static AppraisalResultTable.Line line(String name, AppraisalStatus status, Grade grade, String reason) {
        return new AppraisalResultTable.Line(name, "宜兴市供电公司", true, "东虹社区", "一网格", new BigDecimal("92.5"),
                new BigDecimal("93.6"), new BigDecimal("92.98"), status, status == AppraisalStatus.CONFIRMED ? grade : null,
                grade, null, reason, null);
    }

    static XSSFWorkbook build(List<AppraisalResultTable.Line> lines) {
        return build(ZH, lines);
    }

    static XSSFWorkbook build(Messages m, List<AppraisalResultTable.Line> lines) {
        return new AppraisalResultTable(m, AppraisalRules.defaults(), 2025, MADE_ON)
                .build(List.of(new AppraisalResultTable.Part(BRANCH, lines)), Progress.NONE);
    }

    /**
     * A branch as the demo's: {@code n} members, confirmed, most 合格, one in eight 基本合格 with a reason, a
     * probationary member now and then, one who never reported to a community.
     */
    static List<AppraisalResultTable.Line> branch(int n) {
        List<AppraisalResultTable.Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean reason = i % 8 == 7;
            lines.add(new AppraisalResultTable.Line("党员" + i, "宜兴市供电公司", i % 9 != 4, i == 0 ? null : "东虹社区",
                    i == 0 ? null : "第一网格", new BigDecimal("88.5"), i == 0 ? null : new BigDecimal("81.3"),
                    new BigDecimal("85.42"), AppraisalStatus.CONFIRMED,
                    reason ? Grade.BASICALLY_QUALIFIED : Grade.QUALIFIED, null, null,
                    reason ? "全年缺席组织生活两次，经支部谈话提醒后有改正" : null, null));
        }
        return lines;
    }

    static List<AppraisalResultTable.Line> confirmed(int n) {
        List<AppraisalResultTable.Line> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(line("党员" + i, AppraisalStatus.CONFIRMED, Grade.EXCELLENT, null));
        }
        return lines;
    }

    @Test
    void onlyConfirmedGradesMakeTheFinalTableWithItsDate() throws Exception {
        try (XSSFWorkbook wb = build(confirmed(3))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("运检党支部 2025年度民主评议党员结果汇总表", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("2025年度民主评议党员结果汇总表", sheet.getHeader().getCenter());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().endsWith("制表日期：2026-01-15"));
        }
        List<AppraisalResultTable.Line> oneProposed = new ArrayList<>(confirmed(3));
        oneProposed.add(line("待定", AppraisalStatus.PROPOSED, Grade.QUALIFIED, null));
        try (XSSFWorkbook wb = build(oneProposed)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue().endsWith("提议稿（未确认）"));
            assertTrue(sheet.getHeader().getCenter().endsWith("提议稿（未确认）"), "on every printed page");
        }
    }

    @Test
    void scoreAndGradeStandInTheirOwnCellsTheGradeCentredApart() throws Exception {
        try (XSSFWorkbook wb = build(confirmed(1))) {
            Row row = wb.getSheetAt(0).getRow(3);
            assertEquals(CellType.NUMERIC, row.getCell(7).getCellType());
            assertEquals(92.98, row.getCell(7).getNumericCellValue(), 1e-9);
            assertEquals("优秀", row.getCell(8).getStringCellValue());
            assertEquals(HorizontalAlignment.CENTER, row.getCell(8).getCellStyle().getAlignment(),
                    "a right-aligned score never runs into the grade (\"92.98优秀\")");
        }
    }

    @Test
    void aLongUnqualifiedReasonShowsWholeInARowAsHighAsItsLines() throws Exception {
        try (XSSFWorkbook wb = build(List.of(line("甲", AppraisalStatus.CONFIRMED, Grade.UNQUALIFIED, LONG_REASON),
                line("乙", AppraisalStatus.CONFIRMED, Grade.EXCELLENT, null)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row row = sheet.getRow(3);
            String notes = row.getCell(10).getStringCellValue();
            assertTrue(notes.contains(LONG_REASON), "whole, not cut");
            assertTrue(row.getCell(10).getCellStyle().getWrapText());
            int lines = ListExport.wrappedLines(notes, sheet.getColumnWidth(10) / 256 - 1);
            assertTrue(lines >= 3, lines + " lines");
            assertTrue(row.getHeightInPoints() >= lines * 14, lines + " lines in " + row.getHeightInPoints() + " pt");
            assertTrue(sheet.getRow(4).getHeightInPoints() < 20, "a row without notes stays one line high");
        }
    }

    @Test
    void theSignOffNeverFallsAloneOnAPageAndPagesAreCountedPerSheet() throws Exception {
        for (int n = 15; n <= 80; n++) {
            try (XSSFWorkbook wb = build(confirmed(n))) {
                XSSFSheet sheet = wb.getSheetAt(0);
                int lastTableRow = 3 + n - 1;
                int signOff = lastTableRow + 2;
                assertEquals("党支部（盖章）", sheet.getRow(signOff).getCell(0).getStringCellValue());
                int[] breaks = sheet.getRowBreaks();
                int lastPageStart = breaks.length == 0 ? 0 : breaks[breaks.length - 1] + 1;
                assertTrue(lastPageStart <= lastTableRow - SignOff.KEPT_ROWS + 1,
                        n + " members: the last page starts at row " + lastPageStart);
                assertEquals("第 &P 页", sheet.getFooter().getCenter());
                assertFalse(sheet.getFitToPage() && sheet.getPrintSetup().getFitHeight() != 0);
            }
        }
    }

    @Test
    void inEnglishAMembersNotesPrintOnAWrappedLineOfTheirOwnUnderTheRow() throws Exception {
        try (XSSFWorkbook wb = build(EN, List.of(line("甲", AppraisalStatus.CONFIRMED, Grade.UNQUALIFIED, LONG_REASON),
                line("乙", AppraisalStatus.CONFIRMED, Grade.EXCELLENT, null)))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(AppraisalResultTable.HEADER_ROW);
            int lastCol = header.getLastCellNum() - 1;
            assertEquals("Status", header.getCell(lastCol).getStringCellValue(), "no notes column beside the others");
            Row member = sheet.getRow(3);
            Row notes = sheet.getRow(4);
            assertEquals("甲", member.getCell(1).getStringCellValue());
            String text = notes.getCell(1).getStringCellValue();
            assertTrue(text.startsWith("Notes: ") && text.contains(LONG_REASON), text);
            assertTrue(notes.getCell(1).getCellStyle().getWrapText());
            assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.getFirstRow() == 4 && r.getLastRow() == 4
                    && r.getFirstColumn() == 1 && r.getLastColumn() == lastCol), "across the row under the member");
            int width = 0;
            for (int c = 1; c <= lastCol; c++) {
                width += sheet.getColumnWidth(c) / 256;
            }
            int lines = Cells.wrappedLines(text, width - 1);
            assertTrue(lines >= 2, lines + " lines in " + width);
            assertTrue(notes.getHeightInPoints() >= Styles.lineHeight(lines), lines + " lines in "
                    + notes.getHeightInPoints() + " pt");
            assertEquals("乙", sheet.getRow(5).getCell(1).getStringCellValue(), "a member without notes has no line");
        }
        try (XSSFWorkbook wb = build(ZH, List.of(line("甲", AppraisalStatus.CONFIRMED, Grade.UNQUALIFIED, LONG_REASON)))) {
            Row header = wb.getSheetAt(0).getRow(AppraisalResultTable.HEADER_ROW);
            assertEquals("说明", header.getCell(header.getLastCellNum() - 1).getStringCellValue(),
                    "the Chinese table has room for its notes column");
        }
    }

    @Test
    void aMembersRowAndTheNotesUnderItPrintOnOnePage() throws Exception {
        int checked = 0;
        for (int n = 20; n <= 90; n += 7) {
            List<AppraisalResultTable.Line> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lines.add(line("党员" + i, AppraisalStatus.CONFIRMED, Grade.BASICALLY_QUALIFIED,
                        i % 3 == 0 ? LONG_REASON : null));
            }
            try (XSSFWorkbook wb = build(EN, lines)) {
                XSSFSheet sheet = wb.getSheetAt(0);
                for (int b : sheet.getRowBreaks()) {
                    // a page starts with a member (序号), never with the notes of the member on the page before
                    Row next = sheet.getRow(b + 1);
                    assertEquals(CellType.NUMERIC, next.getCell(0).getCellType(), n + " members: row " + (b + 1)
                            + " starts a page: " + next.getCell(1));
                    checked++;
                }
            }
        }
        assertTrue(checked > 10, checked + " page breaks");
    }

    @Test
    void noHeaderIsCutInsideAWordInEitherLanguage() throws Exception {
        for (Messages m : List.of(ZH, EN)) {
            try (XSSFWorkbook wb = build(m, branch(30))) {
                PrintedSheets.assertHeaderWordsFit(wb.getSheetAt(0), AppraisalResultTable.HEADER_ROW,
                        m.locale() + " result table");
            }
        }
    }

    @Test
    void inEnglishTheTablePrintsOnNotMuchMorePaperThanInChinese() throws Exception {
        for (int n : new int[] {12, 60, 150}) {
            int[] pages = new int[2];
            List<Messages> languages = List.of(ZH, EN);
            for (int k = 0; k < 2; k++) {
                try (XSSFWorkbook wb = build(languages.get(k), branch(n))) {
                    XSSFSheet sheet = wb.getSheetAt(0);
                    String what = languages.get(k).locale() + ", " + n + " members";
                    PrintedSheets.assertPageSetsFitTheWidth(sheet, what);
                    assertTrue(sheet.getPrintSetup().getScale() * Styles.BODY_POINTS >= 900 - 1e-9,
                            what + ": body printed at " + sheet.getPrintSetup().getScale() + " %");
                    pages[k] = PrintedSheets.pages(sheet);
                }
            }
            assertTrue(pages[1] <= Math.ceil(pages[0] * 1.3), n + " members: " + pages[1] + " pages in English, "
                    + pages[0] + " in Chinese");
        }
    }
}
