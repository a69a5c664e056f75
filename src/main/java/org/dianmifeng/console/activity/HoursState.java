package org.dianmifeng.console.activity;

/**
 * Where one person's hours at an activity stand (SERVICE_HOURS.STATE): entered (待审核), approved or declined. Only
 * approved hours count. Entered hours are decided once; declined hours entered again go back to entered; approved
 * hours stay approved, corrected only with a reason.
 */
public enum HoursState {
    ENTERED,
    APPROVED,
    DECLINED;

    /** Whether the hours may still be changed or removed by whoever keeps the roster. */
    public boolean editable() {
        return this != APPROVED;
    }
}
