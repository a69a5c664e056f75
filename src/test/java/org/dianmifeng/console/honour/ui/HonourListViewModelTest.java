package org.dianmifeng.console.honour.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.Honour;
import org.dianmifeng.console.honour.HonourFilter;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.HonourRow;
import org.dianmifeng.console.honour.HonourService;
import org.dianmifeng.console.honour.RecipientKind;
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

class HonourListViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    HonourService honours;
    Unit yixing;
    Unit station;
    Team team;
    Person person;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        honours = t.services().honours();
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        station = t.unit("YX-DS", "丁蜀供电所", yixing);
        Unit jiangyin = t.unit("JY", "江阴市供电公司", city);
        team = t.services().teams().create(ADMIN, new Team(null, "宜兴市供电公司“蜜蜂行动”青年志愿服务队", TeamKind.YOUTH,
                station.id(), null, null, "蜜蜂行动", null, true, null));
        person = t.person("张伟", "32028219900101123", jiangyin);
        honours.create(ADMIN, new Honour(null, "全国学雷锋志愿服务“四个100”最佳志愿服务组织", HonourLevel.NATIONAL, "志愿服务组织",
                "中央宣传部、中央文明办", 2021, null, RecipientKind.TEAM, team.id(), null, null, null));
        honours.create(ADMIN, new Honour(null, "宜兴市文明单位", HonourLevel.COUNTY, "文明单位", "宜兴市文明委", 2024,
                LocalDate.of(2024, 12, 20), RecipientKind.UNIT, yixing.id(), "XQ-2024-0003", null, null));
        honours.create(ADMIN, new Honour(null, "江阴市优秀共产党员", HonourLevel.COUNTY, "先进个人", "中共江阴市委", 2026, null,
                RecipientKind.PERSON, person.id(), "XQ-2026-0101", null, null));
    }

    @AfterEach
    void close() {
        t.close();
    }

    HonourListViewModel vm(Session who) {
        HonourListViewModel vm = new HonourListViewModel(new UiContext(who, ZH, TaskRunner.direct()), honours,
                t.services().units(), t.services().teams(), t.services().people());
        vm.load();
        return vm;
    }

    List<String> titles(HonourListViewModel vm) {
        return vm.rows().stream().map(r -> r.honour().title()).toList();
    }

    @Test
    void theListFiltersByYearLevelUnitRecipientAndTextAsTheServiceDoes() {
        HonourListViewModel vm = vm(VIEWER);
        assertFalse(vm.canEdit());
        assertEquals(3, vm.rows().size());
        assertEquals(2026, vm.yearChoices().get(0), "this year first, even before it has honours");
        assertTrue(vm.yearChoices().containsAll(List.of(2021, 2024, 2026)));
        vm.yearFilterProperty().set(2024);
        assertEquals(List.of("宜兴市文明单位"), titles(vm));
        vm.yearFilterProperty().set(null);
        vm.levelFilterProperty().set(HonourLevel.COUNTY);
        assertEquals(2, vm.rows().size());
        vm.levelFilterProperty().set(null);
        vm.unitFilterProperty().set(vm.unitChoices().stream().filter(u -> u.id().equals(yixing.id())).findFirst()
                .orElseThrow());
        assertEquals(List.of("宜兴市文明单位", "全国学雷锋志愿服务“四个100”最佳志愿服务组织"), titles(vm),
                "宜兴 and, through the team's unit, the station below it");
        assertEquals(honours.list(VIEWER, vm.filter()).stream().map(r -> r.honour().title()).toList(), titles(vm));
        assertEquals("\u3000\u3000丁蜀供电所", vm.unitLabel(station));
        vm.unitFilterProperty().set(null);
        vm.recipientFilterProperty().set("张");
        assertEquals(List.of("江阴市优秀共产党员"), titles(vm));
        vm.recipientFilterProperty().set("");
        vm.textFilterProperty().set("xq-20");
        assertEquals(2, vm.rows().size());
        HonourRow unitRow = vm.rows().stream().filter(r -> r.honour().title().equals("宜兴市文明单位")).findFirst()
                .orElseThrow();
        assertEquals(List.of("宜兴市文明单位", "县区级", "文明单位", "宜兴市文明委", 2024, LocalDate.of(2024, 12, 20),
                "宜兴市供电公司", ZH.label(RecipientKind.UNIT), "宜兴市供电公司", "XQ-2024-0003"),
                vm.cells(unitRow).subList(0, 10));
        assertNull(vm.cells(unitRow).get(10), "no certificate");
    }

    @Test
    void theExportHoldsWhatTheListShows() throws Exception {
        HonourListViewModel vm = vm(VIEWER);
        vm.levelFilterProperty().set(HonourLevel.COUNTY);
        Path out = dir.resolve("honours.xlsx");
        vm.export(out);
        List<List<String>> sheet = Workbooks.read(out);
        String all = sheet.toString();
        assertTrue(all.contains("荣誉名称") && all.contains("所属单位"), all);
        assertTrue(all.contains("宜兴市文明单位") && all.contains("江阴市优秀共产党员"), all);
        assertFalse(all.contains("四个100"), "filtered out: " + all);
        assertNotNull(vm.noticeProperty().get());
    }

    @Test
    void anEditorAddsAnHonourForAPersonThroughTheFormAndADuplicateStaysInTheForm() {
        HonourListViewModel vm = vm(ADMIN);
        assertTrue(vm.canEdit());
        HonourFormViewModel form = vm.newForm();
        assertEquals(2026, form.yearProperty().get(), "this year by default");
        assertEquals(2026 - 1949 + 1, form.years().size());
        form.titleProperty().set("江苏省最美志愿者");
        form.levelProperty().set(HonourLevel.PROVINCIAL);
        form.awardedByProperty().set("江苏省文明办");
        form.yearProperty().set(2025);
        form.recipientKindProperty().set(RecipientKind.PERSON);
        form.person().queryProperty().set("张伟");
        assertEquals(1, form.person().choices().size());
        form.person().choose(form.person().choices().get(0));
        AtomicBoolean closed = new AtomicBoolean();
        form.save(() -> closed.set(true));
        assertTrue(closed.get(), String.valueOf(form.errorProperty().get()));
        assertEquals(4, vm.rows().size());
        assertTrue(vm.noticeProperty().get().contains("江苏省最美志愿者"));

        HonourFormViewModel again = vm.newForm();
        again.titleProperty().set("宜兴市文明单位");
        again.levelProperty().set(HonourLevel.COUNTY);
        again.awardedByProperty().set("宜兴市文明委");
        again.yearProperty().set(2024);
        again.recipientKindProperty().set(RecipientKind.UNIT);
        again.unitProperty().set(again.units().stream().filter(e -> e.unit().id().equals(yixing.id())).findFirst()
                .orElseThrow());
        AtomicBoolean closedAgain = new AtomicBoolean();
        again.save(() -> closedAgain.set(true));
        assertFalse(closedAgain.get(), "the form stays open");
        assertTrue(again.errors().message("honour.title").contains("宜兴市文明委"), again.errors().message("honour.title"));
        assertEquals(4, honours.list(ADMIN, HonourFilter.ALL).size());
    }

    @Test
    void anEditFormShowsTheRecipientAndSavesTheChange() {
        HonourListViewModel vm = vm(ADMIN);
        vm.selectedProperty().set(vm.rows().stream().filter(r -> r.honour().recipientKind() == RecipientKind.PERSON)
                .findFirst().orElseThrow());
        HonourFormViewModel form = vm.editForm();
        assertTrue(form.editing());
        assertEquals("张伟", form.person().chosenProperty().get().name());
        form.notesProperty().set("在年度表彰大会上颁发");
        AtomicBoolean closed = new AtomicBoolean();
        form.save(() -> closed.set(true));
        assertTrue(closed.get());
        assertEquals("在年度表彰大会上颁发", vm.selectedProperty().get().honour().notes());
        assertEquals(1, vm.selectedProperty().get().honour().version());
    }

    @Test
    void theCertificateIsAttachedSavedByAViewerAndRemoved() throws Exception {
        HonourListViewModel editor = vm(ADMIN);
        editor.selectedProperty().set(editor.rows().get(0));
        long id = editor.selectedProperty().get().id();
        Path scan = dir.resolve("证书.png");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        Files.write(scan, png);
        editor.attachCertificate(scan);
        assertTrue(editor.selectedHasCertificate());
        assertEquals("已上传", editor.cells(editor.selectedProperty().get()).get(10));

        HonourListViewModel viewer = vm(VIEWER);
        viewer.selectedProperty().set(viewer.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow());
        Path copy = dir.resolve("copy.png");
        viewer.saveCertificate(copy);
        assertArrayEquals(png, Files.readAllBytes(copy));

        editor.removeCertificate();
        assertFalse(editor.selectedHasCertificate());
        Path bad = dir.resolve("notes.txt");
        Files.writeString(bad, "not a scan");
        editor.attachCertificate(bad);
        assertNotNull(editor.errorProperty().get(), "a text file is refused");
        editor.delete();
        assertEquals(2, editor.rows().size());
        assertNull(editor.selectedProperty().get());
    }
}
