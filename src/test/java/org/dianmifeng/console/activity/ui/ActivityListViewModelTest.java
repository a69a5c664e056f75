package org.dianmifeng.console.activity.ui;

import static org.dianmifeng.console.testing.ActivityFixtures.h;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.activity.ActivityKind;
import org.dianmifeng.console.activity.ActivityRow;
import org.dianmifeng.console.activity.ActivityStore;
import org.dianmifeng.console.activity.HoursFilter;
import org.dianmifeng.console.activity.HoursState;
import org.dianmifeng.console.activity.RosterLine;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.ActivityFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen 活动与时长 without a screen: filters, forms, roster commands and their refusals, export. */
class ActivityListViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    ActivityFixtures w;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        w = new ActivityFixtures(t);
    }

    @AfterEach
    void close() {
        t.close();
    }

    ActivityListViewModel vm(Session who) {
        var s = t.services();
        ActivityListViewModel vm = new ActivityListViewModel(new UiContext(who, ZH, TaskRunner.direct()),
                s.activities(), s.activitySettings(), s.people(), s.units());
        vm.load();
        return vm;
    }

    List<String> titles(ActivityListViewModel vm) {
        return vm.rows().stream().map(r -> r.activity().title()).toList();
    }

    void select(ActivityListViewModel vm, String title) {
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.activity().title().equals(title)).findFirst()
                .orElseThrow());
    }

    @Test
    void aNewFilterShowsItsNewestActivitiesFirstThenTheRestAndTheSameFilterAgainReadsTheWholeList() {
        int many = ActivityListViewModel.FIRST_LINES + 5;
        List<Activity> batch = new ArrayList<>();
        for (int i = 0; i < many; i++) { // two a day from 1 September (today is 29 November): all within the late window
            batch.add(new Activity(null, "活动" + i, ActivityKind.SERVICE, null, null, w.bees.id(),
                    LocalDate.of(2026, 9, 1).plusDays(i / 2).atTime(9 + i % 2 * 5, 0), h("2.0"), null, null, false,
                    null));
        }
        long oldest = t.services().database().transaction(dsl -> new ActivityStore(dsl).insertBatch(batch)).get(0);
        var s = t.services();
        s.activities().approve(OFFICE, s.activities().enter(OFFICE, oldest, w.wang.id(), h("1.5"), "补录"));
        Deque<Runnable> handed = new ArrayDeque<>();
        ActivityListViewModel vm = new ActivityListViewModel(new UiContext(OFFICE, ZH, TaskRunner.handingTo(
                handed::add)), s.activities(), s.activitySettings(), s.people(), s.units());
        vm.load();
        assertTrue(vm.rows().isEmpty());
        handed.poll().run(); // the first lines, newest first
        assertEquals(ActivityListViewModel.FIRST_LINES, vm.rows().size());
        assertEquals("活动" + (many - 1), vm.rows().get(0).activity().title());
        assertFalse(vm.completeProperty().get());
        assertEquals("显示 100 项活动（其余活动读取中…）", vm.countText().get());
        assertEquals(1, handed.size(), "the rest is being read");
        handed.poll().run(); // the whole list
        assertEquals(many, vm.rows().size());
        assertTrue(vm.completeProperty().get());
        assertEquals("共 105 项活动", vm.countText().get());
        ActivityRow last = vm.rows().get(many - 1);
        assertEquals("活动0", last.activity().title());
        assertEquals(List.of(1, 1, "1.5"), List.of(last.lines(), last.approved(), last.approvedHours().toPlainString()));
        assertTrue(handed.isEmpty());

        // the oldest selected, then the same filter read again (after a change): whole at once, the selection kept
        select(vm, "活动0", handed);
        assertEquals(1, vm.roster().size());
        vm.load();
        assertEquals(many, vm.rows().size(), "the rows shown stay while the list is read again");
        handed.poll().run();
        assertTrue(vm.completeProperty().get());
        assertEquals("活动0", vm.selectedProperty().get().activity().title());
        runAll(handed);
        assertEquals(1, vm.roster().size());

        // another period: its first lines, where the oldest is not, then the rest, with the oldest selected again
        vm.fromProperty().set(LocalDate.of(2025, 12, 1));
        handed.poll().run();
        assertEquals(ActivityListViewModel.FIRST_LINES, vm.rows().size());
        assertNull(vm.selectedProperty().get());
        assertTrue(vm.roster().isEmpty());
        handed.poll().run();
        assertEquals(many, vm.rows().size());
        assertEquals("活动0", vm.selectedProperty().get().activity().title());
        runAll(handed);
        assertEquals(1, vm.roster().size());

        // two filters asked for before the first is read: only the later one's rows show
        vm.toProperty().set(LocalDate.of(2026, 9, 10));
        vm.textProperty().set("活动0");
        handed.poll().run();
        assertTrue(handed.size() == 1 && vm.rows().size() == many, "the earlier filter's rows are not shown");
        handed.poll().run();
        assertEquals(List.of("活动0"), titles(vm));
        runAll(handed);
        assertEquals(List.of("活动0"), titles(vm));
        assertTrue(vm.completeProperty().get());
    }

    private static void runAll(Deque<Runnable> handed) {
        while (!handed.isEmpty()) {
            handed.poll().run();
        }
    }

    @Test
    void aTeamLeadersListOpensOnTheirTeamAndTheFiltersNarrowIt() {
        w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        w.activity("江阴义诊", w.jiangyin, 5, "2.0");
        w.activity("去年的宣讲", w.bees, 400, "2.0");
        ActivityListViewModel leader = vm(w.leader);
        assertEquals(w.bees.id(), leader.teamFilterProperty().get().id());
        assertEquals(List.of("蜜蜂宣讲"), titles(leader), "this year, their team");
        assertFalse(leader.canKeepProjects());
        assertTrue(leader.canRecord() && leader.canApprove());

        ActivityListViewModel office = vm(OFFICE);
        assertNull(office.teamFilterProperty().get());
        assertEquals(List.of("蜜蜂宣讲", "江阴义诊"), titles(office));
        office.fromProperty().set(LocalDate.of(2025, 1, 1));
        assertEquals(3, office.rows().size());
        office.textProperty().set("义诊");
        assertEquals(List.of("江阴义诊"), titles(office));
        office.textProperty().set("");
        office.kindFilterProperty().set(ActivityKind.LECTURE);
        assertTrue(office.rows().isEmpty());
        office.kindFilterProperty().set(null);
        office.hoursFilterProperty().set(HoursFilter.NO_HOURS);
        assertEquals(3, office.rows().size());
    }

    @Test
    void anActivityIsRecordedWithItsRosterAndApprovedInBulkButForTheLateHours() {
        ActivityListViewModel vm = vm(w.leader);
        ActivityFormViewModel form = vm.newActivityForm();
        assertEquals(w.bees.id(), form.teamProperty().get().id(), "a leader's new activity is their team's");
        form.titleProperty().set("蜜蜂行动·文明故事会");
        form.kindProperty().set(ActivityKind.STORYTELLING);
        form.dayProperty().set(LocalDate.of(2026, 11, 18));
        form.timeProperty().set("14:30");
        form.plannedHoursProperty().set("2.5");
        AtomicBoolean closed = new AtomicBoolean();
        form.save(List.of(), () -> closed.set(true));
        assertTrue(closed.get(), String.valueOf(form.errors().message("activity.title")));
        assertEquals(List.of("蜜蜂行动·文明故事会"), titles(vm));
        select(vm, "蜜蜂行动·文明故事会");
        assertEquals("2026-11-18 14:30", vm.cells(vm.selectedProperty().get()).get(0));

        // 11 days ago: late entries, a reason needed
        HoursFormViewModel add = vm.addHoursForm();
        assertTrue(add.hint().contains("补录"), add.hint());
        add.hoursProperty().set("1.2.3");
        add.save(() -> { });
        assertTrue(add.errors().message("hours.hours").contains("1.2.3"), "every problem at one save: the hours,");
        assertNotNull(add.errors().message("hours.person"), "the person");
        assertEquals("活动结束已超过 7 天，属于补录，须填写补录原因", add.errors().message("hours.lateReason"));
        add.person().choose(w.wang);
        add.hoursProperty().set("2.5");
        add.save(() -> { });
        assertNull(add.errors().message("hours.hours"));
        assertEquals("活动结束已超过 7 天，属于补录，须填写补录原因", add.errors().message("hours.lateReason"));
        add.reasonProperty().set("签到表迟交");
        add.hoursProperty().set("二");
        add.save(() -> { });
        assertNotNull(add.errors().message("hours.hours"));
        add.hoursProperty().set("2.5");
        closed.set(false);
        add.save(() -> closed.set(true));
        assertTrue(closed.get());
        assertEquals(1, vm.roster().size());
        assertEquals("补录", vm.lineCells(vm.roster().get(0)).get(5));

        vm.approveAll();
        assertEquals("已批准 0 条时长；另有 1 条补录未批准：补录须逐条审核，请选中后点“批准”", vm.noticeProperty().get());
        vm.selectedLineProperty().set(vm.roster().get(0));
        vm.approveLine();
        assertEquals(HoursState.APPROVED, vm.roster().get(0).hours().state());
        assertEquals("2.5", vm.cells(vm.selectedProperty().get()).get(6).toString(), "approved hours, one decimal");
    }

    @Test
    void approvedHoursAreCorrectedWithAReasonAndRefusalsShowInTheStatusLine() {
        Activity a = w.activity("点亮书桌", w.bees, 2, "3.0");
        t.services().activities().approve(OFFICE, t.services().activities().enter(OFFICE, a.id(), w.wang.id(),
                h("3.0"), null));
        Activity theirs = w.activity("江阴义诊", w.jiangyin, 2, "2.0");
        t.services().activities().enter(OFFICE, theirs.id(), w.zhao.id(), h("2.0"), null);

        ActivityListViewModel vm = vm(w.leader);
        select(vm, "点亮书桌");
        vm.selectedLineProperty().set(vm.roster().get(0));
        HoursFormViewModel correct = vm.changeHoursForm();
        assertEquals(HoursFormViewModel.Mode.CORRECT, correct.mode());
        correct.hoursProperty().set("2,5");
        correct.save(() -> { });
        assertTrue(correct.errors().message("hours.hours").contains("2,5"), "unreadable hours and no reason at once");
        assertNotNull(correct.errors().message("hours.correctionReason"));
        correct.hoursProperty().set("2.5");
        correct.save(() -> { });
        assertNull(correct.errors().message("hours.hours"));
        assertNotNull(correct.errors().message("hours.correctionReason"));
        correct.reasonProperty().set("扣除路途时间");
        correct.save(() -> { });
        RosterLine line = vm.roster().get(0);
        assertEquals(h("2.5"), line.hours().hours());
        assertEquals(HoursState.APPROVED, line.hours().state());
        assertEquals("扣除路途时间", vm.lineCells(line).get(7));

        vm.teamFilterProperty().set(null);
        select(vm, "江阴义诊");
        vm.approveAll();
        assertTrue(vm.errorProperty().get().contains(w.jiangyin.name()), vm.errorProperty().get());
        ActivityRow still = vm.rows().stream().filter(r -> r.activity().title().equals("江阴义诊")).findFirst().orElseThrow();
        assertEquals(1, still.entered());

        assertEquals(List.of("江阴义诊", "点亮书桌"), titles(vm), "every team again, the later entered first");
        select(vm, "点亮书桌");
        vm.deleteActivity();
        assertTrue(vm.errorProperty().get().contains("更正"), vm.errorProperty().get());
    }

    /** A screen whose background work reaches it later, one piece at a time, as the window's does. */
    ActivityListViewModel handedVm(Session who, Deque<Runnable> handed) {
        var s = t.services();
        ActivityListViewModel vm = new ActivityListViewModel(new UiContext(who, ZH, TaskRunner.handingTo(handed::add)),
                s.activities(), s.activitySettings(), s.people(), s.units());
        vm.load();
        runAll(handed);
        return vm;
    }

    /** Selects the activity titled {@code title} and shows its roster. */
    void select(ActivityListViewModel vm, String title, Deque<Runnable> handed) {
        select(vm, title);
        runAll(handed);
    }

    @Test
    void aRefusedCommandsReasonStaysInTheStatusLineOnceTheListAndRosterAreReadAgain() {
        var s = t.services();
        Activity done = w.activity("点亮书桌", w.bees, 2, "3.0");
        s.activities().approve(OFFICE, s.activities().enter(OFFICE, done.id(), w.wang.id(), h("3.0"), null));
        Activity theirs = w.activity("江阴义诊", w.jiangyin, 2, "2.0");
        s.activities().enter(OFFICE, theirs.id(), w.zhao.id(), h("2.0"), null);
        Activity ours = w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        s.activities().enter(OFFICE, ours.id(), w.li.id(), h("1.0"), null);
        Deque<Runnable> handed = new ArrayDeque<>();

        // the office deletes an activity with approved hours: refused, the reason outlives the reads that follow
        ActivityListViewModel office = handedVm(OFFICE, handed);
        select(office, "点亮书桌", handed);
        office.selectedLineProperty().set(office.roster().get(0));
        office.deleteActivity();
        runAll(handed);
        assertNotNull(office.errorProperty().get(), "the reason shown once every read has settled");
        assertTrue(office.errorProperty().get().contains("更正"), office.errorProperty().get());
        assertEquals("点亮书桌", office.selectedProperty().get().activity().title(), "the activity still selected");
        assertEquals(office.roster().get(0), office.selectedLineProperty().get(), "and its line");

        // a team leader approves all of another team's roster: refused, and the last success notice goes
        ActivityListViewModel leader = handedVm(w.leader, handed);
        select(leader, "蜜蜂宣讲", handed);
        leader.approveAll();
        runAll(handed);
        assertEquals("已批准 1 条时长", leader.noticeProperty().get());
        leader.teamFilterProperty().set(null);
        runAll(handed);
        select(leader, "江阴义诊", handed);
        leader.approveAll();
        runAll(handed);
        assertNotNull(leader.errorProperty().get(), "the reason shown once every read has settled");
        assertTrue(leader.errorProperty().get().contains(w.jiangyin.name()), leader.errorProperty().get());
        assertNull(leader.noticeProperty().get(), "the last success notice is gone");
        assertEquals(1, s.activities().get(ADMIN, theirs.id()).entered(), "nothing approved");
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedInItsFormWhichStaysOpen() {
        var s = t.services();
        Activity a = w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        s.activities().enter(OFFICE, a.id(), w.li.id(), h("1.0"), null);
        Deque<Runnable> handed = new ArrayDeque<>();
        ActivityListViewModel vm = handedVm(OFFICE, handed);
        select(vm, "蜜蜂宣讲", handed);
        vm.selectedLineProperty().set(vm.roster().get(0));
        DeclineFormViewModel form = vm.declineForm();
        AtomicBoolean closed = new AtomicBoolean();
        form.reasonProperty().set("  ");
        form.save(() -> closed.set(true));
        runAll(handed);
        assertFalse(closed.get(), "the form stays open");
        assertNotNull(form.errors().message("hours.declineReason"), "the problem at the reason");
        assertEquals(HoursState.ENTERED, vm.roster().get(0).hours().state());

        form.reasonProperty().set("签到表无此人");
        form.save(() -> closed.set(true));
        runAll(handed);
        assertTrue(closed.get());
        assertEquals("李强 的时长未通过", vm.noticeProperty().get());
        assertEquals(HoursState.DECLINED, vm.roster().get(0).hours().state());
    }

    @Test
    void aTeamLeaderKeepsOnlyTheirOwnTeamsActivitiesAndReadsTheProjects() {
        w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        w.activity("江阴义诊", w.jiangyin, 5, "2.0");
        ActivityListViewModel leader = vm(w.leader);
        leader.teamFilterProperty().set(null);
        assertTrue(leader.canCreateProperty().get(), "for their own team");
        assertEquals(w.bees.id(), leader.newActivityForm().teamProperty().get().id(), "their team, all teams shown");
        assertFalse(leader.canKeepProjects());
        select(leader, "江阴义诊");
        assertFalse(leader.selectedInScopeProperty().get(), "another team's");
        select(leader, "蜜蜂宣讲");
        assertTrue(leader.selectedInScopeProperty().get());

        ActivityListViewModel office = vm(OFFICE);
        select(office, "江阴义诊");
        assertTrue(office.selectedInScopeProperty().get() && office.canCreateProperty().get()
                && office.canKeepProjects());

    }

    @Test
    void theExportHoldsWhatTheListShowsAndAViewerOnlyReads() throws Exception {
        w.activity("蜜蜂宣讲", w.bees, 3, "2.0");
        w.activity("江阴义诊", w.jiangyin, 5, "2.0");
        ActivityListViewModel vm = vm(VIEWER);
        assertFalse(vm.canRecord() || vm.canApprove() || vm.canKeepSettings());
        vm.textProperty().set("宣讲");
        Path out = dir.resolve("activities.xlsx");
        vm.export(out);
        String all = Workbooks.read(out).toString();
        assertTrue(all.contains("活动名称") && all.contains("蜜蜂宣讲"), all);
        assertFalse(all.contains("江阴义诊"), all);
    }

    @Test
    void aCancelledActivityIsReopenedAndARefusalShowsInTheStatusLine() {
        Activity ours = w.activity("雨天取消", w.bees, 2, "2.0");
        Activity theirs = w.activity("江阴义诊", w.jiangyin, 2, "2.0");
        t.services().activities().cancel(ADMIN, ours);
        t.services().activities().cancel(ADMIN, theirs);
        ActivityListViewModel vm = vm(w.leader);
        vm.teamFilterProperty().set(null);
        vm.load();
        select(vm, "江阴义诊");
        vm.reopenActivity();
        assertTrue(vm.errorProperty().get().contains(w.jiangyin.name()), vm.errorProperty().get());
        assertTrue(t.services().activities().get(ADMIN, theirs.id()).activity().cancelled());
        select(vm, "雨天取消");
        vm.reopenActivity();
        assertEquals("已恢复活动“雨天取消”", vm.noticeProperty().get());
        assertFalse(t.services().activities().get(ADMIN, ours.id()).activity().cancelled());
    }

    @Test
    void theExportWritesHoursAsNumbersWithOneDecimal() throws Exception {
        Activity a = w.activity("蜜蜂宣讲", w.bees, 3, "2.5");
        var hours = t.services().activities().enter(ADMIN, a.id(), w.wang.id(), h("1.5"), null);
        t.services().activities().approve(ADMIN, hours);
        ActivityListViewModel vm = vm(VIEWER);
        Path out = dir.resolve("hours.xlsx");
        vm.export(out);
        try (var pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(out.toFile(),
                org.apache.poi.openxml4j.opc.PackageAccess.READ);
             var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(pkg)) {
            var sheet = wb.getSheetAt(0);
            var headers = sheet.getRow(1);
            var row = sheet.getRow(2);
            for (String key : List.of("field.activity.plannedHours", "activity.column.approvedHours")) {
                int c = ActivityListViewModel.COLUMN_KEYS.indexOf(key);
                assertEquals(ZH.text(key), headers.getCell(c).getStringCellValue());
                var cell = row.getCell(c);
                assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, cell.getCellType(), key);
                assertEquals("0.0", cell.getCellStyle().getDataFormatString(), key);
                assertEquals(key.startsWith("field") ? 2.5 : 1.5, cell.getNumericCellValue(), key);
            }
        }
    }

    @Test
    void theAdministratorChangesTheLateEntrySettingsFromTheScreen() {
        ActivityListViewModel vm = vm(ADMIN);
        assertTrue(vm.canKeepSettings());
        HoursRulesFormViewModel form = vm.rulesForm();
        assertEquals("7", form.lateAfterDaysProperty().get());
        form.refuseAfterDaysProperty().set("5");
        form.save(() -> { });
        assertNotNull(form.errors().message("hoursRules.refuseAfterDays"));
        form.lateAfterDaysProperty().set("3");
        form.refuseAfterDaysProperty().set("30");
        form.save(() -> { });
        assertEquals("补录设置已保存：超过 3 天为补录，超过 30 天不再受理", vm.noticeProperty().get());
        assertEquals(30, t.services().activities().rules().refuseAfterDays());
    }
}
