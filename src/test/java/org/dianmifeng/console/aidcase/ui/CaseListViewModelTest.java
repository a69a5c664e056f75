package org.dianmifeng.console.aidcase.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.aidcase.AidCaseStatus;
import org.dianmifeng.console.aidcase.CasePhoto;
import org.dianmifeng.console.aidcase.CaseRow;
import org.dianmifeng.console.aidcase.IdentityLogFilter;
import org.dianmifeng.console.core.Gender;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.ResidentId;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.UserName;
import org.dianmifeng.console.testing.CaseFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseListViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    CaseFixtures f;
    Session officer;
    CaseRow first;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new CaseFixtures(t);
        officer = f.officer("officer");
        first = f.refer(officer, "王小花", true);
        CaseRow second = f.refer(officer, "李小明", true);
        f.walk(officer, second.id(), LocalDate.of(2026, 4, 1), AidCaseStatus.VISITED);
    }

    @AfterEach
    void close() {
        t.close();
    }

    CaseListViewModel vm(Session who) {
        CaseListViewModel vm = new CaseListViewModel(new UiContext(who, ZH, TaskRunner.direct()), f.cases(),
                t.services().caseWork(), t.services().caseReport(), t.services().units(), t.services().teams());
        vm.load();
        return vm;
    }

    @Test
    void theListFiltersByTextAndStatusAndShowsTheTimeline() {
        CaseListViewModel vm = vm(ADMIN);
        assertEquals(2, vm.rows().size());
        assertFalse(vm.maySeeIdentity());
        vm.filterProperty().set("已走访");
        assertEquals(1, vm.rows().size());
        vm.filterProperty().set("");
        vm.statusFilterProperty().set(AidCaseStatus.REFERRED);
        assertEquals(1, vm.rows().size());
        assertEquals(first.code(), vm.rows().get(0).code());
        vm.statusFilterProperty().set(null);
        vm.filterProperty().set("华士");
        assertEquals(2, vm.rows().size());
        vm.selectedProperty().set(vm.rows().get(1));
        assertEquals(2, vm.events().size());
        assertTrue(vm.cells(vm.rows().get(0)).stream().noneMatch(c -> "王小花".equals(c)));
    }

    @Test
    void theOfficerAndTheUserOfAStepAreShownByName() {
        f.cases().updateCase(ADMIN, first.aidCase(), List.of(officer.accountId()));
        CaseListViewModel vm = vm(ADMIN);
        assertTrue(vm.cells(vm.rows().get(0)).contains("帮扶专员officer（officer）"), vm.cells(vm.rows().get(0)).toString());
        Messages en = Messages.of(Messages.ENGLISH);
        CaseRow twoOfficers = new CaseRow(1, "DR-1", 1, null, null, null, AidCaseStatus.REFERRED, null, null, null,
                null, null, null, null, null, null, List.of(1L, 2L), List.of(new UserName("a", "甲"),
                new UserName("b", null)), 0, null);
        assertEquals("甲 (a), b", twoOfficers.officerNames(en), "English brackets and list separator");
        assertEquals("甲（a）、b", twoOfficers.officerNames(ZH));
        vm.selectedProperty().set(vm.rows().get(0));
        assertEquals("帮扶专员officer（officer）", vm.events().get(0).user().shown(ZH), "the step's user by name");
    }

    @Test
    void theMoveFormOffersAHeldCaseOnlyWhereItStoppedOrRejection() {
        CaseRow visited = f.cases().list(officer).stream().filter(r -> r.status() == AidCaseStatus.VISITED)
                .findFirst().orElseThrow();
        f.cases().move(officer, visited.id(), AidCaseStatus.ON_HOLD, LocalDate.of(2026, 5, 1), "监护人外出务工");
        CaseListViewModel vm = vm(officer);
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id() == visited.id()).findFirst().orElseThrow());
        assertEquals(List.of(AidCaseStatus.VISITED, AidCaseStatus.REJECTED), vm.moveForm().targets());
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow());
        assertEquals(List.of(AidCaseStatus.VISITED, AidCaseStatus.ON_HOLD, AidCaseStatus.REJECTED),
                vm.moveForm().targets());
    }

    @Test
    void theMoveFormSaysWhatACaseLacksAsSoonAsTheStepIsChosen() {
        CaseListViewModel vm = vm(officer);
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow());
        MoveFormViewModel move = vm.moveForm();
        move.targetProperty().set(AidCaseStatus.VISITED);
        String lacking = move.errors().message("case.moveTarget");
        assertNotNull(lacking, "已走访 without a visit on record is refused before Save");
        assertTrue(lacking.contains(first.code()), lacking);
        move.targetProperty().set(AidCaseStatus.ON_HOLD);
        assertNull(move.errors().message("case.moveTarget"), "putting on hold needs no visit");
        assertEquals(AidCaseStatus.REFERRED, f.cases().list(officer).stream().filter(r -> r.id() == first.id())
                .findFirst().orElseThrow().status(), "choosing saves nothing");
    }

    @Test
    void overdueFollowUpsMarkTheirCaseAndTheRegisterAndSummaryArePrintedFromTheList() throws Exception {
        f.followUp(officer, first.id(), "点亮书桌 照亮梦想", LocalDate.of(2026, 11, 20), null, null);
        CaseListViewModel vm = vm(officer);
        CaseRow withOverdue = vm.rows().stream().filter(r -> r.id() == first.id()).findFirst().orElseThrow();
        CaseRow other = vm.rows().stream().filter(r -> r.id() != first.id()).findFirst().orElseThrow();
        assertEquals(org.dianmifeng.console.aidcase.FollowUpState.OVERDUE, vm.dueState(withOverdue));
        assertNull(vm.dueState(other));
        assertTrue(vm.cells(withOverdue).contains("已逾期"));

        Path register = dir.resolve("register.xlsx");
        vm.printRegister(register);
        List<List<String>> sheet = Workbooks.read(register);
        assertTrue(sheet.stream().flatMap(List::stream).noneMatch(c -> c.contains("王小花")), "the register is pseudonymised");
        assertTrue(sheet.stream().flatMap(List::stream).anyMatch(c -> c.contains(first.code())));

        vm.selectedProperty().set(withOverdue);
        Path summary = dir.resolve("summary.xlsx");
        vm.printSummary(summary, "家访前核对");
        assertTrue(Workbooks.read(summary).stream().flatMap(List::stream).anyMatch(c -> c.contains("王小花")));
        assertEquals(1, f.cases().identityLog(ADMIN, new IdentityLogFilter(null, null, null, "家访前核对")).size());
    }

    @Test
    void anOfficersRevealLastsUntilAnotherCaseIsSelectedAndTheIdentityExportIsLogged() throws Exception {
        CaseListViewModel vm = vm(officer);
        assertTrue(vm.maySeeIdentity());
        vm.selectedProperty().set(vm.rows().get(0));
        vm.reveal("");
        assertNull(vm.identityProperty().get());
        assertNotNull(vm.errorProperty().get(), "a reveal without a reason is refused");
        vm.reveal("走访前核对");
        assertEquals("王小花", vm.identityProperty().get().name());
        vm.selectedProperty().set(vm.rows().get(1));
        assertNull(vm.identityProperty().get(), "the identity hides again on another case");

        Path out = dir.resolve("ids.xlsx");
        vm.exportIdentities(out, "年度名册");
        String first = Workbooks.read(out).get(0).get(0);
        assertTrue(first.contains("未成年人个人信息"), first);
        assertEquals(1 + vm.rows().size(), f.cases().identityLog(ADMIN, IdentityLogFilter.all()).size(),
                "the reveal, and an export line for each case in the file");
    }

    /** A child's ID number fills gender and birth date; a corrected number updates them, a hand-chosen value stays. */
    @Test
    void theChildsIdNumberFillsGenderAndBirthDateAndACorrectionUpdatesThem() {
        CaseFormViewModel form = vm(officer).referralForm();
        form.idNumber.set(CaseFixtures.idNumber(LocalDate.of(2015, 3, 12), 7));
        assertEquals(Gender.FEMALE, form.gender.get());
        assertEquals(LocalDate.of(2015, 3, 12), form.birthDate.get());

        String boy = ResidentId.withCheckDigit("32028120160405013");
        form.idNumber.set("");
        for (int i = 1; i <= boy.length(); i++) {
            form.idNumber.set(boy.substring(0, i)); // typed again, key by key
        }
        assertEquals(Gender.MALE, form.gender.get(), "the correction updates the gender it filled");
        assertEquals(LocalDate.of(2016, 4, 5), form.birthDate.get());

        form.gender.set(Gender.FEMALE);
        form.idNumber.set(ResidentId.withCheckDigit("32028120170506015"));
        assertEquals(Gender.FEMALE, form.gender.get(), "a gender chosen by hand stays");
        assertEquals(LocalDate.of(2017, 5, 6), form.birthDate.get());
    }

    /** The consent upload says what happened: the file's name on success, why on a refusal, never an old notice. */
    @Test
    void theConsentUploadNamesTheFileOrSaysWhyItWasRefused() throws Exception {
        CaseListViewModel vm = vm(officer);
        vm.selectedProperty().set(vm.rows().get(0));
        String code = vm.selectedProperty().get().code();
        Path pdf = Files.write(dir.resolve("同意书.pdf"), new byte[] {37, 80, 68, 70});
        vm.attachConsent(pdf);
        assertNull(vm.errorProperty().get());
        assertEquals("同意书 同意书.pdf 已上传到个案 " + code + "。", vm.noticeProperty().get());

        vm.attachConsent(Files.write(dir.resolve("说明.txt"), new byte[] {1}));
        assertTrue(vm.errorProperty().get().contains("说明.txt"), vm.errorProperty().get());
        assertTrue(vm.errorProperty().get().contains("PDF、JPG 或 PNG"), vm.errorProperty().get());
        assertNull(vm.noticeProperty().get(), "the earlier success does not come back");

        Path large = dir.resolve("大.pdf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(large.toFile(), "rw")) {
            file.setLength(CasePhoto.BYTES_MAX + 1L);
        }
        vm.attachConsent(large);
        assertTrue(vm.errorProperty().get().contains("10 MB"), vm.errorProperty().get());

        CaseListViewModel viewer = vm(TestServices.VIEWER);
        viewer.selectedProperty().set(viewer.rows().get(0));
        viewer.attachConsent(pdf);
        assertNotNull(viewer.errorProperty().get(), "a role that may not upload is told so");
        assertNull(viewer.noticeProperty().get());
    }
}
