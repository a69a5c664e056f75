package org.dianmifeng.console.party.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.party.Branch;
import org.dianmifeng.console.party.BranchRow;
import org.dianmifeng.console.party.Community;
import org.dianmifeng.console.party.Grid;
import org.dianmifeng.console.party.MemberRow;
import org.dianmifeng.console.party.PartyMember;
import org.dianmifeng.console.testing.PartyFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberListViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    PartyFixtures f;
    Branch yunjian;
    Branch yingxiao;
    Branch xincunBranch;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new PartyFixtures(t);
        Unit yixing = t.unit("YX", "宜兴市供电公司", t.city());
        Unit dingshu = t.unit("DS", "丁蜀供电所", t.city());
        yunjian = f.workBranch("YX-YJ", "运检党支部", yixing);
        yingxiao = f.workBranch("DS-YX", "营销党支部", dingshu);
        Community xincun = f.community("C01", "新村社区");
        Grid grid = f.grid(xincun.id(), "第一网格");
        xincunBranch = f.communityBranch("C01-DZB", "新村社区党支部", xincun.id());
        PartyMember zhang = f.member("张三", yixing, yunjian.id());
        f.member("李四", yixing, yunjian.id());
        PartyMember wang = f.member("王五", dingshu, yingxiao.id());
        f.enrol(zhang.id(), grid.id(), LocalDate.of(2025, 3, 1));
        f.enrol(wang.id(), grid.id(), LocalDate.of(2025, 4, 1));
    }

    @AfterEach
    void close() {
        t.close();
    }

    MemberListViewModel loaded(Session who) {
        MemberListViewModel vm = new MemberListViewModel(new UiContext(who, ZH, TaskRunner.direct()),
                t.services().organisation(), t.services().people());
        vm.load();
        return vm;
    }

    static List<String> names(MemberListViewModel vm) {
        return vm.rows().stream().map(MemberRow::name).toList();
    }

    BranchRow branch(MemberListViewModel vm, Branch b) {
        return vm.branches().stream().filter(r -> r.id() == b.id()).findFirst().orElseThrow();
    }

    @Test
    void filtersAsYouTypeOverNameUnitAndBranch() {
        MemberListViewModel vm = loaded(ADMIN);
        assertEquals(3, names(vm).size());
        assertTrue(names(vm).containsAll(List.of("张三", "李四", "王五")));
        vm.filterProperty().set("王");
        assertEquals(List.of("王五"), names(vm));
        vm.filterProperty().set("丁蜀");
        assertEquals(List.of("王五"), names(vm), "by unit");
        vm.filterProperty().set(" 运检 ");
        assertEquals(2, names(vm).size(), "by branch");
        vm.filterProperty().set("");
        assertEquals(3, names(vm).size());
    }

    @Test
    void filtersByBranchAndByEnrolment() {
        MemberListViewModel vm = loaded(ADMIN);
        vm.branchFilterProperty().set(branch(vm, yunjian));
        assertEquals(2, names(vm).size());
        vm.enrolledFilterProperty().set(MemberListViewModel.Enrolled.NO);
        assertEquals(List.of("李四"), names(vm));
        vm.enrolledFilterProperty().set(MemberListViewModel.Enrolled.YES);
        assertEquals(List.of("张三"), names(vm));
        vm.branchFilterProperty().set(branch(vm, xincunBranch));
        vm.enrolledFilterProperty().set(MemberListViewModel.Enrolled.ALL);
        assertEquals(2, names(vm).size(), "a community branch shows the members enrolled in its community");
        assertTrue(names(vm).containsAll(List.of("张三", "王五")));
        vm.branchFilterProperty().set(null);
        vm.enrolledFilterProperty().set(MemberListViewModel.Enrolled.NO);
        MemberRow li = vm.rows().get(0);
        assertEquals(List.of("李四"), names(vm));
        assertEquals(ZH.text("org.member.notEnrolled"), vm.cells(li).get(6));
    }

    @Test
    void selectingAMemberShowsTheirHistoryAndOnlyOrganisersMayEdit() {
        MemberListViewModel vm = loaded(ADMIN);
        assertTrue(vm.canEdit());
        vm.filterProperty().set("张三");
        vm.selectedProperty().set(vm.rows().get(0));
        assertEquals(1, vm.history().size());
        assertEquals("新村社区", vm.historyCells(vm.history().get(0)).get(0));
        EnrolmentFormViewModel move = vm.enrolmentForm();
        assertTrue(move.isMove());
        assertEquals("新村社区", move.communityProperty().get().name());
        assertEquals(1, move.grids().size());
        assertFalse(loaded(VIEWER).canEdit());
    }

    @Test
    void enrolIsPossibleOnlyForAMemberNotEnrolledAndMoveOrEndOnlyForOneEnrolled() {
        MemberListViewModel vm = loaded(ADMIN);
        assertFalse(vm.canChange().get());
        assertFalse(vm.canEnrol().get());
        assertFalse(vm.canMoveOrEnd().get());
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.name().equals("李四")).findFirst().orElseThrow());
        assertTrue(vm.canChange().get());
        assertTrue(vm.canEnrol().get());
        assertFalse(vm.canMoveOrEnd().get());
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.name().equals("张三")).findFirst().orElseThrow());
        assertFalse(vm.canEnrol().get());
        assertTrue(vm.canMoveOrEnd().get());
    }
}
