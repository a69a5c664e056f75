package org.dianmifeng.console.unit.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.dianmifeng.console.testing.TestServices.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.ui.Choice;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Person;
import org.dianmifeng.console.unit.PersonRow;
import org.dianmifeng.console.unit.PoliticalStatus;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonListViewModelTest {
    @TempDir Path dir;
    TestServices t;
    Unit jiangyin;
    Unit huashi;
    Unit yixing;
    Person zhangWei;
    Person liNa;

    @BeforeEach
    void open() {
        t = new TestServices(dir.resolve("db"));
        jiangyin = t.unit("JY", "江阴市供电公司", t.city());
        huashi = t.unit("JY-HS", "华士供电所", jiangyin);
        yixing = t.unit("YX", "宜兴市供电公司", t.city());
        zhangWei = t.person("张伟", "32028119900101123", jiangyin);
        liNa = t.person("李娜", "32028219850615002", huashi);
        t.person("王芳", "32028219920303004", yixing);
        Person d = draft("张敏", "32028219880808005", yixing);
        t.services().people().create(ADMIN, new Person(null, d.name(), d.gender(), d.birthDate(), d.idNumber(),
                "13700001234", d.unitId(), "E9001", PoliticalStatus.LEAGUE_MEMBER, "V-77", "电工；宣讲", null, null));
    }

    @AfterEach
    void close() {
        t.close();
    }

    private PersonListViewModel loaded(Session who) {
        PersonListViewModel vm = new PersonListViewModel(
                new UiContext(who, Messages.of(Messages.CHINESE), TaskRunner.direct()),
                t.services().people(), t.services().units());
        vm.load();
        assertNull(vm.errorProperty().get());
        return vm;
    }

    private static List<String> names(List<PersonRow> rows) {
        return rows.stream().map(PersonRow::name).toList();
    }

    @Test
    void filtersAsYouType() {
        PersonListViewModel vm = loaded(OFFICE);
        assertEquals(4, vm.sortedRows().size());
        assertEquals("显示 4 / 共 4 人", vm.countText().get());
        vm.filterProperty().set("张");
        assertEquals(Set.of("张伟", "张敏"), Set.copyOf(names(vm.sortedRows())));
        vm.filterProperty().set("张 宜兴");
        assertEquals(List.of("张敏"), names(vm.sortedRows()));
        assertEquals("显示 1 / 共 4 人", vm.countText().get());
        vm.filterProperty().set("e9001");
        assertEquals(List.of("张敏"), names(vm.sortedRows()));
        vm.filterProperty().set("宣讲");
        assertEquals(List.of("张敏"), names(vm.sortedRows()));
        vm.filterProperty().set("19850615");
        assertEquals(List.of("李娜"), names(vm.sortedRows()));
        vm.filterProperty().set("1370000");
        assertEquals(List.of("张敏"), names(vm.sortedRows()));
        vm.filterProperty().set("华士");
        assertEquals(List.of("李娜"), names(vm.sortedRows()));
        vm.filterProperty().set("没有这个人");
        assertTrue(vm.sortedRows().isEmpty());
        vm.filterProperty().set("  ");
        assertEquals(4, vm.sortedRows().size());
    }

    @Test
    void aViewerFiltersOnlyOnWhatTheViewerSees() {
        PersonListViewModel vm = loaded(VIEWER);
        vm.filterProperty().set("19850615");
        assertTrue(vm.sortedRows().isEmpty(), "the hidden part of an ID number must not match");
        vm.filterProperty().set("1370000");
        assertTrue(vm.sortedRows().isEmpty(), "the hidden part of a phone must not match");
        vm.filterProperty().set("320282");
        assertTrue(vm.sortedRows().isEmpty(), "the hidden region digits of an ID number must not match");
        vm.filterProperty().set("320");
        assertEquals(4, vm.sortedRows().size());
    }

    @Test
    void filtersByUnitWithTheUnitsBelowItAndByPoliticalStatus() {
        PersonListViewModel vm = loaded(OFFICE);
        assertEquals("全部单位", vm.unitChoices().get(0).label());
        Choice<Unit> jy = vm.unitChoices().stream()
                .filter(c -> c.value() != null && c.value().id().equals(jiangyin.id())).findFirst().orElseThrow();
        vm.unitFilterProperty().set(jy);
        assertEquals(Set.of("张伟", "李娜"), Set.copyOf(names(vm.sortedRows())));
        Choice<Unit> hs = vm.unitChoices().stream()
                .filter(c -> c.value() != null && c.value().id().equals(huashi.id())).findFirst().orElseThrow();
        assertTrue(hs.label().startsWith("\u3000\u3000"), "a station is indented below its county company");
        vm.unitFilterProperty().set(hs);
        assertEquals(List.of("李娜"), names(vm.sortedRows()));
        vm.unitFilterProperty().set(vm.unitChoices().get(0));
        vm.statusFilterProperty().set(vm.statusChoices().stream()
                .filter(c -> c.value() == PoliticalStatus.LEAGUE_MEMBER).findFirst().orElseThrow());
        assertEquals(List.of("张敏"), names(vm.sortedRows()));
        assertEquals("共青团员", vm.statusFilterProperty().get().label());
    }

    @Test
    void exportsExactlyTheFilteredSortedRowsWithTheVisibleColumns() throws Exception {
        PersonListViewModel vm = loaded(OFFICE);
        vm.filterProperty().set("320282");
        vm.sortedRows().setComparator(Comparator.comparing((PersonRow r) -> (LocalDate) r.birthDate()).reversed());
        vm.columns().stream().filter(c -> c.key().equals("person.skills")).findFirst().orElseThrow()
                .visibleProperty().set(false);
        Path out = dir.resolve("people.xlsx");
        vm.export(out);
        assertNull(vm.errorProperty().get());
        assertTrue(vm.noticeProperty().get().contains("3"), vm.noticeProperty().get());
        List<List<String>> sheet = read(out);
        assertEquals("人员名单", sheet.get(0).get(0));
        assertEquals(List.of("姓名", "性别", "出生日期", "身份证号", "手机号", "单位", "员工编号", "政治面貌", "志愿者编号"),
                sheet.get(1));
        List<String> expectedOrder = vm.sortedRows().stream().map(PersonRow::name).toList();
        assertEquals(List.of("王芳", "张敏", "李娜"), expectedOrder);
        assertEquals(expectedOrder, sheet.subList(2, sheet.size()).stream().map(r -> r.get(0)).toList());
        List<String> zhangMin = sheet.get(3);
        assertEquals(List.of("张敏", "男", "1988-08-08", zhangMinId(), "13700001234", "宜兴市供电公司", "E9001",
                "共青团员", "V-77"), zhangMin);
    }

    private String zhangMinId() {
        return t.services().people().list(ADMIN).stream().filter(r -> r.name().equals("张敏")).findFirst()
                .orElseThrow().idNumber();
    }

    @Test
    void aViewerExportsMaskedValues() throws Exception {
        PersonListViewModel vm = loaded(VIEWER);
        Path out = dir.resolve("masked.xlsx");
        vm.export(out);
        List<List<String>> sheet = read(out);
        assertEquals(6, sheet.size());
        assertEquals("出生年份", sheet.get(1).get(2), "the column says what it holds");
        String clearId = zhangWei.idNumber();
        for (List<String> row : sheet.subList(2, sheet.size())) {
            assertTrue(row.get(2).matches("\\d{4}"), "the birth year only: " + row.get(2));
            assertTrue(row.get(3).matches("\\d{3}\\*{13}[\\dX]{2}"), row.get(3));
            assertTrue(row.get(4).matches("\\d{3}\\*{4}\\d{4}"), row.get(4));
            assertFalse(row.contains(clearId));
        }
        assertFalse(vm.canEdit());
    }

    @Test
    void aRefreshShowsAnotherConsolesChangesKeepingFiltersAndTheSelectedPerson() {
        PersonListViewModel vm = loaded(OFFICE);
        vm.filterProperty().set("张");
        PersonRow zhang = vm.sortedRows().stream().filter(r -> r.name().equals("张伟")).findFirst().orElseThrow();
        vm.selectedProperty().set(zhang);
        // another console (on the server) renames him and adds a person: nothing in this window heard of it
        Person stored = t.services().people().get(ADMIN, zhangWei.id());
        t.services().people().update(ADMIN, new Person(stored.id(), "张伟强", stored.gender(), stored.birthDate(),
                stored.idNumber(), stored.mobile(), stored.unitId(), stored.employeeNo(), stored.politicalStatus(),
                stored.volunteerNo(), stored.skills(), stored.notes(), stored.version()));
        t.person("张三", "32028119930303006", jiangyin);
        assertEquals(Set.of("张伟", "张敏"), Set.copyOf(names(vm.sortedRows())));

        vm.refresh();
        assertEquals("张", vm.filterProperty().get(), "the filter is kept");
        assertEquals(Set.of("张伟强", "张敏", "张三"), Set.copyOf(names(vm.sortedRows())));
        assertEquals(5, vm.allRows().size());
        assertEquals("张伟强", vm.selectedProperty().get().name(), "the same person stays selected, as now stored");
        assertEquals(zhang.id(), vm.selectedProperty().get().id());
    }

    @Test
    void deletesTheSelectedPersonAndShowsASavedOne() {
        PersonListViewModel vm = loaded(OFFICE);
        PersonRow li = vm.allRows().stream().filter(r -> r.name().equals("李娜")).findFirst().orElseThrow();
        vm.selectedProperty().set(li);
        vm.delete();
        assertEquals(3, vm.allRows().size());
        assertEquals("已删除：李娜", vm.noticeProperty().get());
        assertTrue(t.services().people().list(ADMIN).stream().noneMatch(r -> r.name().equals("李娜")));

        PersonRow zhang = vm.allRows().stream().filter(r -> r.name().equals("张伟")).findFirst().orElseThrow();
        PersonFormViewModel form = vm.editForm(zhang);
        form.load();
        form.nameProperty().set("张伟强");
        form.save(List.of(), () -> { });
        assertEquals(3, vm.allRows().size());
        vm.filterProperty().set("张伟强");
        assertEquals(1, vm.sortedRows().size());
        assertEquals(1, vm.sortedRows().get(0).version());
    }

    @Test
    void loadsAndFiltersTwoThousandPeopleQuickly() {
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            batch.add(draft("志愿者" + i, String.format("32028119%02d01%02d%03d", 60 + i % 40, i % 28 + 1, i / 28), yixing));
        }
        t.services().people().createBatch(ADMIN, batch);
        long start = System.nanoTime();
        PersonListViewModel vm = loaded(OFFICE);
        vm.filterProperty().set("志愿者1999");
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("志愿者1999"), names(vm.sortedRows()));
        assertEquals("显示 1 / 共 2,004 人", vm.countText().get());
        assertTrue(ms < 5000, "took " + ms + " ms");
    }

    private static List<List<String>> read(Path file) throws Exception {
        assertTrue(Files.exists(file));
        List<List<String>> out = new ArrayList<>();
        DataFormatter fmt = new DataFormatter();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : fmt.formatCellValue(row.getCell(c)));
                }
                out.add(cells);
            }
        }
        return out;
    }
}
