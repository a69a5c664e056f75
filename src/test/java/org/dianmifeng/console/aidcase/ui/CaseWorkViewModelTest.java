package org.dianmifeng.console.aidcase.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CaseWorkService;
import org.dianmifeng.console.aidcase.FollowUp;
import org.dianmifeng.console.aidcase.FollowUpState;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.CaseFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseWorkViewModelTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    @TempDir Path dir;
    TestServices t;
    CaseFixtures f;
    CaseWorkService work;
    Session officer;
    long caseId;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new CaseFixtures(t);
        work = t.services().caseWork();
        officer = f.officer("officer1");
        caseId = f.aidCase(officer, AidCaseStatus.RENOVATING).id();
    }

    @AfterEach
    void close() {
        t.close();
    }

    CaseWorkViewModel vm(Session who) {
        UiContext ctx = new UiContext(who, Messages.of(Messages.CHINESE), TaskRunner.direct());
        CaseWorkViewModel vm = new CaseWorkViewModel(ctx, work, t.services().people(), caseId);
        vm.load();
        return vm;
    }

    @Test
    void anItemTypedInTheFormIsSavedAndTheBudgetLineFollows() {
        CaseWorkViewModel vm = vm(officer);
        assertTrue(vm.titleProperty().get().contains("DR-2026-001"));
        assertFalse(vm.titleProperty().get().contains(CaseFixtures.CHILD_NAME));
        assertTrue(vm.itemsOpenProperty().get());
        vm.descriptionProperty().set("学习桌椅");
        vm.quantityProperty().set("2");
        vm.unitPriceProperty().set("abc");
        vm.saveItem();
        assertNotNull(vm.errors().message("casework.item.unitPrice"));
        assertTrue(vm.items().isEmpty());
        vm.unitPriceProperty().set("-5");
        vm.saveItem();
        assertNotNull(vm.errors().message("casework.item.unitPrice"));
        vm.unitPriceProperty().set("450");
        vm.actualCostProperty().set("960");
        vm.saveItem();
        assertNull(vm.errorProperty().get(), vm.errorProperty().get());
        assertEquals(1, vm.items().size());
        assertEquals("预算 900.00 元 / 实际 960.00 元 / 差额 -60.00 元 （超出预算）", vm.budgetProperty().get());
        assertTrue(vm.overBudgetProperty().get());
        assertEquals("", vm.descriptionProperty().get());

        vm.selectedItemProperty().set(vm.items().get(0));
        assertEquals("2", vm.quantityProperty().get());
        vm.actualCostProperty().set("880");
        vm.saveItem();
        assertFalse(vm.overBudgetProperty().get());
    }

    @Test
    void followUpsShowTheirStateAndAreMarkedDone() {
        work.plan(officer, new FollowUp(null, caseId, "点亮书桌 照亮梦想", TODAY.minusDays(1), null, null, null, null, null));
        CaseWorkViewModel vm = vm(officer);
        FollowUp overdue = vm.followUps().get(0);
        assertEquals(FollowUpState.OVERDUE, vm.state(overdue));
        assertEquals("已逾期", vm.followUpCells(overdue).get(2));
        vm.selectedFollowUpProperty().set(overdue);
        vm.participantsProperty().set("张三、李四");
        vm.markDone();
        assertEquals(FollowUpState.DONE, vm.state(vm.followUps().get(0)));

        vm.activityProperty().set("爱心暑期辅导班");
        vm.dueOnProperty().set(TODAY.plusDays(3));
        vm.saveFollowUp();
        assertEquals(2, vm.followUps().size());
        assertEquals(FollowUpState.DUE_THIS_WEEK, vm.state(vm.followUps().get(1)));
    }

    @Test
    void onlyOfficersSeePhotosAndOnlyEditorsEdit() {
        assertTrue(vm(officer).canSeePhotos());
        assertTrue(vm(officer).canEdit());
        assertFalse(vm(ADMIN).canSeePhotos());
        assertTrue(vm(ADMIN).canEdit());
        assertFalse(vm(VIEWER).canEdit());
        CaseWorkViewModel admin = vm(ADMIN);
        admin.showPhotos("看看");
        assertNotNull(admin.errorProperty().get());
        assertTrue(admin.photos().isEmpty());
        assertTrue(f.identityLog().isEmpty());
    }

    @Test
    void theDueListCountsOverdueAndThisWeeksFollowUps() {
        work.plan(officer, new FollowUp(null, caseId, "逾期", TODAY.minusDays(3), null, null, null, null, null));
        work.plan(officer, new FollowUp(null, caseId, "以后", TODAY.plusDays(30), null, null, null, null, null));
        DueFollowUpsViewModel due = new DueFollowUpsViewModel(
                new UiContext(VIEWER, Messages.of(Messages.CHINESE), TaskRunner.direct()), work);
        due.load();
        assertEquals(1, due.countProperty().get());
        assertEquals("1 项跟进逾期或本周到期", due.badgeProperty().get());
        assertEquals("2026-11-26  DR-2026-001  逾期（已逾期）", due.line(due.due().get(0)));
    }
}
