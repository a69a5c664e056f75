package org.dianmifeng.console.aidcase;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.UserName;
import org.dianmifeng.console.report.Cells;
import org.junit.jupiter.api.Test;

/**
 * The case summary's labels, table headers and texts (statuses: every one of them is in the history), read back in
 * both languages: no word of one is wider than the column (or merged columns) it stands in, so that a narrow column
 * never cuts a word ("Descripti / on", "Renovatin / g"); Chinese has no spaces and may wrap between any two
 * characters.
 */
class CaseSummaryTest {
    /** A run of letters or digits that a line may not break inside. */
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}'()\\-]+");

    static CaseSummary.Data data() {
        CaseSummary.Case c = new CaseSummary.Case("DR-2022-001", AidCaseStatus.CLOSED, "华士供电所", "华士“梦想小屋”帮扶小分队",
                "华士镇团委", "程平浩", LocalDate.of(2022, 2, 14), LocalDate.of(2022, 4, 26), "华士镇", "华西村",
                EligibilityCategory.GUARDIANSHIP_REVOKED, "经镇民政办核实");
        CaseSummary.Identity id = new CaseSummary.Identity("李辉国", Gender.MALE, LocalDate.of(2012, 1, 24),
                "32028120120124041X", "华士实验小学", "5年级", "华士镇华西村9号", "彭伟怡", "外祖父", "15955270247",
                LocalDate.of(2022, 3, 2), "入户走访、房间改造、照片用于帮扶档案", "system", null);
        UserName user = new UserName("officer", "演示帮扶专员");
        List<CaseSummary.Event> events = new ArrayList<>();
        AidCaseStatus from = null;
        for (AidCaseStatus to : AidCaseStatus.values()) {
            events.add(new CaseSummary.Event(LocalDate.of(2022, 3, 1), from, to, user,
                    LocalDateTime.of(2022, 3, 1, 10, 0), from == null ? null : "按计划推进"));
            from = to;
        }
        List<CaseSummary.Item> items = new ArrayList<>();
        for (RenovationCategory category : RenovationCategory.values()) {
            for (ItemStatus status : ItemStatus.values()) {
                items.add(new CaseSummary.Item(category, "书桌椅一套", BigDecimal.ONE, new BigDecimal("680.00"),
                        new BigDecimal("727.60"), "江阴本地家具城", status));
            }
        }
        return new CaseSummary.Data(c, id, events,
                List.of(new CaseSummary.Visit(LocalDate.of(2022, 3, 2), List.of("丁磊娟", "张雨"), "华士镇团委干部",
                        "房间狭小昏暗，电线老化裸露", "书桌、台灯")),
                List.of(new CaseSummary.Pairing("余娜怡", "周庄供电所", LocalDate.of(2022, 3, 10), null)), items,
                List.of(new CaseSummary.FollowUp("点亮书桌 照亮梦想", LocalDate.of(2022, 5, 20), LocalDate.of(2022, 5, 20),
                        "澄心澄意共产党员服务队 5 人", "送去台灯和学习用品", null)));
    }

    @Test
    void noLabelHeaderOrStatusIsCutInsideAWordInEitherLanguage() throws Exception {
        for (Messages m : List.of(Messages.of(Messages.CHINESE), Messages.of(Messages.ENGLISH))) {
            try (XSSFWorkbook wb = new CaseSummary(m, LocalDate.of(2026, 12, 6)).build(data(), "演示帮扶专员",
                    LocalDateTime.of(2026, 12, 6, 9, 0), "回访")) {
                XSSFSheet sheet = wb.getSheetAt(0);
                int checked = 0;
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        // bold (labels, headers) takes a character more than the text beside it: measured in
                        // LibreOffice, "Accompa|nying" broke in a column of 9, "Renovating" fit whole in one of 10
                        boolean bold = wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold();
                        int width = width(sheet, cell) - (bold ? 1 : 0);
                        Matcher words = WORD.matcher(cell.getStringCellValue());
                        while (words.find()) {
                            assertTrue(Cells.displayWidth(words.group()) <= width, m.locale() + ": '"
                                    + words.group() + "' of '" + cell.getStringCellValue() + "' in a column of " + width);
                        }
                        checked++;
                    }
                }
                // the field labels of the two sections, the headers of the six tables and the text in them
                assertTrue(checked > 100, m.locale() + ": " + checked + " labels, headers and values");
            }
        }
    }

    @Test
    void everyDateHasRoomForItsTenCharacters() throws Exception {
        try (XSSFWorkbook wb = new CaseSummary(Messages.of(Messages.CHINESE), LocalDate.of(2026, 12, 6)).build(data(),
                "演示帮扶专员", LocalDateTime.of(2026, 12, 6, 9, 0), "回访")) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int dates = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                        // yyyy-MM-dd at 11 pt takes 10 character units; a narrower column prints ###
                        assertTrue(width(sheet, cell) >= 10, cell.getAddress() + " in a column of " + width(sheet, cell));
                        dates++;
                    }
                }
            }
            assertTrue(dates >= 8, "dates of birth, consent, referral, hand-over, history, visit, pairing, follow-up");
        }
    }

    /** The width of the cell's column, or of the columns merged with it, in character units. */
    private static int width(XSSFSheet sheet, Cell cell) {
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            if (merged.isInRange(cell)) {
                int w = 0;
                for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                    w += sheet.getColumnWidth(c) / 256;
                }
                return w;
            }
        }
        return sheet.getColumnWidth(cell.getColumnIndex()) / 256;
    }
}
