package org.dianmifeng.console.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The star thresholds at their edges, their checks, and the working days of a public notice. */
class StarThresholdsTest {
    @ParameterizedTest
    @CsvSource({"0.0,0", "99.9,0", "100.0,1", "100.1,1", "299.9,1", "300.0,2", "599.9,2", "600,3", "999.9,3",
            "1000.0,4", "1499.9,4", "1500.0,5", "1500.1,5", "9999.9,5"})
    void theLevelIsTheHighestThresholdReached(String hours, int stars) {
        assertEquals(stars, StarThresholds.DEFAULT.levelFor(new BigDecimal(hours)));
    }

    @Test
    void thresholdsMustIncreaseAndBePositiveWithOneDecimal() {
        assertFalse(StarThresholds.DEFAULT.check().has("star.threshold.1"));
        assertTrue(StarThresholds.DEFAULT.check().problems().isEmpty());
        assertTrue(StarThresholds.of("100", "300", "300", "1000", "1500").check().has("star.threshold.3"));
        assertTrue(StarThresholds.of("100", "300", "600", "500", "1500").check().has("star.threshold.4"));
        assertTrue(StarThresholds.of("0", "300", "600", "1000", "1500").check().has("star.threshold.1"));
        assertTrue(StarThresholds.of("100", "300.25", "600", "1000", "1500").check().has("star.threshold.2"));
        assertTrue(StarThresholds.of("100", "300", "600", "1000").check().has("star.threshold.1"));
        assertTrue(StarThresholds.of("50", "150.5", "300", "500", "800").check().problems().isEmpty());
    }

    @Test
    void storedSettingsReadBackAndUnreadableOnesFallBackToTheDefault() {
        StarThresholds t = StarThresholds.of("50", "150.5", "300", "500", "800");
        Map<String, String> stored = t.toSettings();
        assertEquals(t, StarThresholds.from(stored::get));
        assertEquals(new BigDecimal("300"), StarThresholds.from(Map.of("star.threshold.1", "x")::get).of(2));
        assertEquals(new BigDecimal("100"), StarThresholds.from(Map.of("star.threshold.1", "x")::get).of(1));
    }

