package org.dianmifeng.console.site.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dianmifeng.console.report.OneDecimal;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.site.Amenity;
import org.dianmifeng.console.site.Site;
import org.dianmifeng.console.site.SiteKind;
import org.dianmifeng.console.site.SiteRow;
import org.dianmifeng.console.site.SiteService;
import org.dianmifeng.console.site.SiteStatus;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerWorkFixtures;
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

class SiteListViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    @TempDir Path dir;
    TestServices t;
    SiteService sites;
    Unit yixing;
    Unit jiangyin;
    Site post;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        sites = t.services().sites();
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        Unit dingshu = t.unit("YX-DS", "丁蜀供电所", yixing);
        jiangyin = t.unit("JY", "江阴市供电公司", city);
        Person wang = t.person("王芳", "32028219850101122", dingshu);
        post = sites.create(ADMIN, new Site(null, "YX-BP-02", "丁蜀电蜜蜂驿站", SiteKind.BEE_POST, dingshu.id(),
                "宜兴市丁蜀镇陶都路188号", EnumSet.of(Amenity.CHARGING, Amenity.WATER), "全天开放", wang.id(),
                SiteStatus.OPEN, LocalDate.of(2023, 4, 1), null, null));
        sites.create(ADMIN, new Site(null, "JY-PS-01", "江阴澄江新时代文明实践站", SiteKind.PRACTICE_STATION, jiangyin.id(),
                "江阴市澄江街道人民中路225号", EnumSet.of(Amenity.READING), null, null, SiteStatus.SUSPENDED, null, null,
                null));
        Team team = t.services().teams().create(ADMIN, new Team(null, "蜜蜂行动青年志愿服务队", TeamKind.YOUTH, yixing.id(),
                null, null, null, null, true, null));
        VolunteerWorkFixtures f = new VolunteerWorkFixtures(t);
        long a = f.activity("驿站值守", "SERVICE", team, post.id(), LocalDateTime.of(2026, 7, 1, 9, 0), "4.0");
        f.hours(a, team, LocalDate.of(2026, 7, 1), wang, "3.5", "APPROVED");
        long old = f.activity("驿站值守", "SERVICE", team, post.id(), LocalDateTime.of(2025, 7, 1, 9, 0), "4.0");
        f.hours(old, team, LocalDate.of(2025, 7, 1), wang, "2.0", "APPROVED");
    }

    @AfterEach
    void close() {
        t.close();
    }

    SiteListViewModel vm(Session who) {
        SiteListViewModel vm = new SiteListViewModel(new UiContext(who, ZH, TaskRunner.direct()), sites,
                t.services().units(), t.services().people());
        vm.load();
        return vm;
    }

    List<String> codes(SiteListViewModel vm) {
        return vm.rows().stream().map(r -> r.site().code()).toList();
    }

    @Test
    void theListFiltersAsTheServiceDoesAndShowsTheChosenYearsFigures() {
        SiteListViewModel vm = vm(VIEWER);
        assertFalse(vm.canEdit());
        assertEquals(2026, vm.yearProperty().get(), "this year by default");
        assertEquals(List.of("JY-PS-01", "YX-BP-02"), codes(vm), "by the units' order, then by code");
        SiteRow row = vm.rows().get(1);
        assertEquals(List.of("YX-BP-02", "丁蜀电蜜蜂驿站", "电蜜蜂驿站", "丁蜀供电所", "开放", 1, 1, OneDecimal.of(new BigDecimal("3.5")),
                "王芳", "全天开放", "饮水、充电", "宜兴市丁蜀镇陶都路188号", LocalDate.of(2023, 4, 1)), vm.cells(row));
        assertEquals("2026年服务时长（小时）", vm.columnHeaders().get(7));
        vm.yearProperty().set(2025);
        assertEquals(new BigDecimal("2.0"), vm.rows().get(1).hours(), "the list reads the figures of 2025");
        assertEquals("2025年服务时长（小时）", vm.columnHeaders().get(7));

        vm.unitFilterProperty().set(vm.unitChoices().stream().filter(u -> u.id().equals(yixing.id())).findFirst()
                .orElseThrow());
        assertEquals(List.of("YX-BP-02"), codes(vm), "宜兴 and the station below it");
        assertEquals(sites.list(VIEWER, vm.filter(), vm.from(), vm.to()).stream().map(r -> r.site().code()).toList(),
                codes(vm));
        vm.unitFilterProperty().set(null);
        vm.kindFilterProperty().set(SiteKind.PRACTICE_STATION);
        assertEquals(List.of("JY-PS-01"), codes(vm));
        vm.kindFilterProperty().set(null);
        vm.statusFilterProperty().set(SiteStatus.OPEN);
        assertEquals(List.of("YX-BP-02"), codes(vm));
        vm.statusFilterProperty().set(null);
        vm.textFilterProperty().set("澄江");
        assertEquals(List.of("JY-PS-01"), codes(vm));
    }

    @Test
    void anEditorAddsASiteThroughTheFormAndABadOneStaysInTheForm() {
        SiteListViewModel vm = vm(ADMIN);
        assertTrue(vm.canEdit());
        SiteFormViewModel form = vm.newForm();
        form.codeProperty().set("JY-PS-01");
        form.nameProperty().set("徐霞客新时代文明实践站");
        form.kindProperty().set(SiteKind.PRACTICE_STATION);
        form.unitProperty().set(form.units().stream().filter(e -> e.unit().id().equals(jiangyin.id())).findFirst()
                .orElseThrow());
        form.addressProperty().set("江阴市徐霞客镇马镇路1号");
        form.amenityProperty(Amenity.READING).set(true);
        form.amenityProperty(Amenity.WIFI).set(true);
        AtomicBoolean closed = new AtomicBoolean();
        form.save(() -> closed.set(true));
        assertFalse(closed.get(), "the code is taken");
        assertEquals("编码已被“江阴澄江新时代文明实践站”（JY-PS-01）使用", form.errors().message("site.code"));
        form.codeProperty().set("JY-PS-02");
        form.save(() -> closed.set(true));
        assertTrue(closed.get(), String.valueOf(form.errorProperty().get()));
        assertEquals(3, vm.rows().size());
        SiteRow saved = vm.rows().stream().filter(r -> r.site().code().equals("JY-PS-02")).findFirst().orElseThrow();
        assertEquals(EnumSet.of(Amenity.READING, Amenity.WIFI), saved.site().amenities());
        assertEquals(SiteStatus.OPEN, saved.site().status());

        vm.selectedProperty().set(saved);
        SiteFormViewModel edit = vm.editForm();
        assertTrue(edit.amenityProperty(Amenity.WIFI).get());
        edit.amenityProperty(Amenity.WIFI).set(false);
        edit.openingHoursProperty().set("周一至周五 08:30-17:30");
        AtomicBoolean editClosed = new AtomicBoolean();
        edit.save(() -> editClosed.set(true));
        assertTrue(editClosed.get(), String.valueOf(edit.errorProperty().get()));
        assertEquals(EnumSet.of(Amenity.READING), vm.selectedProperty().get().site().amenities());

        assertTrue(vm.selectedClosable());
        vm.closeSelected();
        assertEquals(SiteStatus.CLOSED, vm.selectedProperty().get().site().status());
        assertFalse(vm.selectedClosable());
        assertTrue(vm.noticeProperty().get().contains("徐霞客新时代文明实践站"));
    }

    @Test
    void theExportHoldsWhatTheListShows() throws Exception {
        SiteListViewModel vm = vm(VIEWER);
        vm.statusFilterProperty().set(SiteStatus.OPEN);
        Path out = dir.resolve("sites.xlsx");
        vm.export(out);
        String all = Workbooks.read(out).toString();
        assertTrue(all.contains("编码") && all.contains("2026年服务时长（小时）"), all);
        assertTrue(all.contains("丁蜀电蜜蜂驿站") && all.contains("饮水、充电"), all);
        assertFalse(all.contains("澄江"), "filtered out: " + all);
    }
}
