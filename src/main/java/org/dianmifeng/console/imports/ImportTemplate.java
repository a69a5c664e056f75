package org.dianmifeng.console.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.account.TeamScope;
import org.dianmifeng.console.account.TeamScopeStore;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivitySettings;
import org.dianmifeng.console.activity.ActivityStore;
import org.dianmifeng.console.activity.Hours;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.party.BranchKind;
import org.dianmifeng.console.party.BranchStore;
import org.dianmifeng.console.party.CommunityStore;
import org.dianmifeng.console.party.GridRole;
import org.dianmifeng.console.party.GridRow;
import org.dianmifeng.console.report.Cells;
import org.dianmifeng.console.report.ReportFile;
import org.dianmifeng.console.report.Styles;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitStore;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.TeamStore;
import org.jooq.DSLContext;

/**
 * The template of a kind of import: a note row, the headers the import knows (the form's labels in the user's
 * language, required ones marked *), one example row, drop-down lists for coded columns (and for the units, teams,
 * branches and communities the register has), and the ID number, phone, number and date columns formatted as text
 * so that Excel never turns an ID number into 3.20281E+17. A template whose example row names records of the
 * register imports without an error.
 */
final class ImportTemplate {
    /** The rows offered with drop-down lists and text format. */
    private static final int ROWS = 2000;
    private static final String LISTS = "lists";
    /** The made-up person of the example rows. */
    static final String EXAMPLE_ID = ResidentId.withCheckDigit("32028119900101001");

    /** What a template shows beside its headers: the example row, and the choices of its coded columns. */
    record Content(List<String> example, Map<ImportColumn, List<String>> lists) {
    }

    private ImportTemplate() {
    }

    /** The example row and the drop-down lists of a kind, from the register as {@code dsl} reads it. */
    static Content content(DSLContext dsl, Session who, ImportKind kind, Messages m, LocalDate today) {
        Map<ImportColumn, List<String>> lists = new LinkedHashMap<>();
        String name = m.text("importTemplate.exampleName");
        String date = today.minusYears(1).withDayOfMonth(1).toString();
        return switch (kind) {
            case PEOPLE -> {
                List<String> units = new UnitStore(dsl).all().stream().filter(Unit::active).map(Unit::name).toList();
                lists.put(PersonColumn.GENDER, List.of(m.label(Gender.MALE), m.label(Gender.FEMALE)));
                lists.put(PersonColumn.UNIT, units);
                lists.put(PersonColumn.POLITICAL_STATUS, labels(m, PoliticalStatus.values()));
                yield new Content(List.of(name, m.label(Gender.MALE), "1990-01-01", EXAMPLE_ID, "13912345678",
                        first(units), "E0001", m.label(PoliticalStatus.MASSES), "", "",
                        m.text("importTemplate.exampleNote")), lists);
            }
            case TEAM_MEMBERS -> {
                List<String> teams = new TeamStore(dsl).rows().stream().filter(t -> t.team().active())
                        .map(t -> t.name()).toList();
                lists.put(TeamMemberColumn.TEAM, teams);
                lists.put(TeamMemberColumn.ROLE, labels(m, TeamMemberRole.values()));
                yield new Content(List.of(first(teams), name, EXAMPLE_ID, m.label(TeamMemberRole.MEMBER), date), lists);
            }
            case PARTY_MEMBERS -> {
                List<String> branches = new BranchStore(dsl).rows().stream()
                        .filter(b -> b.branch().kind() == BranchKind.WORK_UNIT).map(b -> b.name()).toList();
                List<GridRow> grids = new CommunityStore(dsl).grids(null);
                lists.put(PartyMemberColumn.BRANCH, branches);
                lists.put(PartyMemberColumn.COMMUNITY, grids.stream().map(GridRow::communityName).distinct().toList());
                lists.put(PartyMemberColumn.GRID_ROLE, labels(m, GridRole.values()));
                GridRow grid = grids.isEmpty() ? null : grids.get(0);
                yield new Content(List.of(name, EXAMPLE_ID, first(branches), "2010-07-01", "2011-07-01",
                        grid == null ? "" : grid.communityName(), grid == null ? "" : grid.name(),
                        grid == null ? "" : m.label(GridRole.VOLUNTEER), grid == null ? "" : date), lists);
            }
            case HONOURS -> {
                List<String> units = new UnitStore(dsl).all().stream().filter(Unit::active).map(Unit::name).toList();
                lists.put(HonourColumn.LEVEL, labels(m, HonourLevel.values()));
                lists.put(HonourColumn.RECIPIENT_KIND, labels(m, RecipientKind.values()));
                yield new Content(List.of(m.text("importTemplate.exampleHonour"), m.label(HonourLevel.CITY), "",
                        m.text("importTemplate.exampleAwardedBy"), String.valueOf(today.getYear() - 1), date,
                        m.label(RecipientKind.UNIT), first(units), "", m.text("importTemplate.exampleNote")), lists);
            }
            case ACTIVITY_ROSTER -> {
                // the teams and an activity the user may enter hours for, on time (no reason needed)
                TeamScope scope = new TeamScopeStore(dsl).scope(who);
                List<String> teams = new TeamStore(dsl).rows().stream()
                        .filter(t -> t.team().active() && scope.covers(t.team().id())).map(t -> t.name()).toList();
                lists.put(RosterColumn.TEAM, teams);
                ActivityStore activities = new ActivityStore(dsl);
                Optional<Activity> a = activities.latestStarted(scope.teamId(), today.minusDays(
                        ActivitySettings.rules(dsl).lateAfterDays()).atStartOfDay(), today.atStartOfDay());
                yield new Content(List.of(a.map(Activity::title).orElse(m.text("importTemplate.exampleActivity")),
                        a.map(x -> x.heldOn()).orElse(today.minusDays(1)).toString(),
                        a.flatMap(x -> activities.teamName(x.teamId())).orElse(first(teams)), name, EXAMPLE_ID, "",
                        Hours.shown(a.map(Activity::plannedHours).orElse(BigDecimal.valueOf(2))), ""), lists);
            }
        };
    }

