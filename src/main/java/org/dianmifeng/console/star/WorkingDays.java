package org.dianmifeng.console.star;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days of a public notice (公示期): Monday to Friday. (Public holidays and the weekends worked in their place
 * are not known to the console; a notice that spans a holiday is made longer by hand.)
 */
public final class WorkingDays {
    /** The shortest public notice, in working days. */
    public static final int NOTICE_MIN = 5;

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a notice that starts on {@code from} and lasts {@code days} working days: {@code from} counts
     * when it is a working day (a notice from Wednesday for 5 days ends on the next Tuesday; from Saturday, on Friday).
     */
    public static LocalDate until(LocalDate from, int days) {
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

    /** The working days from {@code from} to {@code until}, both included (0 if until is before from). */
    public static int between(LocalDate from, LocalDate until) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
