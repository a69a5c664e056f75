package org.dianmifeng.console.activity;

/** The list's filter by the state of an activity's hours. */
public enum HoursFilter {
    /** Hours waiting for a decision (待审核). */
    HAS_PENDING,
    /** Late hours (补录) waiting for a decision. */
    HAS_LATE_PENDING,
    /** Some hours declined. */
    HAS_DECLINED,
    /** Hours, all decided and some approved, none waiting. */
    ALL_DECIDED,
    /** No hours entered yet. */
    NO_HOURS;

    public boolean matches(ActivityRow r) {
        return switch (this) {
            case HAS_PENDING -> r.entered() > 0;
            case HAS_LATE_PENDING -> r.lateEntered() > 0;
            case HAS_DECLINED -> r.declined() > 0;
            case ALL_DECIDED -> r.approved() > 0 && r.entered() == 0;
            case NO_HOURS -> r.lines() == 0;
        };
    }
}
