package org.dianmifeng.console.imports;

import static org.dianmifeng.console.testing.ActivityFixtures.h;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityService;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.activity.RosterLine;
import org.dianmifeng.console.activity.ServiceHours;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.ActivityFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonStore;
import org.dianmifeng.console.volunteer.Volunteer;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports of activity rosters with hours, as a team's sheet or a volunteer platform's export has them, through the one
 * machinery of the imports and by the roster form's rules: the activity found or refused, the person a registered,
 * active volunteer, the hours capped and late ones with a reason, entered for approval; a team leader's rows of
 * another team refused; a second import changing nothing; overwrite, undo and its refusal after approval; the
 * template. Today is 2026-11-29; hours are late after 7 days.
 */
class RosterImportTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    ActivityFixtures w;
    ImportService imports;
    ActivityService activities;
    Person wang;
    Person li;
    Person zhang;
    Person zhao;
    Person qian;
    Activity talk;
    Activity patrol;
    Activity jiangyinDuty;
    Activity called;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("data"));
        w = new ActivityFixtures(t);
        imports = t.services().imports();
        activities = t.services().activities();
        qian = t.person("钱七", "32028119850505012", w.yixing);
        Volunteer q = t.services().volunteers().register(ADMIN, qian.id(), LocalDate.of(2026, 1, 5));
        t.services().volunteers().changeStatus(ADMIN, q, VolunteerStatus.PAUSED, "外派学习");
        wang = person(w.wang.id());
        li = person(w.li.id());
        zhang = person(w.zhang.id());
        zhao = person(t.person("孙悦", "32028119870707013", w.yixing).id()); // not a volunteer
        talk = w.activity("安全用电进社区", w.bees, 3, "2.0");
        patrol = w.activity("电力设施巡护", w.bees, 20, "3.0");
        jiangyinDuty = w.activity("江阴保电", w.jiangyin, 2, "4.0");
        called = activities.cancel(ADMIN, w.activity("雨天取消的宣讲", w.bees, 4, "2.0"));
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private Person person(long id) {
        return t.services().database().read(dsl -> new PersonStore(dsl).byId(id)).orElseThrow();
    }

    private ImportPlan preview(Session who, Path f, ImportOptions options) {
        return imports.preview(who, ImportKind.ACTIVITY_ROSTER, f, options, Progress.NONE);
    }

    private ImportRecord run(Session who, Path f, ImportOptions options) {
        return imports.run(who, ImportKind.ACTIVITY_ROSTER, f, options, Progress.NONE);
    }

    /** Each row's errors as "row column: message key". */
    private static List<String> errors(ImportPlan plan) {
        return plan.errors().stream().map(e -> e.row() + " " + e.column(ZH) + ": " + e.problem().key()).toList();
    }

    private List<RosterLine> roster(Activity a) {
        return activities.roster(ADMIN, a.id());
    }

    private ServiceHours hoursOf(Activity a, Person p) {
        return roster(a).stream().filter(l -> l.hours().personId() == p.id()).findFirst().orElseThrow().hours();
    }

    private static String day(Activity a) {
        return a.heldOn().toString();
    }

    @Test
    void aVolunteerPlatformsExportIsCheckedByTheRosterFormsRulesAndEnteredForApproval() throws Exception {
        String bees = w.bees.name();
        Path f = ImportFiles.xlsx(dir.resolve("志愿汇导出.xlsx"), List.of(
                List.of(new ImportFiles.Title("志愿汇 活动时长导出", 8)),
                List.of("活动主题", "服务日期", "团队", "志愿者姓名", "证件号码", "志愿者编号", "志愿时长", "备注"),
                List.of("安全用电进社区", "2026/11/26", bees, "王芳", wang.idNumber(), "", "2", ""),
                List.of("安全用电进社区", "2026年11月26日", "", "李强", "", li.volunteerNo(), "1.5", ""),
                List.of("安全用电进社区", day(talk), bees, "", wang.idNumber(), "", "1", ""),
                List.of("安全用电进社区", day(talk), bees, "张敏", zhang.idNumber(), "", "2.5", ""),
                List.of("无此活动", day(talk), bees, "张敏", zhang.idNumber(), "", "1", ""),
                List.of("安全用电进社区", day(talk), bees, "孙悦", zhao.idNumber(), "", "1", ""),
                List.of("电力设施巡护", day(patrol), bees, "王五", wang.idNumber(), "", "3", "补录"),
                List.of("电力设施巡护", day(patrol), bees, "李强", li.idNumber(), "", "3", ""),
                List.of("电力设施巡护", day(patrol), bees, "张敏", zhang.idNumber(), "", "2.5", "纸质签到表补录"),
                List.of("雨天取消的宣讲", day(called), bees, "张敏", zhang.idNumber(), "", "1", ""),
                List.of("安全用电进社区", day(talk), bees, "钱七", qian.idNumber(), "", "1", ""),
                List.of("安全用电进社区", day(talk), bees, "", "", "", "1", ""),
                List.of("安全用电进社区", day(talk), bees, "", "", "V2026999999", "1", "")));
        ImportPlan plan = preview(OFFICE, f, ImportOptions.DEFAULT);
        assertEquals(List.of(RowStatus.NEW, RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR,
                RowStatus.ERROR, RowStatus.ERROR, RowStatus.ERROR, RowStatus.NEW, RowStatus.ERROR, RowStatus.ERROR,
                RowStatus.ERROR, RowStatus.ERROR), plan.rows().stream().map(ImportRow::status).toList());
        assertEquals(List.of(
                "5 证件号码: error.import.sameAsRow",
                "6 志愿时长: error.hours.overPlanned",
                "7 活动主题: error.import.activityUnknownInTeam",
                "8 证件号码: error.volunteer.notRegistered",
                "9 志愿者姓名: error.import.nameMismatch",
                "10 备注: error.hours.lateReasonNeeded",
                "12 活动主题: error.activity.cancelled",
                "13 证件号码: error.volunteer.notActive",
                "14 证件号码: error.import.rosterPersonNeeded",
                "15 志愿者编号: error.import.volunteerNoUnknown"), errors(plan));
        String messages = String.join("\n", plan.errors().stream().map(e -> e.describe(ZH)).toList());
        assertTrue(messages.contains("无此活动") && messages.contains("雨天取消的宣讲"), "names the activity: " + messages);
        assertTrue(messages.contains("2.0"), "the cap names the activity's planned hours: " + messages);

        ConsoleException refused = assertThrows(ConsoleException.class, () -> run(OFFICE, f, ImportOptions.DEFAULT));
        assertEquals("error.import.rowsInError", refused.key());
        assertTrue(roster(talk).isEmpty() && roster(patrol).isEmpty(), "nothing written while a row is in error");

        ImportRecord done = run(OFFICE, f, ImportOptions.DEFAULT.withValidRowsOnly(true));
        assertEquals(ImportKind.ACTIVITY_ROSTER, done.kind());
        assertEquals(3, done.added());
        ServiceHours wangs = hoursOf(talk, wang);
        assertEquals(h("2.0"), wangs.hours());
        assertEquals(HoursState.ENTERED, wangs.state(), "never approved by the import");
        assertFalse(wangs.late());
        assertEquals("office", wangs.enteredBy());
        assertEquals(h("1.5"), hoursOf(talk, li).hours(), "found by the volunteer number");
        ServiceHours late = hoursOf(patrol, zhang);
        assertTrue(late.late(), "20 days after the activity: 补录");
        assertEquals("纸质签到表补录", late.lateReason());
        assertEquals(HoursState.ENTERED, late.state());

        List<AuditEntry> log = t.services().audit().find(ADMIN, new AuditFilter(null, null, null, ActivityService.HOURS,
                null, 10));
        assertEquals(3, log.stream().filter(e -> e.action() == AuditAction.CREATE).count(), "each record as the form");
        assertTrue(log.stream().anyMatch(e -> e.summary().equals("王芳 · " + talk.summary())), log.toString());
        assertEquals(1, t.services().audit().find(ADMIN, new AuditFilter(null, null, null, ImportService.ENTITY,
                null, 10)).size(), "one import entry with its counts");

        ImportRecord again = run(OFFICE, f, ImportOptions.DEFAULT.withValidRowsOnly(true)
                .withPolicy(DuplicatePolicy.OVERWRITE));
        assertEquals(0, again.added() + again.updated(), "a file imported twice changes nothing");
        assertEquals(3, again.unchanged());
        assertEquals(wangs, hoursOf(talk, wang));
    }

    @Test
    void aTeamLeaderImportsOnlyTheirOwnTeamsRowsFromACsvAndUndoesTheirImport() throws Exception {
        // 江阴 holds an activity of the same title that day: a leader's row without a team means their own team's
        w.activity("安全用电进社区", w.jiangyin, 3, "2.0");
        Path f = ImportFiles.csv(dir.resolve("全国志愿服务信息系统.csv"), StandardCharsets.UTF_8, true, List.of(
                "项目名称,服务时间,队伍,姓名,公民身份号码,服务小时数,补录原因",
                "安全用电进社区," + day(talk) + " 09:00,,王芳," + wang.idNumber() + ",2.0,",
                "江阴保电," + day(jiangyinDuty) + ",,李强," + li.idNumber() + ",4,"));
        ImportPlan mine = preview(w.leader, f, ImportOptions.DEFAULT);
        assertEquals(List.of(RowStatus.NEW, RowStatus.ERROR), mine.rows().stream().map(ImportRow::status).toList());
        assertEquals(List.of("3 队伍: error.teamScope.notYourTeam"), errors(mine));
        assertTrue(mine.errors().get(0).message(ZH).contains("江阴保电") || mine.errors().get(0).message(ZH)
                .contains(w.jiangyin.name()), mine.errors().get(0).message(ZH));
        assertEquals(List.of("2 项目名称: error.import.activityAmbiguous"), errors(preview(OFFICE, f,
                ImportOptions.DEFAULT)), "the office enters every team's, so names the team when two hold one");

        ImportRecord done = run(w.leader, f, ImportOptions.DEFAULT.withValidRowsOnly(true));
        assertEquals(1, done.added());
        assertTrue(roster(jiangyinDuty).isEmpty());
        assertEquals("leader", hoursOf(talk, wang).enteredBy());
        assertEquals(List.of(done.id()), imports.history(w.leader).stream().map(ImportRecord::id).toList());
        assertEquals(List.of(ImportKind.ACTIVITY_ROSTER), ImportKind.allowed(w.leader));
        assertThrows(AccessDeniedException.class, () -> imports.preview(w.leader, ImportKind.PEOPLE, f,
                ImportOptions.DEFAULT, Progress.NONE));
        assertThrows(AccessDeniedException.class, () -> preview(VIEWER, f, ImportOptions.DEFAULT));
        assertThrows(AccessDeniedException.class, () -> imports.history(VIEWER));

        // a leader of another team may not undo it
        Session other = w.leaderOf(w.jiangyin, "jyleader");
        ConsoleException notTheirs = assertThrows(ConsoleException.class, () -> imports.undo(other, done.id()));
        assertEquals("error.import.undoBlocked", notTheirs.key());
        imports.undo(w.leader, done.id());
        assertTrue(roster(talk).isEmpty(), "undo removes the hours added");
    }

    @Test
    void hoursRecordedAreSkippedOrOverwrittenAndTheUndoRestoresThemButNotAfterApproval() throws Exception {
        activities.enter(OFFICE, talk.id(), wang.id(), h("1.0"), null);
        Path f = ImportFiles.xlsx(dir.resolve("roster.xlsx"), List.of(
                List.of("活动名称", "活动日期", "服务队", "姓名", "身份证号", "服务时长(小时)"),
                List.of("安全用电进社区", day(talk), w.bees.name(), "王芳", wang.idNumber(), "2"),
                List.of("安全用电进社区", day(talk), w.bees.name(), "李强", li.idNumber(), "1.5")));
        assertEquals(List.of(RowStatus.SKIPPED, RowStatus.NEW), preview(OFFICE, f, ImportOptions.DEFAULT).rows()
                .stream().map(ImportRow::status).toList());
        assertEquals(RowStatus.UNCHANGED, preview(OFFICE, f, ImportOptions.DEFAULT
                .withPolicy(DuplicatePolicy.FILL_BLANKS)).rows().get(0).status(), "entered hours have no blank");
        ImportRecord done = run(OFFICE, f, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE));
        assertEquals(1, done.added());
        assertEquals(1, done.updated());
        assertEquals(h("2.0"), hoursOf(talk, wang).hours());
        assertEquals(HoursState.ENTERED, hoursOf(talk, wang).state());

        imports.undo(OFFICE, done.id());
        ServiceHours restored = hoursOf(talk, wang);
        assertEquals(h("1.0"), restored.hours(), "the hours changed are restored");
        assertEquals(HoursState.ENTERED, restored.state());
        assertTrue(roster(talk).stream().noneMatch(l -> l.hours().personId() == li.id()), "the hours added removed");

        // imported again, 李强's hours approved: the import can no longer be undone
        ImportRecord second = run(OFFICE, f, ImportOptions.DEFAULT);
        assertEquals(1, second.added());
        activities.approve(ADMIN, hoursOf(talk, li));
        ConsoleException blocked = assertThrows(ConsoleException.class, () -> imports.undo(OFFICE, second.id()));
        assertEquals("error.import.undoBlocked", blocked.key());
        assertTrue(blocked.localized(ZH).contains("李强") && blocked.localized(ZH).contains("安全用电进社区"),
                blocked.localized(ZH));
        assertEquals(HoursState.APPROVED, hoursOf(talk, li).state(), "a refused undo changes nothing");

        // approved hours are never overwritten by an import: they are corrected with a reason on the roster
        Path lower = ImportFiles.xlsx(dir.resolve("lower.xlsx"), List.of(
                List.of("活动名称", "活动日期", "姓名", "身份证号", "服务时长"),
                List.of("安全用电进社区", day(talk), "李强", li.idNumber(), "1")));
        assertEquals(List.of("2 服务时长: error.import.hoursApproved"),
                errors(preview(OFFICE, lower, ImportOptions.DEFAULT.withPolicy(DuplicatePolicy.OVERWRITE))));
    }

    @Test
    void theTemplateFilledInImportsWithoutAnError() throws Exception {
        for (Messages m : List.of(ZH, Messages.of(Messages.ENGLISH))) {
            for (Session who : List.of(OFFICE, w.leader)) {
                Path template = dir.resolve("roster-" + who.username() + "-" + m.locale() + ".xlsx");
                imports.template(who, ImportKind.ACTIVITY_ROSTER, template, m, Progress.NONE);
                List<ImportColumn> columns = ImportKind.ACTIVITY_ROSTER.columns();
                try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
                    XSSFSheet sheet = wb.getSheetAt(0);
                    int idColumn = columns.indexOf(RosterColumn.ID_NUMBER);
                    assertEquals("@", sheet.getColumnStyle(idColumn).getDataFormatString());
                    assertEquals("@", sheet.getColumnStyle(columns.indexOf(RosterColumn.VOLUNTEER_NO))
                            .getDataFormatString());
                    Row example = sheet.getRow(2);
                    // the latest activity the user may enter hours for on time: a leader's own team's
                    String title = example.getCell(columns.indexOf(RosterColumn.ACTIVITY)).getStringCellValue();
                    assertEquals(who == OFFICE ? "江阴保电" : "安全用电进社区", title);
                    assertEquals(ImportTemplate.EXAMPLE_ID, example.getCell(idColumn).getStringCellValue(),
                            "a made-up person");
                    example.getCell(idColumn).setCellValue(wang.idNumber());
                    example.getCell(columns.indexOf(RosterColumn.NAME)).setCellValue("王芳");
                    try (var out = Files.newOutputStream(template)) {
                        wb.write(out);
                    }
                }
                ImportPlan plan = preview(who, template, ImportOptions.DEFAULT);
                assertEquals(List.of(), errors(plan), who.username() + " " + m.locale());
                assertEquals(1, plan.count(RowStatus.NEW), who.username() + " " + m.locale());
            }
        }
    }
}
