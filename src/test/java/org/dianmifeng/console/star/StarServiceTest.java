package org.dianmifeng.console.star;

import static org.dianmifeng.console.testing.TestServices.ADMIN;
import static org.dianmifeng.console.testing.TestServices.OFFICE;
import static org.dianmifeng.console.testing.TestServices.SECRETARY;
import static org.dianmifeng.console.testing.TestServices.VIEWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dianmifeng.console.core.AccessDeniedException;
import org.dianmifeng.console.core.AuditFilter;
import org.dianmifeng.console.core.ConsoleException;
import org.dianmifeng.console.core.Messages;
import org.dianmifeng.console.core.Progress;
import org.dianmifeng.console.core.Role;
import org.dianmifeng.console.core.Session;
import org.dianmifeng.console.core.ValidationException;
import org.dianmifeng.console.report.Pages;
import org.dianmifeng.console.testing.MutableClock;
import org.dianmifeng.console.testing.StarFixtures;
import org.dianmifeng.console.testing.TestServices;
import org.dianmifeng.console.testing.Workbooks;
import org.dianmifeng.console.unit.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Star levels over the database: found from approved hours only, at the edges; notice, grant, withdraw; roles. */
class StarServiceTest {
    static final Session LEADER = new Session(5, "leader", "队长", Role.TEAM_LEADER);
    /** 2026-12-02, a Wednesday. */
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);
    @TempDir Path dir;
    TestServices t;
    StarFixtures f;
    StarService stars;
    Person below;
    Person at;
    Person above;
    Person twice;

    @BeforeEach
    void open() {
        t = new TestServices(dir);
        f = new StarFixtures(t);
        stars = t.services().stars();
        below = f.volunteer("王芳", "32028219900101100", "V2021000001");
        at = f.volunteer("李强", "32028219900101200", "V2021000002");
        above = f.volunteer("张敏", "32028219900101300", "V2021000003");
        twice = f.volunteer("刘洋", "32028219900101400", "V2021000004");
        LocalDate day = LocalDate.of(2025, 1, 6);
        // 99.9 approved, and hours entered or declined that do not count
        f.approved(below, day, "99.9");
        f.serve(below, day.plusDays(30), "40.0", "ENTERED", "SERVICE", "待审核");
        f.serve(below, day.plusDays(40), "20.0", "DECLINED", "SERVICE", "未通过");
        f.approved(at, day, "100.0");
        f.approved(above, day, "100.1");
        f.approved(twice, day, "99.0");
        // 201 more hours, 20 a day over 11 days: the first crosses 100, the last 300
        f.approved(twice, LocalDate.of(2025, 6, 2), "201.0");
    }

    @AfterEach
    void close() {
        t.close();
    }

    Map<String, List<Integer>> levelsByName() {
        return stars.list(ADMIN, null).stream().collect(Collectors.groupingBy(StarRow::name,
                Collectors.mapping(r -> r.level().stars(), Collectors.toList())));
    }

    @Test
    void onlyApprovedHoursCountAndTheThresholdIsReachedAtExactly100() {
        assertEquals(4, stars.findReached(OFFICE));
        Map<String, List<Integer>> levels = levelsByName();
        assertEquals(null, levels.get("王芳"));
        assertEquals(List.of(1), levels.get("李强"));
        assertEquals(List.of(1), levels.get("张敏"));
        assertEquals(List.of(1, 2), levels.get("刘洋").stream().sorted().toList());
        StarRow one = stars.history(ADMIN, at.id()).get(0);
        assertEquals(new BigDecimal("100.0"), one.level().hoursAt());
        assertEquals(StarState.REACHED, one.level().state());
        assertEquals(new BigDecimal("100.0"), one.totalHours());
        assertTrue(stars.history(ADMIN, below.id()).isEmpty());
    }

    @Test
    void twoLevelsAtOnceEachWithTheDayItsThresholdWasCrossed() {
        stars.findReached(ADMIN);
        List<StarRow> history = stars.history(ADMIN, twice.id());
        assertEquals(List.of(1, 2), history.stream().map(r -> r.level().stars()).toList());
        // 99.0 by 2025-01-10, then 20 a day from 2025-06-02: 119.0 on 06-02 crosses 100, 300.0 on 06-12 crosses 300
        assertEquals(LocalDate.of(2025, 6, 2), history.get(0).level().reachedOn());
        assertEquals(new BigDecimal("119.0"), history.get(0).level().hoursAt());
        assertEquals(LocalDate.of(2025, 6, 12), history.get(1).level().reachedOn());
        assertEquals(new BigDecimal("300.0"), history.get(1).level().hoursAt());
    }

    @Test
    void aLevelIsFoundOnceAndAWithdrawnOneIsNotFoundAgain() {
        assertEquals(4, stars.findReached(ADMIN));
        assertEquals(0, stars.findReached(ADMIN));
        StarRow row = stars.history(ADMIN, at.id()).get(0);
        stars.withdraw(ADMIN, row.id(), "时长记录有误，待核实");
        assertEquals(0, stars.findReached(ADMIN));
        f.approved(below, LocalDate.of(2026, 1, 5), "0.1");
        assertEquals(1, stars.findReached(ADMIN));
        assertEquals(LocalDate.of(2026, 1, 5), stars.history(ADMIN, below.id()).get(0).level().reachedOn());
    }

    @Test
    void aNoticeLastsAtLeastFiveWorkingDaysAndItsLastDayIsComputedOverTheWeekend() {
        stars.findReached(ADMIN);
        List<Long> ids = stars.list(ADMIN, StarState.REACHED).stream().map(StarRow::id).toList();
        ValidationException tooShort = assertThrows(ValidationException.class,
                () -> stars.putOnNotice(OFFICE, ids, WEDNESDAY, 4));
        assertTrue(tooShort.hasProblem("star.noticeDays"));
        assertEquals(StarState.REACHED, stars.history(ADMIN, at.id()).get(0).level().state());
        List<StarLevel> noticed = stars.putOnNotice(OFFICE, ids, WEDNESDAY, 5);
        assertEquals(4, noticed.size());
        for (StarLevel l : noticed) {
            assertEquals(StarState.NOTICE, l.state());
            assertEquals(WEDNESDAY, l.noticeFrom());
            assertEquals(LocalDate.of(2026, 12, 8), l.noticeUntil());
        }
        // a level on notice cannot be put on notice again
        ConsoleException again = assertThrows(ConsoleException.class,
                () -> stars.putOnNotice(OFFICE, ids.subList(0, 1), WEDNESDAY, 5));
        assertEquals("error.star.wrongState", again.key());
    }

    @Test
    void theAdministratorSetsTheHolidaysAndTheGrantWaitsForTheFirstWorkingDayAfterTheNotice() {
        assertThrows(AccessDeniedException.class, () -> stars.saveWorkingDays(OFFICE, "", ""));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> stars.saveWorkingDays(ADMIN, "2026-12-07 12月8日", "2026-12-09"));
        assertTrue(bad.hasProblem("star.workedWeekends"), bad.problems().toString());
        assertEquals(WorkingDays.WEEKDAYS, stars.workingDays(), "nothing saved");
        // a holiday week after the notice starts, the Saturday after it worked
        WorkingDays saved = stars.saveWorkingDays(ADMIN, "2026-12-07\n2026-12-08\n2026-12-09", "2026-12-12");
        assertEquals(3, saved.holidays().size());
        assertTrue(t.services().audit().find(ADMIN, new AuditFilter(null, null, null, "SETTING", null, 10, null))
                .stream().anyMatch(e -> e.after() != null && e.after().contains("2026-12-12")));

        stars.findReached(ADMIN);
        long id = stars.history(ADMIN, at.id()).get(0).id();
        // Wed 12-02, Thu, Fri, then (Mon to Wed off) Thu 12-10, Fri 12-11
        StarLevel noticed = stars.putOnNotice(ADMIN, List.of(id), WEDNESDAY, 5).get(0);
        assertEquals(LocalDate.of(2026, 12, 11), noticed.noticeUntil());
        // the Saturday worked is the first working day after it
        grantedFirstOn(id, LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 12));
    }

    /** Level {@code id}, on notice until {@code until}: refused the day before {@code first}, naming both; granted on it. */
    private void grantedFirstOn(long id, LocalDate until, LocalDate first) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        MutableClock clock = new MutableClock(first.minusDays(1).atTime(16, 0).atZone(zone).toInstant(), zone);
        StarService later = new StarService(t.services().database(), t.services().audit(), clock);
        String said = assertThrows(ConsoleException.class, () -> later.grant(OFFICE, List.of(id)))
                .localized(Messages.of(Messages.CHINESE));
        assertTrue(said.contains(until.toString()) && said.contains(first.toString()), said);
        clock.advance(Duration.ofDays(1));
        assertEquals(first, later.grant(OFFICE, List.of(id)).get(0).grantedOn());
    }

    @Test
    void aLevelFromANoticeEndingOnFridayIsGrantedFromMondayNotOnTheWeekend() {
        stars.findReached(ADMIN);
        long id = stars.history(ADMIN, at.id()).get(0).id();
        // Mon 11-30 to Fri 12-04
        stars.putOnNotice(ADMIN, List.of(id), LocalDate.of(2026, 11, 30), 5);
        grantedFirstOn(id, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 7));
    }

    @Test
    void aLevelIsGrantedOnlyAfterItsNoticeEndsAndTheRefusalNamesTheDate() {
        stars.findReached(ADMIN);
        long id = stars.history(ADMIN, at.id()).get(0).id();
        stars.putOnNotice(ADMIN, List.of(id), WEDNESDAY, 5);
        // the notice's last day, Tuesday 2026-12-08
        MutableClock clock = new MutableClock(LocalDate.of(2026, 12, 8).atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant(), ZoneId.of("Asia/Shanghai"));
        StarService later = new StarService(t.services().database(), t.services().audit(), clock);
        ConsoleException early = assertThrows(ConsoleException.class, () -> later.grant(OFFICE, List.of(id)));
        assertEquals("error.star.noticeRunning", early.key());
        String said = early.localized(Messages.of(Messages.CHINESE));
        assertTrue(said.contains("李强") && said.contains("2026-12-08") && said.contains("2026-12-09"), said);
        assertEquals(StarState.NOTICE, stars.history(ADMIN, at.id()).get(0).level().state());
        clock.advance(Duration.ofDays(1));
        StarLevel granted = later.grant(OFFICE, List.of(id)).get(0);
        assertEquals(StarState.GRANTED, granted.state());
        assertEquals(LocalDate.of(2026, 12, 9), granted.grantedOn());
        assertEquals("office", granted.decidedBy());
        // a granted level is final
        assertEquals("error.star.wrongState", assertThrows(ConsoleException.class,
                () -> stars.withdraw(ADMIN, id, "重复")).key());
        assertTrue(t.services().audit().find(ADMIN, new AuditFilter(null, null, null, StarService.ENTITY, null, 100,
                null)).stream().anyMatch(e -> e.entityId() != null && e.entityId() == id
                && e.after().contains("StarState.GRANTED")));
    }

    @Test
    void aReachedLevelCannotBeGrantedWithoutANotice() {
        stars.findReached(ADMIN);
        long id = stars.history(ADMIN, at.id()).get(0).id();
        assertEquals("error.star.wrongState", assertThrows(ConsoleException.class,
                () -> stars.grant(ADMIN, List.of(id))).key());
    }

    @Test
    void withdrawingNeedsAReason() {
        stars.findReached(ADMIN);
        long id = stars.history(ADMIN, at.id()).get(0).id();
        assertTrue(assertThrows(ValidationException.class, () -> stars.withdraw(OFFICE, id, "  "))
                .hasProblem("star.reason"));
        StarLevel w = stars.withdraw(OFFICE, id, "本人申请暂缓评定");
        assertEquals(StarState.WITHDRAWN, w.state());
        assertEquals("本人申请暂缓评定", w.note());
    }

    @Test
    void onlyRolesWithStarGrantChangeLevelsAndOnlyTheAdministratorTheThresholds() {
        for (Session who : List.of(VIEWER, SECRETARY, LEADER)) {
            assertThrows(AccessDeniedException.class, () -> stars.findReached(who), who.role().name());
        }
        stars.findReached(OFFICE);
        long id = stars.history(ADMIN, at.id()).get(0).id();
        for (Session who : List.of(VIEWER, SECRETARY, LEADER)) {
            assertThrows(AccessDeniedException.class, () -> stars.putOnNotice(who, List.of(id), WEDNESDAY, 5));
            assertThrows(AccessDeniedException.class, () -> stars.withdraw(who, id, "理由"));
            // everyone reads
            assertEquals(1, stars.history(who, at.id()).size());
        }
        StarThresholds lower = StarThresholds.of("50", "150", "300", "600", "1000");
        assertThrows(AccessDeniedException.class, () -> stars.saveThresholds(OFFICE, lower));
        assertThrows(ValidationException.class,
                () -> stars.saveThresholds(ADMIN, StarThresholds.of("50", "40", "300", "600", "1000")));
        assertEquals(StarThresholds.DEFAULT, stars.thresholds());
        assertEquals(lower, stars.saveThresholds(ADMIN, lower));
        // 99.9 approved hours now reach one star (50): found with the new thresholds
        assertTrue(stars.findReached(ADMIN) > 0);
        assertEquals(1, stars.history(ADMIN, below.id()).size());
    }

    @Test
    void theNoticeListNamesTheVolunteersAndPrintsOnA4PortraitAtNinePointOrMore() throws Exception {
        stars.findReached(ADMIN);
        List<Long> ids = stars.list(ADMIN, StarState.REACHED).stream().map(StarRow::id).toList();
        Path out = dir.resolve("notice.xlsx");
        assertEquals("error.star.noneOnNotice", assertThrows(ConsoleException.class,
                () -> t.services().starNotice().write(VIEWER, null, out, Messages.of(Messages.CHINESE), Progress.NONE))
                .key());
        assertTrue(Files.notExists(out));
        stars.putOnNotice(ADMIN, ids, WEDNESDAY, 5);
        assertEquals(4, t.services().starNotice().write(VIEWER, null, out, Messages.of(Messages.CHINESE),
                Progress.NONE).result());
        List<List<String>> rows = Workbooks.read(out);
        assertEquals(List.of("序号", "姓名", "志愿者编号", "单位", "服务队", "累计时长（小时）", "拟授星级", "公示期"),
                rows.get(StarNotice.HEADER_ROW));
        // two stars first
        List<String> first = rows.get(StarNotice.HEADER_ROW + 1);
        assertEquals("刘洋", first.get(1));
        assertEquals("V2021000004", first.get(2));
        assertEquals("宜兴市供电公司", first.get(3));
        assertEquals("300.0", first.get(5));
        assertEquals("2 星", first.get(6));
        assertEquals("2026-12-02 至\n2026-12-08", first.get(7));
        String all = rows.toString();
        assertTrue(!all.contains("320282"), "no ID number on a public list");
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals(PrintSetup.A4_PAPERSIZE, sheet.getPrintSetup().getPaperSize());
            assertTrue(!sheet.getPrintSetup().getLandscape());
            double scale = Pages.scale(sheet);
            for (Row row : sheet) {
                if (row.getRowNum() <= StarNotice.HEADER_ROW) {
                    continue;
                }
                for (Cell cell : row) {
                    double points = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints() * scale;
                    assertTrue(points >= 9, "printed at " + points + " pt in row " + row.getRowNum());
                }
            }
            assertTrue(wb.getPrintArea(0) != null);
        }
    }
}
