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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.report.SignOff;
import org.junit.jupiter.api.Test;

/** The result table as the branch secretary signs it: final or draft, nothing cut, the sign-off never alone. */
class AppraisalResultTableTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
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
        return new AppraisalResultTable(ZH, AppraisalRules.defaults(), 2025, MADE_ON)
                .build(List.of(new AppraisalResultTable.Part(BRANCH, lines)), Progress.NONE);
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
}