    @Test
    void aNoticeOfFiveWorkingDaysSpansTheWeekend() {
        // 2026-12-02 is a Wednesday: Wed, Thu, Fri, Mon, Tue
        assertEquals(LocalDate.of(2026, 12, 8), WorkingDays.WEEKDAYS.until(LocalDate.of(2026, 12, 2), 5));
        // from a Monday it ends on the Friday
        assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.WEEKDAYS.until(LocalDate.of(2026, 11, 30), 5));
        // from a Saturday the first working day is Monday
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.WEEKDAYS.until(LocalDate.of(2026, 12, 5), 5));
        assertEquals(5, WorkingDays.WEEKDAYS.between(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 8)));
        assertEquals(4, WorkingDays.WEEKDAYS.between(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 7)));
    }

    /** Holidays and weekends worked made up for the test (the console knows none: the administrator sets them). */
    static WorkingDays calendar(String holidays, String worked) {
        Checks checks = new Checks();
        WorkingDays w = WorkingDays.parse(holidays, worked, checks);
        assertTrue(checks.problems().isEmpty(), checks.problems().toString());
        return w;
    }

    @Test
    void aNoticeStartedBeforeAHolidayWeekCountsNeitherTheHolidaysNorTheWeekendButTheSaturdayWorked() {
        // 2026-09-29 is a Tuesday; off from Thursday 10-01 to Wednesday 10-07, Saturday 10-10 worked
        WorkingDays w = calendar("2026-10-01 2026-10-02\n2026-10-05、2026-10-06，2026-10-07", "2026-10-10");
        // Tue 9-29, Wed 9-30, then Thu 10-08, Fri 10-09 and the Saturday worked
        assertEquals(LocalDate.of(2026, 10, 10), w.until(LocalDate.of(2026, 9, 29), 5));
        assertEquals(LocalDate.of(2026, 10, 5), WorkingDays.WEEKDAYS.until(LocalDate.of(2026, 9, 29), 5),
                "without the setting every Monday to Friday counts");
        assertEquals(5, w.between(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 10)));
        assertEquals(4, w.between(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 9)));
        // the first day it may be granted: the next working day, Monday 10-12 (Sunday 10-11 is not worked)
        assertEquals(LocalDate.of(2026, 10, 12), w.firstAfter(LocalDate.of(2026, 10, 10)));
        // a notice ending the Wednesday before the holidays is granted after them
        assertEquals(LocalDate.of(2026, 10, 8), w.firstAfter(LocalDate.of(2026, 9, 30)));
        // a notice started on a holiday starts counting on the next working day
        assertEquals(LocalDate.of(2026, 10, 13), w.until(LocalDate.of(2026, 10, 1), 5));
    }

    @Test
    void aSaturdayWorkedCountsAndIsTheFirstDayAfterAFridaysNotice() {
        WorkingDays w = calendar("", "2026-12-12");
        assertTrue(w.isWorkingDay(LocalDate.of(2026, 12, 12)));
        assertFalse(w.isWorkingDay(LocalDate.of(2026, 12, 13)));
        assertEquals(LocalDate.of(2026, 12, 12), w.firstAfter(LocalDate.of(2026, 12, 11)));
        assertEquals(LocalDate.of(2026, 12, 14), WorkingDays.WEEKDAYS.firstAfter(LocalDate.of(2026, 12, 11)));
        // from Wednesday 12-09: Wed, Thu, Fri, the Saturday worked, Monday
        assertEquals(LocalDate.of(2026, 12, 14), w.until(LocalDate.of(2026, 12, 9), 5));
        assertEquals(LocalDate.of(2026, 12, 15), WorkingDays.WEEKDAYS.until(LocalDate.of(2026, 12, 9), 5));
    }

    /** The one problem of the lists as typed, in {@code m}'s words. */
    static String said(String holidays, String worked, Messages m) {
        Checks checks = new Checks();
        WorkingDays.parse(holidays, worked, checks);
        assertEquals(1, checks.problems().size(), checks.problems().toString());
        return checks.problems().get(0).localized(m);
    }

    @Test
    void theListsAreCheckedWithMessagesNamingTheDates() {
        // one message a field, naming the dates: 2026-10-03 is a Saturday, 2026-10-01 a Thursday
        Messages zh = Messages.of(Messages.CHINESE);
        assertEquals("“十月一日、10/32”不是日期：请写成 2026-10-01 这样的格式，多个日期用换行、逗号、顿号或空格分开",
                said("2026-10-02, 十月一日，10/32", "", zh));
        assertEquals("2026-10-03 是周六或周日，本来就不计为工作日：节假日只填落在周一至周五的日期", said("2026-10-03", "", zh));
        assertEquals("2026-10-01 不是周六或周日：调休上班日只填需要上班的周末", said("", "2026-10-01", zh));
        assertEquals("2026-10-02 不能既是节假日又是调休上班日", said("2026-10-02", "2026-10-02", zh));
        Checks many = new Checks();
        StringBuilder days = new StringBuilder();
        for (LocalDate d = LocalDate.of(2027, 1, 4); days.length() < 12 * 81; d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.append(d).append('\n');
            }
        }
        WorkingDays.parse(days.toString(), "", many);
        assertEquals("error.workdays.tooMany", many.problems().get(0).key());
        // stored and read back: the same calendar
        WorkingDays w = calendar("2026-10-01,2026-10-02", "2026-10-10");
        assertEquals(w, WorkingDays.from(w.toSettings()::get));
        assertEquals(WorkingDays.WEEKDAYS, WorkingDays.from(name -> null));
    }

    @Test
    void oneDayCrossingTwoThresholdsGivesBothLevelsThatDay() {
        List<StarStore.Served> served = List.of(
                new StarStore.Served(LocalDate.of(2025, 3, 1), new BigDecimal("60.0")),
                new StarStore.Served(LocalDate.of(2025, 3, 8), new BigDecimal("39.9")),
                new StarStore.Served(LocalDate.of(2025, 3, 15), new BigDecimal("0.1")),
                new StarStore.Served(LocalDate.of(2025, 4, 1), new BigDecimal("150.0")),
                new StarStore.Served(LocalDate.of(2025, 4, 1), new BigDecimal("60.0")));
        List<StarLevel> levels = StarService.crossings(7, 0, served, StarThresholds.DEFAULT);
        assertEquals(List.of(1, 2), levels.stream().map(StarLevel::stars).toList());
        assertEquals(LocalDate.of(2025, 3, 15), levels.get(0).reachedOn());
        assertEquals(new BigDecimal("100.0"), levels.get(0).hoursAt());
        assertEquals(LocalDate.of(2025, 4, 1), levels.get(1).reachedOn());
        assertEquals(new BigDecimal("310.0"), levels.get(1).hoursAt());
        // a person already at one star only gets the second
        assertEquals(List.of(2), StarService.crossings(7, 1, served, StarThresholds.DEFAULT).stream()
                .map(StarLevel::stars).toList());
    }
}