    private static String first(List<String> names) {
        return names.isEmpty() ? "" : names.get(0);
    }

    private static List<String> labels(Messages m, Enum<?>[] values) {
        return Arrays.stream(values).map(m::label).toList();
    }

    static void write(Path out, ImportKind kind, Messages m, Content content, Progress progress) {
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            Styles styles = new Styles(wb);
            CellStyle text = wb.createCellStyle();
            text.cloneStyleFrom(styles.text(""));
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet sheet = wb.createSheet(m.text("importTemplate.sheet." + kind.name()));
            Row note = sheet.createRow(0);
            note.createCell(0).setCellValue(m.text("importTemplate.note." + kind.name()));
            Row header = sheet.createRow(1);
            List<ImportColumn> columns = kind.columns();
            List<String> headers = headers(kind, m);
            List<String> sample = content.example();
            Row exampleRow = sheet.createRow(2);
            for (int c = 0; c < columns.size(); c++) {
                String h = headers.get(c);
                Cell cell = header.createCell(c);
                cell.setCellValue(h);
                cell.setCellStyle(styles.header());
                Cells.setWidth(sheet, c, Math.max(Cells.displayWidth(h), Cells.displayWidth(sample.get(c))) + 2);
                Cell value = exampleRow.createCell(c);
                value.setCellValue(sample.get(c));
                if (columns.get(c).text()) {
                    value.setCellStyle(text);
                    sheet.setDefaultColumnStyle(c, text);
                }
            }
            sheet.createFreezePane(0, 2);
            Sheet lists = wb.createSheet(LISTS);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            int l = 0;
            for (Map.Entry<ImportColumn, List<String>> e : content.lists().entrySet()) {
                List<String> values = e.getValue();
                for (int i = 0; i < values.size(); i++) {
                    Row r = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                    r.createCell(l).setCellValue(values.get(i));
                }
                if (!values.isEmpty()) {
                    String col = CellReference.convertNumToColString(l);
                    int at = columns.indexOf(e.getKey());
                    DataValidation v = helper.createValidation(
                            helper.createFormulaListConstraint(LISTS + "!$" + col + "$1:$" + col + "$" + values.size()),
                            new CellRangeAddressList(2, ROWS + 1, at, at));
                    v.setShowErrorBox(true);
                    sheet.addValidationData(v);
                }
                l++;
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            progress.checkCancelled();
            ReportFile.saveReport(wb, ReportFile.target(out), progress);
        } finally {
            ReportFile.dispose(wb, true);
        }
    }

    /** The headers of a kind's template in a language, in order, as the template writes them. */
    static List<String> headers(ImportKind kind, Messages m) {
        List<String> out = new ArrayList<>();
        for (ImportColumn c : kind.columns()) {
            out.add(m.text("field." + c.field()) + (c.required() ? "*" : ""));
        }
        return out;
    }
}
