package org.dianmifeng.console.activity;

/** The list's filter by the state of an activity's hours. */
public enum HoursFilter {
    /** Hours waiting for a decision (待审核). */
    PENDING,
    /** Late hours (补录) waiting for a decision. */
    LATE_PENDING,
    /** Some hours declined. */
    DECLINED,
    /** Hours, all decided and some approved, none waiting. */
    APPROVED,
    /** No hours entered yet. */
    NONE;

    public boolean matches(ActivityRow r) {
        return switch (this) {
            case PENDING -> r.entered() > 0;
            case LATE_PENDING -> r.lateEntered() > 0;
            case DECLINED -> r.declined() > 0;
            case APPROVED -> r.approved() > 0 && r.entered() == 0;
            case NONE -> r.lines() == 0;
        };
    }
}
