package org.dianmifeng.console.account.ui;

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
import java.util.ArrayList;
import java.util.List;
import org.dianmifeng.console.account.Account;
import org.dianmifeng.console.core.Audit;
import org.dianmifeng.console.core.AuditAction;
import org.dianmifeng.console.core.AuditEntry;
import org.dianmifeng.console.core.AuditNote;
import org.dianmifeng.console.core.AuditTexts;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.Settings;
import org.dianmifeng.console.star.StarThresholds;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.volunteer.Team;
import org.dianmifeng.console.volunteer.TeamKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogViewModelTest {
    static final LocalDate TODAY = LocalDate.now(TestServices.CLOCK);
    @TempDir Path dir;
    TestServices t;
    Team team;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        Unit city = t.city();
        Unit county = t.unit("JY", "江阴市供电公司", city);
        t.services().units().rename(OFFICE, county, "江阴供电公司");
        team = t.services().teams().create(OFFICE, new Team(null, "澄心澄意共产党员服务队", TeamKind.PARTY_MEMBER,
                county.id(), null, null, "电蜜蜂", null, true, null));
    }

    @AfterEach
    void close() {
        t.close();
    }

    AuditLogViewModel vm(Session session) {
        return new AuditLogViewModel(new UiContext(session, Messages.of(Messages.CHINESE), TaskRunner.direct()),
                t.services().audit());
    }

    static List<String> summaries(AuditLogViewModel vm) {
        return vm.rows().stream().map(AuditEntry::summary).toList();
    }

    @Test
    void filtersByEntityUserTextAndDates() {
        AuditLogViewModel vm = vm(ADMIN);
        vm.search();
        assertEquals(List.of("澄心澄意共产党员服务队", "江阴供电公司", "江阴市供电公司", "无锡供电公司"), summaries(vm));

        vm.entityProperty().set("TEAM");
        vm.search();
        assertEquals(List.of("澄心澄意共产党员服务队"), summaries(vm));

        vm.entityProperty().set(null);
        vm.userProperty().set(" office ");
        vm.search();
        assertEquals(List.of("澄心澄意共产党员服务队", "江阴供电公司"), summaries(vm));

        vm.userProperty().set("");
        vm.textProperty().set("江阴市");
        vm.search();
        assertEquals(List.of("江阴供电公司", "江阴市供电公司"), summaries(vm), "matches the before text of the rename too");

        vm.textProperty().set("");
        vm.fromProperty().set(TODAY.plusDays(1));
        vm.search();
        assertTrue(vm.rows().isEmpty());
        vm.fromProperty().set(TODAY);
        vm.toProperty().set(TODAY);
        vm.search();
        assertEquals(4, vm.rows().size());
        vm.toProperty().set(TODAY.minusDays(1));
        vm.search();
        assertEquals(Messages.of(Messages.CHINESE).text("audit.badRange"), vm.errorProperty().get());
    }

    @Test
    void showsTheSelectedEntryBeforeAndAfterSideBySide() {
        AuditLogViewModel vm = vm(ADMIN);
        vm.search();
        assertEquals("", vm.beforeText().get());
        AuditEntry rename = vm.rows().get(1);
        vm.selectedProperty().set(rename);
        assertTrue(vm.beforeText().get().contains("名称：江阴市供电公司\n"), vm.beforeText().get());
        assertTrue(vm.afterText().get().contains("名称：江阴供电公司\n"), vm.afterText().get());
        assertEquals(List.of(rename.at().toLocalDate() + " 10:00:00", "office", "修改", "单位", rename.entityId(),
                "江阴供电公司"), vm.cells(rename));
        assertEquals(vm.columnHeaders().size(), vm.cells(rename).size());
        AuditEntry created = vm.rows().get(0);
        vm.selectedProperty().set(created);
        assertEquals("", vm.beforeText().get());
        assertTrue(vm.afterText().get().contains("品牌：电蜜蜂"), vm.afterText().get());
        assertEquals("新增", vm.cells(created).get(2));
    }

    @Test
    void readsInTheUsersLanguageWithNamesForIdsAndWhoByName() {
        Unit county = t.services().units().all(ADMIN).stream().filter(u -> u.name().equals("江阴供电公司"))
                .findFirst().orElseThrow();
        Person p = t.person("张三", "32028119900101123", county);
        t.services().accounts().create(ADMIN, new Account(null, "admin", "李明", Role.ADMINISTRATOR, null, 0, null, true,
                null, null), "Secret-Pass-2026".toCharArray(), "Secret-Pass-2026".toCharArray());
        AuditLogViewModel zh = vm(ADMIN);
        zh.entityProperty().set("PERSON");
        zh.search();
        AuditEntry created = zh.rows().get(0);
        String chinese = zh.after(created);
        assertTrue(chinese.contains("性别：男\n"), chinese);
        assertTrue(chinese.contains("政治面貌：中共党员"), chinese);
        assertTrue(chinese.contains("单位：江阴供电公司（#" + county.id() + "）"), chinese);
        assertTrue(chinese.contains("身份证号：" + Masking.idNumber(p.idNumber())), chinese);
        assertEquals("李明（admin）", zh.cells(created).get(1), "the person's name beside the username");

        AuditLogViewModel en = new AuditLogViewModel(new UiContext(ADMIN, Messages.of(Messages.ENGLISH),
                TaskRunner.direct()), t.services().audit());
        en.entityProperty().set("ACCOUNT");
        en.search();
        String account = en.after(en.rows().get(0));
        assertTrue(account.contains("Role: Administrator\nActive: Yes"), account);
        en.entityProperty().set("PERSON");
        en.search();
        String english = en.after(en.rows().get(0));
        assertTrue(english.contains("Gender: Male\n"), english);
        assertTrue(english.contains("Unit: 江阴供电公司 (#" + county.id() + ")"), english);
        assertEquals("李明 (admin)", en.cells(en.rows().get(0)).get(1));

        // the text searched is what the log shows, not the stored form: 中共党员 / Party member find the person
        zh.entityProperty().set(null);
        zh.textProperty().set("中共党员");
        zh.search();
        assertEquals(List.of(created.id()), zh.rows().stream().map(AuditEntry::id).toList());
        en.entityProperty().set(null);
        en.textProperty().set(Messages.of(Messages.ENGLISH).label(org.dianmifeng.console.unit.PoliticalStatus.PARTY_MEMBER));
        en.search();
        assertEquals(List.of(created.id()), en.rows().stream().map(AuditEntry::id).toList());
        zh.textProperty().set("群众");
        zh.search();
        assertTrue(zh.rows().isEmpty(), "no entry holds a label it does not show");
    }

    /** Each row found as (entity, summary as stored, summary as the log shows it). */
    static List<String> found(AuditLogViewModel vm, String text) {
        vm.textProperty().set(text);
        vm.search();
        assertNull(vm.errorProperty().get());
        return vm.rows().stream().map(e -> e.entity() + " " + e.summary() + " " + vm.cells(e).get(5)).sorted().toList();
    }

    @Test
    void anOlderSavedGroupOfSettingsIsFoundByTheNameTheLogShowsIt() {
        Audit audit = t.services().audit();
        audit.recordEvent(ADMIN, AuditAction.UPDATE, Settings.ENTITY, "star", "stars1=100", "stars1=120");
        audit.recordEvent(ADMIN, AuditAction.UPDATE, Settings.ENTITY, "hours", "lateAfterDays=7", "lateAfterDays=10");
        audit.recordEvent(ADMIN, AuditAction.UPDATE, "TEAM", "star", null, null);
        t.services().stars().saveThresholds(ADMIN, StarThresholds.of("50", "300", "600", "1000", "1500"));
        String now = Settings.ENTITY + " " + AuditTexts.stored(AuditNote.RULES_STARS);

        AuditLogViewModel zh = vm(ADMIN);
        assertEquals(List.of(now + " 星级标准", "SETTING star 星级标准"), found(zh, "星级标准"),
                "the older entry as the newer, not a team named star");
        assertEquals(List.of("SETTING hours 补录设置"), found(zh, "补录设置"));
        assertEquals(List.of(), found(zh, "公示工作日"));
        AuditLogViewModel en = new AuditLogViewModel(new UiContext(ADMIN, Messages.of(Messages.ENGLISH),
                TaskRunner.direct()), t.services().audit());
        assertEquals(List.of(now + " Star thresholds", "SETTING star Star thresholds"), found(en, "star thresholds"));
        assertEquals(List.of("SETTING hours Late entry settings"), found(en, "Late entry"));
    }

    @Test
    void onlyTheAdministratorSeesTheLog() {
        AuditLogViewModel vm = vm(VIEWER);
        assertFalse(vm.canView());
        vm.search();
        assertNotNull(vm.errorProperty().get());
        assertTrue(vm.rows().isEmpty());
        AuditLogViewModel office = vm(OFFICE);
        office.search();
        assertTrue(office.rows().isEmpty());
        assertNotNull(office.errorProperty().get());
    }

    @Test
    void exportsTheShownEntriesWithBeforeAndAfter() throws Exception {
        AuditLogViewModel vm = vm(ADMIN);
        vm.search();
        assertEquals(4, vm.rows().size());
        vm.textProperty().set("江阴市");
        vm.search();
        assertEquals(List.of("江阴供电公司", "江阴市供电公司"), summaries(vm));
        Path out = dir.resolve("audit.xlsx");
        vm.export(out);
        assertNull(vm.errorProperty().get());
        assertTrue(vm.noticeProperty().get().contains("2"), vm.noticeProperty().get());

        List<List<String>> sheet = Workbooks.read(out);
        assertEquals("审计日志", sheet.get(0).get(0));
        assertEquals(List.of("时间", "操作人", "操作", "对象", "编号", "摘要", "修改前", "修改后"), sheet.get(1));
        List<List<String>> rows = sheet.subList(2, sheet.size());
        assertEquals(2, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            AuditEntry e = vm.rows().get(i);
            List<String> expected = new ArrayList<>();
            vm.cells(e).forEach(c -> expected.add(c == null ? "" : c.toString()));
            expected.add(vm.before(e));
            expected.add(vm.after(e));
            assertEquals(expected, rows.get(i));
        }
        assertEquals(List.of("office", "修改", "单位"), rows.get(0).subList(1, 4));
        assertEquals("江阴供电公司", rows.get(0).get(5));
        assertTrue(rows.get(0).get(6).contains("名称：江阴市供电公司"), rows.get(0).get(6));
        assertTrue(rows.get(0).get(7).contains("名称：江阴供电公司"), rows.get(0).get(7));
        assertEquals("", rows.get(1).get(6), "a created record has nothing before");
    }
}
