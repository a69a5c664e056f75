package org.dianmifeng.console.imports.ui;

import static org.dianmifeng.console.imports.ImportFiles.HEADER;
import static org.dianmifeng.console.imports.ImportFiles.id;
import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dianmifeng.console.activity.Activity;
import org.dianmifeng.console.core.Masking;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.imports.DuplicatePolicy;
import org.dianmifeng.console.imports.ImportFiles;
import org.dianmifeng.console.imports.ImportKind;
import org.dianmifeng.console.imports.PersonColumn;
import org.dianmifeng.console.imports.RowStatus;
import org.dianmifeng.console.testing.ActivityFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.PersonStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import screen's ViewModel without a screen: preview, mapping, filter, import refused or done, undo. */
class ImportViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    ImportViewModel vm;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("data"));
        t.unit("JY", "江阴市供电公司", t.city());
        vm = new ImportViewModel(new UiContext(OFFICE, ZH, TaskRunner.direct()), t.services().imports());
        vm.load();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private Path file() throws Exception {
        return ImportFiles.xlsx(dir.resolve("people.xlsx"), List.of(HEADER,
                List.of("张三", "", "", id("19900101", 11), "13912345678", "JY", "中共党员"),
                List.of("李四", "", "", id("19850506", 22), "", "无此单位", "群众")));
    }

    @Test
    void aPreviewShowsRowsAndErrorsAndImportWaitsForTheUsersChoice() throws Exception {
        vm.choose(file());
        assertEquals(2, vm.rows().size());
        assertEquals(1, vm.errors().size());
        assertTrue(vm.summaryProperty().get().contains("新增 1") && vm.summaryProperty().get().contains("有错误 1"),
                vm.summaryProperty().get());
        assertEquals(List.of(3, "有错误", "李四", id("19850506", 22), "1985-05-06", "",
                "单位：找不到单位“无此单位”：请填写单位的名称或编码。"), vm.previewCells(vm.rows().get(1)));
        vm.statusFilterProperty().set(RowStatus.ERROR);
        assertEquals(1, vm.rows().size());
        vm.statusFilterProperty().set(null);
        assertEquals(7, vm.mapping().stream().filter(l -> l.index() >= 0).count());

        assertFalse(vm.canImportProperty().get(), "not while a row is in error");
        vm.validOnlyProperty().set(true);
        assertTrue(vm.canImportProperty().get());
        vm.importNow();
        assertTrue(vm.noticeProperty().get().contains("新增 1 条"), vm.noticeProperty().get());
        assertEquals(1, vm.history().size());
        assertNull(vm.planProperty().get());

        vm.selectedImportProperty().set(vm.history().get(0));
        vm.undo();
        assertTrue(vm.noticeProperty().get().startsWith("已撤销导入"), vm.noticeProperty().get());
        assertTrue(vm.history().get(0).undone());
        assertTrue(t.services().people().list(ADMIN).isEmpty());
    }

    @Test
    void aColumnMappedByHandAndAnotherPolicyPreviewAgain() throws Exception {
        Path f = ImportFiles.xlsx(dir.resolve("odd.xlsx"), List.of(List.of("姓名", "证件", "单位", "政治面貌"),
                List.of("张三", id("19900101", 11), "JY", "群众")));
        vm.choose(f);
        assertNull(vm.planProperty().get(), "no ID column: refused");
        assertTrue(vm.errorProperty().get().contains("身份证号"), vm.errorProperty().get());

        Path g = ImportFiles.xlsx(dir.resolve("odd2.xlsx"), List.of(List.of("姓名", "证件", "单位", "政治面貌", "身份证号"),
                List.of("张三", id("19900101", 11), "JY", "群众", "")));
        vm.choose(g);
        assertEquals(RowStatus.ERROR, vm.rows().get(0).status());
        assertEquals("B 证件", vm.headerChoice(1));
        vm.remap(PersonColumn.ID_NUMBER, 1);
        assertEquals(RowStatus.NEW, vm.rows().get(0).status());
        vm.validOnlyProperty().set(false);
        vm.importNow();
        vm.choose(g);
        assertEquals(RowStatus.SKIPPED, vm.rows().get(0).status(), "the columns as imported are remembered");
        assertEquals(1, vm.mapping().get(PersonColumn.ID_NUMBER.ordinal()).index());
        vm.policyProperty().set(DuplicatePolicy.OVERWRITE);
        assertEquals(RowStatus.UNCHANGED, vm.rows().get(0).status(), "the mapping kept when the policy changes");
        assertTrue(vm.summaryProperty().get().contains("导入过"), vm.summaryProperty().get());
        assertFalse(vm.canImportProperty().get(), "nothing to change");
        assertTrue(Files.exists(g));
    }

    @Test
    void anotherKindReadsTheFileWithItsOwnColumnsAndShowsItsRecords() throws Exception {
        Path f = ImportFiles.xlsx(dir.resolve("honours.xlsx"), List.of(
                List.of("荣誉名称", "级别", "授予单位", "年度", "获得者类型", "获得者"),
                List.of("优秀志愿服务组织", "市级", "无锡市文明办", "2024", "单位", "JY")));
        vm.choose(f);
        assertNull(vm.planProperty().get(), "as people the file has no ID number column");
        vm.kindProperty().set(ImportKind.HONOURS);
        assertEquals(RowStatus.NEW, vm.rows().get(0).status(), "read again as honours");
        assertEquals(ImportKind.HONOURS.columns().size(), vm.mapping().size());
        assertEquals("获得者", vm.previewHeaders().get(2));
        assertEquals(List.of(2, "新增", "JY", "", "2024 · 优秀志愿服务组织 · 市级 · 无锡市文明办", ""),
                vm.previewCells(vm.rows().get(0)));
        vm.importNow();
        assertEquals(ImportKind.HONOURS, vm.history().get(0).kind());
        assertEquals(1, t.services().honours().list(ADMIN, org.dianmifeng.console.honour.HonourFilter.ALL).size());
    }

    @Test
    void aTeamLeaderIsOfferedTheRostersOnlyAndSeesEachRowsActivityAndHours() throws Exception {
        try (TestServices s = new TestServices(dir.resolve("roster"))) {
            ActivityFixtures w = new ActivityFixtures(s);
            Activity talk = w.activity("安全用电进社区", w.bees, 3, "2.0");
            String wangId = s.services().database().read(dsl -> new PersonStore(dsl).byId(w.wang.id()))
                    .orElseThrow().idNumber();
            ImportViewModel leaders = new ImportViewModel(new UiContext(w.leader, ZH, TaskRunner.direct()),
                    s.services().imports());
            assertEquals(List.of(ImportKind.ACTIVITY_ROSTER), leaders.kinds());
            assertEquals(ImportKind.ACTIVITY_ROSTER, leaders.kindProperty().get());
            assertEquals(ImportKind.values().length, vm.kinds().size(), "the office imports every kind");
            leaders.choose(ImportFiles.xlsx(dir.resolve("roster.xlsx"), List.of(
                    List.of("活动名称", "活动日期", "姓名", "身份证号", "服务时长"),
                    List.of("安全用电进社区", talk.heldOn().toString(), "王芳", wangId, "1.5"))));
            assertEquals(List.of(2, "新增", "王芳", Masking.idNumber(w.leader.role(), wangId),
                    talk.summary() + " · 1.5 · " + w.bees.name(), ""), leaders.previewCells(leaders.rows().get(0)));
            leaders.importNow();
            assertEquals(1, leaders.history().size());
            assertEquals(1, s.services().activities().roster(ADMIN, talk.id()).size());
        }
    }

    @Test
    void aFileLackingARequiredColumnStillListsItsColumnsSoTheMissingFieldCanBeAssigned() throws Exception {
        Path f = ImportFiles.xlsx(dir.resolve("nostatus.xlsx"), List.of(List.of("姓名", "身份证号", "单位", "面貌"),
                List.of("张三", id("19900101", 11), "JY", "群众")));
        vm.choose(f);
        assertNull(vm.planProperty().get(), "refused until 政治面貌 has a column");
        assertTrue(vm.errorProperty().get().contains("缺少必需的列：政治面貌"), vm.errorProperty().get());
        assertEquals(List.of("姓名", "身份证号", "单位", "面貌"), vm.headers(), "the file's columns, to choose from");
        assertEquals(PersonColumn.values().length, vm.mapping().size());
        assertEquals(-1, vm.mapping().get(PersonColumn.POLITICAL_STATUS.ordinal()).index());
        assertEquals(1, vm.mapping().get(PersonColumn.ID_NUMBER.ordinal()).index());
        assertEquals("文件缺少必需的列：政治面貌。请在左侧“列对应”中为其选择文件的列，或在文件中添加这些列后重新打开。",
                vm.whyNotImportProperty().get());

        vm.remap(PersonColumn.POLITICAL_STATUS, 3);
        assertEquals(RowStatus.NEW, vm.rows().get(0).status(), "assigned: the file is previewed");
        assertNull(vm.errorProperty().get());
        assertTrue(vm.canImportProperty().get());
        assertEquals("", vm.whyNotImportProperty().get());

        vm.remap(PersonColumn.ID_NUMBER, -1);
        assertNull(vm.planProperty().get(), "a required field left without a column is refused again");
        assertEquals(PersonColumn.values().length, vm.mapping().size(), "and still offered to be assigned");
        assertEquals(3, vm.mapping().get(PersonColumn.POLITICAL_STATUS.ordinal()).index(), "the choice kept");
        assertTrue(vm.whyNotImportProperty().get().contains("身份证号"), vm.whyNotImportProperty().get());
        vm.remap(PersonColumn.ID_NUMBER, 1);
        vm.importNow();
        assertEquals(1, t.services().people().list(ADMIN).size());
    }

    @Test
    void importAndTheErrorReportSayWhyTheyAreGreyedOut() throws Exception {
        assertEquals("请先打开要导入的文件。", vm.whyNotImportProperty().get());
        assertEquals("请先打开要导入的文件。", vm.whyNoErrorReportProperty().get());
        vm.choose(file());
        assertFalse(vm.canImportProperty().get());
        assertEquals("有 1 行有错误：请改正文件后重新打开，或勾选“只导入无误的行”。", vm.whyNotImportProperty().get());
        assertEquals("", vm.whyNoErrorReportProperty().get(), "rows in error: the report can be written");
        vm.validOnlyProperty().set(true);
        assertEquals("", vm.whyNotImportProperty().get());
        vm.importNow();
        assertEquals("请先打开要导入的文件。", vm.whyNotImportProperty().get(), "imported: the screen starts afresh");

        Path valid = ImportFiles.xlsx(dir.resolve("valid.xlsx"), List.of(HEADER,
                List.of("张三", "", "", id("19900101", 11), "13912345678", "JY", "中共党员")));
        vm.validOnlyProperty().set(false);
        vm.choose(valid);
        assertEquals("读取的文件没有有错误的行，无需错误报告。", vm.whyNoErrorReportProperty().get());
        assertEquals("导入不会新增或更新任何记录：各行都是无变化、跳过、有错误或待确认的。", vm.whyNotImportProperty().get(),
                "张三 is there already");

        Path empty = ImportFiles.xlsx(dir.resolve("empty.xlsx"), List.of(HEADER));
        vm.choose(empty);
        assertEquals("文件未能读取，原因见上方的提示：请改正后重新打开。", vm.whyNotImportProperty().get());
        assertEquals(vm.whyNotImportProperty().get(), vm.whyNoErrorReportProperty().get());
    }
}
