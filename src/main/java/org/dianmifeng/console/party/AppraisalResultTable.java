package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.ListExport;
import org.dianmifeng.console.report.Styles;

/**
 * 民主评议党员结果汇总表: one printable sheet per work-unit branch for a year, with a title, the unit
 * and the grade distribution, one row per appraised member and the secretary's signature line. A4,
 * one page wide, the header row repeated on every printed page, "page n of m" in the footer.
 * Texts come from the bundle of the chosen language; text from the database always lands as text.
 */
public final class AppraisalResultTable {
    static final int TITLE_ROW = 0;
    static final int INFO_ROW = 1;
    static final int HEADER_ROW = 2;
    static final String[] HEADERS = {"no", "name", "unit", "category", "grid", "unitScore", "communityScore",
            "combinedScore", "grade", "status", "notes"};
    private static final int NOTES_COL = HEADERS.length - 1;
    private static final int NOTES_WIDTH = 40;
    /** Columns under the signature text; the secretary's name is printed in the columns after them. */
    private static final int SIGNATURE_COLS = 7;
    /** Wider than this (in character units) the table is printed landscape. */
    private static final int PORTRAIT_WIDTH = 100;
    /** Sheet names are at most 31 characters long. */
    private static final int SHEET_NAME_MAX = 31;

    /** A branch as the table heads it. */
    public record Branch(long id, String code, String name, BranchKind kind, String unitName, String secretaryName) {
    }

    /**
     * One appraised member. {@code fullMember}: made a full member by the end of the year (正式), else 预备.
     */
    public record Line(String name, String unitName, boolean fullMember, String communityName, String gridName,
                       BigDecimal unitScore, BigDecimal communityScore, BigDecimal combinedScore, AppraisalStatus status,
                       Grade grade, Grade proposedGrade, String ruleNotes, String gradeReason, String returnComment) {
        /**
         * The grade the table shows: the locked grade once confirmed, the proposal while proposed, else none
         * (a returned proposal is no grade: it waits to be evaluated again).
         */
        public Grade shownGrade() {
            return switch (status) {
                case CONFIRMED -> grade;
                case PROPOSED -> proposedGrade;
                default -> null;
            };
        }
    }

    /** One sheet: a branch and its appraised members, in the order printed. */
    public record Part(Branch branch, List<Line> lines) {
        public Part {
            lines = List.copyOf(lines);
        }
    }

    private final Messages m;
    private final AppraisalRules rules;
    private final int year;

    public AppraisalResultTable(Messages messages, AppraisalRules rules, int year) {
        this.m = messages;
        this.rules = rules;
        this.year = year;
    }

    /** The workbook with one sheet per part, in order; reports progress per row and stops when cancelled. */
    public XSSFWorkbook build(List<Part> parts, Progress progress) {
        XSSFWorkbook wb = new XSSFWorkbook();
        boolean done = false;
        try {
            Styles styles = new Styles(wb);
            long total = parts.stream().mapToLong(p -> p.lines().size()).sum();
            long[] written = {0};
            progress.update(0, total);
            Set<String> sheetNames = new HashSet<>();
            for (Part part : parts) {
                progress.checkCancelled();
                Sheet sheet = wb.createSheet(sheetName(part.branch().name(), sheetNames));
                fill(sheet, part, styles, progress, written, total);
            }
            progress.update(total, total);
            done = true;
            return wb;
        } finally {
            if (!done) {
                try {
                    wb.close();
                } catch (java.io.IOException e) {
                    // nothing was written anywhere; nothing to clean up
                }
            }
        }
    }

    /** The branch name made a valid sheet name, unique among {@code taken} (which it joins). */
    static String sheetName(String branchName, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(branchName);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return name;
    }

