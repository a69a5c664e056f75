package org.dianmifeng.console.star.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.star.StarRow;
import org.dianmifeng.console.star.StarService;
import org.dianmifeng.console.star.StarState;
import org.dianmifeng.console.star.StarThresholds;
import org.dianmifeng.console.star.WorkingDays;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The star levels screen's ViewModel, without a screen: find, filter, notice, grant refused, withdraw, history. */
class StarListViewModelTest {
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
        f.approved(wang, LocalDate.of(2025, 1, 6), "320.0");
        f.approved(li, LocalDate.of(2025, 1, 6), "120.5");
    }

    @AfterEach
    void close() {
        t.close();
    }

    StarListViewModel vm(Session who) {
        StarListViewModel vm = new StarListViewModel(new UiContext(who, Messages.of(Messages.CHINESE),
                TaskRunner.direct()), t.services().stars(), t.services().starNotice());
        vm.load();
        return vm;
    }

    @Test
    void theAdministratorSetsTheHolidaysAndTheNoticeCountsThem() {
        assertFalse(vm(OFFICE).canSetThresholds());
        StarListViewModel vm = vm(ADMIN);
        boolean[] closed = {false};
        WorkingDaysFormViewModel form = vm.workingDaysForm();
        form.holidaysProperty().set("2026-11-30\n2026-12-1x");
        form.save(() -> closed[0] = true);
        assertFalse(closed[0], "the form stays open");
        assertTrue(form.errorProperty().get().contains("节假日") && form.errorProperty().get().contains("2026-12-1x"),
                form.errorProperty().get());
        assertTrue(form.errors().message(WorkingDays.HOLIDAYS).contains("2026-12-1x"), "beside the field");
        assertNull(vm.errorProperty().get(), "the refusal is the form's, not the screen's");
        assertTrue(t.services().stars().workingDays().holidays().isEmpty(), "nothing saved");
        form.holidaysProperty().set("2026-11-30\n2026-12-01，2026-12-02");
        form.workedWeekendsProperty().set("2026-12-05");
        form.save(() -> closed[0] = true);
        assertTrue(closed[0]);
        assertNull(form.errors().message(WorkingDays.HOLIDAYS));
        assertEquals("公示工作日已保存：3 个节假日，1 个调休上班日。", vm.noticeProperty().get());
        vm.findReached();
        vm.stateFilterProperty().set(StarState.REACHED);
        vm.chosen().setAll(vm.rows());
        // Fri 11-27, (Mon to Wed off) Thu 12-03, Fri 12-04, the Saturday worked, Mon 12-07
        putOnNotice(vm, LocalDate.of(2026, 11, 27), "5");
        assertEquals("已公示 3 个星级，公示期至 2026-12-07，2026-12-08（公示期满后的第一个工作日）起可以授予。",
                vm.noticeProperty().get());
    }

    /** Puts the chosen levels on notice through the form, as the view does; the form closes. */
    private static void putOnNotice(StarListViewModel vm, LocalDate from, String days) {
        NoticeFormViewModel form = vm.noticeForm();
        form.fromProperty().set(from);
        form.daysProperty().set(days);
        boolean[] closed = {false};
        form.save(() -> closed[0] = true);
        assertTrue(closed[0], "the notice form closes: " + form.errors().message(StarService.NOTICE_DAYS));
    }

    @Test
    void aNoticeOfTooFewOrUnreadableDaysIsRefusedAtItsFieldAndTheFormStaysOpen() {
        StarListViewModel vm = vm(OFFICE);
        vm.findReached();
        vm.stateFilterProperty().set(StarState.REACHED);
        vm.chosen().setAll(vm.rows());
        NoticeFormViewModel form = vm.noticeForm();
        form.fromProperty().set(LocalDate.of(2026, 11, 27));
        boolean[] closed = {false};
        for (String[] typed : new String[][] {{"3", "公示期至少 5 个工作日，现在是 3 个"}, {"五", "请填写整数"},
                {" ", "必填"}}) {
            form.daysProperty().set(typed[0]);
            form.save(() -> closed[0] = true);
            assertFalse(closed[0], "open after " + typed[0]);
            assertTrue(String.valueOf(form.errors().message(StarService.NOTICE_DAYS)).contains(typed[1]),
                    typed[0] + ": " + form.errors().message(StarService.NOTICE_DAYS));
        }
        assertEquals(3, vm.rows().size(), "none put on notice");
        form.daysProperty().set("6");
        form.save(() -> closed[0] = true);
        assertTrue(closed[0]);
        vm.stateFilterProperty().set(StarState.NOTICE);
        assertEquals(3, vm.rows().size());
    }

    @Test
    void findPutOnNoticeAndGrantIsRefusedBeforeTheNoticeEnds() {
        StarListViewModel vm = vm(OFFICE);
        assertTrue(vm.rows().isEmpty());
        vm.findReached();
        assertEquals("找到 3 个新达到的星级。", vm.noticeProperty().get());
        assertEquals(3, vm.rows().size());
        vm.stateFilterProperty().set(StarState.REACHED);
        vm.chosen().setAll(vm.rows());
        assertTrue(vm.allChosenAre(StarState.REACHED));
        putOnNotice(vm, LocalDate.of(2026, 11, 27), "5");
        assertEquals("已公示 3 个星级，公示期至 2026-12-03，2026-12-04（公示期满后的第一个工作日）起可以授予。", vm.noticeProperty().get());
        assertTrue(vm.rows().isEmpty(), "none reached and not on notice any more");
        vm.stateFilterProperty().set(StarState.NOTICE);
        assertEquals(3, vm.rows().size());
        vm.chosen().setAll(vm.rows());
        vm.grant();
        assertTrue(vm.errorProperty().get().contains("2026-12-03") && vm.errorProperty().get().contains("2026-12-04"),
                vm.errorProperty().get());
        assertEquals(3, vm.rows().size(), "nothing granted");
        // the cells of a row: 公示期 shown as a period, hours with their decimal
        StarRow row = vm.rows().stream().filter(r -> r.name().equals("李强")).findFirst().orElseThrow();
        List<Object> cells = vm.cells(row);
        assertEquals("1 星", cells.get(4));
        assertEquals("2026-11-27 至 2026-12-03", cells.get(9));
        assertEquals("公示中", cells.get(8));
    }

    @Test
    void withdrawNeedsAReasonAndHistoryShowsOnePersonsLevels() {
        StarListViewModel vm = vm(ADMIN);
        vm.findReached();
        vm.textFilterProperty().set("王芳");
        assertEquals(2, vm.rows().size());
        vm.textFilterProperty().set("");
        StarRow li1 = vm.rows().stream().filter(r -> r.name().equals("李强")).findFirst().orElseThrow();
        vm.chosen().setAll(li1);
        vm.withdraw(" ");
        assertTrue(vm.errorProperty().get().contains("撤回理由"), vm.errorProperty().get());
        vm.chosen().setAll(vm.rows().stream().filter(r -> r.name().equals("李强")).findFirst().orElseThrow());
        vm.withdraw("时长待核实");
        assertEquals("已撤回 李强 的 1 星。", vm.noticeProperty().get());
        vm.stateFilterProperty().set(StarState.REACHED);
        StarRow wang2 = vm.rows().stream().filter(r -> r.name().equals("王芳")).findFirst().orElseThrow();
        vm.chosen().setAll(wang2);
        vm.showHistory();
        assertNull(vm.stateFilterProperty().get());
        assertEquals("V2021000001", vm.textFilterProperty().get());
        assertEquals(List.of(1, 2), vm.rows().stream().map(r -> r.level().stars()).sorted().toList());
    }

    @Test
    void theNoticeListAndTheExportAreWritten() throws Exception {
        StarListViewModel vm = vm(OFFICE);
        vm.findReached();
        Path notice = dir.resolve("公示.xlsx");
        vm.writeNoticeList(notice);
        assertTrue(vm.errorProperty().get().contains("没有公示中的星级"), vm.errorProperty().get());
        assertFalse(Files.exists(notice));
        vm.chosen().setAll(vm.rows());
        putOnNotice(vm, LocalDate.of(2026, 11, 30), "5");
        vm.writeNoticeList(notice);
        assertTrue(vm.noticeProperty().get().contains("3 人次"), vm.noticeProperty().get());
        assertEquals("星级志愿者公示名单", Workbooks.read(notice).get(0).get(0));
        Path export = dir.resolve("export.xlsx");
        vm.textFilterProperty().set("李强");
        vm.export(export);
        List<List<String>> rows = Workbooks.read(export);
        assertTrue(rows.stream().anyMatch(r -> r.contains("李强")));
        assertFalse(rows.stream().anyMatch(r -> r.contains("王芳")), "the export is what the list shows");
    }

    @Test
    void theCommandsAreForStarGrantAndTheThresholdsForTheAdministrator() {
        StarListViewModel viewer = vm(VIEWER);
        assertFalse(viewer.canGrant());
        assertFalse(viewer.canSetThresholds());
        viewer.findReached();
        assertTrue(viewer.rows().isEmpty());
        assertTrue(viewer.errorProperty().get() != null);
        StarListViewModel office = vm(OFFICE);
        assertTrue(office.canGrant());
        assertFalse(office.canSetThresholds());
        StarListViewModel admin = vm(ADMIN);
        assertTrue(admin.canSetThresholds());
        boolean[] closed = {false};
        StarThresholdsFormViewModel form = admin.thresholdsForm();
        assertEquals("300", form.hoursProperty(2).get());
        form.hoursProperty(2).set("200");
        form.hoursProperty(3).set("150");
        form.save(() -> closed[0] = true);
        assertFalse(closed[0], "the dialog stays open on a refusal");
        assertTrue(form.errorProperty().get().contains("3 星"), form.errorProperty().get());
        assertEquals("3 星的时长 150 须大于 2 星的 200", form.errors().message(StarThresholds.field(3)));
        assertNull(admin.errorProperty().get(), "the refusal is the form's, not the screen's");
        // what is no number is named with what was typed, a blank one is required, with the other rules at once
        form.hoursProperty(1).set("abc");
        form.hoursProperty(4).set(" ");
        form.save(() -> closed[0] = true);
        assertFalse(closed[0]);
        assertEquals("请填写数字，如 2.5（abc）", form.errors().message(StarThresholds.field(1)));
        assertEquals("必填", form.errors().message(StarThresholds.field(4)));
        assertEquals("3 星的时长 150 须大于 2 星的 200", form.errors().message(StarThresholds.field(3)));
        form.hoursProperty(1).set("100");
        form.hoursProperty(4).set("1000");
        form.hoursProperty(2).set("120");
        form.hoursProperty(3).set("300");
        form.save(() -> closed[0] = true);
        assertTrue(closed[0]);
        assertEquals("星级标准已保存。", admin.noticeProperty().get());
        admin.findReached();
        // 李强's 120.5 hours now reach two stars
        assertEquals(2, admin.rows().stream().filter(r -> r.name().equals("李强")).count());
    }
}
