package org.dianmifeng.console.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BackupRotationTest {
    private static final LocalDateTime TODAY = LocalDateTime.of(2026, 12, 5, 9, 0);

    private static BackupInfo at(LocalDateTime t, BackupResult result) {
        return new BackupInfo(Path.of("b-" + t + ".zip"), t, BackupReason.DAILY, 1, result, 1, "4");
    }

    /** A daily backup on each of the last {@code days} days, today first. */
    private static List<BackupInfo> daily(int days) {
        List<BackupInfo> all = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            all.add(at(TODAY.minusDays(i), BackupResult.VERIFIED));
        }
        return all;
    }

    @Test
    void keepsTheLastSevenDaysFourWeeksAndTwelveMonthsOfAYearOfDailyBackups() {
        List<BackupInfo> all = daily(500);
        Set<BackupInfo> keep = BackupRotation.DEFAULT.keep(all);
        for (int i = 0; i < 7; i++) {
            assertTrue(keep.contains(all.get(i)), "day " + i + " kept");
        }
        Set<Integer> weeks = keep.stream().map(b -> b.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                .collect(Collectors.toSet());
        for (int w = 0; w < 4; w++) {
            assertTrue(weeks.contains(TODAY.minusWeeks(w).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)), "week -" + w);
        }
        Set<LocalDate> months = keep.stream().map(b -> b.takenAt().toLocalDate().withDayOfMonth(1))
                .collect(Collectors.toSet());
        for (int m = 0; m < 12; m++) {
            assertTrue(months.contains(TODAY.toLocalDate().minusMonths(m).withDayOfMonth(1)), "month -" + m);
        }
        assertTrue(keep.stream().allMatch(b -> b.takenAt().isAfter(TODAY.minusMonths(12))), "nothing older than a year");
        assertTrue(keep.size() <= 7 + 4 + 12, "at most one backup a period beyond the daily ones: " + keep.size());
        // within a month the newest is the one kept
        LocalDate firstOfOldMonth = TODAY.toLocalDate().minusMonths(6).withDayOfMonth(1);
        BackupInfo kept = keep.stream().filter(b -> b.takenAt().toLocalDate().withDayOfMonth(1).equals(firstOfOldMonth))
                .findFirst().orElseThrow();
        assertEquals(firstOfOldMonth.lengthOfMonth(), kept.takenAt().getDayOfMonth());
    }

    @Test
    void everyBackupOfARecentDayIsKeptManualAndBeforeUpgradeAlike() {
        List<BackupInfo> all = new ArrayList<>(daily(30));
        BackupInfo manual = at(TODAY.minusDays(2).plusHours(5), BackupResult.VERIFIED);
        BackupInfo oldManual = at(TODAY.minusDays(20).plusHours(5), BackupResult.VERIFIED);
        all.add(manual);
        all.add(oldManual);
        Set<BackupInfo> keep = BackupRotation.DEFAULT.keep(all);
        assertTrue(keep.contains(manual));
        assertTrue(keep.contains(all.get(2)), "the daily backup of that day too");
        assertFalse(keep.contains(all.get(20)) && keep.contains(oldManual), "an older day keeps only its newest");
    }

    @Test
    void aFailedBackupNeverTakesThePlaceOfAGoodOneButTheNewestStaysInSight() {
        List<BackupInfo> all = new ArrayList<>(daily(40));
        BackupInfo failedToday = at(TODAY.plusHours(3), BackupResult.FAILED);
        BackupInfo failedOld = at(TODAY.minusDays(35).plusHours(3), BackupResult.FAILED);
        all.add(failedToday);
        all.add(failedOld);
        Set<BackupInfo> keep = new BackupRotation(1, 0, 2).keep(all);
        assertTrue(keep.contains(failedToday), "the newest is kept whatever its result");
        assertTrue(keep.contains(all.get(0)), "and today's good one with it");
        assertFalse(keep.contains(failedOld), "an old failed backup goes");
        assertEquals(3, keep.size(), "today's two, and last month's newest good one: " + keep);
    }

    @Test
    void countsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BackupRotation(0, 4, 12));
        assertThrows(IllegalArgumentException.class, () -> new BackupRotation(7, -1, 12));
        assertEquals(Set.of(), BackupRotation.DEFAULT.keep(List.of()));
    }
}
