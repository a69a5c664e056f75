package org.dianmifeng.console.core;

import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: every backup of the last {@code daily} days that have a backup (a day's daily, manual and
 * before-upgrade backups alike), then the newest of each of the last {@code weekly} ISO weeks and of each of the
 * last {@code monthly} months, counting only backups whose check did not fail; and the newest backup whatever its
 * result, so that a failure stays in sight. Everything else may be deleted.
 */
public record BackupRotation(int daily, int weekly, int monthly) {
    public static final BackupRotation DEFAULT = new BackupRotation(7, 4, 12);
    public static final int MAX = 400;

    public BackupRotation {
        if (daily < 1 || weekly < 0 || monthly < 0 || daily > MAX || weekly > MAX || monthly > MAX) {
            throw new IllegalArgumentException("rotation out of range: " + daily + "/" + weekly + "/" + monthly);
        }
    }

    /** The backups to keep, of those given (in any order). */
    public Set<BackupInfo> keep(List<BackupInfo> backups) {
        List<BackupInfo> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupInfo::takenAt).reversed()).toList();
        Set<BackupInfo> keep = new LinkedHashSet<>();
        if (!newestFirst.isEmpty()) {
            keep.add(newestFirst.get(0));
        }
        List<BackupInfo> sound = newestFirst.stream().filter(b -> b.result() != BackupResult.FAILED).toList();
        Set<Object> days = new HashSet<>();
        for (BackupInfo b : sound) {
            if (days.add(b.takenAt().toLocalDate()) && days.size() > daily) {
                break;
            }
            keep.add(b);
        }
        keepNewestPer(sound, t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100 + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                weekly, keep);
        keepNewestPer(sound, t -> t.getYear() * 100 + t.getMonthValue(), monthly, keep);
        return keep;
    }

    private static void keepNewestPer(List<BackupInfo> newestFirst, Function<LocalDateTime, Object> period, int count,
                                      Set<BackupInfo> keep) {
        Set<Object> seen = new HashSet<>();
        for (BackupInfo b : newestFirst) {
            if (seen.size() >= count) {
                return;
            }
            if (seen.add(period.apply(b.takenAt()))) {
                keep.add(b);
            }
        }
    }
}
