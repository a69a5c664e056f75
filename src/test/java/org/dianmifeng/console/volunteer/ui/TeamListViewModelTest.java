package org.dianmifeng.console.volunteer.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.PersonRows;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.PersonRef;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.dianmifeng.console.volunteer.TeamMemberRole;
import org.dianmifeng.console.volunteer.TeamRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamListViewModelTest {
    @TempDir Path dir;
    TestServices t;
    PersonRows people;
    Unit city;
    Unit jiangyin;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        people = new PersonRows(t.services().database());
        city = t.city();
        jiangyin = t.unit("JY", "江阴市供电公司", city);
        t.services().teams().create(OFFICE, new Team(null, "澄心澄意共产党员服务队", TeamKind.PARTY_MEMBER, jiangyin.id(), null,
                LocalDate.of(2019, 7, 1), "电蜜蜂", null, true, null));
        t.services().teams().create(OFFICE, new Team(null, "宜兴青年志愿服务队", TeamKind.YOUTH, city.id(), null,
                LocalDate.of(2020, 1, 1), "蜜蜂行动", null, true, null));
    }

    @AfterEach
    void close() {
        t.close();
    }

    TeamListViewModel vm(Session session) {
        var s = t.services();
        TeamListViewModel vm = new TeamListViewModel(new UiContext(session, Messages.of(Messages.CHINESE),
                TaskRunner.direct()), s.teams(), s.units(), s.people());
        vm.load();
        return vm;
    }

    static List<String> names(TeamListViewModel vm) {
        return vm.rows().stream().map(TeamRow::name).toList();
    }

    @Test
    void filtersAsYouTypeOverNameBrandUnitAndKind() {
        TeamListViewModel vm = vm(VIEWER);
        assertEquals(2, vm.rows().size());
        vm.filterProperty().set("蜜蜂行动");
        assertEquals(List.of("宜兴青年志愿服务队"), names(vm));
        vm.filterProperty().set("江阴");
        assertEquals(List.of("澄心澄意共产党员服务队"), names(vm));
        vm.filterProperty().set("青年志愿");
        assertEquals(List.of("宜兴青年志愿服务队"), names(vm));
        vm.filterProperty().set("共产党员服务队");
        assertEquals(List.of("澄心澄意共产党员服务队"), names(vm));
        vm.filterProperty().set("");
        vm.kindFilterProperty().set(TeamKind.YOUTH);
        assertEquals(List.of("宜兴青年志愿服务队"), names(vm));
        vm.kindFilterProperty().set(TeamKind.STAFF);
        assertTrue(vm.rows().isEmpty());
        vm.kindFilterProperty().set(null);
        assertEquals(2, vm.rows().size());
        assertEquals(vm.columnHeaders().size(), vm.cells(vm.rows().get(0)).size());
        assertEquals("名称", vm.columnHeaders().get(0));
        assertFalse(vm.canEdit());
    }

    @Test
    void addsAMemberPickedBySearchAndRefusesThemTwice() {
        PersonRef zhang = people.add("张三丰", jiangyin);
        people.add("李四", city);
        TeamListViewModel vm = vm(OFFICE);
        TeamRow team = vm.rows().stream().filter(r -> r.name().startsWith("澄心")).findFirst().orElseThrow();
        vm.selectedProperty().set(team);
        assertTrue(vm.members().isEmpty());

        TeamMemberFormViewModel form = vm.newMemberForm();
        AtomicBoolean closed = new AtomicBoolean();
        form.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertNotNull(form.errors().message("teamMember.person"));

        form.person().queryProperty().set("张三");
        assertEquals(List.of(zhang.id()), form.person().choices().stream().map(PersonRef::id).toList());
        form.person().choose(form.person().choices().get(0));
        form.roleProperty().set(TeamMemberRole.CAPTAIN);
        form.save(() -> closed.set(true));
        assertTrue(closed.get(), form.errorProperty().get());
        assertEquals(1, vm.members().size());
        assertEquals("张三丰", vm.members().get(0).person().name());
        assertEquals(1, vm.selectedProperty().get().memberCount());
        assertEquals(List.of("张三丰", "江阴市供电公司", "队长", LocalDate.now(TestServices.CLOCK)),
                vm.memberCells(vm.members().get(0)));

        TeamMemberFormViewModel again = vm.newMemberForm();
        again.person().choose(zhang);
        closed.set(false);
        again.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertTrue(again.errorProperty().get().contains("张三丰"), again.errorProperty().get());

        vm.selectedMemberProperty().set(vm.members().get(0));
        vm.changeRole(TeamMemberRole.DEPUTY);
        assertEquals(TeamMemberRole.DEPUTY, vm.members().get(0).role());
        vm.selectedMemberProperty().set(vm.members().get(0));
        vm.removeMember();
        assertTrue(vm.members().isEmpty());
        assertEquals(0, vm.selectedProperty().get().memberCount());
    }

    @Test
    void aFormShowsProblemsBesideFieldsAndKeepsTypedTextWhenStale() {
        TeamListViewModel vm = vm(OFFICE);
        TeamFormViewModel blank = vm.newTeamForm();
        AtomicBoolean closed = new AtomicBoolean();
        blank.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertNotNull(blank.errors().message("team.name"));
        assertNotNull(blank.errors().message("team.unit"));

        TeamFormViewModel dup = vm.newTeamForm();
        dup.nameProperty().set("宜兴青年志愿服务队");
        dup.unitProperty().set(city);
        dup.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertTrue(dup.errors().message("team.name").contains("宜兴青年志愿服务队"));

        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.name().startsWith("宜兴")).findFirst().orElseThrow());
        TeamFormViewModel first = vm.editTeamForm();
        TeamFormViewModel second = vm.editTeamForm();
        assertEquals("蜜蜂行动", second.brandProperty().get());
        first.brandProperty().set("甲");
        first.save(() -> { });
        second.brandProperty().set("乙");
        closed.set(false);
        second.save(() -> closed.set(true));
        assertFalse(closed.get());
        assertEquals(Messages.of(Messages.CHINESE).text("error.staleData"), second.errorProperty().get());
        assertEquals("乙", second.brandProperty().get());
        second.save(() -> closed.set(true));
        assertTrue(closed.get());
        assertEquals("乙", vm.selectedProperty().get().team().brand());
    }

    @Test
    void aViewerIsToldTheRoleMayNotChangeTeams() {
        TeamListViewModel vm = vm(VIEWER);
        vm.selectedProperty().set(vm.rows().get(0));
        vm.toggleActive();
        assertNotNull(vm.errorProperty().get());
        assertTrue(vm.selectedProperty().get().team().active());
        assertNull(vm.noticeProperty().get());
    }

    @Test
    void exportsExactlyTheFilteredSortedTeams() throws Exception {
        t.services().teams().create(OFFICE, new Team(null, "江阴青年突击队", TeamKind.YOUTH, jiangyin.id(), null,
                LocalDate.of(2021, 5, 4), null, null, true, null));
        TeamListViewModel vm = vm(VIEWER);
        assertEquals(3, vm.rows().size());
        vm.filterProperty().set("江阴");
        vm.rows().setComparator(Comparator.comparing(TeamRow::name).reversed());
        assertEquals(List.of("澄心澄意共产党员服务队", "江阴青年突击队"), names(vm), "name order, reversed");
        Path out = dir.resolve("teams.xlsx");
        vm.export(out);
        assertNull(vm.errorProperty().get());
        assertNull(vm.exportJobProperty().get());
        assertTrue(vm.noticeProperty().get().contains("2"), vm.noticeProperty().get());

        List<List<String>> sheet = Workbooks.read(out);
        assertEquals("服务队名单", sheet.get(0).get(0));
        assertEquals(List.of("名称", "类型", "所属单位", "负责人", "成立日期", "品牌", "队员数", "状态"), sheet.get(1));
        assertEquals(vm.columnHeaders(), sheet.get(1));
        assertEquals(List.of(
                List.of("澄心澄意共产党员服务队", "共产党员服务队", "江阴市供电公司", "", "2019-07-01", "电蜜蜂", "0", "启用"),
                List.of("江阴青年突击队", "青年志愿服务队", "江阴市供电公司", "", "2021-05-04", "", "0", "启用")),
                sheet.subList(2, sheet.size()));
        assertEquals(names(vm), sheet.subList(2, sheet.size()).stream().map(r -> r.get(0)).toList());
    }
}
