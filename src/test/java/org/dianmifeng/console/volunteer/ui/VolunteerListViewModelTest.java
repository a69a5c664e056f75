package org.dianmifeng.console.volunteer.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerWorkFixtures;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMember;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.VolunteerFilter;
import org.dianmifeng.console.volunteer.VolunteerRow;
import org.dianmifeng.console.volunteer.VolunteerService;
import org.dianmifeng.console.volunteer.VolunteerStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolunteerListViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    VolunteerService volunteers;
    Unit yixing;
    Unit jiangyin;
    Team team;
    Person wang;
    Person li;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        volunteers = t.services().volunteers();
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        jiangyin = t.unit("JY", "江阴市供电公司", city);
        wang = t.person("王芳", "32028219850101122", yixing);
        li = t.person("李娜", "32028219900101124", jiangyin);
        t.person("赵强", "32028219920202123", jiangyin);
        volunteers.register(ADMIN, wang.id(), LocalDate.of(2024, 4, 1));
        volunteers.register(ADMIN, li.id(), LocalDate.of(2025, 4, 1));
        team = t.services().teams().create(ADMIN, new Team(null, "蜜蜂行动青年志愿服务队", TeamKind.YOUTH, yixing.id(),
                null, null, null, null, true, null));
        t.services().teams().addMember(ADMIN, new TeamMember(null, team.id(),
                new PersonRef(wang.id(), wang.name(), null, null, null), LocalDate.of(2024, 5, 1),
                TeamMemberRole.CAPTAIN, null));
        VolunteerWorkFixtures f = new VolunteerWorkFixtures(t);
        long a = f.activity("宣讲", "LECTURE", team, null, LocalDateTime.of(2025, 6, 1, 9, 0), "4.0");
        f.hours(a, team, LocalDate.of(2025, 6, 1), wang, "3.5", "APPROVED");
        long b = f.activity("值守", "SERVICE", team, null, LocalDateTime.of(2026, 6, 1, 9, 0), "4.0");
        f.hours(b, team, LocalDate.of(2026, 6, 1), wang, "2.0", "APPROVED");
    }

    @AfterEach
    void close() {
        t.close();
    }

    VolunteerListViewModel vm(Session who) {
        VolunteerListViewModel vm = new VolunteerListViewModel(new UiContext(who, ZH, TaskRunner.direct()), volunteers,
                t.services().units(), t.services().teams(), t.services().people());
        vm.load();
        return vm;
    }

    List<String> names(VolunteerListViewModel vm) {
        return vm.rows().stream().map(VolunteerRow::name).toList();
    }

    @Test
    void theFirstVolunteersShowBeforeTheRestInTheListsOrderAndTheCountSaysSo() {
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < VolunteerListViewModel.FIRST_LINES; i++) { // with 王芳 and 李娜: 102 volunteers
            batch.add(TestServices.draft(String.format("志愿者%03d", i), String.format("32028119%02d01%02d%03d",
                    60 + i % 40, i % 28 + 1, i / 28), i % 2 == 0 ? yixing : jiangyin));
        }
        for (long id : t.services().people().createBatch(ADMIN, batch)) {
            volunteers.register(ADMIN, id, LocalDate.of(2026, 3, 1));
        }
        Deque<Runnable> handed = new ArrayDeque<>();
        VolunteerListViewModel vm = new VolunteerListViewModel(new UiContext(VIEWER, ZH, TaskRunner.handingTo(
                handed::add)), volunteers, t.services().units(), t.services().teams(), t.services().people());
        vm.load();
        handed.poll().run(); // the first lines
        List<VolunteerRow> whole = volunteers.list(VIEWER, VolunteerFilter.ALL);
        assertEquals(whole.subList(0, VolunteerListViewModel.FIRST_LINES), List.copyOf(vm.rows()),
                "the list's first lines, in its order (宜兴's volunteers first), with their hours");
        assertFalse(vm.completeProperty().get());
        assertEquals("显示 100 名志愿者（其余志愿者读取中…）", vm.countText().get());
        vm.textFilterProperty().set("李娜"); // of 江阴, the second unit, after its 50 others: not among the first
        assertEquals("显示 0 名志愿者（其余志愿者读取中…）", vm.countText().get(), "the filters apply to the first lines");
        handed.poll().run(); // the whole list
        assertTrue(handed.isEmpty());
        assertTrue(vm.completeProperty().get());
        assertEquals("显示 1 / 共 102 名志愿者", vm.countText().get());
        vm.textFilterProperty().set("");
        assertEquals(whole, List.copyOf(vm.rows()));
        // read again (after a change): whole at once, the rows shown staying until then
        vm.load();
        assertEquals(102, vm.rows().size());
        handed.poll().run();
        assertTrue(handed.isEmpty());
        assertEquals("显示 102 / 共 102 名志愿者", vm.countText().get());
    }

    @Test
    void theListFiltersAsTheServiceDoesAndTheSelectionShowsTeamsAndYears() {
        VolunteerListViewModel vm = vm(VIEWER);
        assertFalse(vm.canEdit());
        assertEquals(List.of("王芳", "李娜"), names(vm), "registered volunteers only, by unit");
        VolunteerRow row = vm.rows().get(0);
        assertEquals(List.of("王芳", "V2024000001", "宜兴市供电公司", "蜜蜂行动青年志愿服务队", "在册", LocalDate.of(2024, 4, 1),
                OneDecimal.of(new BigDecimal("5.5")), OneDecimal.of(new BigDecimal("2.0"))), List.of(vm.cells(row).get(0), vm.cells(row).get(1),
                vm.cells(row).get(2), vm.cells(row).get(3), vm.cells(row).get(5), vm.cells(row).get(6),
                vm.cells(row).get(7), vm.cells(row).get(8)));
        assertEquals("2026年服务时长（小时）", vm.columnHeaders().get(8));
        assertEquals("选择一名志愿者，查看所在服务队和历年服务时长", vm.detailTitle());
        vm.selectedProperty().set(row);
        assertEquals("王芳（V2024000001，在册）：累计服务 5.5 小时", vm.detailTitle());
        assertEquals(List.of("蜜蜂行动青年志愿服务队", "队长", LocalDate.of(2024, 5, 1)),
                vm.teamCells(vm.detailTeams().get(0)));
        assertEquals(List.of("2026", 1, OneDecimal.of(new BigDecimal("2.0"))), vm.yearCells(vm.detailYears().get(0)));
        assertEquals(2, vm.detailYears().size());

        vm.teamFilterProperty().set(vm.teamChoices().get(0));
        assertEquals(List.of("王芳"), names(vm));
        vm.teamFilterProperty().set(null);
        vm.unitFilterProperty().set(vm.unitChoices().stream().filter(u -> u.id().equals(jiangyin.id())).findFirst()
                .orElseThrow());
        assertEquals(List.of("李娜"), names(vm));
        assertEquals(volunteers.list(VIEWER, vm.filter()).stream().map(VolunteerRow::name).toList(), names(vm));
        vm.unitFilterProperty().set(null);
        vm.textFilterProperty().set("v2025");
        assertEquals(List.of("李娜"), names(vm));
        vm.textFilterProperty().set("");
        vm.statusFilterProperty().set(VolunteerStatus.PAUSED);
        assertTrue(vm.rows().isEmpty());
    }

    @Test
    void staffRegisterAPersonAndChangeAStatusWithAReason() {
        VolunteerListViewModel vm = vm(OFFICE);
        assertTrue(vm.canEdit());
        VolunteerRegisterViewModel register = vm.registerForm();
        assertEquals(LocalDate.of(2026, 11, 29), register.registeredOnProperty().get(), "today by default");
        AtomicBoolean closed = new AtomicBoolean();
        register.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertEquals("必填", register.errors().message("volunteer.person"));
        register.person().queryProperty().set("赵强");
        register.person().choose(register.person().choices().get(0));
        register.save(() -> closed.set(true));
        assertTrue(closed.get(), String.valueOf(register.errorProperty().get()));
        assertEquals("已注册志愿者：赵强（V2026000001）", vm.noticeProperty().get());
        assertEquals(3, vm.rows().size());

        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.name().equals("李娜")).findFirst().orElseThrow());
        VolunteerStatusViewModel status = vm.statusForm();
        assertEquals(List.of(VolunteerStatus.PAUSED, VolunteerStatus.LEFT), status.choices());
        status.statusProperty().set(VolunteerStatus.PAUSED);
        AtomicBoolean statusClosed = new AtomicBoolean();
        status.save(() -> statusClosed.set(true));
        assertFalse(statusClosed.get(), "a reason is required");
        assertEquals("必填", status.errors().message("volunteer.reason"));
        status.reasonProperty().set("产假期间暂停服务");
        status.save(() -> statusClosed.set(true));
        assertTrue(statusClosed.get(), String.valueOf(status.errorProperty().get()));
        VolunteerRow paused = vm.selectedProperty().get();
        assertEquals(VolunteerStatus.PAUSED, paused.volunteer().status());
        assertEquals("产假期间暂停服务", vm.cells(paused).get(9));
        assertNull(vm.errorProperty().get());
    }

    @Test
    void theExportHoldsWhatTheListShows() throws Exception {
        VolunteerListViewModel vm = vm(VIEWER);
        vm.textFilterProperty().set("王芳");
        Path out = dir.resolve("volunteers.xlsx");
        vm.export(out);
        String all = Workbooks.read(out).toString();
        assertTrue(all.contains("志愿者编号") && all.contains("V2024000001"), all);
        assertFalse(all.contains("李娜"), "filtered out: " + all);
    }
}
