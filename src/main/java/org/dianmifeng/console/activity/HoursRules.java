package org.dianmifeng.console.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.dianmifeng.console.core.Auditable;
import org.dianmifeng.console.core.Checks;
import org.dianmifeng.console.core.ConsoleException;

/**
 * When hours are entered late (补录): more than {@code lateAfterDays} days after the activity they are late, need a
 * reason and are approved one by one; more than {@code refuseAfterDays} days after it they are refused.
 */
public record HoursRules(int lateAfterDays, int refuseAfterDays) implements Auditable {
    static final String LATE_AFTER = "hours.lateAfterDays";
    static final String REFUSE_AFTER = "hours.refuseAfterDays";
    public static final int MAX_DAYS = 3650;

    /** When hours entered on a day stand to the activity's day. */
    public enum Timing {
        ON_TIME,
        LATE,
        TOO_LATE
    }

    /** Late after 7 days, refused after 90. */
    public static HoursRules defaults() {
        return new HoursRules(7, 90);
    }

    /** Hours for an activity held on {@code heldOn}, entered on {@code today}. */
    public Timing timing(LocalDate heldOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(heldOn, today);
        return days > refuseAfterDays ? Timing.TOO_LATE : days > lateAfterDays ? Timing.LATE : Timing.ON_TIME;
    }

    /** The last day hours for an activity held on {@code heldOn} may be entered. */
    public LocalDate lastDay(LocalDate heldOn) {
        return heldOn.plusDays(refuseAfterDays);
    }

    /**
     * The checks of hours entered at {@code now} for {@code a}, the same for the roster form and an import of a roster:
     * the activity not cancelled and started (refused otherwise, naming it), the entry within the late-entry limit,
     * the hours within its planned length ({@link Hours#check}) and, when late, with a reason (added to {@code checks}).
     * Returns the timing: {@link Timing#LATE} hours are marked 补录 with their reason.
     */
    public Timing checkEntry(Checks checks, Activity a, BigDecimal hours, String reason, LocalDateTime now) {
        if (a.cancelled()) {
            throw new ConsoleException("error.activity.cancelled", a.summary());
        }
        if (a.startsAt().isAfter(now)) {
            throw new ConsoleException("error.hours.notStarted", a.summary(), a.startsAt().toString().replace('T', ' '));
        }
        Timing timing = timing(a.heldOn(), now.toLocalDate());
        if (timing == Timing.TOO_LATE) {
            throw new ConsoleException("error.hours.tooLate", a.summary(), refuseAfterDays, lastDay(a.heldOn()));
        }
        Hours.check(checks, "hours.hours", hours, a.plannedHours(), "error.hours.overPlanned");
        if (timing == Timing.LATE) {
            if (reason == null) {
                checks.add("hours.lateReason", "error.hours.lateReasonNeeded", lateAfterDays);
            }
            checks.maxLength("hours.lateReason", reason, ServiceHours.REASON_MAX);
        }
        return timing;
    }

    /** At least 1 day; the refusal after the lateness, at most {@value #MAX_DAYS} days. */
    public Checks check() {
        Checks c = new Checks();
        if (lateAfterDays < 1 || lateAfterDays > MAX_DAYS) {
            c.add("hoursRules.lateAfterDays", "error.hoursRules.range", 1, MAX_DAYS);
        }
        if (refuseAfterDays <= lateAfterDays || refuseAfterDays > MAX_DAYS) {
            c.add("hoursRules.refuseAfterDays", "error.hoursRules.refuseAfterLate", lateAfterDays, MAX_DAYS);
        }
        return c;
    }

    /** Reads the rules from stored settings; a setting not stored keeps its default. */
    static HoursRules from(Function<String, String> stored) {
        HoursRules d = defaults();
        String late = stored.apply(LATE_AFTER);
        String refuse = stored.apply(REFUSE_AFTER);
        return new HoursRules(late == null ? d.lateAfterDays() : Integer.parseInt(late),
                refuse == null ? d.refuseAfterDays() : Integer.parseInt(refuse));
    }

    Map<String, String> toSettings() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(LATE_AFTER, Integer.toString(lateAfterDays));
        out.put(REFUSE_AFTER, Integer.toString(refuseAfterDays));
        return out;
    }

    @Override
    public String auditText() {
        return Auditable.fields("lateAfterDays", lateAfterDays, "refuseAfterDays", refuseAfterDays);
    }
}
