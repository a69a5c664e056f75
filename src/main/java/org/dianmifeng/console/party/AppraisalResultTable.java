package org.dianmifeng.console.party;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.SignOff;
import org.dianmifeng.console.report.Styles;

/**
 * 民主评议党员结果汇总表: one printable sheet per work-unit branch for a year, with a title, the unit, the grade
 * distribution and the date it was made, one row per appraised member (as high as its wrapped notes, so a long
 * reason shows whole; where the page has no room for a notes column beside the others, as in English, the notes
 * print on a wrapped line of their own under the member's row, on the same page) and the branch's sign-off
 * (党支部（盖章） 支部书记（签字） 年 月 日, {@link SignOff}), never alone on a page. A4, one page wide at 9 pt or
 * more, the header row repeated on every printed page, its headers wrapped between words, never inside one, the
 * page number counted per branch sheet in the footer. A year whose grades are not all confirmed is a draft: 提议稿（未确认） in the
 * title and in the header of every page; only confirmed grades make the result table.
 * Texts come from the bundle of the chosen language; text from the database always lands as text.
 */
public final class AppraisalResultTable {
    static final int TITLE_ROW = 0;
    static final int INFO_ROW = 1;
    static final int HEADER_ROW = 2;
    static final String[] HEADERS = {"no", "name", "unit", "category", "grid", "unitScore", "communityScore",
            "combinedScore", "grade", "status", "notes"};
    private static final int UNIT_COL = 2;
    private static final int GRID_COL = 4;
    private static final int COMBINED_COL = 7;
    private static final int GRADE_COL = 8;
    private static final int STATUS_COL = 9;
    private static final int NOTES_COL = HEADERS.length - 1;
    /** The notes take what the page leaves, within these widths (character units). */
    private static final int NOTES_MIN = 16;
    private static final int NOTES_MAX = 40;
    /** The unit and the grid wrap, when the columns are too wide for the page, down to this width. */
    private static final int WRAP_MIN = 10;
    /** A header wider than this wraps (its values set the column's width). */
    private static final int HEADER_WIDTH = 6;
    /** Wider than this (in character units) the table is printed landscape. */
    private static final int PORTRAIT_WIDTH = 100;
    /** Sheet names are at most 31 characters long. */
    private static final int SHEET_NAME_MAX = 31;

    /** A branch as the table heads it. */
    public record Branch(long id, String code, String name, BranchKind kind, String unitName) {
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
    private final LocalDate madeOn;

    /** The table of {@code year}, made on {@code madeOn} (its 制表日期). */
    public AppraisalResultTable(Messages messages, AppraisalRules rules, int year, LocalDate madeOn) {
        this.m = messages;
        this.rules = rules;
        this.year = year;
        this.madeOn = madeOn;
    }

