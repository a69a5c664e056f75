package org.dianmifeng.console.aidcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.UserName;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.PageSetup;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.report.Styles;

/**
 * The printable summary of one case for its officers: the child's identity, the referral, the lifecycle
 * history, visits, pairings, renovation items with totals and follow-ups, on one A4 sheet (one page wide, body text
 * printed at 9 pt or more, every wrapped row as high as its text).
 * The first row, repeated on every printed page, says that the sheet holds personal data of minors.
 * Only {@link CaseReport#summary} builds one, after the permission check and with the export logged.
 */
public final class CaseSummary {
    static final int WARNING_ROW = 0;
    static final int TITLE_ROW = 1;
    /** The sheet's columns; sections span them in groups. */
    static final int COLUMNS = 8;
    /**
     * The columns' widths: a label column (0 and 4) holds an English label's longest word, the others the values
     * (1 a status, "Renovating"; 2 and 3 a follow-up's date, which showed ### in 9 at 11 pt); together they print on A4 portrait at 9 pt or
     * more ({@link Pages#readable}).
     */
    private static final int[] COLUMN_WIDTHS = {13, 10, 10, 10, 13, 9, 9, 9};
    /** A line of the title text ({@link Styles#TITLE_POINTS}; its characters wider than the body text's by as much). */
    private static final float TITLE_LINE_HEIGHT = 22f;

    /** The case as the officers know it (no identity here). */
    public record Case(String code, AidCaseStatus status, String unitName, String teamName, String referralSource,
                       String referrer, LocalDate referredOn, LocalDate handedOverOn, String township, String community,
                       EligibilityCategory category, String categoryNote) {
    }

    /** The child's identity: only ever in this summary, made for a case officer. */
    public record Identity(String name, Gender gender, LocalDate birthDate, String idNumber, String school,
                           String grade, String address, String guardianName, String guardianRelation,
                           String guardianPhone, LocalDate consentOn, String consentScope, String consentBy,
                           String consentDocName) {
        /** Never the identity itself, so that printing it cannot leak it. */
        @Override
        public String toString() {
            return "Identity[hidden]";
        }
    }

    public record Event(LocalDate onDate, AidCaseStatus from, AidCaseStatus to, UserName user, LocalDateTime at,
                        String reason) {
    }

    public record Visit(LocalDate visitedOn, List<String> visitors, String officials, String findings, String needs) {
    }

    public record Pairing(String personName, String unitName, LocalDate from, LocalDate to) {
    }

    public record Item(RenovationCategory category, String description, BigDecimal quantity, BigDecimal unitPrice,
                       BigDecimal actualCost, String supplier, ItemStatus status) {
        /** Quantity times unit price. */
        public BigDecimal planned() {
            return quantity.multiply(unitPrice);
        }
    }

    public record FollowUp(String activity, LocalDate dueOn, LocalDate doneOn, String participants, String notes,
                           String cancelledReason) {
    }

    /** Everything of one case that the summary prints. */
    public record Data(Case aidCase, Identity identity, List<Event> events, List<Visit> visits, List<Pairing> pairings,
                       List<Item> items, List<FollowUp> followUps) {
        public Data {
            events = List.copyOf(events);
            visits = List.copyOf(visits);
            pairings = List.copyOf(pairings);
            items = List.copyOf(items);
            followUps = List.copyOf(followUps);
        }
    }

    private final Messages m;
    private final LocalDate reportDate;
    private Styles styles;
    private CellStyle wrappedTitle;
    private Sheet sheet;
    private int r;
    /** Rows printed on the page of the row after them: section titles and table headers. */
    private final Set<Integer> keptWithNext = new HashSet<>();

    public CaseSummary(Messages messages, LocalDate reportDate) {
        this.m = messages;
        this.reportDate = reportDate;
    }

