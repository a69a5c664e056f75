package org.dianmifeng.console.summary.ui;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.honour.HonourLevel;
import org.dianmifeng.console.honour.RecipientKind;
import org.dianmifeng.console.testing.SummaryFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.VolunteerSummaryFixtures;
import org.dianmifeng.console.ui.TaskRunner;
import org.dianmifeng.console.ui.UiContext;
import org.dianmifeng.console.unit.Unit;
import org.dianmifeng.console.unit.UnitOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's ViewModel without a screen: this year by default, tiles and series from the figures, choices reload;
 * with the window's real worker, the first figures before the year's sums, which hold up nothing else.
 */
class DashboardViewModelTest {
    @TempDir Path dir;
    private TestServices t;
    private SummaryFixtures f;

    @BeforeEach
    void setUp() {
        t = new TestServices(dir);
        f = new SummaryFixtures(t).scenario();
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    private DashboardViewModel vm(Session who) {
        return new DashboardViewModel(new UiContext(who, Messages.of(Messages.CHINESE), TaskRunner.direct()),
                t.services().summary(), t.services().units());
    }

    private static String tile(DashboardViewModel vm, String id) {
        return vm.tiles().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow().value();
    }

    @Test
    void opensOnThisYearForTheWholeCompanyAndShowsTheFigures() {
        DashboardViewModel vm = vm(VIEWER);
        vm.start();
        assertEquals(2026, vm.yearProperty().get(), "the clock's year");
        assertEquals(2026, vm.years().get(0));
        assertNull(vm.unitProperty().get());
        assertEquals(3, vm.unitChoices().size());
        assertEquals("8", tile(vm, "people"));
        assertEquals("4", tile(vm, "volunteers"));
        assertEquals("2", tile(vm, "teams"));
        assertEquals("2", tile(vm, "enrolled"));
        assertEquals("7.0", tile(vm, "hours"));
        assertEquals("3", tile(vm, "cases"));
        assertEquals("4", tile(vm, "honours"));
        assertEquals(List.of(1, 1, 1, 0, 1), vm.honours().stream().map(DashboardViewModel.Bar::value).toList());
        assertEquals("国家级", vm.honours().get(0).label());
        assertEquals(List.of(1, 1, 0, 0, 2), vm.grades().stream().map(DashboardViewModel.Bar::value).toList());
        assertEquals(List.of("已转介", "已交付"), vm.cases().stream().map(DashboardViewModel.Bar::label).toList(),
                "statuses without a case are left out");
        assertTrue(vm.heading(vm.figuresProperty().get()).contains("全公司"));
    }

    @Test
    void choosingAYearOrAUnitReloads() {
        DashboardViewModel vm = vm(new Session(9, "officer", "officer", Role.CASE_OFFICER));
        vm.start();
        vm.yearProperty().set(2025);
        assertEquals(2025, vm.figuresProperty().get().year());
        assertEquals("1", tile(vm, "honours"));
        assertEquals("4.0", tile(vm, "hours"));
        vm.yearProperty().set(2026);
        vm.unitProperty().set(f.jy);
        assertEquals("江阴市供电公司", vm.figuresProperty().get().unitName());
        assertEquals("4", tile(vm, "people"));
        assertEquals("2", tile(vm, "honours"));
        vm.unitProperty().set(null);
        assertEquals("8", tile(vm, "people"));
    }

    @Test
    void theYearsAreThoseWithDataAndTheUnitsInTheOrderOfTheCompanyTree() {
        Unit town = t.unit("ZJ", "周庄供电所", f.jy);
        f.honour("一九九八年的荣誉", HonourLevel.CITY, 1998, RecipientKind.UNIT, town.id());
        DashboardViewModel vm = vm(VIEWER);
        assertEquals(List.of(2026), vm.years(), "this year until the choices are read");
        vm.start();
        assertEquals(List.of(2026, 2025, 1998), vm.years());
        assertEquals(t.services().summary().years(), vm.years(), "one rule for every year chooser");
        assertEquals(2026, vm.yearProperty().get(), "still this year");
        List<UnitOrder.Entry> tree = UnitOrder.depthFirst(t.services().units().all(VIEWER));
        assertEquals(tree.stream().map(UnitOrder.Entry::unit).toList(), List.copyOf(vm.unitChoices()));
        assertEquals(List.of(f.city.id(), f.jy.id(), town.id(), f.yx.id()),
                vm.unitChoices().stream().map(Unit::id).toList(), "a unit right below the unit above it");
        assertEquals("\u3000\u3000周庄供电所", vm.unitLabel(town));
        assertEquals(tree.get(0).indentedName(), vm.unitLabel(vm.unitChoices().get(0)));
    }

    @Test
    void theYearsVolunteerWorkShowsFromApprovedHoursAndChangesWithTheData() {
        DashboardViewModel vm = vm(VIEWER);
        vm.start();
        assertEquals("0", tile(vm, "activitiesHeld"));
        assertEquals("0", tile(vm, "volunteersServing"));
        assertEquals("0.0", tile(vm, "approvedHours"));
        assertEquals("2026年没有已审核的志愿服务时长：志愿活动、服务志愿者和时长均为 0。", vm.volunteeringNoteProperty().get(),
                "an empty year says so");
        long saved = t.services().database().savedChanges();
        new VolunteerSummaryFixtures(t, f).scenario();
        assertTrue(t.services().database().savedChanges() > saved, "a saved change: a kept dashboard is read again");
        vm.load();
        assertEquals("4", tile(vm, "activitiesHeld"), "activities with approved hours in the year");
        assertEquals("4", tile(vm, "volunteersServing"), "distinct people with approved hours");
        assertEquals("15.0", tile(vm, "approvedHours"), "approved hours only, one decimal");
        assertEquals("", vm.volunteeringNoteProperty().get());
        vm.unitProperty().set(f.jy);
        assertEquals(List.of("2", "2", "7.5"), List.of(tile(vm, "activitiesHeld"), tile(vm, "volunteersServing"),
                tile(vm, "approvedHours")), "JY's team");
        vm.unitProperty().set(null);
        vm.yearProperty().set(2025);
        assertEquals("5.0", tile(vm, "approvedHours"), "the year before: its last day");
    }

    private static final Messages ZH = Messages.of(Messages.CHINESE);

    private static DashboardViewModel.Tile tileOf(DashboardViewModel vm, String id) {
        return vm.tiles().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /** The tiles summed over the year's service records: the members' community service and the volunteer work. */
    private static final List<String> SUMS = List.of("hours", "activitiesHeld", "volunteersServing", "approvedHours");

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> shown) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(shown));
    }

    /** Holds the lane beside the window's worker until {@code release} (as a long sum of the year would). */
    private static void hold(TaskRunner runner, CountDownLatch release) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        runner.runBeside(p -> {
            holding.countDown();
            return release.await(20, TimeUnit.SECONDS);
        }, r -> { }, e -> { });
        assertTrue(holding.await(10, TimeUnit.SECONDS));
    }

    @Test
    void theFirstFiguresShowBeforeTheYearsSumsWhichHoldUpNothingElse() throws Exception {
        FxToolkit.registerPrimaryStage();
        CountDownLatch release = new CountDownLatch(1);
        try (TaskRunner runner = TaskRunner.fx()) {
            DashboardViewModel vm = new DashboardViewModel(new UiContext(VIEWER, ZH, runner), t.services().summary(),
                    t.services().units());
            hold(runner, release);
            onFx(() -> {
                vm.start();
                return null;
            });
            until(() -> vm.figuresProperty().get() != null);
            assertEquals(List.of("8", "4", "2", "2", "3", "4"), onFx(() -> List.of(tile(vm, "people"),
                    tile(vm, "volunteers"), tile(vm, "teams"), tile(vm, "enrolled"), tile(vm, "cases"),
                    tile(vm, "honours"))), "the first figures shown while the year's sums are read");
            assertEquals(List.of(1, 1, 0, 0, 2), onFx(() -> vm.grades().stream().map(DashboardViewModel.Bar::value)
                    .toList()), "and the charts");
            for (String id : SUMS) {
                DashboardViewModel.Tile sum = onFx(() -> tileOf(vm, id));
                assertTrue(sum.pending(), id + " waits for its sum");
                assertNull(sum.value(), id + ": no value, never a 0 shown as if it were one");
            }
            assertEquals("", onFx(() -> vm.volunteeringNoteProperty().get()), "no 'none in the year' before the sum");

            // the person chooses another year while the sums of this one are still waiting: its first figures come
            onFx(() -> {
                vm.yearProperty().set(2025);
                return null;
            });
            until(() -> vm.figuresProperty().get().year() == 2025);
            assertEquals("1", onFx(() -> tile(vm, "honours")), "2025's first figures, the sums of 2026 still held");
            assertTrue(onFx(() -> tileOf(vm, "hours").pending()));

            release.countDown();
            until(() -> !tileOf(vm, "approvedHours").pending());
            assertEquals(List.of("4.0", "0", "0", "0.0"), onFx(() -> SUMS.stream().map(id -> tile(vm, id)).toList()),
                    "2025's sums (2026's were dropped before they started)");
            assertEquals("2025年没有已审核的志愿服务时长：志愿活动、服务志愿者和时长均为 0。",
                    onFx(() -> vm.volunteeringNoteProperty().get()), "said once summed");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aFailedReadOfTheYearsSumsShowsItsMessageOnTheirTilesNotAZero() throws Exception {
        FxToolkit.registerPrimaryStage();
        Unit town = t.unit("ZJ", "周庄供电所", f.jy);
        CountDownLatch release = new CountDownLatch(1);
        try (TaskRunner runner = TaskRunner.fx()) {
            DashboardViewModel vm = new DashboardViewModel(new UiContext(VIEWER, ZH, runner), t.services().summary(),
                    t.services().units());
            onFx(() -> {
                vm.start();
                return null;
            });
            until(() -> vm.unitChoices().size() == 4 && !tileOf(vm, "hours").pending());
            hold(runner, release);
            onFx(() -> {
                vm.unitProperty().set(town);
                return null;
            });
            until(() -> "周庄供电所".equals(vm.figuresProperty().get().unitName()));
            assertEquals("0", onFx(() -> tile(vm, "people")), "the town's first figures");
            // another console deletes the unit before the sums of its year are read
            t.services().units().delete(ADMIN, town);
            release.countDown();
            until(() -> tileOf(vm, "hours").failure() != null);
            String why = ZH.text("error.report.unknownUnit", "ZJ");
            for (String id : SUMS) {
                DashboardViewModel.Tile sum = onFx(() -> tileOf(vm, id));
                assertEquals(why, sum.failure(), id + " says why it has no value");
                assertNull(sum.value(), id + ": not a 0");
                assertFalse(sum.pending());
            }
            assertEquals("0", onFx(() -> tile(vm, "people")), "the first figures stay");
            onFx(() -> {
                vm.unitProperty().set(null);
                return null;
            });
            until(() -> "7.0".equals(tileOf(vm, "hours").value()));
            assertNull(onFx(() -> tileOf(vm, "hours").failure()), "the whole company's sums read again");
        } finally {
            release.countDown();
        }
    }
}
