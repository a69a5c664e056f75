package org.dianmifeng.console.certificate.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
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

/** The certificates screen's ViewModel: issue, team, search by number, revoke, valid only, masking, export. */
class CertificateListViewModelTest {
    @TempDir Path dir;
    TestServices t;
    StarFixtures f;
    Person wang;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new StarFixtures(t);
        wang = f.volunteer("王芳", "32028219900101100", "V2021000001");
        Person li = f.volunteer("李强", "32028219900101200", "V2021000002");
        f.serve(wang, LocalDate.of(2025, 3, 1), "12.5", "APPROVED", "LECTURE", "文明故事宣讲");
        f.serve(li, LocalDate.of(2025, 4, 1), "6.0", "APPROVED", "SERVICE", "安全用电进社区");
    }

    @AfterEach
    void close() {
        t.close();
    }

    CertificateListViewModel vm(Session who) {
        CertificateListViewModel vm = new CertificateListViewModel(new UiContext(who, Messages.of(Messages.CHINESE),
                TaskRunner.direct()), t.services().certificates(), t.services().certificateReport(),
                t.services().teams());
        vm.load();
        return vm;
    }

    /** Saves the issue form with {@code volunteerNo} (its period last year), the file asked for being {@code out}. */
    static void issue(CertificateIssueFormViewModel form, String volunteerNo, Path out) {
        form.volunteerNoProperty().set(volunteerNo);
        form.check(List.of(), () -> form.issue(out, () -> { }));
    }

    @Test
    void issueSearchByNumberRevokeAndShowOnlyTheValidOnes() throws Exception {
        CertificateListViewModel vm = vm(OFFICE);
        assertEquals(LocalDate.of(2025, 1, 1), vm.defaultFrom());
        assertEquals(LocalDate.of(2025, 12, 31), vm.defaultTo());
        Path out = dir.resolve("one.xlsx");
        issue(vm.issueForm(), " V2021000001 ", out);
        assertEquals("已写入 " + out.toAbsolutePath() + "：1 份证明。", vm.noticeProperty().get());
        assertTrue(Files.exists(out));
        assertEquals(1, vm.rows().size());
        CertificateIssueFormViewModel unknown = vm.issueForm();
        issue(unknown, "V9999", dir.resolve("none.xlsx"));
        assertEquals("没有志愿者编号为 V9999 的人员。", unknown.errors().message("certificate.volunteerNo"));
        assertEquals("志愿者编号：没有志愿者编号为 V9999 的人员。", unknown.errorProperty().get(),
                "the form's status line names the field");
        assertFalse(Files.exists(dir.resolve("none.xlsx")));
        CertificateIssueFormViewModel noHours = vm.issueForm();
        noHours.fromProperty().set(LocalDate.of(2024, 1, 1));
        noHours.toProperty().set(LocalDate.of(2024, 12, 31));
        issue(noHours, "V2021000001", dir.resolve("none.xlsx"));
        String refusal = noHours.errorProperty().get();
        assertTrue(refusal != null && refusal.contains("王芳") && refusal.contains("不能出具证明"),
                "a refusal after the file was chosen shows in the form: " + refusal);
        assertFalse(Files.exists(dir.resolve("none.xlsx")));
        Path team = dir.resolve("team.xlsx");
        CertificateIssueFormViewModel forTeam = vm.teamIssueForm();
        forTeam.teamProperty().set(vm.teamChoices().get(0));
        forTeam.check(List.of(), () -> forTeam.issue(team, () -> { }));
        assertEquals(3, vm.rows().size());
        assertEquals(List.of("DMF-ZM-2026-000003", "DMF-ZM-2026-000002", "DMF-ZM-2026-000001"),
                vm.rows().stream().map(r -> r.certificate().certNo()).toList());
        vm.numberSearchProperty().set("dmf-zm-2026-000001");
        vm.searchNumber();
        assertEquals("DMF-ZM-2026-000001", vm.selectedProperty().get().certificate().certNo());
        assertTrue(vm.noticeProperty().get().contains("王芳") && vm.noticeProperty().get().contains("有效"),
                vm.noticeProperty().get());
        vm.revoke("出具有误");
        assertEquals("证明 DMF-ZM-2026-000001 已作废。", vm.noticeProperty().get());
        assertFalse(vm.selectedIsValid());
        assertTrue(vm.cells(vm.selectedProperty().get()).contains("2026-11-29 作废"));
        vm.validOnlyProperty().set(true);
        assertEquals(2, vm.rows().size());
        vm.numberSearchProperty().set("DMF-ZM-2026-000404");
        vm.searchNumber();
        assertEquals("没有编号为 DMF-ZM-2026-000404 的证明。", vm.errorProperty().get());
        vm.numberSearchProperty().set("  ");
        vm.searchNumber();
        assertEquals("请输入要查找的证明编号，例如 DMF-ZM-2026-000001。", vm.errorProperty().get(),
                "an empty search asks for the number (it said: no certificate numbered .)");
        Path export = dir.resolve("register.xlsx");
        vm.export(export);
        assertEquals(3, Workbooks.read(export).stream().filter(r -> r.stream().anyMatch(c -> c.startsWith("DMF-ZM")))
                .count() + 1, "the export holds what the list shows (the valid two) and a header");
    }

    @Test
    void aViewerReadsTheRegisterWithMaskedIdNumbersAndCannotIssue() {
        issue(vm(OFFICE).issueForm(), "V2021000001", dir.resolve("a.xlsx"));
        CertificateListViewModel viewer = vm(VIEWER);
        assertFalse(viewer.canIssue());
        assertEquals(1, viewer.rows().size());
        String shown = (String) viewer.cells(viewer.rows().get(0)).get(3);
        assertEquals("320*************" + wang.idNumber().substring(16), shown);
        assertTrue(viewer.teamChoices().isEmpty());
        CertificateIssueFormViewModel refused = viewer.issueForm();
        issue(refused, "V2021000002", dir.resolve("b.xlsx"));
        assertTrue(refused.errorProperty().get() != null);
        assertFalse(Files.exists(dir.resolve("b.xlsx")));
        assertEquals(1, viewer.rows().size());
        CertificateListViewModel office = vm(OFFICE);
        assertEquals(wang.idNumber(), office.cells(office.rows().get(0)).get(3));
        assertFalse(office.canSetOrganisation());
        CertificateListViewModel admin = vm(ADMIN);
        admin.saveOrganisation("国网无锡供电公司“电蜜蜂”志愿服务总队");
        assertEquals("国网无锡供电公司“电蜜蜂”志愿服务总队", admin.organisation());
    }
}