    /** The workbook of the summary; {@code exportedBy}, {@code at} and {@code reason} are printed under the title. */
    public XSSFWorkbook build(Data data, String exportedBy, LocalDateTime at, String reason) {
        XSSFWorkbook wb = new XSSFWorkbook();
        boolean done = false;
        try {
            styles = new Styles(wb);
            wrappedTitle = wb.createCellStyle();
            wrappedTitle.cloneStyleFrom(styles.title());
            wrappedTitle.setWrapText(true);
            sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(m.text("casereport.summary.sheet", data.aidCase().code())));
            fill(data, exportedBy, at, reason);
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

    private void fill(Data d, String exportedBy, LocalDateTime at, String reason) {
        for (int c = 0; c < COLUMNS; c++) {
            sheet.setColumnWidth(c, COLUMN_WIDTHS[c] * 256);
        }
        r = WARNING_ROW;
        String warning = m.text("casereport.summary.warning");
        int sheetWidth = java.util.Arrays.stream(COLUMN_WIDTHS).sum();
        line(warning, wrappedTitle, Cells.wrappedLines(warning, (sheetWidth - 1) * Styles.BODY_POINTS / Styles.TITLE_POINTS)
                * TITLE_LINE_HEIGHT + 6);
        line(m.text("casereport.summary.title", d.aidCase().code()), styles.centredTitle(), 28);
        line(m.text("casereport.summary.info", exportedBy, at.withNano(0).toString().replace('T', ' '), reason),
                styles.wrappedText(reason), 0);

        Identity id = d.identity();
        section("casereport.summary.section.identity");
        pairs("name", id.name(), "gender", m.label(id.gender()));
        pairs("birthDate", id.birthDate(), "idNumber", id.idNumber());
        pairs("school", id.school(), "grade", id.grade());
        pairs("address", id.address(), "community", d.aidCase().community());
        pairs("guardianName", id.guardianName(), "guardianRelation", id.guardianRelation());
        pairs("guardianPhone", id.guardianPhone(), "consentOn", id.consentOn());
        pairs("consentScope", id.consentScope(), "consentBy", id.consentBy());
        pairs("consentDoc", id.consentDocName() == null ? m.text("casereport.summary.none") : id.consentDocName(),
                null, null);

        Case c = d.aidCase();
        section("casereport.summary.section.case");
        pairs("code", c.code(), "status", m.label(c.status()));
        pairs("township", c.township(), "category", m.label(c.category()));
        pairs("categoryNote", c.categoryNote(), null, null);
        pairs("referralSource", c.referralSource(), "referrer", c.referrer());
        pairs("referredOn", c.referredOn(), "handedOverOn", c.handedOverOn());
        pairs("unit", c.unitName(), "team", c.teamName());

        section("casereport.summary.section.history");
        int[] historySpans = {1, 1, 1, 1, 2, 2};
        table(historySpans, "history", new String[] {"onDate", "from", "to", "user", "at", "reason"},
                d.events().stream().map(e -> new Object[] {e.onDate(), e.from() == null ? null : m.label(e.from()),
                        m.label(e.to()), e.user().shown(m), e.at(), e.reason()}).toList());

        section("casereport.summary.section.visits");
        table(new int[] {1, 2, 1, 2, 2}, "visit", new String[] {"visitedOn", "visitors", "officials", "findings", "needs"},
                d.visits().stream().map(v -> new Object[] {v.visitedOn(), m.list(v.visitors()), v.officials(), v.findings(),
                        v.needs()}).toList());

        section("casereport.summary.section.pairings");
        table(new int[] {2, 2, 2, 2}, "pairing", new String[] {"person", "unit", "from", "to"},
                d.pairings().stream().map(p -> new Object[] {p.personName(), p.unitName(), p.from(), p.to()}).toList());

        section("casereport.summary.section.items");
        List<Object[]> items = new ArrayList<>(d.items().stream().map(i -> new Object[] {m.label(i.category()),
                i.description(), i.quantity(), i.unitPrice(), i.planned(), i.actualCost(), i.supplier(),
                m.label(i.status())}).toList());
        if (!items.isEmpty()) {
            BigDecimal planned = d.items().stream().map(Item::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actual = d.items().stream().map(Item::actualCost).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            items.add(new Object[] {m.text("casereport.summary.total"), null, null, null, planned, actual, null, null});
        }
        table(new int[] {1, 1, 1, 1, 1, 1, 1, 1}, "item", new String[] {"category", "description", "quantity",
                "unitPrice", "planned", "actual", "supplier", "status"}, items);

        section("casereport.summary.section.followUps");
        table(new int[] {2, 1, 1, 1, 2, 1}, "followUp", new String[] {"activity", "dueOn", "doneOn", "participants",
                "notes", "state"}, d.followUps().stream().map(f -> new Object[] {f.activity(), f.dueOn(), f.doneOn(),
                f.participants(), f.notes(), state(f)}).toList());

        PageSetup.printOnA4(sheet, false, WARNING_ROW);
        Pages.readable(sheet, styles.text(""), -1);
        Pages.breakRows(sheet, Integer.MAX_VALUE, r - 1, keptWithNext::contains);
        sheet.getFooter().setCenter(m.text("report.footer"));
    }

    private String state(FollowUp f) {
        if (f.doneOn() != null) {
            return m.text("casereport.summary.followUp.done");
        }
        if (f.cancelledReason() != null) {
            return m.text("casereport.summary.followUp.cancelled", f.cancelledReason());
        }
        return m.text(f.dueOn().isBefore(reportDate) ? "casereport.summary.followUp.overdue"
                : "casereport.summary.followUp.open");
    }

    /** A line of text across the whole sheet; {@code height} 0: as high as its wrapped text needs. */
    private void line(String text, CellStyle style, float height) {
        Row row = sheet.createRow(r++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, COLUMNS - 1));
        row.setHeightInPoints(height > 0 ? height : Styles.lineHeight(lines(text, 0, COLUMNS - 1)));
    }

    /** A blank row, then the section's title; both print on the page of the section's first row. */
    private void section(String key) {
        keptWithNext.add(r++);
        keptWithNext.add(r);
        line(m.text(key), styles.title(), 22);
    }

    /** A row of two labelled values (the second pair may be absent: then the first value spans the row). */
    private void pairs(String label1, Object value1, String label2, Object value2) {
        Row row = sheet.createRow(r++);
        int lines = label(row, 0, label1);
        if (label2 == null) {
            lines = Math.max(lines, value(row, 1, COLUMNS - 1, value1));
        } else {
            lines = Math.max(lines, value(row, 1, 3, value1));
            lines = Math.max(lines, label(row, 4, label2));
            lines = Math.max(lines, value(row, 5, 7, value2));
        }
        row.setHeightInPoints(Styles.lineHeight(lines));
    }

    /** A field's label in one column; returns the lines it wraps to ("Consent recorded by" takes two). */
    private int label(Row row, int col, String field) {
        Cell cell = row.createCell(col);
        String text = m.text("casereport.summary.field." + field);
        cell.setCellValue(text);
        cell.setCellStyle(styles.header());
        return lines(text, col, col);
    }

    /** A value in columns {@code from}..{@code to} (merged); returns the lines of text it needs. */
    private int value(Row row, int from, int to, Object value) {
        Cell cell = row.createCell(from);
        CellStyle style;
        int lines = 1;
        if (value == null) {
            style = styles.text("");
            cell.setCellStyle(style);
        } else if (value instanceof String s) {
            cell.setCellValue(s);
            style = styles.wrappedText(s);
            cell.setCellStyle(style);
            lines = lines(s, from, to);
        } else {
            Cells.put(cell, value, styles);
            style = cell.getCellStyle();
        }
        for (int c = from + 1; c <= to; c++) {
            row.createCell(c).setCellStyle(style);
        }
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), from, to));
        }
        return lines;
    }

    /** A table: a header row and a row per item, column {@code i} spanning {@code spans[i]} sheet columns. */
    private void table(int[] spans, String prefix, String[] headers, List<Object[]> rows) {
        if (rows.isEmpty()) {
            line(m.text("casereport.summary.none"), styles.line(), 18);
            return;
        }
        keptWithNext.add(r);
        Row header = sheet.createRow(r++);
        int col = 0;
        int headerLines = 1;
        for (int i = 0; i < headers.length; i++) {
            Cell cell = header.createCell(col);
            String text = m.text("casereport.summary." + prefix + "." + headers[i]);
            cell.setCellValue(text);
            headerLines = Math.max(headerLines, lines(text, col, col + spans[i] - 1));
            cell.setCellStyle(styles.header());
            for (int c = col + 1; c < col + spans[i]; c++) {
                header.createCell(c).setCellStyle(styles.header());
            }
            if (spans[i] > 1) {
                sheet.addMergedRegion(new CellRangeAddress(header.getRowNum(), header.getRowNum(), col, col + spans[i] - 1));
            }
            col += spans[i];
        }
        header.setHeightInPoints(Styles.lineHeight(headerLines));
        for (Object[] values : rows) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            col = 0;
            for (int i = 0; i < values.length; i++) {
                lines = Math.max(lines, value(row, col, col + spans[i] - 1, values[i]));
                col += spans[i];
            }
            row.setHeightInPoints(Styles.lineHeight(lines));
        }
    }

    /** The lines {@code text} needs in sheet columns {@code from}..{@code to}, wrapped. */
    private static int lines(String text, int from, int to) {
        int width = 0;
        for (int c = from; c <= to; c++) {
            width += COLUMN_WIDTHS[c];
        }
        return Cells.wrappedLines(text, width - 1);
    }
}
