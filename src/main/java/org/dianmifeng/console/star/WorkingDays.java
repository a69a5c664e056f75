package org.dianmifeng.console.star;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.Dates;

/**
 * The working days a public notice (公示期) counts: Monday to Friday, but not the public holidays that fall on them
 * ({@code holidays}), and also the weekend days worked in their place (调休, {@code workedWeekends}). Both lists are a
 * setting of the administrator (they change every year and the console cannot know them), empty at first: then every
 * Monday to Friday counts.
 */
public record WorkingDays(SortedSet<LocalDate> holidays, SortedSet<LocalDate> workedWeekends) implements Auditable {
    /** The shortest public notice, in working days. */
    public static final int NOTICE_MIN = 5;
    /** The most dates a list may hold (the setting holds 1,000 characters): about three years of holidays. */
    public static final int MAX_DATES = 80;
    /** No holidays known: Monday to Friday. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(new TreeSet<>(), new TreeSet<>());
    /** The setting of the holidays, also the field {@link #parse} names their problems with. */
    public static final String HOLIDAYS = "star.holidays";
    /** The setting of the weekends worked, also the field {@link #parse} names their problems with. */
    public static final String WORKED_WEEKENDS = "star.workedWeekends";

    public WorkingDays {
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        workedWeekends = Collections.unmodifiableSortedSet(new TreeSet<>(workedWeekends));
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workedWeekends.contains(day)) {
            return true;
        }
        return !weekend(day) && !holidays.contains(day);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a notice that starts on {@code from} and lasts {@code days} working days: {@code from} counts
     * when it is a working day (a notice from Wednesday for 5 days ends on the next Tuesday; from Saturday, on Friday).
     */
    public LocalDate until(LocalDate from, int days) {
        LocalDate day = from;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        for (int counted = 1; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The first working day after {@code day}: the earliest a level on a notice ending on {@code day} is granted. */
    public LocalDate firstAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The working days from {@code from} to {@code until}, both included (0 if until is before from). */
    public int between(LocalDate from, LocalDate until) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The two lists as typed (dates in any form {@link Dates} reads, separated by commas, 、, spaces or lines), each
     * problem added to {@code checks} under field {@value #HOLIDAYS} or {@value #WORKED_WEEKENDS}: a text that is no
     * date, a holiday on a weekend (it is no working day anyway), a worked day that is no Saturday or Sunday, a day in
     * both lists, more than {@value #MAX_DATES} dates.
     */
    public static WorkingDays parse(String holidays, String workedWeekends, Checks checks) {
        SortedSet<LocalDate> off = dates(holidays, HOLIDAYS, checks);
        SortedSet<LocalDate> worked = dates(workedWeekends, WORKED_WEEKENDS, checks);
        for (LocalDate d : off) {
            if (weekend(d)) {
                checks.add(HOLIDAYS, "error.workdays.holidayOnWeekend", d.toString());
            } else if (worked.contains(d)) {
                checks.add(WORKED_WEEKENDS, "error.workdays.inBoth", d.toString());
            }
        }
        for (LocalDate d : worked) {
            if (!weekend(d)) {
                checks.add(WORKED_WEEKENDS, "error.workdays.workedNotWeekend", d.toString());
            }
        }
        return new WorkingDays(off, worked);
    }

    private static SortedSet<LocalDate> dates(String text, String field, Checks checks) {
        SortedSet<LocalDate> out = new TreeSet<>();
        List<String> unreadable = new ArrayList<>();
        for (String token : (text == null ? "" : text).split("[,，、;；\\s]+")) {
            if (token.isBlank()) {
                continue;
            }
            try {
                Dates.parse(token).ifPresent(out::add);
            } catch (DateTimeParseException e) {
                unreadable.add(token);
            }
        }
        if (!unreadable.isEmpty()) {
            checks.add(field, "error.workdays.notADate", String.join("、", unreadable));
        } else if (out.size() > MAX_DATES) {
            checks.add(field, "error.workdays.tooMany", MAX_DATES, out.size());
        }
        return out;
    }

    /** A list of dates as the form shows and the setting stores it: ISO dates, separated by commas. */
    public static String text(SortedSet<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    /** The calendar stored as settings; a date that cannot be read is left out (the form never stores one). */
    static WorkingDays from(Function<String, String> setting) {
        return new WorkingDays(stored(setting.apply(HOLIDAYS)), stored(setting.apply(WORKED_WEEKENDS)));
    }

    private static SortedSet<LocalDate> stored(String text) {
        SortedSet<LocalDate> out = new TreeSet<>();
        for (String token : (text == null ? "" : text).split(",")) {
            try {
                Dates.parse(token).ifPresent(out::add);
            } catch (DateTimeParseException e) {
                // left out
            }
        }
        return out;
    }

    Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(HOLIDAYS, text(holidays));
        out.put(WORKED_WEEKENDS, text(workedWeekends));
        return out;
    }

    @Override
    public String auditText() {
        return Auditable.fields("holidays", text(holidays), "workedWeekends", text(workedWeekends));
    }
}
