package org.dianmifeng.console.summary.ui;

import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.summary.ui.ReportsViewModel.Kind;
import org.dianmifeng.console.ui.Choice;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.testing.HonourRollFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports page without a screen: the choices it offers and refuses; the report written where the user chose. */
class ReportsViewModelTest {
    static final Messages ZH = Messages.of(Messages.CHINESE);
    static final Messages EN = Messages.of(Messages.ENGLISH);
    @TempDir Path dir;
    TestServices t;
    Unit yixing;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir.resolve("db"));
        Unit city = t.city();
        yixing = t.unit("YX", "宜兴市供电公司", city);
        Unit jiangyin = t.unit("JY", "江阴市供电公司", city);
        HonourRollFixtures honours = new HonourRollFixtures(t);
        honours.insert("江苏省优秀志愿服务组织", HonourLevel.PROVINCIAL, 2021, LocalDate.of(2021, 9, 1), "江苏省文明办",
                RecipientKind.UNIT, yixing.id(), null);
        honours.insert("宜兴市文明单位", HonourLevel.COUNTY, 2020, LocalDate.of(2020, 12, 1), "宜兴市文明委",
                RecipientKind.UNIT, yixing.id(), null);
        honours.insert("江阴市文明单位", HonourLevel.COUNTY, 2021, LocalDate.of(2021, 12, 1), "江阴市文明委",
                RecipientKind.UNIT, jiangyin.id(), null);
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    ReportsViewModel vm(Session who, Messages m) {
        return new ReportsViewModel(new UiContext(who, m, TaskRunner.direct()), t.services().honourReport(),
                t.services().summaryReport(), t.services().units(), t.services().summary());
    }

    @Test
    void aFirstYearAfterTheLastIsRefusedBeforeAnythingRuns() {
        for (Messages m : List.of(ZH, EN)) {
            ReportsViewModel vm = vm(OFFICE, m);
            vm.fromYearProperty().set(2022);
            vm.toYearProperty().set(2021);
            Path out = dir.resolve("r.xlsx");
            List<Path> saved = new ArrayList<>();
            assertNull(vm.generate(out, saved::add));
            assertEquals(m.text("reports.error.yearRange", "2022", "2021"), vm.errorProperty().get());
            assertTrue(saved.isEmpty());
            assertFalse(Files.exists(out));
        }
        assertTrue(vm(OFFICE, EN).errorProperty().get() == null, "a new page starts without an error");
    }

    @Test
    void theAnnualSummaryIsOfferedOnlyToRolesThatMayMakeIt() {
        assertEquals(List.of(Kind.HONOUR_ROLL, Kind.ANNUAL_SUMMARY), vm(OFFICE, ZH).kinds());
        assertEquals(List.of(Kind.HONOUR_ROLL, Kind.ANNUAL_SUMMARY), vm(VIEWER, ZH).kinds());
        ReportsViewModel secretary = vm(SECRETARY, ZH);
        assertEquals(List.of(Kind.HONOUR_ROLL), secretary.kinds(), "a party secretary sees only their own branch");
        secretary.kindProperty().set(Kind.ANNUAL_SUMMARY);
        assertEquals(ZH.text("reports.error.noReport"), secretary.check());
        List<Path> saved = new ArrayList<>();
        assertNull(secretary.generate(dir.resolve("s.xlsx"), saved::add));
        assertEquals(ZH.text("reports.error.noReport"), secretary.errorProperty().get());
        assertTrue(saved.isEmpty());
    }

    @Test
    void theHonourRollOfAUnitIsWrittenWhereTheUserChose() throws Exception {
        ReportsViewModel vm = vm(SECRETARY, ZH);
        vm.load();
        assertEquals(ZH.text("reports.unit.all"), vm.unitChoices().get(0).label());
        assertNull(vm.unitChoices().get(0).value());
        Choice<Unit> yx = vm.unitChoices().stream().filter(c -> c.value() != null && "YX".equals(c.value().code()))
                .findFirst().orElseThrow();
        assertEquals("\u3000宜兴市供电公司", yx.label(), "indented under the city company");
        vm.unitProperty().set(yx);
        vm.fromYearProperty().set(2020);
        vm.toYearProperty().set(2021);
        assertEquals("年度荣誉汇总表_2020-2021_宜兴市供电公司.xlsx", vm.fileName());
        Path target = Files.createDirectories(dir.resolve("out")).resolve("荣誉.xlsx");
        Files.writeString(target, "old");
        AtomicReference<Path> saved = new AtomicReference<>();
        assertNotNull(vm.generate(target, saved::set));
        assertEquals(target.toAbsolutePath(), saved.get(), vm.errorProperty().get());
        assertEquals(ZH.text("reports.done", 2, target.toAbsolutePath().toString()), vm.noticeProperty().get());
        assertEquals(List.of(ZH.text("honourroll.sheet"), ZH.text("honourroll.byUnit.sheet")),
                ReportsViewTest.sheetNames(target));
        String all = org.dianmifeng.console.testing.Workbooks.read(target).toString();
        assertTrue(all.contains("江苏省优秀志愿服务组织") && all.contains("宜兴市文明单位"), all);
        assertFalse(all.contains("江阴市文明单位"), "another unit's honour stays out");
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList(), "no temporary file beside the report");
        }
    }

    @Test
    void aYearWithoutHonoursIsToldInTheUsersLanguageAndLeavesNoFile() {
        for (Messages m : List.of(ZH, EN)) {
            ReportsViewModel vm = vm(OFFICE, m);
            vm.fromYearProperty().set(2015);
            vm.toYearProperty().set(2015);
            Path out = dir.resolve("none.xlsx");
            List<Path> saved = new ArrayList<>();
            vm.generate(out, saved::add);
            assertTrue(saved.isEmpty());
            assertFalse(Files.exists(out));
            assertEquals(m.text("honourroll.error.noHonours", m.text("honourroll.years.one", "2015")),
                    vm.errorProperty().get());
        }
    }

    @Test
    void theAnnualSummaryOfAYearWithoutDataIsRefusedWithAMessage() {
        ReportsViewModel vm = vm(VIEWER, ZH);
        vm.kindProperty().set(Kind.ANNUAL_SUMMARY);
        vm.yearProperty().set(2012);
        assertEquals("年度工作总结_2012.xlsx", vm.fileName());
        List<Path> saved = new ArrayList<>();
        vm.generate(dir.resolve("s.xlsx"), saved::add);
        assertTrue(saved.isEmpty());
        assertEquals(ZH.text("error.summary.noData", "2012"), vm.errorProperty().get());
    }

    @Test
    void theFileNameFollowsTheChoices() {
        ReportsViewModel vm = vm(OFFICE, ZH);
        vm.fromYearProperty().set(2021);
        vm.toYearProperty().set(2021);
        assertEquals("年度荣誉汇总表_2021.xlsx", vm.fileName());
        vm.kindProperty().set(Kind.ANNUAL_SUMMARY);
        vm.yearProperty().set(2025);
        assertEquals("年度工作总结_2025.xlsx", vm.fileName());
        ReportsViewModel en = vm(OFFICE, EN);
        assertEquals("Honour_roll_2026.xlsx", en.fileName(), "this year by default");
        en.kindProperty().set(Kind.ANNUAL_SUMMARY);
        assertEquals("Annual_summary_2026.xlsx", en.fileName());
    }

    @Test
    void aPlaceThatCannotBeWrittenIsNamedAndLeavesNoTemporaryFile() throws Exception {
        ReportsViewModel vm = vm(OFFICE, ZH);
        vm.fromYearProperty().set(2021);
        vm.toYearProperty().set(2021);
        Path missing = dir.resolve("missing").resolve("荣誉.xlsx");
        List<Path> saved = new ArrayList<>();
        vm.generate(missing, saved::add);
        assertTrue(saved.isEmpty());
        String error = vm.errorProperty().get();
        assertTrue(error.startsWith(ZH.text("error.report.write", missing.toAbsolutePath(), "").split("（")[0]), error);
        assertFalse(error.contains(".export-"), error);
        assertFalse(vm.busyProperty().get());
        Path folder = Files.createDirectories(dir.resolve("folder.xlsx"));
        vm.generate(folder, saved::add);
        assertEquals(ZH.text("error.report.notAFile", folder.toAbsolutePath()), vm.errorProperty().get());
        assertTrue(saved.isEmpty());
    }

    @Test
    void aClosedPageMakesNoMoreReports() {
        ReportsViewModel vm = vm(OFFICE, ZH);
        vm.fromYearProperty().set(2021);
        vm.toYearProperty().set(2021);
        vm.close();
        assertTrue(vm.closed());
        Path out = dir.resolve("closed.xlsx");
        List<Path> saved = new ArrayList<>();
        assertNull(vm.generate(out, saved::add), "a closed page makes no report");
        assertTrue(saved.isEmpty());
        assertFalse(Files.exists(out));
    }

    @Test
    void theYearsOfferedAreThoseWithDataAndThisYear() {
        ReportsViewModel vm = vm(OFFICE, ZH);
        assertEquals(List.of(2026), vm.years(), "this year before the page has read any");
        vm.load();
        assertEquals(List.of(2026, 2021, 2020), vm.years(), "the honours' years, newest first");
        assertEquals(t.services().summary().years(), vm.years());
    }
}