    private void fill(Sheet sheet, Part part, Styles styles, Progress progress, long[] written, long total) {
        int lastCol = HEADERS.length - 1;
        int[] widths = new int[HEADERS.length];

        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(28);
        textLine(title, 0, lastCol, m.text("report.appraisal.title", part.branch().name(), String.valueOf(year)),
                styles.centredTitle(), sheet);

        Row info = sheet.createRow(INFO_ROW);
        info.setHeightInPoints(20);
        textLine(info, 0, lastCol, m.text("report.appraisal.info",
                part.branch().unitName() == null ? "" : part.branch().unitName(), distribution(part.lines())),
                styles.line(), sheet);

        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = header.createCell(c);
            String text = m.text("report.appraisal.column." + HEADERS[c]);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header());
            widths[c] = ListExport.displayWidth(text);
        }

        int r = HEADER_ROW + 1;
        int number = 1;
        for (Line line : part.lines()) {
            if (written[0] % 100 == 0) {
                progress.checkCancelled();
                progress.update(written[0], total);
            }
            Row row = sheet.createRow(r++);
            Object[] values = {number++, line.name(), line.unitName(),
                    m.text(line.fullMember() ? "report.appraisal.full" : "report.appraisal.probationary"),
                    grid(line), line.unitScore(), line.communityScore(), line.combinedScore(),
                    line.shownGrade() == null ? null : m.label(line.shownGrade()), m.label(line.status()),
                    notes(line, part.lines())};
            for (int c = 0; c <= lastCol; c++) {
                Cell cell = row.createCell(c);
                if (values[c] == null) {
                    cell.setCellStyle(styles.text(""));
                    continue;
                }
                int width = ListExport.put(cell, values[c], styles);
                if (c == 5 || c == 6) {
                    cell.setCellStyle(styles.oneDecimal());
                } else if (c == NOTES_COL) {
                    cell.setCellStyle(styles.wrappedText((String) values[c]));
                }
                widths[c] = Math.max(widths[c], width);
            }
            written[0]++;
        }

        Row signature = sheet.createRow(r + 1);
        signature.setHeightInPoints(30);
        textLine(signature, 0, SIGNATURE_COLS - 1, m.text("report.appraisal.signature"), styles.line(), sheet);
        String secretary = part.branch().secretaryName();
        if (secretary != null && !secretary.isBlank()) {
            textLine(signature, SIGNATURE_COLS, lastCol, m.text("report.appraisal.secretary", secretary),
                    styles.line(), sheet);
        }

        int printWidth = 0;
        for (int c = 0; c <= lastCol; c++) {
            if (c == NOTES_COL) {
                sheet.setColumnWidth(c, NOTES_WIDTH * 256);
                printWidth += NOTES_WIDTH;
            } else {
                ListExport.setWidth(sheet, c, widths[c]);
                printWidth += sheet.getColumnWidth(c) / 256;
            }
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        ListExport.printOnA4(sheet, printWidth > PORTRAIT_WIDTH, HEADER_ROW);
        sheet.getFooter().setCenter(m.text("report.footer"));
    }

    /** A line of text across columns {@code from}..{@code to}, merged. */
    private static void textLine(Row row, int from, int to, String text, CellStyle style, Sheet sheet) {
        Cell cell = row.createCell(from);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
    }

    /** e.g. {@code 参评 12 人：优秀 4，合格 7，基本合格 1，不合格 0}, each grade in use and any other one given. */
    String distribution(List<Line> lines) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        int pending = 0;
        for (Line line : lines) {
            Grade g = line.shownGrade();
            if (g == null) {
                pending++;
            } else {
                counts.merge(g, 1, Integer::sum);
            }
        }
        Set<Grade> shown = new LinkedHashSet<>(rules.grades());
        shown.addAll(counts.keySet());
        List<String> parts = new ArrayList<>();
        for (Grade g : Grade.values()) {
            if (shown.contains(g)) {
                parts.add(m.text("report.appraisal.gradeCount", m.label(g), counts.getOrDefault(g, 0)));
            }
        }
        if (pending > 0) {
            parts.add(m.text("report.appraisal.pendingCount", pending));
        }
        return m.text("report.appraisal.distribution", lines.size(),
                String.join(m.text("report.appraisal.separator"), parts));
    }

    private String grid(Line line) {
        if (line.communityName() == null) {
            return m.text("report.appraisal.notReported");
        }
        return line.communityName() + " / " + line.gridName();
    }

    /** The rule explanations, the reason of the grade and the comment of a return, one per line. */
    String notes(Line line, List<Line> branchLines) {
        List<String> out = new ArrayList<>();
        String rulesText = line.status() == AppraisalStatus.RETURNED ? "" : rules(line);
        if (!rulesText.isEmpty()) {
            out.add(rulesText);
        }
        if (line.gradeReason() != null && !line.gradeReason().isBlank()) {
            out.add(m.text("report.appraisal.note.reason", line.gradeReason().strip()));
        }
        if (line.status() == AppraisalStatus.RETURNED && line.returnComment() != null && !line.returnComment().isBlank()) {
            out.add(m.text("report.appraisal.note.returned", line.returnComment().strip()));
        }
        return out.isEmpty() ? null : String.join("\n", out);
    }

    /** The stored rule notes worded in the chosen language, as the board words them. */
    private String rules(Line line) {
        Grade given = line.proposedGrade() == null ? line.shownGrade() : line.proposedGrade();
        return GradeProposer.explain(line.ruleNotes(), given, rules, m);
    }
}