    /** Whether these parts make only a draft: some member's grade is not confirmed. */
    static boolean draft(List<Part> parts) {
        return parts.stream().flatMap(p -> p.lines().stream()).anyMatch(l -> l.status() != AppraisalStatus.CONFIRMED);
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
            boolean draft = draft(parts);
            for (Part part : parts) {
                progress.checkCancelled();
                Sheet sheet = wb.createSheet(sheetName(part.branch().name(), sheetNames));
                fill(sheet, part, draft, styles, progress, written, total);
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

    /**
     * One branch's sheet: 序号, the grade and the status centred, the grade apart from the score before it. The notes
     * are a column where the page has room for one beside the others (the Chinese table); else each member's notes
     * print on a wrapped line of their own under the member's row, kept on its page (the English table, whose
     * words are longer: as a column they printed on pages of their own).
     */
    private void fill(Sheet sheet, Part part, boolean draft, Styles styles, Progress progress,
                      long[] written, long total) {
        int[] widths = new int[HEADERS.length];
        String[] headers = new String[HEADERS.length];
        for (int c = 0; c < HEADERS.length; c++) {
            headers[c] = m.text("report.appraisal.column." + HEADERS[c]);
            widths[c] = Cells.headerWidth(headers[c], HEADER_WIDTH);
        }
        List<Object[]> rows = new ArrayList<>();
        int number = 1;
        for (Line line : part.lines()) {
            if (written[0] % 100 == 0) {
                progress.checkCancelled();
                progress.update(written[0], total);
            }
            Object[] values = {number++, line.name(), line.unitName(),
                    m.text(line.fullMember() ? "report.appraisal.full" : "report.appraisal.probationary"),
                    grid(line), line.unitScore(), line.communityScore(), line.combinedScore(),
                    line.shownGrade() == null ? null : m.label(line.shownGrade()), m.label(line.status()),
                    notes(line, part.lines())};
            for (int c = 0; c < NOTES_COL; c++) {
                if (values[c] != null) {
                    widths[c] = Math.max(widths[c], width(values[c]));
                }
            }
            rows.add(values);
            written[0]++;
        }

        int[] columns = new int[NOTES_COL];
        for (int c = 0; c < NOTES_COL; c++) {
            columns[c] = Cells.width(widths[c]) + (c == COMBINED_COL ? 2 : 0);
        }
        int othersWidth = IntStream.of(columns).sum();
        PageSetup.printOnA4(sheet, othersWidth + NOTES_MAX > PORTRAIT_WIDTH, HEADER_ROW);
        int readable = Pages.readableWidth(sheet, styles.text(""));
        boolean notesColumn = readable - othersWidth >= NOTES_MIN;
        if (!notesColumn) {
            // the notes under the rows; if the others are still too wide for the page, the grade wraps between its
            // words (a few rows: "Basically / qualified"), then the unit and the grid (about every row)
            int gradeMin = Cells.width(Cells.longestWord(headers[GRADE_COL]));
            for (Object[] values : rows) {
                if (values[GRADE_COL] != null) {
                    gradeMin = Math.max(gradeMin, Cells.width(Cells.longestWord((String) values[GRADE_COL])));
                }
            }
            if (!Pages.shareWidth(columns, c -> c == GRADE_COL, gradeMin, readable)) {
                Pages.shareWidth(columns, c -> c == UNIT_COL || c == GRID_COL, WRAP_MIN, readable);
            }
            othersWidth = IntStream.of(columns).sum();
        }
        for (int c = 0; c < NOTES_COL; c++) {
            sheet.setColumnWidth(c, columns[c] * 256);
        }
        int lastCol = notesColumn ? NOTES_COL : NOTES_COL - 1;
        int notesWidth = notesColumn ? Math.min(NOTES_MAX, readable - othersWidth) : othersWidth - columns[0];
        if (notesColumn) {
            sheet.setColumnWidth(NOTES_COL, notesWidth * 256);
        }
        int tableWidth = othersWidth + (notesColumn ? notesWidth : 0);
        String yearText = String.valueOf(year);

        Row title = sheet.createRow(TITLE_ROW);
        title.setHeightInPoints(28);
        textLine(title, 0, lastCol, m.text(draft ? "report.appraisal.draftTitle" : "report.appraisal.title",
                part.branch().name(), yearText), styles.centredTitle(), sheet);

        Row info = sheet.createRow(INFO_ROW);
        String infoText = m.text("report.appraisal.info",
                part.branch().unitName() == null ? "" : part.branch().unitName(), distribution(part.lines()),
                PageSetup.date(madeOn));
        info.setHeightInPoints(Math.max(20, Styles.lineHeight(Cells.wrappedLines(infoText, tableWidth - 1))));
        textLine(info, 0, lastCol, infoText, styles.wrappedLine(), sheet);

        Row header = sheet.createRow(HEADER_ROW);
        int headerLines = 1;
        for (int c = 0; c <= lastCol; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.header());
            headerLines = Math.max(headerLines, Cells.wrappedLines(headers[c], sheet.getColumnWidth(c) / 256 - 1));
        }
        header.setHeightInPoints(Styles.lineHeight(headerLines));

        Set<Integer> keptWithNext = new HashSet<>();
        int r = HEADER_ROW + 1;
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c <= lastCol; c++) {
                Cell cell = row.createCell(c);
                if (values[c] == null) {
                    cell.setCellStyle(styles.text(""));
                    continue;
                }
                Cells.put(cell, values[c], styles);
                if (c == 5 || c == 6) {
                    cell.setCellStyle(styles.oneDecimal());
                } else if (c == 0 || c == STATUS_COL) {
                    cell.setCellStyle(styles.centred());
                } else if (c == GRADE_COL) {
                    cell.setCellStyle(styles.centredWrapped());
                } else if (c == NOTES_COL || c == UNIT_COL || c == GRID_COL) {
                    cell.setCellStyle(styles.wrappedText((String) values[c]));
                }
            }
            Cells.fitHeight(row, sheet, 0, lastCol);
            String notes = (String) values[NOTES_COL];
            if (!notesColumn && notes != null) {
                keptWithNext.add(row.getRowNum());
                notesRow(sheet.createRow(r++), m.text("report.appraisal.notesLine", notes), lastCol, notesWidth,
                        styles);
            }
        }
        int lastTableRow = r - 1;
        Pages.readable(sheet, styles.text(""), -1);
        sheet.createFreezePane(0, HEADER_ROW + 1);
        int after = lastTableRow;
        if (draft) {
            Row note = sheet.createRow(lastTableRow + 1);
            String noteText = m.text("report.appraisal.draftNote");
            note.setHeightInPoints(Styles.lineHeight(Cells.wrappedLines(noteText, tableWidth - 1)));
            textLine(note, 0, lastCol, noteText, styles.wrappedLine(), sheet);
            after = lastTableRow + 1;
        }
        SignOff.write(sheet, HEADER_ROW + 1, after, lastCol, styles, List.of(m.text("report.signOff.branchSeal"),
                m.text("report.signOff.secretary"), m.text("report.signOff.date")), keptWithNext::contains);
        PageSetup.pageHeaderAndFooter(sheet,
                m.text(draft ? "report.appraisal.draftHeader" : "report.appraisal.header", yearText),
                m.text("report.footer"));
    }

    /** The width a value takes in its column (character units), as {@link Cells#put} counts it. */
    private static int width(Object value) {
        return value instanceof BigDecimal bd ? bd.toPlainString().length() : Cells.displayWidth(value.toString());
    }

    /**
     * A member's notes on a line of their own under the member's row: blank under 序号, wrapped across the other
     * columns ({@code width} character units), as high as its lines.
     */
    private static void notesRow(Row row, String notes, int lastCol, int width, Styles styles) {
        row.createCell(0).setCellStyle(styles.text(""));
        CellStyle style = styles.wrappedText(notes);
        for (int c = 1; c <= lastCol; c++) {
            row.createCell(c).setCellStyle(style);
        }
        row.getCell(1).setCellValue(notes);
        row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, lastCol));
        row.setHeightInPoints(Styles.lineHeight(Cells.wrappedLines(notes, width - 1)));
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
