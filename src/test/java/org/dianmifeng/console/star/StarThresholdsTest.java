package org.dianmifeng.console.star;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        assertEquals(LocalDate.of(2026, 12, 8), WorkingDays.until(LocalDate.of(2026, 12, 2), 5));
        // from a Monday it ends on the Friday
        assertEquals(LocalDate.of(2026, 12, 4), WorkingDays.until(LocalDate.of(2026, 11, 30), 5));
        // from a Saturday the first working day is Monday
        assertEquals(LocalDate.of(2026, 12, 11), WorkingDays.until(LocalDate.of(2026, 12, 5), 5));
        assertEquals(5, WorkingDays.between(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 8)));
        assertEquals(4, WorkingDays.between(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 7)));
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
